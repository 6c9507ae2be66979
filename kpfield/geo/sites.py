"""The shipped mining-area names as report sites: offered in the Site box, and used to say how far a position
(a photo's EXIF GPS, say) is from the site a report names.

The areas are approximate (see ``resources/basemap/mining_areas.json``): good for "this photo was taken 7,700 km
from Marange", never as a report's location.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from kpfield.geo.basemap import MiningArea, parse_mining_areas
from kpfield.geo.location import Location, LocationSource, distance_m
from kpfield.paths import resources_dir


@lru_cache(maxsize=1)
def mining_areas() -> tuple[MiningArea, ...]:
    """The shipped mining areas (read once)."""
    path = resources_dir() / "basemap" / "mining_areas.json"
    return parse_mining_areas(json.loads(path.read_text(encoding="utf-8")))[0]


def site_names() -> list[str]:
    """The mining-area names, for the Site box (sorted, as written in the file)."""
    return sorted((a.name for a in mining_areas()), key=str.casefold)


def _names(area: MiningArea) -> set[str]:
    """"Marange (Chiadzwa)" answers to "marange (chiadzwa)", "marange" and "chiadzwa"."""
    whole = area.name.casefold()
    match = re.fullmatch(r"(.*?)\s*\((.*)\)", whole)
    return {whole, *(p.strip() for p in match.groups())} if match else {whole}


def area_for_site(site: str) -> MiningArea | None:
    """The mining area a report's site names, if any (case-insensitive; either name of "A (B)")."""
    key = site.strip().casefold()
    if not key:
        return None
    return next((a for a in mining_areas() if key in _names(a)), None)


def distance_from_site_km(site: str, location: Location) -> tuple[MiningArea, float] | None:
    """(area, kilometres from its approximate centre) for a site that names a shipped area; None otherwise."""
    area = area_for_site(site)
    if area is None:
        return None
    centre = Location(area.lat, area.lon, LocationSource.MAP)
    return area, distance_m(centre, location) / 1000
