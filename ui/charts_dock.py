"""The Charts dock: View → Charts (Ctrl+Shift+G) shows report counts for the list's current search and filters.

Counting runs on the store thread only while the dock is visible, one count at a time, and coalesces bursts of
changes (autosave, typing in the search box). Perpetrators, the one count that reads every report row (about a
second at 100,000 reports), are counted only while their chart is shown. Everything shown is dropped on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from kpfield.stats import report_stats
from ui.charts_view import ChartsView
from ui.dock_toggle import share_space, toggle_action
from ui.errors import describe

FILTER_DELAY_MS = 400  # after the last filter change (the list waits 300 ms): the user is looking
CHANGE_DELAY_MS = 3000  # at most one recount per 3 s while autosave writes: saves queue behind a count on the
                        # store thread
DOCK_WIDTH = 440


class ChartsController(QObject):
    """Keeps a :class:`ChartsView` in step with the session and the window's filter."""

    def __init__(self, window: QMainWindow, session, view: ChartsView, dock: QDockWidget):
        super().__init__(dock)
        self._window = window
        self._session = session
        self.view = view
        self.dock = dock
        self._sized = False
        self._dirty = True  # counts out of date; recomputed when the dock is next visible
        self._running = False
        self._generation = 0  # answers from before a lock (or an older request) are dropped
        self.change_delay_ms = CHANGE_DELAY_MS  # tests shorten it
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timer_timeout)
        session.changed.connect(self._on_session_changed)
        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)
        window.filter_widget.query_changed.connect(self._on_filter_widget_query_changed)
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        view.kind_changed.connect(self._on_view_kind_changed)

    def _query(self):
        return self._window.model.query  # exactly what the list shows

    def schedule(self, delay_ms: int = FILTER_DELAY_MS, *, throttle: bool = False) -> None:
        """Recount after ``delay_ms`` (each call restarts the wait; with ``throttle`` a pending wait is kept, so a
        stream of changes recounts at most once per ``delay_ms``), or when the dock is next shown."""
        self._dirty = True
        if not (self.dock.isVisible() and self._session.is_unlocked):
            return
        if throttle and self._timer.isActive():
            return
        self._timer.start(delay_ms)

    def _on_session_changed(self, what: str) -> None:
        if what == "reports" or what.startswith("report:"):
            self.schedule(self.change_delay_ms, throttle=True)

    def _on_filter_widget_query_changed(self, _query) -> None:
        self.schedule()

    def _on_session_unlocked(self) -> None:
        self.schedule()

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._dirty:
            self.schedule(0)

    def _on_action_triggered(self, checked: bool) -> None:
        if not checked:
            return
        if not self._sized and not self.dock.isFloating():  # the first time: a column, not half the window
            area = self._window.dockWidgetArea(self.dock)
            if area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
                self._window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
            else:  # with the map, below the list: the list and the details keep more than half the height
                self._window.resizeDocks([self.dock], [self._window.height() * 2 // 5], Qt.Orientation.Vertical)
            self._sized = True
        self.view.setFocus()  # the chart selector: keyboard users land in what they opened

    def _on_view_kind_changed(self, _kind: str) -> None:
        if self.view.needs_counts():
            self.schedule(0)

    def _on_timer_timeout(self) -> None:
        if not self._session.is_unlocked or not self.dock.isVisible():
            return
        if self._running:  # one count at a time on the store thread; the newest request runs after it
            return
        self._running = True
        self._dirty = False
        self._generation += 1
        generation = self._generation
        query = self._query()
        # Perpetrators are the one count that reads every report row: only when that chart is shown.
        perpetrators = self.view.kind() == "perpetrator"
        if self.view.stats is None:
            self.view.clear(QCoreApplication.translate("ChartsDock", "Counting reports…"))
        self._session.op(lambda profile: report_stats(profile.db, query, perpetrators=perpetrators),
                         on_done=lambda stats: self._on_stats_done(generation, stats),
                         on_error=lambda exc: self._on_stats_failed(generation, exc))

    def _on_stats_done(self, generation: int, stats) -> None:
        self._running = False
        if generation != self._generation or not self._session.is_unlocked:
            return
        self.view.set_stats(stats)
        if self._dirty:  # something changed while counting
            self.schedule(self.change_delay_ms, throttle=True)
        elif self.view.needs_counts():  # the user chose the perpetrator chart while counting
            self.schedule(0)

    def _on_stats_failed(self, generation: int, exc) -> None:
        self._running = False
        if generation != self._generation or not self._session.is_unlocked:
            return
        if getattr(exc, "code", None) != "store_locked":
            self.view.clear(describe(exc))

    def _on_session_locked(self) -> None:
        self._timer.stop()
        self._generation += 1
        self._running = False
        self._dirty = True
        self.view.clear()


def attach_charts(window: QMainWindow) -> QDockWidget:
    """Add the Charts dock (hidden) and View → Charts (Ctrl+Shift+G) to ``window``; return the dock."""
    view = ChartsView()
    dock = QDockWidget(QCoreApplication.translate("ChartsDock", "Charts"), window)
    dock.setObjectName("charts_dock")  # so that QMainWindow.saveState() can record where the user put it
    dock.setWidget(view)
    dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    dock.controller = ChartsController(window, window._session, view, dock)  # the window's session (no accessor)
    tip = QCoreApplication.translate("ChartsDock", "Show or hide the charts ({shortcut})").format(
        shortcut=QKeySequence("Ctrl+Shift+G").toString(QKeySequence.SequenceFormat.NativeText))
    action = toggle_action(window, dock, QCoreApplication.translate("ChartsDock", "&Charts"), "Ctrl+Shift+G", tip,
                           on_shown=lambda: dock.controller._on_action_triggered(True))
    _view_menu(window).addAction(action)
    map_dock = window.findChild(QDockWidget, "map_dock")
    if map_dock is not None:  # opened together, the map and the charts share one pane as two tabs
        share_space(window, map_dock, dock)
    window.charts_dock = dock
    return dock


def _view_menu(window: QMainWindow):
    """The menu holding "Search" (the View menu), found by its action, not by its translated title."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and window.find_action in menu.actions():
            return menu
    return window.menuBar().addMenu(QCoreApplication.translate("ChartsDock", "&View"))
