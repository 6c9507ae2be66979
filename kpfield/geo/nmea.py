"""NMEA 0183 from GPS receivers: checksummed sentences in, validated fixes and receiver status out.

Choices made where receivers and the standard leave room:

* Sentences without a ``*hh`` checksum are skipped and counted (``missing_checksum``). Every real receiver sends
  one, and a position that arrived through a noisy serial line without an integrity check could be silently wrong.
* Talkers GP (GPS), GN (multi-constellation), GL (GLONASS), GA (Galileo), GB/BD (BeiDou) and GQ (QZSS) are used;
  proprietary sentences (``$P...``) and other types are counted and ignored.
* A position is used only from GGA with quality 1-5, and RMC/GLL with status ``A`` and, when present, a mode
  indicator of A/D/F/P/R. Refused: RMC/GLL status ``V``; GGA quality 0, 6 (dead reckoning), 7 (manual input),
  8 (simulator); mode N (not valid), E (estimated), M (manual), S (simulator); and exactly 0, 0, which some
  receivers send before their first fix. An estimate or a simulation must never become an incident location.
* GGA, RMC and GLL of the same epoch (same UTC time of day) are merged: RMC gives the date, GGA satellites, HDOP,
  altitude and quality. If any sentence of an epoch says "no fix", the whole epoch is refused.
* ``Fix.time`` is a UTC datetime only when a date is known (from RMC, in this epoch or an earlier one);
  a time of day alone is not turned into a guessed date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone

from kpfield.geo.location import Location, LocationSource

MAX_LINE_CHARS = 256  # NMEA 0183 caps a sentence at 82 characters; receivers that exceed it stay far below this
UERE_M = 5.0  # typical consumer-receiver range error: accuracy_m = HDOP x 5 m, a rough 1-sigma horizontal estimate
TALKERS = frozenset({"GP", "GN", "GL", "GA", "GB", "BD", "GQ"})
_GOOD_QUALITY = frozenset(range(1, 6))
_GOOD_MODES = frozenset("ADFPR")
_LAT = re.compile(r"^\d{4}(?:\.\d{1,10})?$")
_LON = re.compile(r"^\d{5}(?:\.\d{1,10})?$")
_HHMMSS = re.compile(r"^(\d\d)(\d\d)(\d\d)(?:\.(\d{1,6}))?$")
_DDMMYY = re.compile(r"^(\d\d)(\d\d)(\d\d)$")


@dataclass(frozen=True)
class Fix:
    """One valid position from a receiver (possibly merged from GGA + RMC of the same epoch).

    :param lat: latitude, decimal degrees
    :param lon: longitude, decimal degrees
    :param alt: altitude above mean sea level in metres (GGA), if known
    :param time: UTC date and time of the fix, when the date is known (RMC)
    :param quality: GGA fix quality (1 GPS, 2 DGPS, 4/5 RTK), if a GGA was seen
    :param satellites: satellites used in the fix (GGA), if known
    :param hdop: horizontal dilution of precision (GGA), if known
    :param sentence: sentence types that gave this fix, e.g. ``"GGA"`` or ``"GGA+RMC"``
    :param talker: talker of the last sentence, e.g. ``"GP"``
    """

    lat: float
    lon: float
    alt: float | None = None
    time: datetime | None = None
    quality: int | None = None
    satellites: int | None = None
    hdop: float | None = None
    sentence: str = ""
    talker: str = ""

    def to_location(self) -> Location:
        """This fix as a :class:`Location` (source GPS); ``accuracy_m`` is HDOP x 5 m when HDOP is known."""
        accuracy = round(self.hdop * UERE_M, 1) if self.hdop is not None else None
        return Location(lat=self.lat, lon=self.lon, source=LocationSource.GPS, alt=self.alt, accuracy_m=accuracy,
                        fix_time=self.time)


@dataclass(frozen=True)
class ReceiverStatus:
    """What the receiver says about itself, for a live "waiting for fix" display.

    :param state: ``"no data"``, ``"searching"`` (talking but no valid position: "no fix"), ``"fix"``, or
        ``"simulator"`` (the receiver simulates positions; none are real)
    :param satellites_in_view: satellites the receiver can see (GSV, summed over constellations)
    :param satellites_used: satellites used for the solution (GGA / GSA)
    :param hdop: horizontal dilution of precision (GGA / GSA)
    """

    state: str = "no data"
    satellites_in_view: int | None = None
    satellites_used: int | None = None
    hdop: float | None = None

    def describe(self) -> str:
        """One line for people, e.g. ``waiting for fix: 5 satellites, HDOP 2.1``."""
        if self.state == "no data":
            return "no data from the GPS receiver yet"
        if self.state == "simulator":
            return "the GPS receiver is in simulator mode: its positions are not real"
        details = []
        satellites = self.satellites_used if self.state == "fix" else self.satellites_in_view
        if satellites is not None:
            details.append(f"{satellites} satellite{'' if satellites == 1 else 's'}")
        if self.hdop is not None:
            details.append(f"HDOP {self.hdop:g}")
        head = "fix" if self.state == "fix" else "waiting for fix"
        return f"{head}: {', '.join(details)}" if details else head


class _Malformed(Exception):
    """A checksummed sentence whose fields make no sense; counted, never raised to callers."""


def nmea_checksum(body: str) -> str:
    """The two-hex-digit NMEA checksum (XOR of every character between ``$`` and ``*``).

    :param body: the sentence without ``$`` and ``*hh``, e.g. ``"GPGGA,..."``
    """
    value = 0
    for char in body.encode("ascii"):
        value ^= char
    return f"{value:02X}"


class NMEAParser:
    """Incremental NMEA 0183 parser: feed it lines, read fixes and status.

    Attributes: ``last_fix`` (latest valid :class:`Fix` or None), ``last_status`` (:class:`ReceiverStatus`),
    ``sentences`` (checksum-valid sentences), ``bad_checksums``, ``missing_checksum``, ``malformed`` (valid
    checksum, nonsensical fields), ``junk`` (lines that are not NMEA sentences), ``counts`` (a Counter of
    sentence types such as ``"GGA"``; proprietary ones as ``"P"``).
    """

    def __init__(self):
        self.last_fix: Fix | None = None
        self.last_status = ReceiverStatus()
        self.sentences = 0
        self.bad_checksums = 0
        self.missing_checksum = 0
        self.malformed = 0
        self.junk = 0
        self.counts: Counter[str] = Counter()
        self._in_view: dict[str, int] = {}
        self._date: date | None = None
        self._date_tod: time | None = None
        self._epoch_tod: object = object()  # sentinel: never equal to a real time of day
        self._epoch_fields: dict = {}
        self._epoch_bad = False
        self._fix_before_epoch: Fix | None = None

    def feed_line(self, line: str | bytes) -> Fix | None:
        """Parse one line; return the (merged) fix when it carried a valid position, else None.

        Never raises on bad input: comments (``#``), blank lines, junk, bad checksums and malformed sentences are
        counted and skipped.

        :param line: one line, with or without its line ending
        """
        if isinstance(line, (bytes, bytearray)):
            if len(line) > MAX_LINE_CHARS + 2:
                self.junk += 1
                return None
            try:
                line = bytes(line).decode("ascii")
            except UnicodeDecodeError:
                self.junk += 1
                return None
        line = line.strip()
        if not line or line.startswith("#"):
            return None
        if len(line) > MAX_LINE_CHARS or not line.startswith("$") or not line.isascii() or not line.isprintable():
            self.junk += 1
            return None
        star = line.rfind("*")
        if star == -1:
            self.missing_checksum += 1
            return None
        body, given = line[1:star], line[star + 1:]
        if len(given) != 2 or given.upper() != nmea_checksum(body):
            self.bad_checksums += 1
            return None
        self.sentences += 1
        fields = body.split(",")
        address = fields[0]
        if address.startswith("P"):
            self.counts["P"] += 1
            return None
        if len(address) != 5 or not address.isalnum():
            self.malformed += 1
            return None
        talker, kind = address[:2], address[2:]
        self.counts[kind] += 1
        handler = getattr(self, f"_on_{kind.lower()}", None)
        if talker not in TALKERS or handler is None:
            return None
        try:
            return handler(talker, fields)
        except (_Malformed, ValueError, IndexError):
            self.malformed += 1
            return None

    # --- sentence handlers -------------------------------------------------------------------------------
    def _on_gga(self, talker: str, f: list[str]) -> Fix | None:
        quality = _int(f[6])
        satellites, hdop = _int(f[7]), _float(f[8])
        self._set_status(satellites_used=satellites, hdop=hdop)
        valid = quality in _GOOD_QUALITY
        alt = _float(f[9]) if valid and f[10] in ("M", "") else None
        return self._position(talker, "GGA", _time(f[1]), f[2:6], valid, simulated=quality == 8,
                              extra={"alt": alt, "quality": quality, "satellites": satellites, "hdop": hdop})

    def _on_rmc(self, talker: str, f: list[str]) -> Fix | None:
        tod = _time(f[1])
        day = _date(f[9])
        if day is not None and tod is not None:
            self._date, self._date_tod = day, tod
        mode = f[12] if len(f) > 12 else ""
        valid = f[2] == "A" and (not mode or mode in _GOOD_MODES)
        return self._position(talker, "RMC", tod, f[3:7], valid, simulated=mode == "S", extra={"date": day})

    def _on_gll(self, talker: str, f: list[str]) -> Fix | None:
        mode = f[7] if len(f) > 7 else ""
        valid = len(f) > 6 and f[6] == "A" and (not mode or mode in _GOOD_MODES)
        return self._position(talker, "GLL", _time(f[5]) if len(f) > 5 else None, f[1:5], valid,
                              simulated=mode == "S", extra={})

    def _on_gsa(self, talker: str, f: list[str]) -> None:
        # Multi-constellation receivers send one GSA per system, so GGA's total (when sent) is preferred.
        if self.counts["GGA"]:
            return
        used = sum(1 for prn in f[3:15] if prn.strip())
        hdop = _float(f[16]) if len(f) > 16 else None
        self._set_status(satellites_used=used if f[2] in ("2", "3") else 0, hdop=hdop)

    def _on_gsv(self, talker: str, f: list[str]) -> None:
        in_view = _int(f[3])
        if in_view is not None:
            self._in_view[talker] = in_view
            self._set_status(satellites_in_view=sum(self._in_view.values()))

    # --- merging -----------------------------------------------------------------------------------------
    def _position(self, talker, kind, tod, coords, valid, simulated, extra) -> Fix | None:
        if tod is None or tod != self._epoch_tod:
            self._epoch_tod = tod
            self._epoch_fields = {}
            self._epoch_bad = False
            self._fix_before_epoch = self.last_fix
        if valid and not self._epoch_bad:
            lat, lon = _coords(coords)
            if lat == 0 and lon == 0:
                valid = False
        if not valid or self._epoch_bad:
            # One "no fix" in an epoch outweighs the other sentences: take back a fix given earlier in it.
            self._epoch_bad = True
            self.last_fix = self._fix_before_epoch
            self._set_status(state="simulator" if simulated else "searching")
            return None
        merged = self._epoch_fields
        for key, value in extra.items():
            if value is not None:
                merged[key] = value
        kinds = merged.setdefault("sentences", [])
        if kind not in kinds:
            kinds.append(kind)
        fix = Fix(lat=lat, lon=lon, alt=merged.get("alt"), time=self._datetime(tod, merged.get("date")),
                  quality=merged.get("quality"), satellites=merged.get("satellites"), hdop=merged.get("hdop"),
                  sentence="+".join(merged["sentences"]), talker=talker)
        self.last_fix = fix
        self._set_status(state="fix")
        return fix

    def _datetime(self, tod: time | None, day: date | None) -> datetime | None:
        if tod is None:
            return None
        if day is None:
            if self._date is None or self._date_tod is None:
                return None
            day = self._date
            if _seconds(tod) < _seconds(self._date_tod) - 12 * 3600:  # past midnight since the last RMC
                day += timedelta(days=1)
        return datetime.combine(day, tod, tzinfo=timezone.utc)

    def _set_status(self, **changes) -> None:
        changes = {key: value for key, value in changes.items() if value is not None}
        self.last_status = replace(self.last_status, **changes)


# --- field parsers -------------------------------------------------------------------------------------------
def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _float(text: str) -> float | None:
    if not re.fullmatch(r"-?\d+(?:\.\d*)?|-?\.\d+", text):
        return None
    return float(text)


def _seconds(tod: time) -> float:
    return tod.hour * 3600 + tod.minute * 60 + tod.second


def _time(text: str) -> time | None:
    match = _HHMMSS.match(text)
    if not match:
        return None
    hours, minutes, seconds = (int(part) for part in match.groups()[:3])
    if hours > 23 or minutes > 59 or seconds > 60:
        raise _Malformed(f"time {text}")
    micro = int((match.group(4) or "0").ljust(6, "0"))
    return time(hours, minutes, min(seconds, 59), micro)  # a leap second 60 is clamped: datetime has none


def _date(text: str) -> date | None:
    match = _DDMMYY.match(text)
    if not match:
        return None
    day, month, yy = (int(part) for part in match.groups())
    # Two-digit years: GPS started in 1980, so 80-99 are 19xx and the rest 20xx.
    try:
        return date(1900 + yy if yy >= 80 else 2000 + yy, month, day)
    except ValueError:
        raise _Malformed(f"date {text}") from None


def _coords(fields: list[str]) -> tuple[float, float]:
    lat_text, ns, lon_text, ew = fields
    if not _LAT.match(lat_text) or not _LON.match(lon_text) or ns not in ("N", "S") or ew not in ("E", "W"):
        raise _Malformed("position")
    lat = int(lat_text[:2]) + float(lat_text[2:]) / 60
    lon = int(lon_text[:3]) + float(lon_text[3:]) / 60
    if float(lat_text[2:]) >= 60 or float(lon_text[3:]) >= 60 or lat > 90 or lon > 180:
        raise _Malformed("position out of range")
    return (-lat if ns == "S" else lat), (-lon if ew == "W" else lon)
