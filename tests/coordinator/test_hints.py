"""Consistency hints on received reports: photo position and time against the report, and the device clock."""

from kpfield.coordinator.hints import consistency_hints

REPORT = {"location": {"lat": "-19.98", "lon": "32.73"}, "occurred": {"start": "2026-11-20T08:00:00Z"}}


def test_nearby_photo_taken_the_same_day_gives_no_hint():
    photo = {"name": "a.jpg", "capture": {"gps": {"lat": "-19.99", "lon": "32.74"}, "taken_at": "2026-11-20T09:30:00Z"}}
    assert consistency_hints(REPORT, [photo], "2026-11-20T08:10:00Z", 1795161600) == []


def test_far_photo_old_photo_and_wrong_clock_are_each_named():
    photo = {"name": "b.jpg", "capture": {"gps": {"lat": "-17.83", "lon": "31.05"}, "taken_at": "2026-11-10T08:00:00Z"}}
    received = 1795161600  # 2026-11-20T08:00:00Z
    hints = consistency_hints(REPORT, [photo], "2026-11-20T11:00:00Z", received)
    assert any(h.startswith("photo b.jpg: its GPS position is") and "km" in h for h in hints)
    assert any(h.startswith("photo b.jpg: taken 240 h") for h in hints)
    assert any(h.startswith("device clock looks wrong") and "3.0 h after" in h for h in hints)


def test_malformed_capture_data_is_ignored_not_fatal():
    photo = {"name": "c.jpg", "capture": {"gps": {"lat": "north"}, "taken_at": "yesterday"}}
    assert consistency_hints(REPORT, [photo], "not a time", None) == []
