"""How the offline map looks: colours, the base map's items, and the layers that paint points, clusters and names.

Points and clusters are painted by one item in device pixels: single points with one ``drawPoints`` call per
colour (the polygon mapped to pixels in C++), clusters one by one (a few hundred on screen at most). No per-point
item, no per-point Python while painting.
"""

from __future__ import annotations

import hashlib
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsView

from kpfield.geo.basemap import BaseMap
from kpfield.geo.cluster import WORLD_SIZE, project, unproject

DOT_PX, HALO_PX = 9, 12
EARTH_KM = 40_075.0

OCEAN, LAND, BORDER = QColor("#d4e6f1"), QColor("#f6f3ec"), QColor("#a4a29c")
MINING, CLUSTER = QColor("#8d5524"), QColor("#37474f")
# Stable colours per taxonomy code (codes are never renamed). Unknown codes get a colour from their hash.
TYPE_COLOURS = {
    "killing": "#a50f15", "shooting": "#e6550d", "beating_torture": "#f768a1", "sexual_violence": "#7a0177",
    "arbitrary_detention": "#4a56b0", "forced_displacement": "#fd8d3c", "child_labour": "#d4a300",
    "forced_labour": "#8c510a", "smuggling": "#2171b5", "kp_certificate_fraud": "#17becf",
    "corruption_extortion": "#6baed6", "environmental_damage": "#31a354", "property_destruction": "#9e9a2e",
    "threat_to_monitors": "#e7298a", "other": "#737373", "": "#bdbdbd",
}
REVIEW_COLOURS = {"new": "#2171b5", "in_review": "#fd8d3c", "needs_info": "#d4a300", "verified": "#31a354",
                  "rejected": "#525252", "duplicate": "#9e9ac8", "escalated": "#cb181d", "": "#bdbdbd"}
STATE_COLOURS = {"draft": "#9e9e9e", "ready": "#2171b5"}
COLOUR_MODES = ("type", "review", "state")


def colour_key(point, mode: str) -> str:
    """The category a point is coloured by: its type code, review state or report state ("" for none)."""
    if mode == "review":
        return point.review_state or ""
    if mode == "state":
        return point.state or ""
    return point.primary_type or ""


def colour_for(key: str, mode: str) -> QColor:
    """The colour of category ``key``: stable across runs and machines."""
    table = {"type": TYPE_COLOURS, "review": REVIEW_COLOURS, "state": STATE_COLOURS}[mode]
    if key in table:
        return QColor(table[key])
    hue = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=2).digest(), "big") % 360
    return QColor.fromHsv(hue, 170, 200)


def world_radius(radius_km: float, lat: float) -> float:
    """A distance on the ground in world units at latitude ``lat`` (Mercator is locally conformal)."""
    return radius_km / (EARTH_KM * max(0.05, math.cos(math.radians(lat)))) * WORLD_SIZE


class LabelLayer(QGraphicsItem):
    """Country names and mining-area markers and names, at a constant size.

    A name shows once its country is wide enough to carry it and where it does not collide with a name already
    drawn: mining areas first (the file lists the most important first), then countries, largest first.
    """

    def __init__(self, basemap: BaseMap):
        super().__init__()
        countries = []
        for c in basemap.countries:
            xs = [project(lon, lat)[0] for poly in c.polygons for lon, lat in poly[0]]
            countries.append((c.name, QPointF(*project(*c.label)), max(xs) - min(xs)))
        self._countries = sorted(countries, key=lambda c: -c[2])
        self._areas = [(a, QPointF(*project(a.lon, a.lat))) for a in basemap.mining_areas]
        self.setZValue(3)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, WORLD_SIZE, WORLD_SIZE)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        to_device = painter.worldTransform()
        scale = to_device.m11()
        painter.save()
        painter.resetTransform()
        taken: list[QRectF] = []

        def free(rect: QRectF) -> bool:
            if any(rect.intersects(other) for other in taken):
                return False
            taken.append(rect)
            return True

        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setItalic(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for area, anchor in self._areas:
            p = to_device.map(anchor)
            width = metrics.horizontalAdvance(area.name)
            if area.kind != "region":
                painter.setPen(QPen(QColor("white"), 1))
                painter.setBrush(MINING)
                painter.drawPolygon(QPolygonF([p + QPointF(0, -5), p + QPointF(5, 0), p + QPointF(0, 5),
                                               p + QPointF(-5, 0)]))
                rect = QRectF(p.x() + 8, p.y() - 8, width, 16)
            else:
                top = p.y() - world_radius(area.radius_km, area.lat) * scale * 0.6
                rect = QRectF(p.x() - width / 2, top - 8, width, 16)
            if free(rect.adjusted(-2, 0, 2, 0)):
                painter.setPen(MINING.darker(130))
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, area.name)
        font.setItalic(False)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        painter.setPen(QColor("#6d6a63"))
        for name, anchor, extent in self._countries:
            width = metrics.horizontalAdvance(name)
            if extent * scale < width * 1.1:
                continue  # too small at this zoom to carry its name
            p = to_device.map(anchor)
            rect = QRectF(p.x() - width / 2 - 2, p.y() - 8, width + 4, 16)
            if free(rect):
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.restore()


class PointLayer(QGraphicsItem):
    """Every report point and cluster of the current zoom level, painted in device pixels."""

    def __init__(self, view):  # the MapView: its singles, multi, selected, colour_mode, colour_mix, cluster_radius
        super().__init__()
        self._view = view
        self.setZValue(4)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, WORLD_SIZE, WORLD_SIZE)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        view = self._view
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        to_device = painter.worldTransform()
        margin = 40 / to_device.m11()
        exposed = option.exposedRect.adjusted(-margin, -margin, margin, margin)
        painter.save()
        painter.resetTransform()
        # Points are mapped to pixels in C++ (QTransform.map on a whole polygon) and drawn in pixels: Qt draws a
        # point as a tiny line in the painter's coordinates, which a large world transform would stretch.
        singles = [(key, to_device.map(polygon)) for key, polygon in view.singles.items()]
        halo = QPen(QColor(255, 255, 255, 230), HALO_PX, c=Qt.PenCapStyle.RoundCap)
        painter.setPen(halo)
        for _key, polygon in singles:
            painter.drawPoints(polygon)
        for key, polygon in singles:
            painter.setPen(QPen(colour_for(key, view.colour_mode), DOT_PX, c=Qt.PenCapStyle.RoundCap))
            painter.drawPoints(polygon)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        for entry in view.multi:  # [cluster, sprite]: a cluster is drawn once per level, then blitted
            cluster = entry[0]
            if not exposed.contains(cluster.x, cluster.y):
                continue
            if entry[1] is None:
                entry[1] = cluster_sprite(cluster.count, view.colour_mix(cluster), view.colour_mode,
                                          view.cluster_radius(cluster.count), painter.font(), ratio)
            sprite = entry[1]
            p = to_device.map(QPointF(cluster.x, cluster.y))
            half = sprite.width() / ratio / 2
            painter.drawPixmap(QPointF(p.x() - half, p.y() - half), sprite)
        if view.selected is not None:
            p = to_device.map(QPointF(view.selected.x, view.selected.y))
            r = (view.cluster_radius(view.selected.count) + 7) if view.selected.count > 1 else DOT_PX / 2 + 5
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for colour, width in ((QColor("white"), 5), (QColor("#111111"), 2.5)):
                painter.setPen(QPen(colour, width))
                painter.drawEllipse(p, r, r)
        painter.restore()


def cluster_sprite(count: int, mix: list, mode: str, radius: float, font: QFont, ratio: float) -> QPixmap:
    """A cluster's picture: a dark disc with its count, in a ring showing the mix of colours, largest first."""
    side = math.ceil(2 * radius + 8)
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    centre = QPointF(side / 2, side / 2)
    box = QRectF(centre.x() - radius - 3, centre.y() - radius - 3, 2 * radius + 6, 2 * radius + 6)
    start = 90 * 16
    painter.setPen(Qt.PenStyle.NoPen)
    for key, n in mix:
        span = round(360 * 16 * n / count)
        painter.setBrush(colour_for(key, mode))
        painter.drawPie(box, start, span)
        start += span
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(CLUSTER)
    painter.drawEllipse(centre, radius, radius)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt.AlignmentFlag.AlignCenter, short_count(count))
    painter.end()
    return pixmap


def short_count(n: int) -> str:
    """"7", "512", "1.2k", "12k": fits in a cluster circle."""
    if n < 1000:
        return str(n)
    return f"{n / 1000:.1f}k" if n < 10_000 else f"{n // 1000}k"


def build_base(scene: QGraphicsScene, basemap: BaseMap) -> QRectF:
    """Add the countries, mining areas and their names to ``scene``; return the region's rectangle."""
    land_pen = QPen(BORDER, 1)
    land_pen.setCosmetic(True)
    for country in basemap.countries:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for polygon in country.polygons:
            for ring in polygon:
                path.addPolygon(QPolygonF([QPointF(*project(lon, lat)) for lon, lat in ring]))
        item = QGraphicsPathItem(path)
        item.setPen(land_pen)
        item.setBrush(LAND)
        item.setZValue(1)
        scene.addItem(item)
    area_pen = QPen(MINING, 1.2, Qt.PenStyle.DashLine)
    area_pen.setCosmetic(True)
    for area in basemap.mining_areas:
        c, r = QPointF(*project(area.lon, area.lat)), world_radius(area.radius_km, area.lat)
        item = QGraphicsEllipseItem(c.x() - r, c.y() - r, 2 * r, 2 * r)
        fill = QColor(MINING)
        fill.setAlpha(22 if area.kind == "region" else 55)
        item.setBrush(fill)
        item.setPen(area_pen)
        item.setZValue(2)
        scene.addItem(item)
    scene.addItem(LabelLayer(basemap))
    west, south, east, north = basemap.bounds()
    x0, y0 = project(west, north)
    x1, y1 = project(east, south)
    region = QRectF(x0, y0, x1 - x0, y1 - y0)
    pad_x, pad_y = region.width() * 0.4, region.height() * 0.4
    scene.setSceneRect(region.adjusted(-pad_x, -pad_y, pad_x, pad_y))
    return region


def paint_scale_and_credit(view: QGraphicsView, painter: QPainter, credit: str) -> None:
    """A scale bar (bottom left) and the data's credit (bottom right), in viewport pixels."""
    painter.save()
    painter.resetTransform()
    rect = view.viewport().rect()
    lat = unproject(0, view.mapToScene(rect.center()).y())[1]
    metres_per_px = EARTH_KM * 1000 * math.cos(math.radians(lat)) / (WORLD_SIZE * view.transform().m11())
    metres = nice_distance(metres_per_px * 110)
    width = metres / metres_per_px
    x, y = 12, rect.height() - 14
    painter.setPen(QPen(QColor("#333333"), 2))
    painter.drawPolyline(QPolygonF([QPointF(x, y - 5), QPointF(x, y), QPointF(x + width, y),
                                    QPointF(x + width, y - 5)]))
    painter.drawText(QPointF(x + 4, y - 5), f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m")
    font = QFont(painter.font())
    font.setPointSizeF(font.pointSizeF() * 0.8)
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    painter.drawText(QRectF(rect.width() - 310, rect.height() - 20, 300, 16),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, credit)
    painter.restore()


def nice_distance(metres: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above ``metres`` (for the scale bar)."""
    power = 10 ** math.floor(math.log10(max(metres, 1e-3)))
    return max(m * power for m in (1, 2, 5) if m * power <= metres) if metres >= power else power
