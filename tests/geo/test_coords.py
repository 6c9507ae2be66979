"""Typed coordinates: every accepted form gives the right lat/lon; every refusal says why; nothing else escapes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.errors import CoordinateError
from kpfield.geo import LocationSource, parse_coordinates, parse_location

LAT, LON = -17.6478, 31.4861
DMS_LAT, DMS_LON = -(17 + 38 / 60 + 52 / 3600), 31 + 29 / 60 + 10 / 3600
DM_LAT, DM_LON = -(17 + 38.87 / 60), 31 + 29.17 / 60


@pytest.mark.parametrize("text, expected", [
    # decimal degrees
    ("-17.6478, 31.4861", (LAT, LON)),  # Google Maps "copy coordinates"
    ("-17.6478,31.4861", (LAT, LON)),  # map URL style
    ("-17.6478 31.4861", (LAT, LON)),
    ("-17.6478;31.4861", (LAT, LON)),
    ("  (-17.6478, 31.4861)  ", (LAT, LON)),
    ("+17.6478, +31.4861", (-LAT, LON)),
    ("17.6478 S 31.4861 E", (LAT, LON)),
    ("17.6478S 31.4861E", (LAT, LON)),
    ("S17.6478 E31.4861", (LAT, LON)),
    ("s 17.6478, e 31.4861", (LAT, LON)),
    ("17.6478°S, 31.4861°E", (LAT, LON)),
    ("17.6478º S 31.4861º E", (LAT, LON)),
    ("17.6478 S, 31.4861 W", (LAT, -LON)),
    ("17.6478 S 31.4861 O", (LAT, -LON)),  # O = Ouest / Oeste
    ("17.6478 Sul 31.4861 Oeste", (LAT, -LON)),
    ("17.6478 Sud, 31.4861 Ouest", (LAT, -LON)),
    ("17.6478 South, 31.4861 East", (LAT, LON)),
    ("N 52.2191 E 21.0109", (52.2191, 21.0109)),
    ("−17.6478, 31.4861", (LAT, LON)),  # U+2212 minus from word processors
    # decimal commas (no dot anywhere, values separated by space or ;)
    ("-17,6478 31,4861", (LAT, LON)),
    ("-17,6478, 31,4861", (LAT, LON)),
    ("-17,6478; 31,4861", (LAT, LON)),
    ("17,31", (17.0, 31.0)),  # no space: a comma between two values, as in a map URL
    # degrees minutes seconds
    ("17°38'52\"S 31°29'10\"E", (DMS_LAT, DMS_LON)),
    ("17°38’52”S 31°29’10”E", (DMS_LAT, DMS_LON)),
    ("17°38′52″S 31°29′10″E", (DMS_LAT, DMS_LON)),
    ("17°38'52''S 31°29'10''E", (DMS_LAT, DMS_LON)),
    ("17° 38' 52\" S, 31° 29' 10\" E", (DMS_LAT, DMS_LON)),
    ("S 17°38'52\" E 31°29'10\"", (DMS_LAT, DMS_LON)),
    ("17 38 52 S 31 29 10 E", (DMS_LAT, DMS_LON)),
    ("17 38 52 31 29 10", (-DMS_LAT, DMS_LON)),  # six plain numbers split evenly
    ("-17°38'52\" 31°29'10\"", (DMS_LAT, DMS_LON)),
    ("17°38'52.5\"S 31°29'10.25\"E", (-(17 + 38 / 60 + 52.5 / 3600), 31 + 29 / 60 + 10.25 / 3600)),
    ("17°38'52,5\"S 31°29'10,25\"E", (-(17 + 38 / 60 + 52.5 / 3600), 31 + 29 / 60 + 10.25 / 3600)),
    # degrees decimal minutes
    ("S17 38.87 E31 29.17", (DM_LAT, DM_LON)),
    ("17°38.87'S 31°29.17'E", (DM_LAT, DM_LON)),
    ("17 38.87 S, 31 29.17 E", (DM_LAT, DM_LON)),
    ("-17 38.87 31 29.17", (DM_LAT, DM_LON)),  # four plain numbers split evenly
    ("S17 38,87 E31 29,17", (DM_LAT, DM_LON)),
    # letters say longitude came first: follow them
    ("31.4861 E 17.6478 S", (LAT, LON)),
    ("E31°29'10\" S17°38'52\"", (DMS_LAT, DMS_LON)),
    ("31.4861 E, -17.6478", (LAT, LON)),
    ("31.4861, 17.6478 S", (LAT, LON)),
    # edges
    ("90, 180", (90.0, 180.0)),
    ("90 S 180 W", (-90.0, -180.0)),
    ("0, 31", (0.0, 31.0)),
])
def test_accepted_forms(text, expected):
    lat, lon = parse_coordinates(text)
    assert lat == pytest.approx(expected[0], abs=1e-9)
    assert lon == pytest.approx(expected[1], abs=1e-9)


@pytest.mark.parametrize("text, reason", [
    ("", "No coordinates were given."),
    ("   \t ", "No coordinates were given."),
    ("95, 31", "Latitude 95 is out of range: it must be between -90 and 90"),
    ("95 N 31 E", "Latitude 95 is out of range: it must be between -90 and 90."),
    ("17 S 181 E", "Longitude 181 is out of range: it must be between -180 and 180."),
    ("-17.6, 200", "Longitude 200 is out of range"),
    ("120, 45", "were the values swapped?"),
    ("17 60 S 31 E", "Minutes 60 are out of range: they must be less than 60."),
    ("17°38'60\"S 31°29'10\"E", "Seconds 60 are out of range: they must be less than 60."),
    ("17°38'75.5\"S 31°29'10\"E", "Seconds 75.5 are out of range"),
    ("-17.6 S, 31.4 E", "Both a sign and the hemisphere letter S are given, which is ambiguous"),
    ("-17.6 N, 31.4 E", "ambiguous"),
    ("17.6 S, +31.4 W", "ambiguous"),
    ("17.6 N S, 31 E", "Two hemisphere letters in a row (N and S)"),
    ("17.6 S, 31 E W", "Two hemisphere letters in a row (E and W)"),
    ("17 N 31 S", "Both values are marked as latitudes (N/S)"),
    ("17 E, 31 W", "Both values are marked as longitudes (E/W)"),
    ("-17.6478", "Only one value was given: both latitude and longitude are needed."),
    ("17.6 S", "Only one value was given"),
    ("17.6, ", "Only one value was given"),
    (", 31.4", "the first value is missing"),
    ("17 38 52", "3 numbers cannot be split into latitude and longitude without guessing"),
    ("17, 31, 5", "3 values were found where two"),
    ("hello world", "'hello' is not understood"),
    ("lat -17.6 lon 31.4", "'lat' is not understood"),
    ("-17.6 # 31.4", "The character '#' cannot be part of coordinates."),
    ("17.6.4, 31", "has more than one decimal point"),
    ("17.5 30 S 31 E", "Only the last part can have decimals; degrees 17.5 has some."),
    ("17 -30 S 31 E", "Only the degrees can carry a sign, not the minutes."),
    ("17°52\"S 31°E", "Degrees, minutes and seconds must come in that order, without gaps."),
    ("17 38 52 10 S 31 E", "A value has 4 numbers"),
    ("S, 31 E", "The letter S is not followed by a number."),
    ("°17 31", "The symbol ° must follow a number."),
    ("0, 0", "0, 0 is what devices write when they have no position"),
    ("0 N 0 E", "0, 0 is what devices write"),
    ("1" * 201, "too long"),
])
def test_refusals_say_why(text, reason):
    with pytest.raises(CoordinateError) as exc:
        parse_coordinates(text)
    assert reason in str(exc.value)
    # Each case has its own code now (the GUI words each one, translated); all are coordinate errors.
    assert exc.value.code.startswith("coordinate_") and exc.value.codes()[1] == "coordinate"


def test_non_text_is_refused():
    with pytest.raises(CoordinateError):
        parse_coordinates(None)  # type: ignore[arg-type]


def test_parse_location_is_manual():
    loc = parse_location("S17 38.868 E31 29.166")
    assert loc.source is LocationSource.MANUAL
    assert (loc.lat, loc.lon) == pytest.approx((LAT, LON))
    assert loc.fix_time is None and loc.accuracy_m is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_random_text_raises_only_coordinate_error(text):
    try:
        lat, lon = parse_coordinates(text)
    except CoordinateError as exc:
        assert str(exc)
    else:
        assert -90 <= lat <= 90 and -180 <= lon <= 180


_piece = st.sampled_from(["17", "-17", "38.5", "52", "0", "99", "181", "N", "S", "E", "W", "O", "°", "'", "\"",
                          "′", "″", ",", ";", " ", ".", "-", "+", "5,5", "Oeste", "(", ")"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, max_size=14).map("".join))
def test_coordinate_like_text_raises_only_coordinate_error(text):
    try:
        lat, lon = parse_coordinates(text)
    except CoordinateError as exc:
        assert str(exc)
    else:
        assert -90 <= lat <= 90 and -180 <= lon <= 180
