"""Web-Mercator projection and grid clustering of map points: one pass over the points per zoom level.

World coordinates follow the web-map convention: the whole world is a ``WORLD_SIZE`` square, x grows eastwards,
y southwards, and at zoom level ``z`` one world unit is ``2**z`` screen pixels. Clustering puts the points in
square cells of a fixed size in pixels, so it is O(n), deterministic, and the same at every position of the view.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from typing import NamedTuple

WORLD_SIZE = 256.0  # world units across the whole world: a zoom-0 web-map tile
MAX_LAT = 85.05112878  # Web Mercator is square up to this latitude; beyond, it is clamped


def project(lon: float, lat: float) -> tuple[float, float]:
    """Web-Mercator world coordinates of (lon, lat) in degrees.

    :param lon: longitude, -180..180
    :param lat: latitude, clamped to +/- :data:`MAX_LAT`
    """
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = (lon + 180.0) / 360.0 * WORLD_SIZE
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * WORLD_SIZE
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """(lon, lat) in degrees of world coordinates: the inverse of :func:`project`."""
    lon = x / WORLD_SIZE * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / WORLD_SIZE))))
    return lon, lat


def cell_size(zoom: int, cell_px: float) -> float:
    """The side, in world units, of a clustering cell ``cell_px`` pixels wide at zoom level ``zoom``."""
    return cell_px / (2.0 ** zoom)


class Cluster(NamedTuple):
    """Points that share one cell; a cluster of one is a single point.

    :param ids: the members' ids, in input order
    :param x: world x of the members' mean position
    :param y: world y of the members' mean position
    :param cell: the (column, row) of its grid cell (when clusters merged: of the one that absorbed the others)
    :param bounds: (min x, min y, max x, max y) of the members
    """

    ids: tuple
    x: float
    y: float
    cell: tuple[int, int]
    bounds: tuple[float, float, float, float]

    @property
    def count(self) -> int:
        return len(self.ids)


def cluster_points(points: Iterable[tuple[Hashable, float, float]], cell: float, *,
                   merge_within: float = 0.0) -> list[Cluster]:
    """Group points into clusters by the grid cell of side ``cell`` each falls in.

    Every point ends up in exactly one cluster. Clusters come sorted by cell (row, then column) so that the
    result does not depend on the order of the input, except for the order of ``ids`` within a cluster.

    :param points: (id, x, y) triples in world coordinates (see :func:`project`)
    :param cell: the cell side in world units (see :func:`cell_size`); must be positive
    :param merge_within: then merge clusters of neighbouring cells whose centres are closer than this (world
        units, at most ``cell``): a group of points straddling a cell border shows as one cluster, not two
        overlapping ones
    :raises ValueError: ``cell`` is not a positive finite number, or ``merge_within`` is out of range
    """
    if not (isinstance(cell, (int, float)) and math.isfinite(cell) and cell > 0):
        raise ValueError(f"The cell size must be a positive number, not {cell!r}.")
    if not (isinstance(merge_within, (int, float)) and 0 <= merge_within <= cell):
        raise ValueError(f"merge_within must be between 0 and the cell size, not {merge_within!r}.")
    floor = math.floor
    cells: dict[tuple[int, int], list] = {}
    for point in points:  # the hot loop: one key and one append per point
        key = (floor(point[1] / cell), floor(point[2] / cell))
        members = cells.get(key)
        if members is None:
            cells[key] = [point]
        else:
            members.append(point)
    if merge_within > 0:
        _merge_neighbours(cells, merge_within)
    clusters = []
    for key in sorted(cells, key=lambda k: (k[1], k[0])):
        members = cells[key]
        if len(members) == 1:  # most cells when zoomed in: skip the general case's sums
            point_id, x, y = members[0][:3]
            clusters.append(Cluster((point_id,), x, y, key, (x, y, x, y)))
            continue
        ids = tuple(m[0] for m in members)
        xs = [m[1] for m in members]
        ys = [m[2] for m in members]
        n = len(members)
        clusters.append(Cluster(ids, sum(xs) / n, sum(ys) / n, key, (min(xs), min(ys), max(xs), max(ys))))
    return clusters


def _merge_neighbours(cells: dict, within: float) -> None:
    """Greedy, deterministic: the largest cluster first absorbs close clusters of the 8 cells around it.

    Centres lie in their own cell and ``within`` is at most a cell, so only the 8 neighbours can be that close:
    one pass, O(number of cells). Single points absorb nothing: two dots side by side do not hide each other, and
    zoomed in, where most cells hold one point, this skips most of the work.
    """
    centres = {}
    for key, members in cells.items():
        n = len(members)
        if n == 1:
            centres[key] = (members[0][1], members[0][2])
        else:
            centres[key] = (sum(m[1] for m in members) / n, sum(m[2] for m in members) / n)
    within_sq = within * within
    around = [(dx, dy) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dx or dy]
    for key in sorted((k for k, m in cells.items() if len(m) > 1), key=lambda k: (-len(cells[k]), k[1], k[0])):
        members = cells.get(key)
        if members is None:  # absorbed already
            continue
        cx, cy = centres.pop(key)  # final from now on: nothing absorbs a cluster that already took its turn
        col, row = key
        for dx, dy in around:
            other_key = (col + dx, row + dy)
            other = centres.get(other_key)
            if other is not None and (other[0] - cx) ** 2 + (other[1] - cy) ** 2 < within_sq:
                members.extend(cells.pop(other_key))
                del centres[other_key]
