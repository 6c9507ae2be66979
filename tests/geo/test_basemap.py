"""The shipped base map: present, small, in the region, reproducible from its source, and strictly parsed."""

from __future__ import annotations

import copy
import importlib.util
import json

import pytest

from kpfield.errors import CoordinateError, ValidationError
from kpfield.geo.basemap import load_basemap, parse_countries, parse_mining_areas, shipped_basemap
from kpfield.paths import resources_dir

BASEMAP_DIR = resources_dir() / "basemap"


def _inside(point, ring) -> bool:
    """Even-odd rule: is (x, y) inside the closed ring?"""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _in_country(country, point) -> bool:
    return any(_inside(point, poly[0]) and not any(_inside(point, hole) for hole in poly[1:])
               for poly in country.polygons)


def test_shipped_files_are_small():
    assert (BASEMAP_DIR / "countries.geojson").stat().st_size < 1_000_000
    assert (BASEMAP_DIR / "mining_areas.json").stat().st_size < 20_000


def test_the_monitored_countries_are_all_there_with_iso_codes():
    basemap = shipped_basemap()
    for code, name in {"SL": "Sierra Leone", "GN": "Guinea", "LR": "Liberia", "CD": "Democratic Republic of the "
                       "Congo", "AO": "Angola", "ZW": "Zimbabwe", "ZM": "Zambia", "ZA": "South Africa",
                       "BW": "Botswana", "NA": "Namibia", "MZ": "Mozambique"}.items():
        assert basemap.country(code).name == name
    assert basemap.country("ZW").iso_a3 == "ZWE"
    assert len({c.iso_a3 for c in basemap.countries}) == len(basemap.countries)


def test_the_map_stays_in_africa():
    west, south, east, north = shipped_basemap().bounds()
    assert -26 <= west and east <= 60 and -50 <= south and north <= 38


def test_every_label_lies_inside_its_country():
    """Labels are placed inside even crescent-shaped countries (Mozambique, Gambia)."""
    for country in shipped_basemap().countries:
        if len(country.polygons[0][0]) > 8:  # tiny islands: a label point on the coast is fine
            assert _in_country(country, country.label), country.name


def test_each_mining_area_is_inside_its_country():
    basemap = shipped_basemap()
    names = {a.name for a in basemap.mining_areas}
    assert {"Marange (Chiadzwa)", "Murowa", "Kono (Koidu)", "Tongo Field", "Zimmi", "Tshikapa", "Mbuji-Mayi",
            "Kasai", "Lucapa", "Cuango valley (Cafunfo)", "Catoca", "Dundo"} <= names
    for area in basemap.mining_areas:
        assert _in_country(basemap.country(area.country), (area.lon, area.lat)), area.name
    assert "approximate" in basemap.mining_note.lower()


def test_the_build_script_decodes_topojson_arcs_and_keeps_only_the_region():
    """build.py decodes delta-encoded, quantised arcs (including reversed ones) into rounded, closed rings."""
    spec = importlib.util.spec_from_file_location("basemap_build", BASEMAP_DIR / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    # Two squares sharing the edge x=1 (arc 1), walked in opposite directions: a tiny hand-made topology.
    topology = {
        "type": "Topology", "transform": {"scale": [0.5, 0.5], "translate": [10, -10]},
        "arcs": [[[2, 0], [-2, 0], [0, 2], [2, 0]],  # (11,-10) (10,-10) (10,-9) (11,-9)
                 [[2, 2], [0, -2]],  # (11,-9) (11,-10): the shared edge
                 [[2, 2], [2, 0], [0, -2], [-2, 0]]],  # (11,-9) (12,-9) (12,-10) (11,-10)
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "694", "properties": {"name": "Sierra Leone"}},
            {"type": "Polygon", "arcs": [[2, ~1]], "id": "324", "properties": {"name": "Guinea"}},
            {"type": "Polygon", "arcs": [[2, ~1]], "id": "250", "properties": {"name": "France"}},
        ]}},
    }
    out = build.build(topology)
    by_name = {f["properties"]["name"]: f for f in out["features"]}
    assert set(by_name) == {"Guinea", "Sierra Leone"}  # outside the region: left out
    assert by_name["Sierra Leone"]["geometry"]["coordinates"] == [[[[11, -10], [10, -10], [10, -9], [11, -9],
                                                                     [11, -10]]]]
    assert by_name["Guinea"]["geometry"]["coordinates"] == [[[[11, -9], [12, -9], [12, -10], [11, -10],
                                                               [11, -9]]]]
    assert by_name["Guinea"]["properties"]["iso_a2"] == "GN"
    assert by_name["Guinea"]["properties"]["label"] == [11.5, -9.5]
    parsed = parse_countries(out)
    assert [c.name for c in parsed] == ["Guinea", "Sierra Leone"]


def test_a_missing_or_broken_file_is_a_clear_error(tmp_path):
    with pytest.raises(ValidationError, match="countries.geojson is missing"):
        load_basemap(tmp_path)
    (tmp_path / "countries.geojson").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_basemap(tmp_path)


def test_malformed_geometry_is_refused():
    data = json.loads((BASEMAP_DIR / "countries.geojson").read_text(encoding="utf-8"))
    open_ring = copy.deepcopy(data)
    open_ring["features"][0]["geometry"]["coordinates"][0][0].pop()
    with pytest.raises(ValidationError, match="not closed"):
        parse_countries(open_ring)
    nan = copy.deepcopy(data)
    nan["features"][0]["geometry"]["coordinates"][0][0][1] = [float("nan"), 0.0]
    with pytest.raises(CoordinateError):
        parse_countries(nan)
    with pytest.raises(ValidationError, match="FeatureCollection"):
        parse_countries({"type": "Feature"})


@pytest.mark.parametrize("change, message", [
    ({"kind": "quarry"}, "kind"), ({"radius_km": 0}, "radius_km"), ({"radius_km": True}, "radius_km"),
    ({"lat": 95}, "Latitude"), ({"name": ""}, "no name"),
])
def test_malformed_mining_areas_are_refused(change, message):
    area = {"name": "Zimmi", "country": "SL", "kind": "field", "lat": 7.31, "lon": -11.31, "radius_km": 15}
    with pytest.raises(ValidationError, match=message):
        parse_mining_areas({"areas": [{**area, **change}]})
