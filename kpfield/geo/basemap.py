"""The base map shipped with KP Field: country borders and the region's main diamond-mining areas, read from
``resources/basemap/`` into plain, immutable data (no network, no tiles, nothing written).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kpfield.errors import ValidationError
from kpfield.geo.location import check_range
from kpfield.paths import resources_dir

Ring = tuple[tuple[float, float], ...]  # closed ring of (lon, lat) points, first == last

MINING_KINDS = ("field", "mine", "region")


@dataclass(frozen=True)
class Country:
    """One country: its name, ISO 3166-1 codes, polygons and where to write its name.

    :param name: short English name
    :param iso_a2: alpha-2 code ("" for areas without one, like Somaliland)
    :param iso_a3: alpha-3 code
    :param polygons: each polygon is its outer ring followed by its holes, rings of (lon, lat)
    :param label: (lon, lat) of a point inside the country for its name
    """

    name: str
    iso_a2: str
    iso_a3: str
    polygons: tuple[tuple[Ring, ...], ...]
    label: tuple[float, float]


@dataclass(frozen=True)
class MiningArea:
    """An approximate mining area, for orientation only (see ``mining_areas.json``'s note).

    :param name: the name people use for it
    :param country: ISO alpha-2 code of the country
    :param kind: "field" (alluvial diggings), "mine" (one industrial mine) or "region" (a whole mining region)
    :param lat: latitude of its approximate centre
    :param lon: longitude of its approximate centre
    :param radius_km: its approximate extent
    """

    name: str
    country: str
    kind: str
    lat: float
    lon: float
    radius_km: float


@dataclass(frozen=True)
class BaseMap:
    """Everything the map draws under the reports."""

    countries: tuple[Country, ...]
    mining_areas: tuple[MiningArea, ...]
    mining_note: str
    source: str

    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in degrees around every country."""
        lons = [p[0] for c in self.countries for poly in c.polygons for p in poly[0]]
        lats = [p[1] for c in self.countries for poly in c.polygons for p in poly[0]]
        return min(lons), min(lats), max(lons), max(lats)

    def country(self, iso_a2: str) -> Country:
        """The country with alpha-2 code ``iso_a2``.

        :raises ValidationError: no such country on the map
        """
        for c in self.countries:
            if c.iso_a2 == iso_a2:
                return c
        raise ValidationError(f"No country with ISO code {iso_a2!r} on the base map.")


def _position(value, what: str) -> tuple[float, float]:
    if not isinstance(value, (list, tuple)) or len(value) < 2:
        raise ValidationError(f"Base map: {what} must be a [lon, lat] pair.")
    lon, lat = value[0], value[1]
    check_range(lat, lon)  # CoordinateError (a ValidationError) for NaN, strings, out of range
    return float(lon), float(lat)


def _ring(value, where: str) -> Ring:
    if not isinstance(value, list) or len(value) < 4:
        raise ValidationError(f"Base map: a ring of {where} has fewer than 4 points.")
    points = tuple(_position(p, f"a point of {where}") for p in value)
    if points[0] != points[-1]:
        raise ValidationError(f"Base map: a ring of {where} is not closed.")
    return points


def parse_countries(data) -> tuple[Country, ...]:
    """Countries from GeoJSON made by ``resources/basemap/build.py`` (Polygon or MultiPolygon features).

    :param data: the decoded GeoJSON FeatureCollection
    :raises ValidationError: the data is not such a collection, or a geometry is malformed
    """
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(
            data.get("features"), list):
        raise ValidationError("Base map: countries must be a GeoJSON FeatureCollection.")
    countries = []
    for feature in data["features"]:
        if not isinstance(feature, dict):
            raise ValidationError("Base map: a country feature is not an object.")
        props = feature.get("properties") or {}
        geometry = feature.get("geometry") or {}
        if not isinstance(props, dict) or not isinstance(geometry, dict):
            raise ValidationError("Base map: a country has malformed properties or geometry.")
        name = props.get("name")
        if not isinstance(name, str) or not name:
            raise ValidationError("Base map: a country has no name.")
        coords = geometry.get("coordinates")
        if geometry.get("type") == "Polygon":
            coords = [coords]
        elif geometry.get("type") != "MultiPolygon":
            raise ValidationError(f"Base map: {name} is not a Polygon or MultiPolygon.")
        if not isinstance(coords, list) or not coords:
            raise ValidationError(f"Base map: {name} has no polygons.")
        polygons = tuple(tuple(_ring(r, name) for r in poly) for poly in coords if isinstance(poly, list) and poly)
        if len(polygons) != len(coords):
            raise ValidationError(f"Base map: {name} has an empty polygon.")
        label = _position(props["label"], f"the label of {name}") if "label" in props else polygons[0][0][0]
        countries.append(Country(name, str(props.get("iso_a2", "")), str(props.get("iso_a3", "")), polygons,
                                 label))
    return tuple(countries)


def parse_mining_areas(data) -> tuple[tuple[MiningArea, ...], str]:
    """Mining areas and their accuracy note from the ``mining_areas.json`` structure.

    :param data: the decoded JSON object
    :raises ValidationError: an area lacks a field, has a bad position, kind or radius
    """
    if not isinstance(data, dict) or not isinstance(data.get("areas"), list):
        raise ValidationError("Base map: mining areas must be an object with a list of areas.")
    areas = []
    for item in data["areas"]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
            raise ValidationError("Base map: a mining area has no name.")
        name = item["name"]
        lon, lat = _position([item.get("lon"), item.get("lat")], f"mining area {name}")
        if item.get("kind") not in MINING_KINDS:
            raise ValidationError(f"Base map: mining area {name} has kind {item.get('kind')!r}; "
                                  f"expected one of {', '.join(MINING_KINDS)}.")
        radius = item.get("radius_km")
        if isinstance(radius, bool) or not isinstance(radius, (int, float)) or not (
                math.isfinite(radius) and 0 < radius <= 1000):
            raise ValidationError(f"Base map: mining area {name} needs a radius_km between 0 and 1000.")
        areas.append(MiningArea(name, str(item.get("country", "")), item["kind"], lat, lon, float(radius)))
    return tuple(areas), str(data.get("note", ""))


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(f"Base map file {path.name} is missing from {path.parent}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"Base map file {path.name} is not valid JSON: {exc}.") from None


def load_basemap(directory: Path | None = None) -> BaseMap:
    """Read the base map from ``directory`` (default: the shipped ``resources/basemap``).

    The shipped one is read once per process (:func:`shipped_basemap`); pass ``directory`` to read another.

    :param directory: folder holding ``countries.geojson`` and ``mining_areas.json``
    :raises ValidationError: a file is missing or malformed
    """
    folder = Path(directory) if directory is not None else resources_dir() / "basemap"
    countries_data = _read_json(folder / "countries.geojson")
    countries = parse_countries(countries_data)
    areas, note = parse_mining_areas(_read_json(folder / "mining_areas.json"))
    return BaseMap(countries, areas, note, str(countries_data.get("source", "")))


@lru_cache(maxsize=1)
def shipped_basemap() -> BaseMap:
    """The shipped base map, parsed once (it is immutable)."""
    return load_basemap()
