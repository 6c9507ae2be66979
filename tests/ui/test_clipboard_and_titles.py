"""Copied report text leaves the clipboard (after 30 s, at lock), and no window title ever shows report content."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_helpers import sample_report, unlock  # noqa: E402

from ui.clipboard_guard import CLEAR_AFTER_MS, ClipboardGuard  # noqa: E402

TITLE = "Zebra-Quokka beating at Gate 7"
NARRATIVE = "Xylophone-Narwhal guards beat two diggers"


def _copy_from(qtbot, line_edit) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_the_app_clears_copied_text_after_30_seconds_at_most(qtbot, make_profile, make_app):
    make_profile(n=1)
    app = make_app(try_remembered=False)
    assert isinstance(app.clipboard_guard, ClipboardGuard) and CLEAR_AFTER_MS == 30_000
    unlock(qtbot, app)
    editor = app.window.open_editor(app.window.model.report_id(0))
    qtbot.waitUntil(editor.form.isEnabled, timeout=10_000)
    _copy_from(qtbot, editor.form.title_edit)
    assert QGuiApplication.clipboard().text() == "Report 0000 guards at the fence"
    assert app.clipboard_guard.pending and app.clipboard_guard.holds_ours
    assert app.clipboard_guard._timer.interval() == CLEAR_AFTER_MS
    app.lock()  # locking does not wait for the timer
    assert QGuiApplication.clipboard().text() == ""
    assert not app.clipboard_guard.pending


def test_copied_text_is_cleared_when_the_time_is_up(qtbot):
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clear_after_ms=50)
    try:
        clipboard.setText("Chiadzwa fence, 3 injured")
        assert guard.holds_ours and guard.pending
        qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)
        assert not guard.pending
    finally:
        guard.deleteLater()


def test_what_replaced_our_text_is_never_cleared(qtbot):
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clear_after_ms=50)
    try:
        clipboard.setText("Chiadzwa fence, 3 injured")
        clipboard.blockSignals(True)  # a change the guard did not see as ours (another program's copy)
        clipboard.setText("a shopping list")
        clipboard.blockSignals(False)
        qtbot.waitUntil(lambda: not guard.pending, timeout=2_000)
        assert clipboard.text() == "a shopping list"
        guard.clear_now()
        assert clipboard.text() == "a shopping list"
    finally:
        guard.deleteLater()
        clipboard.clear()


def _titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets()]


def test_no_window_title_shows_report_content(qtbot, make_profile, make_app, photos_dir):
    make_profile(setup=lambda p: p.reports.create(sample_report(1, title=TITLE, narrative=NARRATIVE,
                                                                site="Quokka-Site")))
    app = make_app(try_remembered=False)
    unlock(qtbot, app)
    app.window.table.selectRow(0)
    qtbot.waitUntil(lambda: app.window.detail.report_id is not None, timeout=5_000)
    editor = app.window.open_editor(app.window.model.report_id(0))
    qtbot.waitUntil(editor.form.isEnabled, timeout=10_000)
    with qtbot.waitSignal(editor.photos.import_finished, timeout=30_000):
        editor.photos.import_files([str(photos_dir / "DSCN0010.jpg")])
    editor.photos.grid.setCurrentRow(0)
    editor.photos.view_current()
    qtbot.waitUntil(lambda: not editor.photos._viewer.image.isNull(), timeout=10_000)
    editor.form.title_edit.setText(TITLE + " (edited)")  # the title as typed, too
    app.window.open_settings()
    app.safety_action.trigger()
    app.quick_delete.request()
    shown = [t for t in _titles() if t]
    assert len(shown) >= 5, shown  # main window, editor, viewer, settings, safety, confirmation
    for title in _titles():
        for secret in ("Zebra", "Quokka", "Xylophone", "Narwhal", "DSCN0010", "Gate 7"):
            assert secret not in title, title
    app.quick_delete.box.reject()
