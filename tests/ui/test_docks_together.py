"""The map and the charts opened together share one pane (two tabs); each key shows and hides its own dock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget
from ui_helpers import unlock


def _press(qtbot, window, keys: str) -> None:
    window.activateWindow()
    QTest.keySequence(window, keys)
    qtbot.wait(1)


def test_map_and_charts_share_one_pane_and_both_keys_toggle(qtbot, make_profile, make_app):
    make_profile(n=30)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    map_dock = window.findChild(QDockWidget, "map_dock")
    charts_dock = window.findChild(QDockWidget, "charts_dock")
    assert not map_dock.isVisible() and not charts_dock.isVisible()

    _press(qtbot, window, "Ctrl+Shift+M")
    assert map_dock.isVisible() and map_dock.action.isChecked()
    _press(qtbot, window, "Ctrl+Shift+G")
    assert charts_dock.isVisible()
    # One pane with two tabs, the charts in front: the list and the details keep their room.
    assert charts_dock in window.tabifiedDockWidgets(map_dock)
    assert not map_dock.visibleRegion().isEmpty() or not charts_dock.visibleRegion().isEmpty()
    rows = window.table.viewport().height() // window.table.verticalHeader().defaultSectionSize()
    assert rows >= 8, f"the list shows only {rows} rows"
    assert window.detail.height() >= 200
    # The map's key brings it to the front (it was behind the charts' tab), then hides it; the same for charts.
    _press(qtbot, window, "Ctrl+Shift+M")
    assert map_dock.isVisible() and not map_dock.visibleRegion().isEmpty()
    _press(qtbot, window, "Ctrl+Shift+M")
    assert map_dock.isHidden() and not map_dock.action.isChecked() and charts_dock.isVisible()
    _press(qtbot, window, "Ctrl+Shift+G")
    assert charts_dock.isHidden()
    _press(qtbot, window, "Ctrl+Shift+G")
    assert charts_dock.isVisible()
    charts_dock.close()  # its own close button: the action follows
    menu_action = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+Shift+G")
    assert not menu_action.isChecked()
    assert Qt.DockWidgetArea.BottomDockWidgetArea == window.dockWidgetArea(map_dock)
