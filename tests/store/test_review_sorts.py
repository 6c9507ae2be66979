"""A coordinator's list sorts by review state, monitor and verification in the store, page by page."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from kpfield.model import Occurrence, Report
from kpfield.store import ReportQuery

WORK_ORDER = ["new", "in_review", "needs_info", "escalated", "verified", "rejected", "duplicate"]
WHEN = datetime(2026, 3, 1, tzinfo=timezone.utc)


@pytest.fixture
def inbox(profile):
    """60 received reports with reviews from four devices (two named, one unnamed, one the server never listed),
    and two reports without a review at all (a store may hold reports received before any review row)."""
    rng = random.Random(5)
    devices = {"d-anna": "anna", "d-Bongani": "Bongani", "d-nolabel": "", "d-unknown": None}
    for device_id, label in devices.items():
        if label is not None:
            profile.db.execute("INSERT INTO known_devices (device_id, role, label, sign_key, box_key, updated_at) "
                               "VALUES (?, 'monitor', ?, '', '', '2026-01-01T00:00:00Z')", [device_id, label])
    expected = {}
    with profile.db.atomic():
        for i in range(62):
            report = Report(title=f"Report {i:02d}", occurred=Occurrence(WHEN + timedelta(hours=rng.randrange(500))))
            profile.reports._write(report, insert=True)  # a bulk fixture, as the pull writes received reports
            if i >= 60:
                expected[report.id] = {"state": None, "monitor": "", "verification": "", "unread": 0}
                continue
            device = rng.choice(list(devices))
            review = {"state": rng.choice(WORK_ORDER), "device": device,
                      "verification": rng.choice(["verified", "quarantined", None]), "unread": rng.randrange(2)}
            profile.db.execute("INSERT INTO reviews (report_id, state, updated_at, device_id, verification, unread) "
                               "VALUES (?, ?, '2026-01-01T00:00:00Z', ?, ?, ?)",
                               [report.id, review["state"], device, review["verification"], review["unread"]])
            expected[report.id] = {"state": review["state"], "monitor": devices[device] or device,
                                   "verification": review["verification"] or "", "unread": review["unread"]}
    rowids = dict(profile.db.execute("SELECT id, rowid FROM reports").fetchall())
    return profile, expected, rowids


def _all_pages(profile, query: ReportQuery, size: int = 7) -> list[str]:
    ids: list[str] = []
    while True:
        page = profile.reports.query(query, limit=size, offset=len(ids))
        if not page:
            return ids
        ids += [s.id for s in page]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", ["review_state", "monitor", "verification"])
def test_sorting_by_a_review_column_orders_every_report_and_pages_without_gaps(inbox, key, descending):
    profile, expected, rowids = inbox

    def sort_value(report_id):
        e = expected[report_id]
        if key == "review_state":
            return WORK_ORDER.index(e["state"]) if e["state"] else len(WORK_ORDER)
        return e[key].lower() if key == "monitor" else e[key]

    want = sorted(expected, key=lambda rid: (sort_value(rid), rowids[rid]), reverse=descending)
    got = _all_pages(profile, ReportQuery(sort=key, descending=descending))
    assert got == want  # every report once, reports without a review included, in the column's order
    first = profile.reports.query(ReportQuery(sort=key, descending=descending), limit=5)
    assert [s.id for s in first] == want[:5]


def test_sorting_by_a_review_column_keeps_the_filters(inbox):
    profile, expected, rowids = inbox
    query = ReportQuery(sort="monitor", review_states=["new", "verified"], verifications=["verified"])
    chosen = [rid for rid, e in expected.items() if e["state"] in ("new", "verified") and e["verification"] == "verified"]
    want = sorted(chosen, key=lambda rid: (expected[rid]["monitor"].lower(), rowids[rid]), reverse=True)
    assert _all_pages(profile, query) == want
    assert profile.reports.count(query) == len(want)


def test_the_inbox_order_is_unread_first_then_newest(inbox):
    profile, expected, rowids = inbox
    got = _all_pages(profile, ReportQuery(sort="unread"))
    when = {s.id: s.occurred_start for s in profile.reports.query(ReportQuery(), limit=100)}
    assert got == sorted(expected, key=lambda rid: (expected[rid]["unread"], when[rid], rowids[rid]), reverse=True)
