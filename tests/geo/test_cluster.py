"""Grid clustering and the Web-Mercator projection: every point in exactly one cluster, deterministic, O(n)."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.geo.cluster import WORLD_SIZE, cell_size, cluster_points, project, unproject

coords = st.tuples(st.floats(-180, 180), st.floats(-85, 85))
point_lists = st.lists(coords, max_size=300)
steady = settings(deadline=None)  # pure computation: a busy CI machine must not turn slowness into failures


def _points(lonlats):
    return [(f"r{i}", *project(lon, lat)) for i, (lon, lat) in enumerate(lonlats)]


@steady
@given(point_lists, st.integers(0, 18))
def test_every_point_is_in_exactly_one_cluster_and_counts_add_up(lonlats, zoom):
    points = _points(lonlats)
    clusters = cluster_points(points, cell_size(zoom, 48))
    members = [i for c in clusters for i in c.ids]
    assert sorted(members) == sorted(p[0] for p in points)
    assert sum(c.count for c in clusters) == len(points)
    assert len({c.cell for c in clusters}) == len(clusters)


@steady
@given(point_lists, st.integers(0, 18))
def test_a_cluster_sits_among_its_members_in_its_own_cell(lonlats, zoom):
    cell = cell_size(zoom, 48)
    by_id = {p[0]: p for p in _points(lonlats)}
    for c in cluster_points(by_id.values(), cell):
        x0, y0, x1, y1 = c.bounds
        assert x0 - 1e-9 <= c.x <= x1 + 1e-9 and y0 - 1e-9 <= c.y <= y1 + 1e-9
        for i in c.ids:
            _, x, y = by_id[i]
            assert (math.floor(x / cell), math.floor(y / cell)) == c.cell


@settings(max_examples=50, deadline=None)
@given(point_lists, st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_input_order(lonlats, rnd):
    points = _points(lonlats)
    shuffled = points[:]
    rnd.shuffle(shuffled)
    a = cluster_points(points, cell_size(5, 48))
    b = cluster_points(shuffled, cell_size(5, 48))
    assert [(c.cell, sorted(c.ids)) for c in a] == [(c.cell, sorted(c.ids)) for c in b]


def test_zooming_in_splits_clusters():
    rng = random.Random(3)
    points = [(i, *project(32.35 + rng.uniform(-0.5, 0.5), -20.1 + rng.uniform(-0.5, 0.5))) for i in range(500)]
    counts = [len(cluster_points(points, cell_size(z, 48))) for z in (2, 6, 10, 14)]
    assert counts[0] == 1 and counts == sorted(counts) and counts[-1] > 400


def test_points_at_the_same_spot_stay_together_at_any_zoom():
    points = [(i, *project(20.30, -9.41)) for i in range(20)]
    assert [c.count for c in cluster_points(points, cell_size(20, 48))] == [20]


@given(coords)
def test_unproject_inverts_project(lonlat):
    lon, lat = lonlat
    x, y = project(lon, lat)
    assert 0 <= x <= WORLD_SIZE and 0 <= y <= WORLD_SIZE
    back = unproject(x, y)
    assert back == pytest.approx((lon, lat), abs=1e-7)


def test_projection_orientation():
    """North is up (smaller y), east is right; the equator and Greenwich meet at the world's centre."""
    assert project(0, 0) == pytest.approx((WORLD_SIZE / 2, WORLD_SIZE / 2))
    assert project(10, 0)[0] > project(0, 0)[0]
    assert project(0, 10)[1] < project(0, 0)[1]


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), "48"])
def test_a_bad_cell_size_is_refused(bad):
    with pytest.raises(ValueError, match="cell size"):
        cluster_points([("a", 1.0, 1.0)], bad)


@steady
@given(point_lists, st.integers(0, 18), st.floats(0, 1))
def test_merging_neighbours_keeps_every_point_exactly_once(lonlats, zoom, within):
    points = _points(lonlats)
    cell = cell_size(zoom, 48)
    plain = cluster_points(points, cell)
    merged = cluster_points(points, cell, merge_within=cell * within)
    assert sorted(i for c in merged for i in c.ids) == sorted(p[0] for p in points)
    assert len(merged) <= len(plain)


def test_a_group_straddling_a_cell_border_becomes_one_cluster():
    cell = 1.0
    points = [("a", 0.98, 0.5), ("b", 0.99, 0.5), ("c", 1.01, 0.5), ("d", 1.02, 0.5), ("far", 3.5, 0.5)]
    assert [c.count for c in cluster_points(points, cell)] == [2, 2, 1]
    merged = cluster_points(points, cell, merge_within=0.5)
    assert sorted(sorted(c.ids) for c in merged) == [["a", "b", "c", "d"], ["far"]]
    assert merged[0].x == pytest.approx(1.0)


def test_merge_distance_must_not_exceed_the_cell():
    with pytest.raises(ValueError, match="merge_within"):
        cluster_points([("a", 1.0, 1.0)], 1.0, merge_within=2.0)
