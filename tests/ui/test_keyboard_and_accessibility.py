"""Every action has a visible shortcut, every control an accessible name, and the list works without a mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTableView,
)
from ui_helpers import unlock

CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QTableView, QPlainTextEdit)


def _unnamed_controls(root) -> list[str]:
    missing = []
    for widget in (w for kind in CONTROLS for w in root.findChildren(kind)):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: the outer control carries the name
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} in {type(root).__name__}")
    for button in root.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_") or isinstance(button.parent(), QLineEdit):
            continue  # Qt's own helpers: corner, overflow and clear buttons
        if not (button.text() or button.accessibleName() or button.toolTip()):
            missing.append(f"{type(button).__name__} {button.objectName()!r} of {type(button.parent()).__name__} "
                           f"without text in {type(root).__name__}")
    return missing


def test_every_main_window_action_has_a_shortcut_shown_in_menus_and_tooltips(qtbot, make_profile, make_app):
    make_profile(n=2)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    menu_actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions() if not a.isSeparator()]
    assert len(menu_actions) >= 9
    for action in menu_actions:
        assert not action.shortcut().isEmpty(), action.text()
        assert action.shortcut().toString() in action.toolTip()
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in menu_actions}
    assert shortcuts["New report"] == "Ctrl+N" and shortcuts["Lock"] == "Ctrl+L"


def test_controls_have_accessible_names(qtbot, make_profile, make_app):
    make_profile(n=1)
    app = make_app()
    app.start()
    assert _unnamed_controls(app.dialog) == []
    qtbot.waitUntil(app.dialog.passphrase_edit.isEnabled)
    app.dialog.passphrase_edit.setText("granite river seventeen lanterns")
    with qtbot.waitSignal(app.window.model.loaded, timeout=10_000):
        app.dialog.unlock_button.click()
    assert _unnamed_controls(app.window) == []
    app.window.open_settings()
    assert _unnamed_controls(app.window.settings_dialog) == []


def test_first_run_controls_have_accessible_names(qtbot, make_app):
    app = make_app()
    app.start()
    assert _unnamed_controls(app.dialog) == []


def test_search_then_list_then_details_by_keyboard_alone(qtbot, make_profile, make_app):
    make_profile(n=4)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_widget.search_edit
    with qtbot.waitSignal(window.model.loaded, timeout=5_000):
        qtbot.keyClicks(window.filter_widget.search_edit, "0002")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.detail.title_label.text() == "Report 0002 guards at the fence", timeout=5_000)


def test_enter_opens_the_selected_report_and_ctrl_n_a_new_one(qtbot, make_profile, make_app):
    make_profile(n=3)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.table.setFocus()
    window.table.selectRow(1)
    chosen = window.model.report_id(1)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chosen in window.editors)
    editor = window.editors[chosen]
    qtbot.waitUntil(lambda: editor.report is not None, timeout=5_000)
    assert editor.report.id == chosen and editor.isVisible()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # again: the same editor comes forward, no second one
    assert len(window.editors) == 1
    window.activateWindow()  # back to the list (the editor had come to the front)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.editors) == 2)
    qtbot.waitUntil(lambda: all(e.report is not None for e in window.editors.values()), timeout=5_000)
    app.lock()  # editors save and close with the lock
    qtbot.waitUntil(lambda: not window.editors)


def test_a_new_reports_editor_is_found_again_by_its_id_once_saved(qtbot, make_profile, make_app):
    make_profile()
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    editor = window.open_editor(None)
    qtbot.waitUntil(lambda: editor.report is not None, timeout=5_000)
    qtbot.waitUntil(lambda: editor.report.id in window.editors, timeout=5_000)
    assert window.open_editor(editor.report.id) is editor  # raised, not opened twice
    assert len(window.editors) == 1
