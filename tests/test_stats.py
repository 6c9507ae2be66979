"""Chart statistics (kpfield/stats.py) on a real encrypted store: what each count counts, and that filters apply."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kpfield import taxonomy
from kpfield.model import PERPETRATOR_CATEGORIES, Occurrence, Perpetrator, Report
from kpfield.stats import MAX_MONTHS, NO_PERPETRATOR, NO_SITE, OTHER_SITES, TOP_SITES, report_stats
from kpfield.store import KdfParams, Profile, ReportQuery

PASSPHRASE = "granite river seventeen lanterns"


def at(year: int, month: int, day: int = 15, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=timezone.utc)


@pytest.fixture
def profile(tmp_path):
    with Profile.create(tmp_path / "profile", PASSPHRASE, kdf=KdfParams.fast_for_tests()) as p:
        yield p


def add(profile, *, when: datetime | None = None, types=("shooting",), site="Chiadzwa", perps=(), title="Report",
        **fields) -> Report:
    report = Report(title=title, types=list(types), site=site, occurred=Occurrence(when),
                    perpetrators=[Perpetrator(c, d) for c, d in perps], **fields)
    return profile.reports.create(report)


def stats(profile, query=None):
    return report_stats(profile.db, query, utc_offset_min=0)


def test_an_empty_store_has_zero_counts_for_every_type_and_category(profile):
    s = stats(profile)
    assert s.total == 0
    assert s.by_type == [(t.code, 0) for t in taxonomy.incident_types()]
    assert s.by_perpetrator == [(c, 0) for c in PERPETRATOR_CATEGORIES] + [(NO_PERPETRATOR, 0)]
    assert s.by_month == [] and s.by_site == []


def test_a_report_with_two_types_counts_once_per_type_and_once_in_the_total(profile):
    add(profile, when=at(2026, 1, 5), types=["shooting", "smuggling"])
    add(profile, when=at(2026, 1, 6), types=["shooting"])
    s = stats(profile)
    assert s.total == 2
    by_type = dict(s.by_type)
    assert by_type["shooting"] == 2 and by_type["smuggling"] == 1 and by_type["killing"] == 0
    assert s.by_type[:2] == [("shooting", 2), ("smuggling", 1)]  # most reported first
    assert len(s.by_type) == len(taxonomy.incident_types())  # zeros included, so the chart shows them honestly
    assert sum(n for _, n in s.by_month) == sum(n for _, n in s.by_site) == s.total


def test_months_are_contiguous_with_zeros_for_months_without_reports(profile):
    add(profile, when=at(2025, 11, 3))
    add(profile, when=at(2025, 11, 28))
    add(profile, when=at(2026, 2, 1))
    s = stats(profile)
    assert s.by_month == [("2025-11", 2), ("2025-12", 0), ("2026-01", 0), ("2026-02", 1)]
    assert s.months_contiguous


def test_a_report_without_incident_time_counts_in_the_month_it_was_written(profile):
    add(profile, when=None, created_at=at(2026, 3, 9))
    add(profile, when=at(2026, 1, 9), created_at=at(2026, 3, 9))
    assert stats(profile).by_month == [("2026-01", 1), ("2026-02", 0), ("2026-03", 1)]


def test_the_month_follows_the_given_utc_offset(profile):
    add(profile, when=at(2026, 3, 31, 23, 30))  # 01:30 on 1 April in Harare (UTC+2)
    assert report_stats(profile.db, utc_offset_min=0).by_month == [("2026-03", 1)]
    assert report_stats(profile.db, utc_offset_min=120).by_month == [("2026-04", 1)]
    assert report_stats(profile.db, utc_offset_min=-60).by_month == [("2026-03", 1)]


def test_the_month_in_local_time_matches_the_date_the_list_shows(profile):
    moment = at(2026, 4, 30, 23, 45)
    add(profile, when=moment)
    assert report_stats(profile.db).by_month == [(moment.astimezone().strftime("%Y-%m"), 1)]


def test_a_mistyped_year_does_not_make_thousands_of_empty_months(profile):
    add(profile, when=at(2026, 2, 1))
    add(profile, when=at(226, 2, 1))  # 0226 for 2026
    s = stats(profile)
    assert not s.months_contiguous
    assert s.by_month == [("0226-02", 1), ("2026-02", 1)]
    assert (2026 - 226) * 12 > MAX_MONTHS
    filtered = stats(profile, ReportQuery(date_from=at(2000, 1, 1)))
    assert filtered.total == 1 and filtered.by_month == [("2026-02", 1)] and not filtered.months_contiguous


def test_perpetrators_count_each_report_once_per_category_and_reports_without_any(profile):
    add(profile, when=at(2026, 1, 1), perps=[("army", "first unit"), ("army", "second unit"), ("police", "")])
    add(profile, when=at(2026, 1, 2), perps=[("private_security", "")])
    add(profile, when=at(2026, 1, 3), perps=[])
    # Words in a description never count as a category, even written like the stored key.
    add(profile, when=at(2026, 1, 4), perps=[("unknown", 'they said "category":"army" and "police"')])
    s = stats(profile)
    by_perp = dict(s.by_perpetrator)
    assert by_perp == {"army": 1, "police": 1, "private_security": 1, "unknown": 1, "company": 0,
                       "syndicate_militia": 0, "officials": 0, NO_PERPETRATOR: 1}
    assert s.by_perpetrator[-1] == (NO_PERPETRATOR, 1)  # never ranked among the categories
    assert s.by_perpetrator[0] == ("army", 1)  # ties keep the model's order


def test_perpetrators_written_with_spaced_json_still_count(profile):
    report = add(profile, when=at(2026, 1, 1), perps=[("company", "")])
    profile.db.execute("UPDATE reports SET perpetrators = ? WHERE id = ?",
                       ['[{"category": "company", "description": ""}]', report.id])
    assert dict(stats(profile).by_perpetrator)["company"] == 1


def test_sites_are_top_ones_then_no_site_then_the_rest_summed(profile):
    with profile.db.atomic():  # many reports, fast: one transaction through the store's row writer
        for i in range(TOP_SITES + 3):
            for _ in range(TOP_SITES + 3 - i):  # site 0 has the most reports
                profile.reports._write(Report(site=f"Site {i:02d}", types=["shooting"],
                                              occurred=Occurrence(at(2026, 1, 1))), insert=True)
        for _ in range(2):
            profile.reports._write(Report(site="", occurred=Occurrence(at(2026, 1, 1))), insert=True)
    s = stats(profile)
    names = [k for k, _ in s.by_site]
    assert names[:TOP_SITES] == [f"Site {i:02d}" for i in range(TOP_SITES)]
    assert s.by_site[TOP_SITES] == (NO_SITE, 2)
    assert s.by_site[TOP_SITES + 1] == (OTHER_SITES, 3 + 2 + 1)  # sites 15, 16 and 17
    assert sum(n for _, n in s.by_site) == s.total


def test_sites_differing_only_in_case_are_one_site_as_in_the_site_filter(profile):
    add(profile, when=at(2026, 1, 1), site="Chiadzwa")
    add(profile, when=at(2026, 1, 2), site="chiadzwa")
    add(profile, when=at(2026, 1, 3), site="Marange")
    s = stats(profile)
    assert s.by_site == [("Chiadzwa", 2), ("Marange", 1)]
    assert stats(profile, ReportQuery(site="CHIADZWA")).total == 2


def test_every_count_applies_the_list_filter(profile):
    add(profile, when=at(2026, 1, 10), types=["shooting", "smuggling"], site="Chiadzwa", perps=[("army", "")],
        title="Convoy stopped at the fence")
    add(profile, when=at(2026, 3, 10), types=["shooting"], site="Marange", perps=[("police", "")],
        title="Diggers beaten")
    add(profile, when=at(2026, 5, 10), types=["child_labour"], site="Cafunfo", title="Children in the pit")

    shooting = stats(profile, ReportQuery(types=["shooting"]))
    assert shooting.total == 2
    assert dict(shooting.by_type) == {**{t.code: 0 for t in taxonomy.incident_types()}, "shooting": 2,
                                      "smuggling": 1}
    assert shooting.by_month == [("2026-01", 1), ("2026-02", 0), ("2026-03", 1)]  # trimmed to what matches
    assert shooting.by_site == [("Chiadzwa", 1), ("Marange", 1)]
    assert dict(shooting.by_perpetrator)[NO_PERPETRATOR] == 0

    text = stats(profile, ReportQuery(text="convoy"))
    assert text.total == 1 and text.by_site == [("Chiadzwa", 1)] and dict(text.by_perpetrator)["army"] == 1

    dated = stats(profile, ReportQuery(date_from=at(2026, 3, 1), date_to=at(2026, 12, 31)))
    assert dated.total == 2 and dated.by_month == [("2026-03", 1), ("2026-04", 0), ("2026-05", 1)]
    assert dict(dated.by_perpetrator) == {**{c: 0 for c in PERPETRATOR_CATEGORIES}, "police": 1,
                                          NO_PERPETRATOR: 1}

    nothing = stats(profile, ReportQuery(text="nomatchword"))
    assert nothing.total == 0 and nothing.by_month == [] and nothing.by_site == []
    assert all(n == 0 for _, n in nothing.by_type + nothing.by_perpetrator)


def test_deleted_reports_are_not_counted(profile):
    gone = add(profile, when=at(2026, 1, 1), types=["killing"], perps=[("army", "")])
    add(profile, when=at(2026, 2, 1), types=["shooting"])
    profile.reports.delete(gone.id)
    s = stats(profile)
    assert s.total == 1 and dict(s.by_type)["killing"] == 0 and dict(s.by_perpetrator)["army"] == 0
    assert s.by_month == [("2026-02", 1)]


def test_perpetrators_can_be_left_out_and_nothing_else_changes(profile):
    add(profile, when=at(2026, 1, 1), types=["killing"], perps=[("army", "")])
    add(profile, when=at(2026, 3, 1), types=["shooting"], site="Marange")
    full, quick = stats(profile), report_stats(profile.db, utc_offset_min=0, perpetrators=False)
    assert quick.by_perpetrator is None and full.by_perpetrator is not None
    assert (quick.total, quick.by_type, quick.by_month, quick.by_site) == (
        full.total, full.by_type, full.by_month, full.by_site)
