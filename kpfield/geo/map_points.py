"""The reports to put on the map: position, type, state and title of every located report matching a filter."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

from sqlite_utils import Database

from kpfield.store.reports import ReportQuery


@dataclass(frozen=True)
class MapPoint:
    """One report on the map (only what the map shows; the report itself stays in the store).

    :param report_id: the report's id
    :param lat: latitude in degrees
    :param lon: longitude in degrees
    :param primary_type: its first incident type code, or None
    :param state: "draft" or "ready"
    :param review_state: the coordinator's review state, or None when it was never reviewed
    :param title: its title, for the tooltip
    """

    report_id: str
    lat: float
    lon: float
    primary_type: str | None
    state: str
    review_state: str | None
    title: str


@dataclass
class MapPoints:
    """The points of the reports matching a query, and how many matching reports could not be placed.

    :param points: located reports, in the store's order (oldest row first)
    :param without_location: matching reports with no position, or one that cannot be read
    """

    points: list[MapPoint] = field(default_factory=list)
    without_location: int = 0

    @property
    def total(self) -> int:
        return len(self.points) + self.without_location


def _position(text: str | None) -> tuple[float, float] | None:
    """(lat, lon) from a stored location, or None when there is none or it is unusable (a hand-edited store,
    a newer version's format): one bad row must not take the whole map away."""
    if not text:
        return None
    try:
        data = json.loads(text)
        lat, lon = data["lat"], data["lon"]
    except (ValueError, TypeError, KeyError):
        return None
    if isinstance(lat, bool) or isinstance(lon, bool) or not isinstance(lat, (int, float)) or not isinstance(
            lon, (int, float)):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return float(lat), float(lon)


def map_points(db: Database, query: ReportQuery | None = None) -> MapPoints:
    """Every report matching ``query`` that has a location, as :class:`MapPoint`; the rest are counted.

    Runs one query on the store's connection (call it on the store thread). The query's sort order is ignored:
    a map has none.

    :param db: the unlocked store (``profile.db``)
    :param query: search text and filters, as for the report list; None for every report
    """
    where, params = (query or ReportQuery()).where()
    sql = ("SELECT r.id, r.location, r.primary_type, r.state, v.state, r.title FROM reports r "
           f"LEFT JOIN reviews v ON v.report_id = r.id{where} ORDER BY r.rowid")
    result = MapPoints()
    for report_id, location, primary_type, state, review_state, title in db.execute(sql, params).fetchall():
        position = _position(location)
        if position is None:
            result.without_location += 1
            continue
        result.points.append(MapPoint(report_id, position[0], position[1], primary_type, state, review_state,
                                      title or ""))
    return result
