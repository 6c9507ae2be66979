"""Shipped mining-area names as sites, and how far a position is from the site a report names."""

from __future__ import annotations

import pytest

from kpfield.geo import Location, LocationSource
from kpfield.geo.sites import area_for_site, distance_from_site_km, site_names


def test_site_names_and_matching():
    names = site_names()
    assert "Marange (Chiadzwa)" in names and names == sorted(names, key=str.casefold)
    assert area_for_site("marange").name == area_for_site(" Chiadzwa ").name == "Marange (Chiadzwa)"
    assert area_for_site("Marange (Chiadzwa)").name == "Marange (Chiadzwa)"
    assert area_for_site("") is None and area_for_site("Nowhere village") is None


def test_distance_from_the_site():
    italy = Location(43.4674483, 11.8851267, LocationSource.PHOTO)  # where the fixture photo DSCN0010 was taken
    area, km = distance_from_site_km("Marange", italy)
    assert area.name == "Marange (Chiadzwa)" and km == pytest.approx(7_200, rel=0.1)
    near = Location(-20.12, 32.36, LocationSource.GPS)
    assert distance_from_site_km("Chiadzwa", near)[1] < area.radius_km
    assert distance_from_site_km("Nowhere", italy) is None
