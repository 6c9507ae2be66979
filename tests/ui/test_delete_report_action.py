"""Report → Delete report…: asks, keeps the report when told to, deletes it (editor open or not) when confirmed."""

from __future__ import annotations

from ui_helpers import sample_report, unlock


def _select(qtbot, window, report_id: str) -> None:
    qtbot.waitUntil(lambda: window.model.row_of(report_id) >= 0, timeout=10_000)
    window.table.selectRow(window.model.row_of(report_id))
    qtbot.waitUntil(lambda: window.selected_report_id() == report_id)


def _answer(qtbot, window, button_text: str) -> None:
    qtbot.waitUntil(lambda: window.deleter.prompt is not None and window.deleter.prompt.isVisible(), timeout=10_000)
    box = window.deleter.prompt
    [button] = [b for b in box.buttons() if b.text() == button_text]
    button.click()


def test_delete_asks_then_removes_the_report_and_its_open_editor(qtbot, make_profile, make_app):
    ids = []
    make_profile(setup=lambda profile: ids.extend(profile.reports.create(sample_report(i)).id for i in range(2)))
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    keep, gone = ids
    assert window.deleter.action.isVisible()
    _select(qtbot, window, gone)
    window.deleter.action.trigger()
    _answer(qtbot, window, "Keep it")
    assert window.deleter.prompt is None and window.model.row_of(gone) >= 0

    editor = window.open_editor(gone)
    qtbot.waitUntil(lambda: editor.report_id == gone and editor.form.isEnabled(), timeout=10_000)
    editor.form.title_edit.setText("Changed just before deleting")
    _select(qtbot, window, gone)
    window.deleter.action.trigger()
    _answer(qtbot, window, "Delete")
    qtbot.waitUntil(lambda: window.model.row_of(gone) < 0 and window.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: app.tasks.pending == 0, timeout=10_000)
    assert gone not in window.editors
    # The editor's last save ran before the deletion: nothing came back.
    assert app.session.call_sync(lambda p: [s.id for s in p.reports.query(window.model.query, limit=10)]) == [keep]
    assert app.session.call_sync(lambda p: p.reports.search("Changed")) == []


def test_a_sent_report_is_deleted_only_after_the_warning(qtbot, home, sync_server, make_app):
    from ui_helpers import PASSPHRASE

    from kpfield.model import Occurrence, Report, utcnow
    from kpfield.store import KdfParams, Profile
    from kpfield.sync import account as accounts
    from kpfield.sync.engine import run_sync
    from kpfield.sync.invitation import parse_invitation

    with Profile.create(home, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as profile:
        accounts.enroll(profile.db, parse_invitation(sync_server.invite("monitor")))
        report = profile.reports.create(Report(title="Sent already", types=["shooting"],
                                               occurred=Occurrence(utcnow())))
        profile.reports.mark_ready(report.id)
        assert run_sync(profile).ok
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    _select(qtbot, window, report.id)
    window.deleter.action.trigger()
    qtbot.waitUntil(lambda: window.deleter.prompt is not None, timeout=10_000)
    assert "coordinators keep their copy" in window.deleter.prompt.text()
    _answer(qtbot, window, "Delete")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10_000)


def test_coordinators_have_no_delete(qtbot, make_app, home):
    from ui_helpers import PASSPHRASE

    from kpfield.store import KdfParams, Profile

    Profile.create(home, PASSPHRASE, role="coordinator", kdf=KdfParams.fast_for_tests()).close()
    app = make_app()
    app.start()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.passphrase_edit.isEnabled())
    app.dialog.passphrase_edit.setText(PASSPHRASE)
    app.dialog.unlock_button.click()
    qtbot.waitUntil(lambda: app.window.is_coordinator, timeout=10_000)
    assert not app.window.deleter.action.isVisible() and not app.window.deleter.action.isEnabled()
