"""map_points on a real encrypted store: located reports with type, state and review state; the rest counted."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kpfield.geo import Location, LocationSource
from kpfield.geo.map_points import map_points
from kpfield.model import Occurrence, Report
from kpfield.store import KdfParams, Profile, ReportQuery

PASSPHRASE = "granite river seventeen lanterns"


@pytest.fixture
def profile(tmp_path):
    with Profile.create(tmp_path / "profile", PASSPHRASE, kdf=KdfParams.fast_for_tests()) as profile:
        yield profile


def _report(profile, title, lat=None, lon=None, types=("shooting",), site="Chiadzwa"):
    location = Location(lat, lon, LocationSource.GPS) if lat is not None else None
    return profile.reports.create(Report(
        title=title, types=list(types), site=site, location=location,
        occurred=Occurrence(datetime(2026, 3, 1, tzinfo=timezone.utc))))


def test_located_reports_become_points_and_the_others_are_counted(profile):
    a = _report(profile, "Guards fired at diggers", -20.1, 32.35)
    b = _report(profile, "Children in the pits", 8.64, -10.97, types=("child_labour", "forced_labour"),
                site="Koidu")
    _report(profile, "No position yet")
    result = map_points(profile.db)
    assert result.without_location == 1 and result.total == 3
    assert [(p.report_id, p.lat, p.lon, p.primary_type, p.state, p.review_state, p.title) for p in result.points] \
        == [(a.id, -20.1, 32.35, "shooting", "draft", None, "Guards fired at diggers"),
            (b.id, 8.64, -10.97, "child_labour", "draft", None, "Children in the pits")]


def test_the_filter_of_the_list_applies(profile):
    _report(profile, "Guards fired at diggers", -20.1, 32.35)
    koidu = _report(profile, "Children in the pits", 8.64, -10.97, types=("child_labour",), site="Koidu")
    _report(profile, "Children seen again", types=("child_labour",), site="Koidu")
    result = map_points(profile.db, ReportQuery(types=["child_labour"]))
    assert [p.report_id for p in result.points] == [koidu.id] and result.without_location == 1
    assert [p.report_id for p in map_points(profile.db, ReportQuery(text="pits")).points] == [koidu.id]
    assert map_points(profile.db, ReportQuery(site="Nowhere")).total == 0


def test_ready_state_and_review_state_come_along(profile):
    report = _report(profile, "Guards fired at diggers", -20.1, 32.35)
    profile.reports.mark_ready(report.id)
    profile.db.execute("INSERT INTO reviews (report_id, state, updated_at) VALUES (?, 'verified', ?)",
                       [report.id, "2026-03-02T00:00:00Z"])
    [point] = map_points(profile.db).points
    assert (point.state, point.review_state) == ("ready", "verified")


@pytest.mark.parametrize("stored", ['{"lat": "x", "lon": 1}', "not json", '{"lat": 95, "lon": 1}', "[1, 2]",
                                    '{"lat": true, "lon": 1}', '{"lat": NaN, "lon": 1}'])
def test_an_unreadable_stored_location_is_counted_not_fatal(profile, stored):
    good = _report(profile, "Guards fired at diggers", -20.1, 32.35)
    bad = _report(profile, "Hand-edited", 1.0, 1.0)
    profile.db.execute("UPDATE reports SET location = ? WHERE id = ?", [stored, bad.id])
    result = map_points(profile.db)
    assert [p.report_id for p in result.points] == [good.id] and result.without_location == 1
