"""The map as a dock of the main window: View → Map (Ctrl+Shift+M), its controls and legend, and its life cycle.

It loads the reports matching the list's search and filters on the store thread, reloads when reports or filters
change, and forgets every point the moment the profile locks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDockWidget, QGridLayout, QHBoxLayout, QLabel, QMainWindow, QScrollArea, QToolButton, QVBoxLayout,
    QWidget,
)

from kpfield.geo.map_points import MapPoints, map_points
from ui.dock_toggle import toggle_action
from ui.errors import describe
from ui.map_layers import MINING
from ui.map_view import MapView

RELOAD_DELAY_MS = 300  # coalesce bursts of changes (autosave) into one reload
LEGEND_ROWS = 16


def _swatch(colour: QColor, *, diamond: bool = False) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("white"))
    painter.setBrush(colour)
    if diamond:
        painter.translate(7, 7)
        painter.rotate(45)
        painter.drawRect(-4, -4, 8, 8)
    else:
        painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return pixmap


class MapLegend(QWidget):
    """What the colours mean, with how many points of each are on the map: real labels a screen reader reads."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Map legend"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 4, 6, 4)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.rows: list[tuple[str, int]] = []
        self.set_entries([])

    def set_entries(self, entries: list) -> None:
        """Show (label, colour, count) rows, then the mining-area symbol."""
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = [(label, count) for label, _colour, count in entries]
        shown = entries[:LEGEND_ROWS]
        for row, (label, colour, count) in enumerate(shown):
            self._add_row(row, _swatch(colour), f"{label} ({count})")
        if len(entries) > LEGEND_ROWS:
            rest = sum(count for *_, count in entries[LEGEND_ROWS:])
            self._add_row(len(shown), QPixmap(), self.tr("Others ({count})").format(count=rest))
        self._add_row(LEGEND_ROWS + 1, _swatch(MINING, diamond=True), self.tr("Mining area (approximate)"))
        self._grid.setRowStretch(LEGEND_ROWS + 2, 1)

    def _add_row(self, row: int, pixmap: QPixmap, text: str) -> None:
        icon = QLabel()
        icon.setPixmap(pixmap)
        self._grid.addWidget(icon, row, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        self._grid.addWidget(label, row, 1)


class MapPanel(QWidget):
    """The map with its controls: colour by, zoom in and out, show all, and what is (not) on the map."""

    def __init__(self, parent=None, *, view: MapView | None = None):
        super().__init__(parent)
        self.view = view or MapView()
        self.colour_combo = QComboBox()
        self.colour_combo.setAccessibleName(self.tr("Colour the points by"))
        for mode, text in (("type", self.tr("Incident type")), ("review", self.tr("Review state")),
                           ("state", self.tr("Draft or ready"))):
            self.colour_combo.addItem(text, mode)
        colour_label = QLabel(self.tr("&Colour by:"))
        colour_label.setBuddy(self.colour_combo)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Reports on the map"))
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(colour_label)
        bar.addWidget(self.colour_combo)
        for text, tip, slot in ((self.tr("+"), self.tr("Zoom in (+)"), lambda: self.view.zoom_by(1)),
                                (self.tr("−"), self.tr("Zoom out (-)"), lambda: self.view.zoom_by(-1)),
                                (self.tr("Show all"), self.tr("Show every report on the map (Home)"),
                                 self.view.fit_all)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys work on the map itself
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(self.count_label, 1)
        self.legend = MapLegend()
        legend_scroll = QScrollArea()
        legend_scroll.setWidget(self.legend)
        legend_scroll.setWidgetResizable(True)
        legend_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        legend_scroll.setMinimumWidth(190)
        legend_scroll.setMaximumWidth(240)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 1)
        body.addWidget(legend_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.colour_combo.currentIndexChanged.connect(self._on_colour_combo_changed)
        self.setFocusProxy(self.view)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 560)

    def show_points(self, result: MapPoints, *, fit: bool = False) -> None:
        """Put ``result``'s points on the map and say how many reports could not be placed."""
        self.view.set_points(result.points, fit=fit)
        self.legend.set_entries(self.view.legend_entries())
        if result.without_location:
            self.count_label.setText(self.tr("Reports on the map: {shown}; without a location: {missing}").format(
                shown=len(result.points), missing=result.without_location))
        else:
            self.count_label.setText(self.tr("Reports on the map: {shown}").format(shown=len(result.points)))

    def clear(self) -> None:
        """Forget every report shown (on lock)."""
        self.view.clear()
        self.legend.set_entries([])
        self.count_label.clear()

    def _on_colour_combo_changed(self, _index: int) -> None:
        self.view.set_colour_mode(self.colour_combo.currentData())
        self.legend.set_entries(self.view.legend_entries())


class MapDock(QDockWidget):
    """The dock holding the map; loads only while shown and unlocked."""

    def __init__(self, window: QMainWindow, session):
        super().__init__(window)
        self.setWindowTitle(self.tr("Map"))
        self.setObjectName("map_dock")
        self._window = window
        self._session = session
        self._generation = 0  # answers from before a lock or an older query are dropped
        self._fit_next = True
        self.action: QAction | None = None  # View → Map, set by attach_map
        self.panel = MapPanel()
        self.setWidget(self.panel)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.panel.view.report_activated.connect(self._on_view_report_activated)
        session.changed.connect(self._on_session_changed)
        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)
        window.filter_widget.query_changed.connect(self._on_filter_widget_query_changed)
        self.visibilityChanged.connect(self._on_visibility_changed)

    def reload(self) -> None:
        """Load the points for the list's current search and filters (on the store thread)."""
        self._reload_timer.stop()
        if not self._session.is_unlocked or not self.isVisible():
            return
        self._generation += 1
        generation, query = self._generation, self._window.filter_widget.query()
        self._session.op(lambda profile: map_points(profile.db, query),
                         on_done=lambda result: self._on_points_loaded(generation, result),
                         on_error=lambda exc: self._on_points_failed(generation, exc))

    def _on_points_loaded(self, generation: int, result: MapPoints) -> None:
        if generation != self._generation or not self._session.is_unlocked:
            return  # locked meanwhile, or a newer query is on its way
        self.panel.show_points(result, fit=self._fit_next)
        self._fit_next = False

    def _on_points_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation and getattr(exc, "code", None) != "store_locked":
            self.panel.count_label.setText(describe(exc))

    def _on_session_changed(self, what: str) -> None:
        if what == "reports" or what.startswith("report:"):
            self._reload_timer.start()

    def _on_filter_widget_query_changed(self, _query) -> None:
        self._reload_timer.start()

    def _on_session_unlocked(self) -> None:
        self._fit_next = True
        self.reload()

    def _on_session_locked(self) -> None:
        self._reload_timer.stop()
        self._generation += 1
        self._fit_next = True
        self.panel.clear()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.reload()

    def _on_view_report_activated(self, report_id: str) -> None:
        self._window.open_editor(report_id)


def attach_map(window: QMainWindow, session=None) -> MapDock:
    """Add the map dock (hidden at first) and View → "Map" (Ctrl+Shift+M) to ``window``.

    :param window: the main window (its filter widget gives the query; its editor opens reports)
    :param session: the GUI session; defaults to the window's
    """
    session = session if session is not None else window._session
    dock = MapDock(window, session)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    window.restoreDockWidget(dock)  # where the user left it last time (the window restored its state earlier)
    action = toggle_action(window, dock, QCoreApplication.translate("MapDock", "&Map"), "Ctrl+Shift+M",
                           QCoreApplication.translate("MapDock", "Show or hide the map of reports (Ctrl+Shift+M)"),
                           on_shown=dock.panel.view.setFocus)
    dock.action = action
    view_menu = next((a.menu() for a in window.menuBar().actions()
                      if a.menu() is not None and window.find_action in a.menu().actions()), None)
    if view_menu is not None:
        view_menu.addAction(action)
    return dock
