"""Reports: drafts, validation, freezing and versions, search and filters, deletion."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kpfield.errors import NotFound, ReportFrozen, ValidationError
from kpfield.geo.location import Location, LocationSource
from kpfield.model import Occurrence, PeopleAffected, Perpetrator, Report, ReportState, Witness
from kpfield.store import ReportQuery

WHEN = datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc)


def _full_report(**changes) -> Report:
    r = Report(
        title="Guards fire on diggers at Chiadzwa",
        narrative="Around 09:30 private security guards shot at artisanal diggers near the fence.",
        types=["shooting", "beating_torture"],
        site="Chiadzwa concession",
        place="Marange",
        occurred=Occurrence(WHEN, WHEN + timedelta(hours=1), approximate=True),
        location=Location(-19.8833, 32.3167, LocationSource.MANUAL),
        people=PeopleAffected(killed=0, injured=3, detained=1, children=1),
        perpetrators=[Perpetrator("private_security", "Men in grey uniforms")],
        witnesses=[Witness("Sekuru T", contact=None, consent_to_share=True)],
        severity=4,
        tags=["fence", "night shift"],
    )
    for k, v in changes.items():
        setattr(r, k, v)
    return r


def test_every_field_round_trips(profile):
    saved = profile.reports.create(_full_report())
    got = profile.reports.get(saved.id)
    assert got.to_dict() | {"updated_at": None, "created_at": None} == saved.to_dict() | {
        "updated_at": None, "created_at": None}
    assert got.location.source == LocationSource.MANUAL
    assert got.people.injured == 3 and got.witnesses[0].consent_to_share
    assert got.occurred.approximate and got.occurred.end == WHEN + timedelta(hours=1)


def test_unknown_type_and_bad_values_are_refused(profile):
    with pytest.raises(ValidationError, match="Unknown incident type"):
        profile.reports.create(Report(types=["alien_invasion"]))
    with pytest.raises(ValidationError, match="Severity"):
        profile.reports.create(Report(severity=9))
    with pytest.raises(ValidationError):
        PeopleAffected(killed=-1)
    with pytest.raises(ValidationError, match="perpetrator"):
        Perpetrator("aliens")
    assert profile.reports.count() == 0


def test_mark_ready_requires_type_and_time(profile):
    r = profile.reports.create(Report(title="No details yet"))
    with pytest.raises(ValidationError, match="incident type") as exc:
        profile.reports.mark_ready(r.id)
    assert len(exc.value.details["problems"]) == 2
    assert profile.reports.get(r.id).state == ReportState.DRAFT


def test_ready_reports_are_frozen_and_new_version_keeps_the_old(profile):
    r = profile.reports.create(_full_report())
    ready = profile.reports.mark_ready(r.id)
    assert ready.state == ReportState.READY
    with pytest.raises(ReportFrozen):
        profile.reports.save_draft(ready.copy(title="changed"))
    v2 = profile.reports.new_version(r.id)
    assert v2.version == 2 and v2.state == ReportState.DRAFT
    profile.reports.save_draft(v2.copy(title="Corrected title"))
    versions = profile.reports.versions(r.id)
    assert [v["version"] for v in versions] == [1]
    assert versions[0]["snapshot"]["report"]["title"] == "Guards fire on diggers at Chiadzwa"
    assert profile.reports.get(r.id).title == "Corrected title"


def test_search_finds_words_prefixes_and_ignores_operators(profile):
    a = profile.reports.create(_full_report())
    b = profile.reports.create(Report(title="Smuggling through Lunda Norte", narrative="Parcels of stones",
                                      types=["smuggling"], site="Cafunfo"))
    assert [s.id for s in profile.reports.search("diggers")] == [a.id]
    assert [s.id for s in profile.reports.search("smugg")] == [b.id]
    assert [s.id for s in profile.reports.search("night")] == [a.id]  # tags are indexed
    assert [s.id for s in profile.reports.search("cafunfo")] == [b.id]
    assert profile.reports.search('" OR NEAR(* :') == []
    assert profile.reports.search("") == []


def test_search_ignores_accents(profile):
    r = profile.reports.create(Report(title="Expulsão em Cuango", types=["forced_displacement"]))
    assert [s.id for s in profile.reports.search("expulsao")] == [r.id]


def test_filters(profile):
    a = profile.reports.create(_full_report())
    b = profile.reports.create(Report(title="Child diggers", types=["child_labour"], site="Koidu",
                                      occurred=Occurrence(WHEN - timedelta(days=40))))
    profile.reports.mark_ready(a.id)
    q = profile.reports.query
    assert [s.id for s in q(ReportQuery(types=["child_labour"]))] == [b.id]
    assert [s.id for s in q(ReportQuery(states=["ready"]))] == [a.id]
    assert [s.id for s in q(ReportQuery(site="koidu"))] == [b.id]
    assert [s.id for s in q(ReportQuery(date_from=WHEN - timedelta(days=1)))] == [a.id]
    assert [s.id for s in q(ReportQuery(date_to=WHEN - timedelta(days=1)))] == [b.id]
    assert [s.id for s in q(ReportQuery(text="diggers", types=["shooting"]))] == [a.id]
    assert profile.reports.count(ReportQuery(text="diggers")) == 2
    assert [s.id for s in q(ReportQuery(sort="title", descending=False))] == [b.id, a.id]
    assert profile.reports.sites() == ["Chiadzwa concession", "Koidu"]
    with pytest.raises(ValidationError):
        q(ReportQuery(sort="narrative; DROP TABLE reports"))


def test_paging_is_stable(profile):
    ids = [profile.reports.create(Report(title=f"r{i}")).id for i in range(25)]
    got = []
    for offset in range(0, 25, 10):
        got += [s.id for s in profile.reports.query(ReportQuery(sort="created"), limit=10, offset=offset)]
    assert sorted(got) == sorted(ids) and len(set(got)) == 25


def test_delete_removes_everything_but_the_audit_record(profile):
    r = profile.reports.create(_full_report())
    profile.reports.delete(r.id)
    with pytest.raises(NotFound):
        profile.reports.get(r.id)
    assert profile.reports.search("diggers") == []
    assert [e.action for e in profile.audit.entries(r.id)] == ["created", "deleted"]
    assert profile.audit.verify().ok


def test_perpetrator_index_is_kept_and_backfilled(profile):
    from kpfield.store.schema import m005_report_perpetrators

    def indexed():
        return sorted(profile.db.execute(
            "SELECT p.category, r.id FROM report_perpetrators p JOIN reports r ON r.rowid = p.report_rowid"))

    a = profile.reports.create(Report(title="a", perpetrators=[Perpetrator("army"), Perpetrator("army", "second unit"),
                                                                 Perpetrator("police")]))
    b = profile.reports.create(Report(title="b", perpetrators=[Perpetrator("company")]))
    assert indexed() == sorted([("army", a.id), ("police", a.id), ("company", b.id)])
    profile.reports.save_draft(a.copy(perpetrators=[Perpetrator("officials")]))
    profile.reports.delete(b.id)
    assert indexed() == [("officials", a.id)]
    # A store from before the index (schema step 5) gets it filled from the reports' JSON.
    with profile.db.atomic():
        profile.db.execute("DROP TABLE report_perpetrators")
        m005_report_perpetrators(profile.db)
    assert indexed() == [("officials", a.id)]
