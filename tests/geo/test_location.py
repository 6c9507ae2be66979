"""Location: validation, JSON round trip, human formats (with rounding carries) and haversine distance."""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.errors import CoordinateError
from kpfield.geo import Location, LocationSource, distance_m, parse_coordinates

HARARE_OFFSET = timezone(timedelta(hours=2))


def test_valid_location_normalises_numbers_source_and_time():
    loc = Location(-17, 31, "manual", alt=1200, accuracy_m=0, fix_time=datetime(2025, 1, 1, 14, tzinfo=HARARE_OFFSET))
    assert (loc.lat, loc.lon) == (-17.0, 31.0) and isinstance(loc.lat, float)
    assert loc.source is LocationSource.MANUAL
    assert loc.fix_time == datetime(2025, 1, 1, 12, tzinfo=timezone.utc)
    assert loc.fix_time.tzinfo == timezone.utc


@pytest.mark.parametrize("kwargs, reason", [
    ({"lat": 90.0001, "lon": 0}, "Latitude 90.0001 is out of range: it must be between -90 and 90."),
    ({"lat": -95, "lon": 0}, "Latitude -95 is out of range"),
    ({"lat": 0, "lon": 180.5}, "Longitude 180.5 is out of range: it must be between -180 and 180."),
    ({"lat": math.nan, "lon": 0}, "Latitude must be a finite number"),
    ({"lat": 0, "lon": math.inf}, "Longitude must be a finite number"),
    ({"lat": True, "lon": 0}, "Latitude must be a number"),
    ({"lat": "17", "lon": 0}, "Latitude must be a number"),
    ({"lat": 1, "lon": 1, "accuracy_m": -1}, "negative"),
    ({"lat": 1, "lon": 1, "alt": math.nan}, "Altitude must be a finite number"),
    ({"lat": 1, "lon": 1, "fix_time": datetime(2025, 1, 1)}, "must carry a time zone"),
    ({"lat": 1, "lon": 1, "fix_time": "2025-01-01"}, "must be a date and time"),
    ({"lat": 1, "lon": 1, "source": "satellite"}, "Unknown location source"),
])
def test_invalid_location_says_why(kwargs, reason):
    kwargs.setdefault("source", LocationSource.GPS)
    with pytest.raises(CoordinateError) as exc:
        Location(**kwargs)
    assert reason in str(exc.value)


def test_bounds_are_inclusive():
    assert Location(90, 180, LocationSource.MAP).lat == 90.0
    assert Location(-90, -180, LocationSource.MAP).lon == -180.0


def test_to_dict_is_json_safe_with_z_time_and_round_trips():
    loc = Location(-17.6478, 31.4861, LocationSource.GPS, alt=1230.5, accuracy_m=5.5,
                   fix_time=datetime(2024, 5, 6, 7, 8, 9, 250000, tzinfo=timezone.utc))
    d = loc.to_dict()
    assert d == {"lat": -17.6478, "lon": 31.4861, "source": "gps", "alt": 1230.5, "accuracy_m": 5.5,
                 "fix_time": "2024-05-06T07:08:09.250000Z"}
    assert Location.from_dict(json.loads(json.dumps(d))) == loc
    minimal = Location(1.5, 2.5, LocationSource.MANUAL)
    assert Location.from_dict(minimal.to_dict()) == minimal


def test_from_dict_ignores_unknown_keys_from_newer_versions():
    assert Location.from_dict({"lat": 1, "lon": 2, "source": "map", "datum": "WGS84"}).source is LocationSource.MAP


@pytest.mark.parametrize("data, reason", [
    (None, "must be a mapping"),
    ([1, 2], "must be a mapping"),
    ({"lat": 1, "lon": 2}, "lacks source"),
    ({"lon": 2, "source": "gps"}, "lacks lat"),
    ({"lat": "1", "lon": 2, "source": "gps"}, "Latitude must be a number"),
    ({"lat": 1, "lon": 2, "source": 3}, "source must be text"),
    ({"lat": 1, "lon": 2, "source": "bogus"}, "Unknown location source"),
    ({"lat": 1, "lon": 2, "source": "gps", "fix_time": "yesterday"}, "not an ISO 8601"),
    ({"lat": 1, "lon": 2, "source": "gps", "fix_time": 1700000000}, "ISO 8601 text"),
    ({"lat": 1, "lon": 2, "source": "gps", "fix_time": "2024-05-06T07:08:09"}, "time zone"),
    ({"lat": 1, "lon": 2, "source": "gps", "accuracy_m": "5"}, "Accuracy must be a number"),
])
def test_from_dict_is_strict(data, reason):
    with pytest.raises(CoordinateError) as exc:
        Location.from_dict(data)
    assert reason in str(exc.value)


def test_source_labels_are_plain_english():
    labels = {source: Location(0, 1, source).source_label for source in LocationSource}
    assert labels == {LocationSource.GPS: "GPS receiver", LocationSource.PHOTO: "photo EXIF",
                      LocationSource.MANUAL: "manual entry", LocationSource.MAP: "map"}
    assert LocationSource.PHOTO.value == "photo_exif"


def test_formats_match_the_documented_examples():
    loc = Location(-17.6478, 31.4861, LocationSource.MANUAL)
    assert loc.format() == "17.647800° S, 31.486100° E"
    assert loc.format("dms") == "17°38'52.1\"S 31°29'10.0\"E"
    assert loc.format("dm") == "S17 38.868 E31 29.166"
    assert Location(52.2191, -0.5, LocationSource.GPS).format("decimal", precision=2) == "52.22° N, 0.50° W"


def test_format_carries_rounding_into_the_next_unit():
    # 29'59.96" must print as 30'00.0", never as 29'60.0"; 59.9996' as the next degree.
    loc = Location(10 + 29 / 60 + 59.96 / 3600, 20 + 59.9996 / 60, LocationSource.MAP)
    assert loc.format("dms") == "10°30'00.0\"N 21°00'00.0\"E"
    assert loc.format("dm") == "N10 29.999 E21 00.000"
    assert Location(10 + 59.9996 / 60, 0.5, LocationSource.MAP).format("dm") == "N11 00.000 E0 30.000"
    assert loc.format("dms", precision=0) == "10°30'00\"N 21°00'00\"E"


def test_format_refuses_unknown_style_and_bad_precision():
    loc = Location(1, 2, LocationSource.MAP)
    with pytest.raises(ValueError):
        loc.format("utm")
    with pytest.raises(ValueError):
        loc.format("dms", precision=-1)


def test_distance_is_haversine_in_metres():
    a = Location(0, 0.5, LocationSource.MAP)
    assert distance_m(a, a) == 0
    one_degree = distance_m(Location(0, 10, LocationSource.MAP), Location(1, 10, LocationSource.MAP))
    assert one_degree == pytest.approx(111_195, rel=1e-3)
    # Harare to Mutare, about 220 km by great circle
    harare, mutare = Location(-17.8292, 31.0522, LocationSource.MAP), Location(-18.9707, 32.6709, LocationSource.MAP)
    assert distance_m(harare, mutare) == pytest.approx(210_500, rel=0.02)
    antipodes = distance_m(Location(0, 0.1, LocationSource.MAP), Location(0, -179.9, LocationSource.MAP))
    assert antipodes == pytest.approx(math.pi * 6_371_008.8, rel=1e-9)


coordinate = st.tuples(st.floats(-90, 90), st.floats(-180, 180)).filter(lambda c: c != (0, 0))


@settings(max_examples=200, deadline=None)
@given(coordinate, st.sampled_from([("decimal", 6, 1e-6), ("dms", 1, 0.05 / 3600), ("dm", 3, 0.0005 / 60),
                                    ("decimal", 0, 0.5), ("dms", 3, 0.0005 / 3600)]))
def test_every_format_parses_back_within_its_precision(coord, style):
    name, precision, tolerance = style
    loc = Location(coord[0], coord[1], LocationSource.MANUAL)
    text = loc.format(name, precision)
    try:
        lat, lon = parse_coordinates(text)
    except CoordinateError as exc:
        # Rounding can turn a position very near 0, 0 into exactly 0, 0, which is refused by design.
        assert "0, 0" in str(exc)
        assert abs(loc.lat) <= tolerance and abs(loc.lon) <= tolerance
        return
    assert abs(lat - loc.lat) <= tolerance + 1e-9, text
    assert abs(lon - loc.lon) <= tolerance + 1e-9, text
