"""Consistency hints: not proof of anything, but places a reviewer should look (photo GPS/time, device clock)."""

from __future__ import annotations

import math

from kpfield.errors import ValidationError
from kpfield.model import parse_iso as _parse_iso

MAX_GPS_KM = 5.0
MAX_PHOTO_HOURS = 48.0
MAX_CLOCK_SKEW_S = 3600

#: Every hint, by code, in English (the CLI's words); the GUI words each code itself, translated.
HINT_MESSAGES = {
    "hint_photo_far": "photo {name}: its GPS position is {km} km from the reported location",
    "hint_photo_time": "photo {name}: taken {hours} h from the reported incident time",
    "hint_clock_ahead": "device clock looks wrong: the envelope says it was made {hours} h after the server "
                        "received it",
    "hint_clock_behind": "device clock looks wrong: the envelope says it was made {hours} h before the server "
                         "received it",
}


def parse_iso(text):
    try:
        return _parse_iso(text) if isinstance(text, str) else None
    except ValidationError:
        return None


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _latlon(value):
    try:
        return float(value["lat"]), float(value["lon"])
    except (KeyError, TypeError, ValueError):
        return None


def consistency_hints(report: dict | None, photos: list[dict], created_at: str | None,
                      received_at: int | None) -> list[str]:
    """Hints for one received report, in English (see :func:`hint_items` for their codes and parameters)."""
    return [hint_text(item) for item in hint_items(report, photos, created_at, received_at)]


def hint_text(item: dict) -> str:
    """The English words of one hint item (``{"code", "params"}``)."""
    return HINT_MESSAGES[item["code"]].format(**item["params"])


def hint_items(report: dict | None, photos: list[dict], created_at: str | None,
               received_at: int | None) -> list[dict]:
    """Hints for one received report, each as ``{"code", "params"}`` (keys of :data:`HINT_MESSAGES`).

    :param report: the report as sent (floats as decimal strings).
    :param photos: attachment metas (``capture`` holds taken_at and gps).
    :param created_at: the manifest's creation time (device clock).
    :param received_at: the server's receipt time (Unix seconds).
    """
    hints = []
    report = report or {}
    where = _latlon(report.get("location"))
    when = parse_iso((report.get("occurred") or {}).get("start"))
    for photo in photos:
        capture = photo.get("capture") or {}
        name = photo.get("name") or photo.get("id")
        gps = _latlon(capture.get("gps"))
        if where and gps:
            km = _km(*where, *gps)
            if km > MAX_GPS_KM:
                hints.append({"code": "hint_photo_far", "params": {"name": name, "km": round(km, 1)}})
        taken = parse_iso(capture.get("taken_at"))
        if when and taken:
            hours = abs((taken - when).total_seconds()) / 3600
            if hours > MAX_PHOTO_HOURS:
                hints.append({"code": "hint_photo_time", "params": {"name": name, "hours": round(hours)}})
    sent = parse_iso(created_at)
    if sent and received_at is not None:
        skew = sent.timestamp() - received_at
        if abs(skew) > MAX_CLOCK_SKEW_S:
            hints.append({"code": "hint_clock_ahead" if skew > 0 else "hint_clock_behind",
                          "params": {"hours": round(abs(skew) / 3600, 1)}})
    return hints
