"""EXIF GPS to Location: rationals, hemispheres, altitude below sea level, missing pieces and garbage."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PIL import Image, TiffImagePlugin
from media_samples import gps_exif, jpeg_bytes, scene

from kpfield.geo.location import LocationSource
from kpfield.media import process_photo, read_photo_info
from kpfield.media.exif import gps_to_location

R = TiffImagePlugin.IFDRational


def _gps(overrides: dict | None = None):
    base = {1: "S", 2: (R(17), R(49), R(365, 10)), 3: "W", 4: (R(31), R(2), R(517, 10))}
    base.update(overrides or {})
    return {key: value for key, value in base.items() if value is not None}


def test_south_and_west_are_negative():
    loc = gps_to_location(_gps())
    assert loc.lat == pytest.approx(-(17 + 49 / 60 + 36.5 / 3600))
    assert loc.lon == pytest.approx(-(31 + 2 / 60 + 51.7 / 3600))
    assert loc.source is LocationSource.PHOTO


def test_altitude_above_and_below_sea_level():
    assert gps_to_location(_gps({5: b"\x00", 6: R(14905, 10)})).alt == pytest.approx(1490.5)
    assert gps_to_location(_gps({5: 1, 6: R(12)})).alt == pytest.approx(-12)
    assert gps_to_location(_gps({5: b"\x01", 6: R(12)})).alt == pytest.approx(-12)
    assert gps_to_location(_gps({6: R(5, 0)})).alt is None  # 0/0-style garbage: no altitude, position kept


def test_fix_time_and_accuracy():
    loc = gps_to_location(_gps({7: (R(9), R(26), R(5325, 100)), 29: "2025:03:14", 31: R(47, 10)}))
    assert loc.fix_time == datetime(2025, 3, 14, 9, 26, 53, 250000, tzinfo=timezone.utc)
    assert loc.accuracy_m == pytest.approx(4.7)
    assert gps_to_location(_gps({7: (R(9), R(26), R(53))})).fix_time is None  # time without date
    assert gps_to_location(_gps({7: (R(99), R(0), R(0)), 29: "2025:03:14"})).fix_time is None


def test_decimal_degrees_and_raw_pairs():
    assert gps_to_location(_gps({2: (R(175, 10),)})).lat == pytest.approx(-17.5)
    assert gps_to_location(_gps({2: ((17, 1), (30, 1), (0, 1))})).lat == pytest.approx(-17.5)


@pytest.mark.parametrize("overrides", [
    {1: None},                                  # no latitude reference: the sign would be a guess
    {3: "X"},                                   # impossible reference
    {2: (R(0, 0), R(0, 0), R(0, 0))},           # 0/0 denominators
    {4: (R(1, 0), R(2), R(3))},                 # n/0
    {2: "garbage"},
    {2: (R(95), R(0), R(0))},                   # out of range
    {4: (R(-5), R(0), R(0))},                   # negative with a reference
    {2: (R(1), R(2), R(3), R(4))},              # four parts
    {9: "V"},                                   # receiver said: void measurement
    {2: (R(0), R(0), R(0)), 4: (R(0), R(0), R(0))},  # 0,0: phones without a fix write this
])
def test_unusable_gps_gives_none(overrides):
    assert gps_to_location(_gps(overrides)) is None


def test_empty_gps_ifd():
    assert gps_to_location({}) is None


def test_end_to_end_gps_from_a_generated_photo():
    exif = gps_exif((17.0, 49.0, 36.5), "S", (31.0, 2.0, 51.7), "E", {5: 0, 6: 1490.0})
    info = read_photo_info(jpeg_bytes(scene(), exif))
    assert info.gps.lat == pytest.approx(-17.826806, abs=1e-5)
    assert info.gps.lon == pytest.approx(31.047694, abs=1e-5)
    assert info.gps.alt == pytest.approx(1490.0)
    assert (info.make, info.model) == ("TestMake", "TestModel SN-0042")


def test_garbage_gps_in_a_photo_still_imports():
    exif = gps_exif((R(0, 0), R(0, 0), R(0, 0)), "N", (R(5, 0), R(0, 0), R(1, 0)), "E", {6: R(0, 0)})
    photo = process_photo(jpeg_bytes(scene(), exif))
    assert photo.info.gps is None and photo.info.make == "TestMake"


def test_bad_orientation_values_mean_upright():
    for value in (0, 9, 65535):
        exif = Image.Exif()
        exif[0x0112] = value
        info = read_photo_info(jpeg_bytes(scene(), exif))
        assert info.orientation == 1 and (info.display_width, info.display_height) == (400, 300)
