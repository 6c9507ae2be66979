"""First run offers the coordinator's role; a coordinator's window has no "New report" and no editing."""

from __future__ import annotations

from ui_helpers import PASSPHRASE


def test_first_run_creates_a_coordinator_profile_and_the_coordinators_window(qtbot, make_app):
    app = make_app()
    app.start()
    dialog = app.dialog
    assert dialog.role == "monitor"  # the default: most profiles are monitors'
    dialog.coordinator_radio.setChecked(True)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(app.window.model.loaded, timeout=10_000):
        dialog.create_button.click()
    assert app.session.role == "coordinator"
    assert app.session.call_sync(lambda profile: profile.role) == "coordinator"
    window = app.window
    assert window.is_coordinator
    assert not window.new_action.isVisible() and not window.new_action.isEnabled()
    assert window.message_action.isVisible() and window.quarantine_action.isVisible()
    assert window.filter_widget.inbox_check.isVisibleTo(window) and not window.filter_widget.state_combo.isVisibleTo(
        window)
    assert window.model.columnCount() == 8
    assert "Sync" in window.detail.placeholder.text()  # nothing received yet: says how to fetch reports
    window.new_report()
    assert window.editors == {}


def test_a_monitors_window_keeps_its_own_columns_and_actions(qtbot, make_app):
    app = make_app()
    app.start()
    dialog = app.dialog
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(app.window.model.loaded, timeout=10_000):
        dialog.create_button.click()
    window = app.window
    assert not window.is_coordinator and window.new_action.isEnabled()
    assert not window.message_action.isVisible() and not window.quarantine_action.isEnabled()
    assert window.model.columnCount() == 6 and not window.review_panel.isVisibleTo(window)
    assert not window.filter_widget.inbox_check.isVisibleTo(window)
