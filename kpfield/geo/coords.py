"""Parse coordinates as people type or paste them (decimal, DMS, degrees-decimal-minutes) into lat, lon.

Accepted, with the choices made where people's habits collide:

* Decimal degrees: ``-17.6478, 31.4861``, ``-17.6478 31.4861``, ``17.6478 S 31.4861 E``, ``S17.6478 E31.4861``,
  ``17.6478°S, 31.4861°E``; a Google Maps paste is the ``lat, lon`` form.
* Degrees, minutes, seconds: ``17°38'52"S 31°29'10"E`` (also with ’ ′ ” ″ and ``''``, spaces, decimal seconds,
  º or ˚ for °) and ``17 38 52 S 31 29 10 E``. Degrees and decimal minutes: ``S17 38.87 E31 29.17``,
  ``17°38.87'S 31°29.17'E``.
* Hemisphere letters before or after each value: N S E W, O for West (Ouest, Oeste), and the words North/South/
  East/West, Nord/Sud/Est/Ouest, Norte/Sul/Leste/Este/Oeste.
* Order is latitude then longitude, unless the letters say otherwise: ``31.4861 E 17.6478 S`` is accepted by
  swapping (the letters are unambiguous). Two values that both carry N/S, or both E/W, are refused.
* Decimal commas (``-17,6478 31,4861``) are accepted only when the text has no ``.`` and the two values are
  separated by a space or ``;``. ``17,31`` (no space) is read as two values: 17, 31, as in a map URL.
* Without letters, symbols or a comma, 4 or 6 plain numbers are split evenly (``17 38 52 31 29 10`` is DMS).

Refused, each with a message saying why: empty text, letters or symbols we do not understand, a missing second
value, more than two values, out-of-range degrees (latitude beyond ±90, longitude beyond ±180), minutes or seconds
of 60 or more, decimals before the last part, a minus sign together with a hemisphere letter (``-17.6 S`` is
ambiguous: some mean south, some mean "minus south" = north), contradicting letters on one value, and 0, 0 (what
devices write when they have no position; never a real incident location).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kpfield.errors import CoordinateError
from kpfield.geo.location import Location, LocationSource, check_range

MAX_INPUT_CHARS = 200  # far longer than any real coordinate; bounds the work done on pasted junk

_HEMISPHERES = {
    "N": "N", "NORTH": "N", "NORD": "N", "NORTE": "N",
    "S": "S", "SOUTH": "S", "SUD": "S", "SUL": "S",
    "E": "E", "EAST": "E", "EST": "E", "ESTE": "E", "LESTE": "E",
    "W": "W", "WEST": "W", "O": "W", "OUEST": "W", "OESTE": "W",
}
_AXIS = {"N": "lat", "S": "lat", "E": "lon", "W": "lon"}
_UNIT_POSITION = {"°": 0, "'": 1, '"': 2}
_PART_NAMES = ("degrees", "minutes", "seconds")

_TRANSLATE = str.maketrans({
    "’": "'", "‘": "'", "′": "'", "´": "'", "`": "'",
    "”": '"', "“": '"', "″": '"',
    "º": "°", "˚": "°",
    "−": "-", "–": "-", "—": "-",
    "\u00a0": " ", "\u202f": " ", "\t": " ",
})
_TOKEN = re.compile(r"\s+|(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+))|(?P<unit>[°'\"])|(?P<word>[A-Za-z]+)|(?P<sep>[,;/])")


@dataclass
class _Value:
    """One coordinate as typed: an optional hemisphere letter and up to three (number, unit) parts."""

    parts: list[tuple[str, str | None]] = field(default_factory=list)
    hemi: str | None = None
    hemi_word: str | None = None
    prefixed: bool = False


def parse_coordinates(text: str) -> tuple[float, float]:
    """Parse a coordinate pair typed or pasted by a person into ``(lat, lon)`` decimal degrees.

    See the module docstring for every accepted form and the choices made.

    :param text: what the person typed
    :raises CoordinateError: the text cannot be understood, is ambiguous or out of range; the message says why
    """
    if not isinstance(text, str):
        raise CoordinateError("Coordinates must be text.", code="coordinate_not_text")
    text = _normalise(text)
    values = _group(_tokens(text))
    first, second = _pair(values)
    lat, lon = _assign_axes(first, second)
    if lat == 0 and lon == 0:
        raise CoordinateError("0, 0 is what devices write when they have no position; enter the real location.",
                              code="coordinate_null_island")
    check_range(lat, lon)
    return lat, lon


def parse_location(text: str) -> Location:
    """Parse typed coordinates into a :class:`Location` with source ``MANUAL``.

    :param text: what the person typed
    :raises CoordinateError: as :func:`parse_coordinates`
    """
    lat, lon = parse_coordinates(text)
    return Location(lat=lat, lon=lon, source=LocationSource.MANUAL)


def _normalise(text: str) -> str:
    text = text.strip()
    if not text:
        raise CoordinateError("No coordinates were given.", code="coordinate_empty")
    if len(text) > MAX_INPUT_CHARS:
        raise CoordinateError(f"That is too long to be coordinates ({len(text)} characters).",
                              code="coordinate_too_long", length=len(text))
    text = text.translate(_TRANSLATE)  # the case is kept: errors quote the user's own words
    text = text.replace("''", '"')
    bad_number = re.search(r"\d*\.\d*\.[\d.]*", text)
    if bad_number:
        raise CoordinateError(f"The number {bad_number.group()!r} has more than one decimal point.",
                              code="coordinate_two_decimal_points", number=bad_number.group())
    while len(text) >= 2 and text[0] + text[-1] in ("()", "[]", "{}"):  # "(-17.6, 31.4)" from some apps
        text = text[1:-1].strip()
    # Decimal commas: only when no dot is used anywhere and a space or ';' can still separate the two values.
    if "." not in text and re.search(r"\d,\d", text) and re.search(r"[\s;]", text):
        text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    return text


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise CoordinateError(f"The character {text[pos]!r} cannot be part of coordinates.",
                                  code="coordinate_bad_character", character=text[pos])
        pos = match.end()
        kind = match.lastgroup
        if kind is None:
            tokens.append(("space", " "))
        elif kind == "word":
            word = match.group()
            if word.upper() not in _HEMISPHERES:
                raise CoordinateError(f"{word!r} is not understood: only numbers, °, ', \" and the hemisphere "
                                      "letters N, S, E, W (or O for west) can be used.",
                                      code="coordinate_bad_word", word=word)
            tokens.append(("hemi", word.upper()))
        else:
            tokens.append((kind, match.group()))
    return tokens


def _group(tokens: list[tuple[str, str]]) -> list[_Value]:
    """Split tokens into values at separators, hemisphere letters and a second degree sign."""
    values: list[_Value] = []
    current = _Value()
    previous_hemi: str | None = None  # the letter just before this token (spaces ignored)

    def close():
        nonlocal current
        if current.parts:
            values.append(current)
        elif current.hemi:
            raise CoordinateError(f"The letter {current.hemi_word} is not followed by a number.",
                                  code="coordinate_letter_without_number", letter=current.hemi_word)
        current = _Value()

    for index, (kind, text) in enumerate(tokens):
        if kind == "space":
            continue
        if kind == "sep":
            if not current.parts and not current.hemi and not values:
                raise CoordinateError(f"The coordinates start with {text!r}: the first value is missing.",
                                      code="coordinate_first_value_missing", start=text)
            close()
        elif kind == "hemi":
            hemi = _HEMISPHERES[text]
            if previous_hemi and _AXIS[previous_hemi] == _AXIS[hemi]:
                raise CoordinateError(f"Two hemisphere letters in a row ({previous_hemi} and {hemi}) "
                                      "contradict each other or are repeated.",
                                      code="coordinate_two_hemispheres", first=previous_hemi, second=hemi)
            if not current.parts:
                current.hemi, current.hemi_word, current.prefixed = hemi, text, True
            elif current.prefixed:
                close()
                current.hemi, current.hemi_word, current.prefixed = hemi, text, True
            else:
                current.hemi, current.hemi_word = hemi, text
                close()
            previous_hemi = hemi
            continue
        elif kind == "unit":
            if not current.parts or current.parts[-1][1] is not None:
                raise CoordinateError(f"The symbol {text} must follow a number.", code="coordinate_symbol_alone",
                                      symbol=text)
            current.parts[-1] = (current.parts[-1][0], text)
        else:  # a number; a new degree value after a complete one starts the next coordinate
            if current.parts and _next_is_degree(tokens, index) and current.parts[-1][1] is not None:
                close()
            current.parts.append((text, None))
        previous_hemi = None
    close()
    return values


def _next_is_degree(tokens, index) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1] == ("unit", "°")


def _pair(values: list[_Value]) -> tuple[_Value, _Value]:
    if len(values) == 1 and values[0].hemi is None and len(values[0].parts) in (2, 4, 6):
        if all(unit is None for _, unit in values[0].parts):
            half = len(values[0].parts) // 2
            return _Value(values[0].parts[:half]), _Value(values[0].parts[half:])
    if len(values) == 1 and values[0].hemi is None and len(values[0].parts) > 1:
        raise CoordinateError(f"{len(values[0].parts)} numbers cannot be split into latitude and longitude "
                              "without guessing: add N/S and E/W letters or put a comma between the two values.",
                              code="coordinate_cannot_split", count=len(values[0].parts))
    if len(values) == 1:
        raise CoordinateError("Only one value was given: both latitude and longitude are needed.",
                              code="coordinate_one_value")
    if len(values) > 2:
        raise CoordinateError(f"{len(values)} values were found where two (latitude and longitude) are expected.",
                              code="coordinate_too_many_values", count=len(values))
    return values[0], values[1]


def _degrees(value: _Value) -> float:
    """The value's magnitude in degrees with its sign; checks part order, decimals and minutes/seconds < 60."""
    if len(value.parts) > 3:
        raise CoordinateError(f"A value has {len(value.parts)} numbers: at most degrees, minutes and seconds.",
                              code="coordinate_too_many_parts", count=len(value.parts))
    positions = []
    for index, (_, unit) in enumerate(value.parts):
        positions.append(_UNIT_POSITION[unit] if unit else (positions[-1] + 1 if positions else 0))
    if positions != list(range(len(positions))):
        raise CoordinateError("Degrees, minutes and seconds must come in that order, without gaps.",
                              code="coordinate_parts_order")
    sign = 1.0
    total = 0.0
    for index, (text, _) in enumerate(value.parts):
        if text[0] in "+-":
            if index:
                raise CoordinateError(f"Only the degrees can carry a sign, not the {_PART_NAMES[index]}.",
                                      code="coordinate_sign_on_minutes" if index == 1 else "coordinate_sign_on_seconds")
            sign = -1.0 if text[0] == "-" else 1.0
            text = text[1:]
        if "." in text and index < len(value.parts) - 1:
            raise CoordinateError(f"Only the last part can have decimals; {_PART_NAMES[index]} {text} has some.",
                                  code="coordinate_decimals_not_last", number=text)
        number = float(text)
        if index and number >= 60:
            raise CoordinateError(f"{_PART_NAMES[index].capitalize()} {text} are out of range: they must be "
                                  "less than 60.",
                                  code="coordinate_minutes_range" if index == 1 else "coordinate_seconds_range",
                                  number=text)
        total += number / 60**index
    if value.hemi:
        negative_hemi = value.hemi in "SW"
        if value.parts[0][0][0] == "-" or (value.parts[0][0][0] == "+" and negative_hemi):
            raise CoordinateError(f"Both a sign and the hemisphere letter {value.hemi_word} are given, which is "
                                  f"ambiguous: write either -{total:g} or {total:g} {value.hemi}.",
                                  code="coordinate_sign_and_hemisphere", letter=value.hemi_word,
                                  negative=f"-{total:g}", positive=f"{total:g} {value.hemi}")
        sign = -1.0 if negative_hemi else 1.0
    return sign * total


def _assign_axes(first: _Value, second: _Value) -> tuple[float, float]:
    axes = (_AXIS.get(first.hemi or ""), _AXIS.get(second.hemi or ""))
    a, b = _degrees(first), _degrees(second)
    if axes[0] and axes[0] == axes[1]:
        kind = "latitudes (N/S)" if axes[0] == "lat" else "longitudes (E/W)"
        raise CoordinateError(f"Both values are marked as {kind}: one latitude (N/S) and one longitude (E/W) "
                              "are needed.",
                              code="coordinate_two_latitudes" if axes[0] == "lat" else "coordinate_two_longitudes")
    if axes[0] == "lon" or axes[1] == "lat":
        a, b = b, a  # the letters say longitude came first; they are unambiguous, so follow them
    elif axes == (None, None) and abs(a) > 90 and abs(b) <= 90:
        raise CoordinateError(f"Latitude {a:g} is out of range: it must be between -90 and 90 "
                              "(latitude comes first: were the values swapped?).",
                              code="coordinate_swapped", value=f"{a:g}")
    return a, b
