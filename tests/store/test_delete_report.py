"""Deleting one report: a draft, an unsent report, a sent report's local copy (confirmed); never received evidence.

Checked in the real SQLCipher store: afterwards no table holds the report's id (except the audit trail's
"deleted" entry) or its words, the full-text index's vocabulary no longer lists them, and nothing else changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kpfield.errors import NotFound
from kpfield.model import Occurrence, Report, utcnow
from kpfield.store import Profile
from kpfield.store.deletion import NotDeletable, SentNeedsConfirmation, delete_report, deletion_plan

PASSPHRASE = "granite river seventeen lanterns"
WORD = "quetzalcoatlite"  # a word no other report uses


def _report(profile, photos_dir, word: str = WORD, title: str = "Guards at the fence") -> str:
    report = profile.reports.create(Report(title=title, narrative=f"Diggers saw {word} near the plant.",
                                           types=["shooting"], site="Chiadzwa", tags=[word],
                                           occurred=Occurrence(utcnow())))
    profile.photos.import_bytes(report.id, (photos_dir / "DSCN0010.jpg").read_bytes(), "DSCN0010.jpg",
                                caption=f"{word} caption")
    return report.id


def _traces(profile, report_id: str, word: str) -> list[str]:
    """Every table row (outside the audit trail) naming the report or holding the word, and index terms."""
    db = profile.db
    found = []
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'audit' "
                                       "AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        for row in db.execute(f"SELECT * FROM \"{table}\""):
            text = " ".join(str(v) for v in row if isinstance(v, str))
            if report_id in text or word in text.lower():
                found.append(f"{table}: {text[:80]}")
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, report_fts, 'row')")
    found += [f"index term {r[0]}" for r in db.execute("SELECT term FROM temp.fts_terms WHERE term = ?", [word])]
    return found


def test_deleting_a_draft_removes_every_trace_and_keeps_the_others(profile, photos_dir):
    keep = _report(profile, photos_dir, word="fencepost", title="Another report")
    gone = _report(profile, photos_dir)
    assert _traces(profile, gone, WORD) and profile.reports.search(WORD)
    assert profile.db.execute("PRAGMA secure_delete").fetchone()[0] == 1  # freed pages are zeroed
    plan = delete_report(profile, gone)
    assert (plan.state, plan.photos, plan.sent, plan.waiting) == ("draft", 1, False, False)
    assert _traces(profile, gone, WORD) == []
    assert profile.reports.search(WORD) == [] and profile.reports.search("fencepost")[0].id == keep
    assert len(profile.photos.list(keep)) == 1 and profile.reports.get(keep).title == "Another report"
    assert [e.action for e in profile.audit.entries() if e.report_id == gone][-1] == "deleted"
    with pytest.raises(NotFound):
        delete_report(profile, gone)


def test_files_on_disk_hold_nothing_of_it_after_closing(tmp_path, fast_kdf, photos_dir):
    home = tmp_path / "p"
    with Profile.create(home, PASSPHRASE, kdf=fast_kdf) as profile:
        delete_report(profile, _report(profile, photos_dir))
    for path in home.iterdir():
        if path.is_file():
            assert WORD.encode() not in path.read_bytes(), path.name


@pytest.fixture
def server(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
    from serverutil import RunningServer

    with RunningServer(tmp_path / "server") as srv:
        yield srv


def test_unsent_and_sent_reports(tmp_path, fast_kdf, photos_dir, server):
    from kpfield.coordinator.share import pull_and_share
    from kpfield.sync import account as accounts
    from kpfield.sync.engine import run_sync
    from kpfield.sync.invitation import parse_invitation

    coordinator = Profile.create(tmp_path / "c", PASSPHRASE, role="coordinator", kdf=fast_kdf)
    accounts.enroll(coordinator.db, parse_invitation(server.invite("coordinator")))
    monitor = Profile.create(tmp_path / "m", PASSPHRASE, kdf=fast_kdf)
    accounts.enroll(monitor.db, parse_invitation(server.invite("monitor")))
    from deployment import certify_all

    certify_all(server, [coordinator, monitor])
    try:
        sent = _report(monitor, photos_dir)
        monitor.reports.mark_ready(sent)
        assert run_sync(monitor).ok
        # Sent: refused without confirmation (nothing changes), then only this device's copy goes.
        with pytest.raises(SentNeedsConfirmation):
            delete_report(monitor, sent)
        assert monitor.reports.get(sent).id == sent
        assert delete_report(monitor, sent, confirm_sent=True).sent
        assert _traces(monitor, sent, WORD) == []
        # The coordinator's received copy is evidence: not deletable this way.
        pull_and_share(coordinator)
        assert coordinator.reports.get(sent).id == sent
        with pytest.raises(NotDeletable):
            deletion_plan(coordinator, sent)
        with pytest.raises(NotDeletable):
            delete_report(coordinator, sent, confirm_sent=True)
        # Ready but not sent yet: its sealed envelope goes too and is never sent.
        waiting = _report(monitor, photos_dir, word="kimberlitic")
        monitor.reports.mark_ready(waiting)
        from kpfield.sync.outbox import Outbox

        for report_id, version in Outbox(monitor.db, monitor.audit).pending_versions():
            Outbox(monitor.db, monitor.audit).enqueue_report(accounts.require_account(monitor.db), report_id, version)
        plan = deletion_plan(monitor, waiting)
        assert plan.waiting and not plan.sent
        delete_report(monitor, waiting)
        assert _traces(monitor, waiting, "kimberlitic") == []
        assert monitor.db.execute("SELECT count(*) FROM outbox_blobs b LEFT JOIN outbox o ON o.id = b.outbox_id "
                                  "WHERE o.id IS NULL").fetchone()[0] == 0
    finally:
        monitor.close()
        coordinator.close()
