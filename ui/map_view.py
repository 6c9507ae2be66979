"""The offline map of reports: zoom, pan, clusters by zoom level, clicks and keys that open reports.

No tiles, no network: nothing tells anyone which area is being looked at. Clusters are computed only when the
integer zoom level changes, and kept per level until the points change; how it all looks is in ``map_layers``.
"""

from __future__ import annotations

import math
from collections import Counter

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMenu, QToolTip

from kpfield.geo.basemap import BaseMap, shipped_basemap
from kpfield.geo.cluster import cell_size, cluster_points, project
from ui.map_layers import (
    COLOUR_MODES, HALO_PX, OCEAN, TYPE_COLOURS, PointLayer, build_base, colour_for, colour_key,
    paint_scale_and_credit,
)
from ui.report_table_model import review_state_label, state_label, type_label

CELL_PX = 44  # clustering cell, in pixels at the level's zoom (44-88 px on screen between two levels)
MERGE_WITHIN = 1.0  # of a cell: neighbouring clusters closer than this would overlap, so they merge
MIN_ZOOM, MAX_ZOOM = 2.0, 16.0  # whole region ... about 2 m a pixel
CLICK_SLOP_PX = 5  # a press and release closer than this is a click, not a drag
MENU_LIMIT = 25  # reports listed for a cluster that cannot be split by zooming


FIT_MIN_DEGREES = 1.2  # "Show all" never zooms closer than this (about 130 km) around the reports


class MapView(QGraphicsView):
    """The map widget. :meth:`set_points` shows reports; clicking a point emits :attr:`report_activated`.

    Keys: +/- zoom, arrows pan, Home shows all, Page Down/Up select the next/previous point or cluster on screen,
    Enter opens the selected report (or zooms into the selected cluster), Escape clears the selection.
    """

    report_activated = Signal(str)
    zoom_level_changed = Signal(int)
    points_changed = Signal(int)  # how many points are on the map

    def __init__(self, parent=None, *, basemap: BaseMap | None = None):
        super().__init__(parent)
        self.basemap = basemap or shipped_basemap()
        self.colour_mode = "type"
        self._points: list = []
        self._xy: list[tuple[int, float, float]] = []
        self._levels: dict[int, list] = {}  # level -> clusters; kept until the points change
        self._level: int | None = None
        self.singles: dict[str, QPolygonF] = {}
        self.multi: list = []  # [cluster, its picture once drawn] of the current level
        self._keys: list[str] = []  # each point's colour category in the current colour mode
        self._grid: dict[tuple[int, int], list] = {}  # hit testing: clusters by the cell of their centre
        self.selected = None  # a Cluster of the current level
        self._press = None
        self.cluster_menu: QMenu | None = None
        self.recluster_count = 0  # for tests and the bench: how often clusters were computed

        self.setScene(QGraphicsScene(self))
        self.setAccessibleName(self.tr("Map of reports"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setBackgroundBrush(OCEAN)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self._region = build_base(self.scene(), self.basemap)
        self.point_layer = PointLayer(self)
        self.scene().addItem(self.point_layer)
        self.setTransform(QTransform.fromScale(2 ** 3, 2 ** 3))
        self._after_zoom()

    # --- points ----------------------------------------------------------------------------------------------
    def set_points(self, points: list, *, fit: bool = False) -> None:
        """Show ``points`` (:class:`~kpfield.geo.map_points.MapPoint`), replacing any shown before.

        :param fit: also move the view to show them all
        """
        self._points = list(points)
        self._xy = [(i, *project(p.lon, p.lat)) for i, p in enumerate(self._points)]  # (index, x, y)
        self._keys = [colour_key(p, self.colour_mode) for p in self._points]
        self._levels.clear()
        self._level = None
        self.selected = None
        self._after_zoom()
        if fit:
            self.fit_all()
        self.points_changed.emit(len(self._points))

    def clear(self) -> None:
        """Forget every point and everything derived from them (on lock): only the base map remains."""
        if self.cluster_menu is not None:
            self.cluster_menu.close()
            self.cluster_menu = None
        QToolTip.hideText()
        self.set_points([])

    @property
    def points(self) -> list:
        return list(self._points)

    def set_colour_mode(self, mode: str) -> None:
        """Colour points by "type", "review" (review state) or "state" (draft / ready)."""
        if mode not in COLOUR_MODES:
            raise ValueError(f"Unknown colour mode {mode!r}.")
        self.colour_mode = mode
        self._keys = [colour_key(p, mode) for p in self._points]
        self._level = None  # same clusters, new colours
        self._after_zoom()

    def legend_entries(self) -> list[tuple[str, QColor, int]]:
        """(label, colour, count) of every category on the map, most frequent first."""
        counts = Counter(self._keys)
        return [(self.category_label(key), colour_for(key, self.colour_mode), n)
                for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def colour_mix(self, cluster) -> list[tuple[str, int]]:
        """(category, count) of a cluster's points, largest first: its ring (computed only for drawn clusters)."""
        keys = self._keys
        mix = Counter(keys[i] for i in cluster.ids)
        return sorted(mix.items(), key=lambda kv: (-kv[1], kv[0]))

    def category_label(self, key: str) -> str:
        if self.colour_mode == "review":
            return review_state_label(key) if key else self.tr("Not reviewed")
        if self.colour_mode == "state":
            return state_label(key)
        return type_label(key) if key else self.tr("No type")

    # --- zoom and clusters -----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return math.log2(self.transform().m11())

    @property
    def zoom_level(self) -> int:
        return int(math.floor(self.zoom + 1e-9))

    def clusters(self) -> list:
        """The clusters of the current zoom level (a cluster of one is a single point)."""
        return list(self._levels.get(self._level, []))

    def cluster_radius(self, count: int) -> float:
        return min(24.0, 9.0 + 2.8 * math.log2(count))

    def set_zoom(self, zoom: float, center: QPointF | None = None) -> None:
        """Zoom to ``zoom`` (2 = the whole region, 16 = streets) around ``center`` (scene coordinates)."""
        center = center if center is not None else self.mapToScene(self.viewport().rect().center())
        zoom = max(self.min_zoom(), min(MAX_ZOOM, zoom))
        self.setTransform(QTransform.fromScale(2 ** zoom, 2 ** zoom))
        self.centerOn(center)
        self._after_zoom()

    def zoom_by(self, steps: float) -> None:
        self.set_zoom(self.zoom + steps)

    def min_zoom(self) -> float:
        view = self.viewport().rect()
        fit = min(view.width() / self._region.width(), view.height() / self._region.height())
        return max(MIN_ZOOM, min(MAX_ZOOM, math.log2(max(fit, 1e-6)) - 0.3))

    def fit_rect(self, rect: QRectF, *, max_zoom: float = 10.0) -> None:
        """Show ``rect`` (scene coordinates) whole, zoomed in no further than ``max_zoom``."""
        view = self.viewport().rect()
        w, h = max(rect.width(), 1e-9), max(rect.height(), 1e-9)
        zoom = math.log2(min(view.width() * 0.75 / w, view.height() * 0.75 / h))
        self.set_zoom(min(zoom, max_zoom), rect.center())

    def fit_all(self) -> None:
        """Show every point, or the whole region when there are none."""
        if not self._xy:
            self.fit_rect(self._region)
            return
        xs, ys = [x for _, x, _ in self._xy], [y for _, _, y in self._xy]
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        # One report (or a few close together): show its surroundings (about a degree, with the nearby mining
        # areas and their names), not an empty 10 km square.
        west, north = project(-FIT_MIN_DEGREES / 2, FIT_MIN_DEGREES / 2)
        east, south = project(FIT_MIN_DEGREES / 2, -FIT_MIN_DEGREES / 2)
        side = max(abs(east - west), abs(south - north))
        if rect.width() < side and rect.height() < side:
            centre = rect.center()
            rect = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
        self.fit_rect(rect)

    def _after_zoom(self) -> None:
        level = self.zoom_level
        if level != self._level:
            self._level = level
            self._recluster()
            self.zoom_level_changed.emit(level)
        self.viewport().update()

    def _recluster(self) -> None:
        if self._level not in self._levels:
            self.recluster_count += 1
            cell = cell_size(self._level, CELL_PX)
            self._levels[self._level] = cluster_points(self._xy, cell, merge_within=cell * MERGE_WITHIN)
        clusters = self._levels[self._level]
        singles: dict[str, list[QPointF]] = {}
        self.multi = []
        for cluster in clusters:
            if cluster.count == 1:
                singles.setdefault(self._keys[cluster.ids[0]], []).append(QPointF(cluster.x, cluster.y))
            else:
                self.multi.append([cluster, None])  # drawn when first on screen (PointLayer)
        order = {key: n for n, key in enumerate(TYPE_COLOURS)}
        self.singles = {k: QPolygonF(v) for k, v in sorted(singles.items(), key=lambda kv: order.get(kv[0], -1))}
        cell = cell_size(self._level, CELL_PX)
        self._grid = {}
        for c in clusters:  # by the cell of the centre: merged clusters may have moved out of their own
            self._grid.setdefault((math.floor(c.x / cell), math.floor(c.y / cell)), []).append(c)
        if self.selected is not None:
            self.selected = next((c for c in clusters if c.ids == self.selected.ids), None)

    # --- finding what is under the mouse ---------------------------------------------------------------------
    def item_at(self, pos) -> object | None:
        """The cluster (or single point) drawn at viewport position ``pos``, nearest first."""
        scene = self.mapToScene(pos.toPoint() if isinstance(pos, QPointF) else pos)
        cell = cell_size(self._level, CELL_PX)
        col, row = math.floor(scene.x() / cell), math.floor(scene.y() / cell)
        scale = self.transform().m11()
        best, best_d = None, None
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for c in self._grid.get((col + dx, row + dy), ()):
                    d = math.hypot((c.x - scene.x()) * scale, (c.y - scene.y()) * scale)
                    reach = self.cluster_radius(c.count) + 3 if c.count > 1 else HALO_PX / 2 + 2
                    if d <= reach and (best_d is None or d < best_d):
                        best, best_d = c, d
        return best

    def report_id(self, index: int) -> str:
        return self._points[index].report_id

    def viewport_pos_of(self, report_id: str) -> QPointF | None:
        """Where ``report_id``'s point (or the cluster holding it) is drawn, in viewport coordinates."""
        for c in self._levels.get(self._level, []):
            if any(self._points[i].report_id == report_id for i in c.ids):
                return QPointF(self.mapFromScene(QPointF(c.x, c.y)))
        return None

    def activate(self, cluster) -> None:
        """Open a single point's report; zoom into a cluster; list a cluster that zooming cannot split."""
        self.selected = cluster
        if cluster.count == 1:
            self.viewport().update()
            self.report_activated.emit(self.report_id(cluster.ids[0]))
            return
        x0, y0, x1, y1 = cluster.bounds
        if self.zoom_level >= MAX_ZOOM or ((x1 - x0) * 2 ** MAX_ZOOM < 2 and (y1 - y0) * 2 ** MAX_ZOOM < 2):
            self._show_cluster_menu(cluster)
            return
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        view = self.viewport().rect()
        fit = math.log2(min(view.width() * 0.7 / max(rect.width(), 1e-9), view.height() * 0.7 / max(
            rect.height(), 1e-9)))
        self.set_zoom(max(self.zoom_level + 1, min(fit, MAX_ZOOM)), rect.center())

    def _show_cluster_menu(self, cluster) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Reports at this place"))
        for i in cluster.ids[:MENU_LIMIT]:
            title = self._points[i].title or self.tr("(untitled report)")
            action = menu.addAction(title)
            action.triggered.connect(lambda _=False, rid=self.report_id(i): self.report_activated.emit(rid))
        if cluster.count > MENU_LIMIT:
            more = menu.addAction(self.tr("…and %n more: zoom in or filter the list", "", cluster.count - MENU_LIMIT))
            more.setEnabled(False)
        if self.cluster_menu is not None:
            self.cluster_menu.close()
        self.cluster_menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.viewport().mapToGlobal(self.mapFromScene(QPointF(cluster.x, cluster.y))))

    def select_next(self, step: int = 1) -> None:
        """Select the next (or previous) point or cluster on screen, in reading order (rows, then left to right)."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        shown = [c for c in self._levels.get(self._level, []) if visible.contains(c.x, c.y)]
        if not shown:
            return
        shown.sort(key=lambda c: (round(c.y * 2 ** self._level / 40), c.x))  # rows of about 40 pixels
        ids = [c.ids for c in shown]
        current = ids.index(self.selected.ids) if self.selected is not None and self.selected.ids in ids else -1
        self.selected = shown[(current + step) % len(shown)] if current >= 0 or step > 0 else shown[-1]
        self.viewport().update()

    # --- Qt events -------------------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 240  # half a level per notch
        if steps:
            zoom = max(self.min_zoom(), min(MAX_ZOOM, self.zoom + steps))
            self.scale(2 ** zoom / self.transform().m11(), 2 ** zoom / self.transform().m11())
            self._after_zoom()
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if (event.button() == Qt.MouseButton.LeftButton and press is not None
                and (event.position() - press).manhattanLength() <= CLICK_SLOP_PX):
            hit = self.item_at(event.position())
            if hit is not None:
                self.activate(hit)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        pan = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key in pan:
            dx, dy = pan[key]
            step = self.viewport().width() // 4
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx * step)
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy * step)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.select_next(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.activate(self.selected)
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.selected = None
            self.viewport().update()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.zoom < self.min_zoom():
            self.set_zoom(self.min_zoom())

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:  # the title only: nothing else of a report on hover
            hit = self.item_at(event.pos())
            if hit is None:
                QToolTip.hideText()
            elif hit.count == 1:
                QToolTip.showText(event.globalPos(), self._points[hit.ids[0]].title or self.tr("(untitled report)"),
                                  self)
            else:
                QToolTip.showText(event.globalPos(), self.tr("%n report(s)", "", hit.count), self)
            return True
        return super().viewportEvent(event)

    def drawForeground(self, painter: QPainter, rect) -> None:  # noqa: N802 - Qt override
        paint_scale_and_credit(self, painter, self.tr("Borders: Natural Earth. Mining areas approximate."))
