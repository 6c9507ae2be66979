"""Best-effort reading of the EXIF facts KP Field keeps: orientation, capture time, camera, GPS position.

Camera EXIF is often broken (bad offsets, 0/0 rationals, text in number fields).  Nothing here may stop the
import of an otherwise good photo: every field is read on its own and a field that cannot be understood is
simply absent (None).  Pillow's parser follows no IFD chains in loops and reads from memory only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from PIL import Image

from kpfield.geo.location import Location, LocationSource
from kpfield.media.guard import warnings_swallowed

# Tag numbers (EXIF 2.32 / TIFF 6); spelled out so the code reads without a table lookup.
TAG_MAKE, TAG_MODEL, TAG_ORIENTATION = 0x010F, 0x0110, 0x0112
IFD_EXIF, IFD_GPS = 0x8769, 0x8825
TAG_DATETIME_ORIGINAL, TAG_DATETIME_DIGITIZED = 0x9003, 0x9004
TAG_OFFSET_TIME_ORIGINAL, TAG_OFFSET_TIME_DIGITIZED = 0x9011, 0x9012
TAG_SUBSEC_ORIGINAL, TAG_SUBSEC_DIGITIZED = 0x9291, 0x9292
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON = 1, 2, 3, 4
GPS_ALT_REF, GPS_ALT, GPS_TIMESTAMP, GPS_STATUS, GPS_DATESTAMP, GPS_H_ERROR = 5, 6, 7, 9, 29, 31

_DATETIME = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^\s*([+-])(\d{2}):(\d{2})\s*$")


@dataclass(frozen=True)
class ExifFacts:
    """The EXIF values KP Field uses; every field is None when absent or unreadable."""

    orientation: int = 1
    taken_at: datetime | None = None
    make: str | None = None
    model: str | None = None
    gps: Location | None = None


def read_exif_facts(image: Image.Image) -> ExifFacts:
    """Extract orientation, capture time, make, model and GPS position, never raising.

    ``taken_at`` is EXIF DateTimeOriginal (DateTimeDigitized when that is missing; never DateTime, which
    editing software rewrites).  It is timezone-aware when OffsetTimeOriginal is present and *naive* otherwise:
    a camera clock's zone is unknown, and guessing one would put a false time into the record.

    :param image: an opened (not necessarily loaded) Pillow image
    """
    with warnings_swallowed():  # Pillow warns "Corrupt EXIF data" on stderr; absent fields say enough
        try:
            exif = image.getexif()
        except Exception:  # broken EXIF block: the photo itself may still be fine
            return ExifFacts()
        sub = _ifd(exif, IFD_EXIF)
        gps_ifd = _ifd(exif, IFD_GPS)
    return ExifFacts(
        orientation=_orientation(exif),
        taken_at=_safe(_taken_at, sub),
        make=_safe(_text, exif.get(TAG_MAKE)),
        model=_safe(_text, exif.get(TAG_MODEL)),
        gps=_safe(gps_to_location, gps_ifd),
    )


def _safe(func, *args):
    """Run one field reader; any failure means "field absent", never a failed import."""
    try:
        return func(*args)
    except Exception:
        return None


def _ifd(exif: Image.Exif, tag: int) -> dict:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:
        return {}


def _orientation(exif: Image.Exif) -> int:
    try:
        value = int(exif.get(TAG_ORIENTATION, 1))
    except Exception:
        return 1
    return value if 1 <= value <= 8 else 1


def _text(value) -> str | None:
    """EXIF ASCII fields arrive padded with NULs and spaces (and sometimes as bytes)."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def _taken_at(sub: dict) -> datetime | None:
    for dt_tag, off_tag, sub_tag in ((TAG_DATETIME_ORIGINAL, TAG_OFFSET_TIME_ORIGINAL, TAG_SUBSEC_ORIGINAL),
                                     (TAG_DATETIME_DIGITIZED, TAG_OFFSET_TIME_DIGITIZED, TAG_SUBSEC_DIGITIZED)):
        text = _text(sub.get(dt_tag))
        match = _DATETIME.match(text or "")
        if not match:
            continue
        try:
            moment = datetime(*(int(part) for part in match.groups()))
        except ValueError:  # "0000:00:00 00:00:00" and other impossible dates
            continue
        subsec = _text(sub.get(sub_tag))
        if subsec and subsec.isdigit():
            moment = moment.replace(microsecond=int(subsec[:6].ljust(6, "0")))
        offset = _OFFSET.match(_text(sub.get(off_tag)) or "")
        if offset:
            sign = -1 if offset.group(1) == "-" else 1
            delta = timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3)))
            if delta <= timedelta(hours=14):
                moment = moment.replace(tzinfo=timezone(sign * delta))
        return moment
    return None


def _number(value) -> float | None:
    """A finite float from an EXIF rational/int, or None for 0/0, NaN, text and other garbage."""
    try:
        if isinstance(value, tuple) and len(value) == 2:  # a raw (numerator, denominator) pair
            value = value[0] / value[1]
        result = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return result if math.isfinite(result) else None


def _degrees(value) -> float | None:
    """Degrees from the usual (deg, min, sec) rationals; (deg, min) and a bare decimal value also occur."""
    parts = value if isinstance(value, (tuple, list)) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    numbers = [_number(part) for part in parts]
    if any(n is None or n < 0 for n in numbers):
        return None
    return sum(n / 60 ** i for i, n in enumerate(numbers))


def _ref(value) -> str | None:
    text = _text(value)
    return text[0].upper() if text else None


def gps_to_location(gps: dict) -> Location | None:
    """Turn an EXIF GPS IFD into a :class:`Location` (source PHOTO), or None when it holds no usable position.

    A position is refused when a hemisphere reference is missing (the sign would be a guess), when the
    receiver marked it void (GPSStatus "V"), when it is out of range, or when it is exactly 0,0 (what phones
    write when they had no fix).

    :param gps: the GPS IFD as a ``{tag: value}`` mapping
    """
    if not gps:
        return None
    if _ref(gps.get(GPS_STATUS)) == "V":
        return None
    lat, lon = _degrees(gps.get(GPS_LAT)), _degrees(gps.get(GPS_LON))
    lat_ref, lon_ref = _ref(gps.get(GPS_LAT_REF)), _ref(gps.get(GPS_LON_REF))
    if lat is None or lon is None or lat_ref not in ("N", "S") or lon_ref not in ("E", "W"):
        return None
    lat = -lat if lat_ref == "S" else lat
    lon = -lon if lon_ref == "W" else lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return Location(
        lat=lat,
        lon=lon,
        source=LocationSource.PHOTO,
        alt=_safe(_altitude, gps),
        accuracy_m=_safe(_accuracy, gps),
        fix_time=_safe(_fix_time, gps),
    )


def _altitude(gps: dict) -> float | None:
    alt = _number(gps.get(GPS_ALT))
    if alt is None:
        return None
    ref = gps.get(GPS_ALT_REF, 0)
    if isinstance(ref, (bytes, str)):
        ref = ref[0] if ref else 0
        ref = ord(ref) if isinstance(ref, str) else ref
    # AltitudeRef 1 means "below sea level" and the (unsigned) altitude is then a depth.
    return -alt if ref == 1 else alt


def _accuracy(gps: dict) -> float | None:
    value = _number(gps.get(GPS_H_ERROR))
    return value if value is not None and value > 0 else None


def _fix_time(gps: dict) -> datetime | None:
    """GPSDateStamp + GPSTimeStamp, which EXIF defines as UTC; None unless both are present and valid."""
    date = _text(gps.get(GPS_DATESTAMP))
    stamp = gps.get(GPS_TIMESTAMP)
    if not date or not isinstance(stamp, (tuple, list)) or len(stamp) != 3:
        return None
    match = re.match(r"^(\d{4})[:\-](\d{2})[:\-](\d{2})$", date)
    hours, minutes, seconds = (_number(part) for part in stamp)
    if not match or None in (hours, minutes, seconds):
        return None
    if not (0 <= hours < 24 and 0 <= minutes < 60 and 0 <= seconds < 61):
        return None
    day = datetime(*(int(part) for part in match.groups()), tzinfo=timezone.utc)
    return day + timedelta(hours=int(hours), minutes=int(minutes), seconds=seconds)
