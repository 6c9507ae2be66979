"""The list and the detail pane say the same thing about a report's state, during a session and after a restart.

A ready report sent through the real sync worker to a real server on 127.0.0.1 reads "Sent" in both places (the
envelope's receipt was verified); both come from one function over the same store query.
"""

from __future__ import annotations

from ui_helpers import PASSPHRASE, unlock

from kpfield.model import Occurrence, Report, utcnow
from kpfield.store import KdfParams, Profile
from kpfield.sync import account as accounts
from kpfield.sync.engine import run_sync
from kpfield.sync.invitation import parse_invitation


def _states(window, report_id: str) -> tuple[str, str]:
    from ui.report_table_model import COL_STATE

    row = window.model.row_of(report_id)
    listed = window.model.index(row, COL_STATE).data()
    return listed, window.detail.fields["state"].text()


def _enrolled_with_a_ready_report(home, server) -> str:
    with Profile.create(home, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as profile:
        accounts.enroll(profile.db, parse_invitation(server.invite("monitor")))
        report = profile.reports.create(Report(title="Guards fired at diggers", types=["shooting"],
                                               occurred=Occurrence(utcnow())))
        profile.reports.mark_ready(report.id)
    return report.id


def test_sent_in_the_list_is_sent_in_the_detail_pane_live(qtbot, home, sync_server, make_app):
    report_id = _enrolled_with_a_ready_report(home, sync_server)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.show_report(report_id)
    qtbot.waitUntil(lambda: window.detail.report_id == report_id and window.detail.content.isVisible())
    with qtbot.waitSignal(window.sync_worker.finished, timeout=30_000):
        window.sync_worker.sync_now()
    qtbot.waitUntil(lambda: _states(window, report_id)[0] == "Sent", timeout=10_000)
    qtbot.waitUntil(lambda: _states(window, report_id)[1] == "Sent, version 1", timeout=10_000)


def test_sent_in_the_list_is_sent_in_the_detail_pane_after_a_restart(qtbot, home, sync_server, make_app):
    report_id = _enrolled_with_a_ready_report(home, sync_server)
    with Profile.open(home, PASSPHRASE) as profile:  # sent from the command line, say, before the app starts
        assert run_sync(profile).ok
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.show_report(report_id)
    qtbot.waitUntil(lambda: window.detail.content.isVisible(), timeout=10_000)
    assert _states(window, report_id) == ("Sent", "Sent, version 1")
