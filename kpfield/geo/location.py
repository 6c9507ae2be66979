"""A geographic position with where it came from, validated, serialisable and printable for people."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum

from kpfield.errors import CoordinateError

EARTH_RADIUS_M = 6_371_008.8  # IUGG mean radius: haversine error stays well under 0.5 %, plenty for hints

_FORMAT_DEFAULT_PRECISION = {"decimal": 6, "dms": 1, "dm": 3}


class LocationSource(str, Enum):
    """Where a position came from; the value is what is stored and synced."""

    GPS = "gps"
    PHOTO = "photo_exif"
    MANUAL = "manual"
    MAP = "map"


_SOURCE_LABELS = {
    LocationSource.GPS: "GPS receiver",
    LocationSource.PHOTO: "photo EXIF",
    LocationSource.MANUAL: "manual entry",
    LocationSource.MAP: "map",
}


def _finite_number(value, name: str) -> float:
    # bool is an int subclass: True as a latitude is a bug upstream, never a coordinate.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CoordinateError(f"{name} must be a number, not {type(value).__name__}.", code="coordinate_not_number")
    value = float(value)
    if not math.isfinite(value):
        raise CoordinateError(f"{name} must be a finite number, not {value}.", code="coordinate_not_finite")
    return value


def check_range(lat: float, lon: float) -> None:
    """Raise :class:`CoordinateError` saying why unless ``lat`` and ``lon`` are finite numbers in range.

    :param lat: latitude in degrees
    :param lon: longitude in degrees
    """
    lat = _finite_number(lat, "Latitude")
    lon = _finite_number(lon, "Longitude")
    if not -90.0 <= lat <= 90.0:
        raise CoordinateError(f"Latitude {lat:g} is out of range: it must be between -90 and 90.",
                              code="coordinate_latitude_range", lat=lat, value=f"{lat:g}")
    if not -180.0 <= lon <= 180.0:
        raise CoordinateError(f"Longitude {lon:g} is out of range: it must be between -180 and 180.",
                              code="coordinate_longitude_range", lon=lon, value=f"{lon:g}")


@dataclass(frozen=True)
class Location:
    """A validated WGS 84 position.

    :param lat: latitude in decimal degrees, -90..90 (south negative)
    :param lon: longitude in decimal degrees, -180..180 (west negative)
    :param source: where the position came from (a :class:`LocationSource` or its value)
    :param alt: altitude in metres above mean sea level, if known
    :param accuracy_m: estimated horizontal error in metres (>= 0), if known
    :param fix_time: when the position was measured; must be timezone-aware, stored in UTC
    """

    lat: float
    lon: float
    source: LocationSource
    alt: float | None = None
    accuracy_m: float | None = None
    fix_time: datetime | None = None

    def __post_init__(self):
        check_range(self.lat, self.lon)
        # Normalise in place (frozen): ints become floats so equality and JSON are predictable.
        object.__setattr__(self, "lat", float(self.lat))
        object.__setattr__(self, "lon", float(self.lon))
        try:
            object.__setattr__(self, "source", LocationSource(self.source))
        except ValueError:
            raise CoordinateError(f"Unknown location source {self.source!r}.") from None
        if self.alt is not None:
            object.__setattr__(self, "alt", _finite_number(self.alt, "Altitude"))
        if self.accuracy_m is not None:
            accuracy = _finite_number(self.accuracy_m, "Accuracy")
            if accuracy < 0:
                raise CoordinateError(f"Accuracy {accuracy:g} m is negative: it must be 0 or more.",
                                      code="coordinate_negative_accuracy", value=f"{accuracy:g}")
            object.__setattr__(self, "accuracy_m", accuracy)
        if self.fix_time is not None:
            if not isinstance(self.fix_time, datetime):
                raise CoordinateError("The fix time must be a date and time.")
            if self.fix_time.tzinfo is None or self.fix_time.utcoffset() is None:
                raise CoordinateError("The fix time must carry a time zone (GPS times are UTC).")
            object.__setattr__(self, "fix_time", self.fix_time.astimezone(timezone.utc))

    @property
    def source_label(self) -> str:
        """Where the position came from, in plain English ("GPS receiver", "photo EXIF", ...)."""
        return _SOURCE_LABELS[self.source]

    def to_dict(self) -> dict:
        """A JSON-safe dict; ``fix_time`` is ISO 8601 UTC ending in ``Z`` (microseconds kept when present)."""
        return {
            "lat": self.lat,
            "lon": self.lon,
            "source": self.source.value,
            "alt": self.alt,
            "accuracy_m": self.accuracy_m,
            "fix_time": self.fix_time.isoformat().replace("+00:00", "Z") if self.fix_time else None,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Location":
        """Rebuild a location from :meth:`to_dict` output, refusing anything malformed.

        Unknown keys are ignored so that data written by a newer version still loads.

        :param d: the dict
        :raises CoordinateError: a required key is missing, a value has the wrong type or is out of range
        """
        if not isinstance(d, dict):
            raise CoordinateError(f"Location data must be a mapping, not {type(d).__name__}.")
        missing = [key for key in ("lat", "lon", "source") if key not in d]
        if missing:
            raise CoordinateError(f"Location data lacks {', '.join(missing)}.")
        if not isinstance(d["source"], str):
            raise CoordinateError("Location source must be text.")
        fix_time = d.get("fix_time")
        if fix_time is not None:
            if not isinstance(fix_time, str):
                raise CoordinateError("Location fix_time must be ISO 8601 text.")
            try:
                fix_time = datetime.fromisoformat(fix_time.replace("Z", "+00:00"))
            except ValueError:
                raise CoordinateError(f"Location fix_time {fix_time!r} is not an ISO 8601 date and time.") from None
        return cls(lat=d["lat"], lon=d["lon"], source=d["source"], alt=d.get("alt"),
                   accuracy_m=d.get("accuracy_m"), fix_time=fix_time)

    def format(self, style: str = "decimal", precision: int | None = None) -> str:
        """The position as people write it.

        ``decimal``: ``17.647800° S, 31.486100° E`` (precision = decimals of degrees, default 6);
        ``dms``: ``17°38'52.1"S 31°29'10.0"E`` (decimals of seconds, default 1);
        ``dm``: ``S17 38.868 E31 29.166`` (decimals of minutes, default 3, the style of handheld GPS units).
        Every style parses back with :func:`kpfield.geo.parse_coordinates`.

        :param style: ``"decimal"``, ``"dms"`` or ``"dm"``
        :param precision: number of decimals of the last part (0..12)
        """
        if style not in _FORMAT_DEFAULT_PRECISION:
            raise ValueError(f"Unknown coordinate style {style!r}: use 'decimal', 'dms' or 'dm'.")
        if precision is None:
            precision = _FORMAT_DEFAULT_PRECISION[style]
        if isinstance(precision, bool) or not isinstance(precision, int) or not 0 <= precision <= 12:
            raise ValueError("precision must be an integer between 0 and 12.")
        lat_hemi = "S" if self.lat < 0 else "N"
        lon_hemi = "W" if self.lon < 0 else "E"
        if style == "decimal":
            return f"{abs(self.lat):.{precision}f}° {lat_hemi}, {abs(self.lon):.{precision}f}° {lon_hemi}"
        if style == "dms":
            return f"{_dms(self.lat, precision)}{lat_hemi} {_dms(self.lon, precision)}{lon_hemi}"
        return f"{lat_hemi}{_dm(self.lat, precision)} {lon_hemi}{_dm(self.lon, precision)}"


def _split(value: float, parts_per_degree: int, precision: int) -> tuple[int, int]:
    """Whole degrees and the remainder in units of 10**-precision minutes or seconds, rounded once.

    Rounding the whole value in integer units means 59.96" never prints as 60.0".
    """
    scale = 10**precision
    total = round(abs(value) * parts_per_degree * scale)
    return divmod(total, parts_per_degree * scale)


def _fixed(units: int, precision: int) -> str:
    whole, frac = divmod(units, 10**precision)
    return f"{whole:02d}.{frac:0{precision}d}" if precision else f"{whole:02d}"


def _dms(value: float, precision: int) -> str:
    degrees, rest = _split(value, 3600, precision)
    minutes, seconds = divmod(rest, 60 * 10**precision)
    return f"{degrees}°{minutes:02d}'{_fixed(seconds, precision)}\""


def _dm(value: float, precision: int) -> str:
    degrees, minutes = _split(value, 60, precision)
    return f"{degrees} {_fixed(minutes, precision)}"


def distance_m(a: Location, b: Location) -> float:
    """Great-circle distance between two locations in metres (haversine on a spherical Earth).

    :param a: first location
    :param b: second location
    """
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))
