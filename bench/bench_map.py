"""Map benchmark: 10,000 report points on the offline map (clustering, loading, first render, zooming).

Run: .venv/bin/python bench/bench_map.py [--points 10000] [--size 1100x700] [--no-store]
Renders are timed as ``widget.grab()`` (a full paint of the map into an image), on Qt's offscreen platform unless a
display is set, and given as ratios to the render of the base map alone measured in the same run: the ratio says
what the reports add, whatever the machine. With the store part, also times ``map_points`` on an encrypted store
holding as many reports (created in a temporary folder with test-only KDF parameters; removed afterwards).
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPES = ("killing", "shooting", "beating_torture", "arbitrary_detention", "child_labour", "forced_labour",
         "smuggling", "corruption_extortion", "environmental_damage", "threat_to_monitors", "other")
REVIEW = ("new", "in_review", "needs_info", "verified", "rejected", "duplicate", "escalated", None)


def realistic_points(n: int, seed: int = 11) -> list:
    """``n`` points: 85 % scattered around the mining areas (as reports are), 15 % anywhere in the region."""
    from kpfield.geo.basemap import shipped_basemap
    from kpfield.geo.map_points import MapPoint

    rng = random.Random(seed)
    areas = [a for a in shipped_basemap().mining_areas if a.kind != "region"]
    points = []
    for i in range(n):
        if rng.random() < 0.85:
            a = rng.choice(areas)
            spread = a.radius_km / 111
            lat, lon = a.lat + rng.gauss(0, spread), a.lon + rng.gauss(0, spread)
        else:
            lat, lon = rng.uniform(-30, 12), rng.uniform(-15, 40)
        points.append(MapPoint(f"r{i:05d}", lat, lon, rng.choice(TYPES), rng.choice(("draft", "ready")),
                               rng.choice(REVIEW), f"Report {i}"))
    return points


class Timing:
    """Median wall-clock and CPU seconds of some runs. CPU time (this process) is the steadier number on a busy
    machine; the ratios use it."""

    def __init__(self, wall: list[float], cpu: list[float]):
        self.wall, self.cpu = statistics.median(wall), statistics.median(cpu)

    def __str__(self) -> str:
        return f"{self.wall * 1000:.1f} ms wall, {self.cpu * 1000:.1f} ms CPU"

    def ratio(self, base: "Timing") -> str:
        return f"{self.cpu / base.cpu:.2f}x"


def timed(fn, repeat: int = 5) -> Timing:
    """Time ``repeat`` runs of ``fn``."""
    wall, cpu = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return Timing(wall, cpu)


def bench_view(n: int, width: int, height: int) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from kpfield.geo.cluster import cell_size, cluster_points, project
    from ui.map_view import CELL_PX, MERGE_WITHIN, MapView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    points = realistic_points(n)
    xy = [(i, *project(p.lon, p.lat)) for i, p in enumerate(points)]
    print(f"machine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    view = MapView()
    view.resize(width, height)
    view.show()
    app.processEvents()
    view.fit_all()
    base = timed(view.grab, 9)
    print(f"base map only, render: {base}  (the unit of the ratios below, on CPU time)")

    for level in (3, 6, 9, 12):
        cell = cell_size(level, CELL_PX)
        t = timed(lambda cell=cell: cluster_points(xy, cell, merge_within=cell * MERGE_WITHIN))
        count = len(cluster_points(xy, cell, merge_within=cell * MERGE_WITHIN))
        print(f"cluster {n:,} points at level {level:2d}: {t} = {t.ratio(base)} -> {count:,} clusters")

    t_set = timed(lambda: view.set_points(points, fit=True), 3)
    print(f"set_points ({n:,}, projection + clusters of the shown level + fit): {t_set} = {t_set.ratio(base)}")
    view.set_points(points, fit=True)
    first = timed(view.grab, 1)
    again = timed(view.grab)
    print(f"first render with points (level {view.zoom_level}, {len(view.clusters()):,} clusters): "
          f"{first} = {first.ratio(base)}; repaint {again} = {again.ratio(base)}")

    marange = QPointF(*project(32.35, -20.1))
    for zoom in (7.0, 9.0, 11.0):
        def zoom_and_render(zoom=zoom):
            view._levels.clear()  # measure a level not seen before: clustering included
            view._level = None
            view.set_zoom(zoom, marange)
            view.grab()
        t = timed(zoom_and_render, 3)
        on_screen = view.mapToScene(view.viewport().rect()).boundingRect()
        shown = sum(1 for c in view.clusters() if on_screen.contains(c.x, c.y))
        print(f"zoom to level {zoom:.0f} (new level: cluster + render, {shown} items on screen): "
              f"{t} = {t.ratio(base)}")
    view.set_zoom(9.0, marange)
    view.grab()
    same = timed(lambda: (view.set_zoom(9.4, marange), view.grab()))
    print(f"zoom within a level (no clustering) + render: {same} = {same.ratio(base)}")
    pan = timed(lambda: (view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 50), view.grab()))
    print(f"pan + render: {pan} = {pan.ratio(base)}")
    view.close()


def bench_store(n: int) -> None:
    from bench_store import realistic_report

    from kpfield.geo.map_points import map_points
    from kpfield.store import KdfParams, Profile

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        with Profile.create(Path(folder) / "profile", "bench only: granite river seventeen lanterns",
                            kdf=KdfParams.fast_for_tests()) as profile:
            with profile.db.atomic():
                for _ in range(n):
                    profile.reports._write(realistic_report(rng), insert=True)  # no audit: a bulk fixture
            t = timed(lambda: map_points(profile.db), 3)
            print(f"map_points on an encrypted store with {n:,} located reports: {t}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--points", type=int, default=10_000)
    parser.add_argument("--size", default="1100x700", help="map widget size in pixels, WxH")
    parser.add_argument("--no-store", action="store_true", help="skip map_points on an encrypted store")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    bench_view(args.points, width, height)
    if not args.no_store:
        bench_store(args.points)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
