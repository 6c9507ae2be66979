"""Counts of reports by type, month, site and perpetrator category, for charts: SQL aggregation over the store.

Every count honours the same :class:`~kpfield.store.reports.ReportQuery` filter as the report list, and all of them
are read in one transaction, so they agree with each other even while sync writes on its own connection.

Speed at 100,000 reports comes from the indexes the list already has: the matching reports are found once per call
(a materialised CTE), and types, months and sites are then counted from their covering indexes, never from the
report rows, which SQLCipher would have to decrypt. Perpetrators live only in the rows, so counting them reads the
table once (see docs/CHARTS.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlite_utils import Database

from kpfield import taxonomy
from kpfield.model import PERPETRATOR_CATEGORIES, iso, parse_iso
from kpfield.store.reports import ReportQuery

#: Sites shown by name; the others are summed under :data:`OTHER_SITES`.
TOP_SITES = 15
#: The ``by_site`` key of the sum of every site beyond the top ones. Not a string, so no site name can collide.
OTHER_SITES = None
#: The ``by_site`` key of reports without a site.
NO_SITE = ""
#: The ``by_perpetrator`` key of reports without any perpetrator.
NO_PERPETRATOR = "none_recorded"
#: Longest run of months filled with zeros. A mistyped year (0226 for 2026) would otherwise make 20,000 bars.
MAX_MONTHS = 600

# The moment a report belongs to: when the incident happened, or when the report was written if that is unknown.
# It is the expression the reports_when index is built on, so month counts read that index only.
_WHEN = "COALESCE(r.occurred_start, r.created_at)"
_BEYOND = "~"  # sorts after every ISO 8601 timestamp: the open end of the last month


@dataclass
class ReportStats:
    """Counts of the reports matching a query; each list holds ``(key, count)`` pairs in display order."""

    total: int = 0
    #: Taxonomy codes, most reported first (every known type, zeros last). A report counts once per type.
    by_type: list[tuple[str, int]] = field(default_factory=list)
    #: ``"YYYY-MM"`` from the first month with a report to the last, in time order, empty months included as 0.
    by_month: list[tuple[str, int]] = field(default_factory=list)
    #: Site names, most reported first (top :data:`TOP_SITES`), then :data:`NO_SITE`, then :data:`OTHER_SITES`.
    by_site: list[tuple[str | None, int]] = field(default_factory=list)
    #: Perpetrator categories, most reported first, then :data:`NO_PERPETRATOR`. A report counts once per category.
    #: None when not asked for (``perpetrators=False``).
    by_perpetrator: list[tuple[str, int]] | None = field(default_factory=list)
    #: False when the dates span more than :data:`MAX_MONTHS`: ``by_month`` then lists only months with reports
    #: (in UTC), and a mistyped year is the likely cause.
    months_contiguous: bool = True


def report_stats(db: Database, query: ReportQuery | None = None, *, utc_offset_min: int | None = None,
                 perpetrators: bool = True) -> ReportStats:
    """Count the reports matching ``query`` by type, month, site and perpetrator category.

    :param db: an unlocked store's database (``profile.db``).
    :param query: the list's filter (search text, types, states, site, dates...); ``None`` counts every report.
    :param utc_offset_min: the fixed offset that decides which month a moment falls in; ``None`` (the default)
        uses this computer's time zone with its daylight-saving rules, as the report list does when it shows dates.
    :param perpetrators: False skips the perpetrator counts (``by_perpetrator`` is None): they are the only ones
        that read every report row, about a second at 100,000 reports; the others come from indexes.
    """
    query = query or ReportQuery()
    where, params = query.where()
    tz = None if utc_offset_min is None else timezone(timedelta(minutes=int(utc_offset_min)))
    with db.atomic():  # one snapshot for every count
        months = _month_ranges(db, tz)
        rows = db.execute(*_counts_sql(where, params, months)).fetchall()
        stats = ReportStats()
        types: dict[str, int] = {}
        month_counts: dict[str, int] = {}
        for kind, key, n in rows:
            if kind == "total":
                stats.total = n
            elif kind == "type":
                types[key] = n
            elif kind == "month":
                month_counts[key] = n
            elif kind == "site":
                stats.by_site.append((key, n))
            elif kind == "no_site" and n:
                stats.by_site.append((NO_SITE, n))
        other = stats.total - sum(n for _, n in stats.by_site)
        if other:
            stats.by_site.append((OTHER_SITES, other))
        stats.by_type = _ranked(types, [t.code for t in taxonomy.incident_types()])
        if months is None:
            stats.months_contiguous = False
            stats.by_month = sorted((m, n) for m, n in month_counts.items() if m and n)
        else:
            stats.by_month = _trimmed([(m, month_counts.get(m, 0)) for m, _, _ in months])
        if not perpetrators:
            stats.by_perpetrator = None
        elif stats.total:
            stats.by_perpetrator = _by_perpetrator(db, where, params)
        else:
            stats.by_perpetrator = [(c, 0) for c in PERPETRATOR_CATEGORIES] + [(NO_PERPETRATOR, 0)]
    return stats


def _counts_sql(where: str, params: list, months: list[tuple[str, str, str]] | None) -> tuple[str, list]:
    """One statement for the total and the type, month and site counts, as ``(kind, key, count)`` rows."""
    # The matching reports are found once (the filter may be a full-text search) and each count then walks an
    # index, probing that set. Without a filter there is nothing to probe.
    member = " AND r.rowid IN matching" if where else ""
    sql = f"WITH matching(rowid) AS MATERIALIZED (SELECT r.rowid FROM reports r{where})" if where else ""
    args = list(params) if where else []
    parts = [f"SELECT 'total', NULL, count(*) FROM {'matching' if where else 'reports'}",
             "SELECT 'type', code, count(*) FROM report_types"
             f"{' WHERE report_rowid IN matching' if where else ''} GROUP BY code"]
    if months:
        values = ", ".join("(?, ?, ?)" for _ in months)
        sql += (", " if sql else "WITH ") + f"bounds(month, lo, hi) AS (VALUES {values})"
        args += [v for month in months for v in month]
        parts.append(f"SELECT 'month', b.month, (SELECT count(*) FROM reports r INDEXED BY reports_when "
                     f"WHERE {_WHEN} >= b.lo AND {_WHEN} < b.hi{member}) FROM bounds b")
    elif months is None:  # dates too far apart to list every month: months with reports only, in UTC
        parts.append(f"SELECT 'month', substr({_WHEN}, 1, 7) AS m, count(*) FROM reports r"
                     f"{' WHERE r.rowid IN matching' if where else ''} GROUP BY m")
    # Sites are grouped the way the site filter matches them (case-insensitively); the first spelling in binary
    # order names the group, so "Chiadzwa" and "chiadzwa" are one bar.
    parts.append("SELECT * FROM (SELECT 'site', min(r.site), count(*) AS n FROM reports r INDEXED BY reports_site "
                 f"WHERE r.site != ''{member} GROUP BY r.site COLLATE NOCASE "
                 f"ORDER BY n DESC, min(r.site) COLLATE NOCASE LIMIT {TOP_SITES})")
    parts.append(f"SELECT 'no_site', NULL, count(*) FROM reports r INDEXED BY reports_site WHERE r.site = ''{member}")
    return f"{sql} {' UNION ALL '.join(parts)}", args


def _month_ranges(db: Database, tz: timezone | None) -> list[tuple[str, str, str]] | None:
    """Every month from the store's first report to its last as ``(month, lo, hi)``: UTC bounds, ``lo`` included.

    None when they are more than :data:`MAX_MONTHS` apart (or out of the calendar the time zone rules cover).
    """
    first = db.execute(f"SELECT {_WHEN} AS w FROM reports r ORDER BY w LIMIT 1").fetchone()
    last = db.execute(f"SELECT {_WHEN} AS w FROM reports r ORDER BY w DESC LIMIT 1").fetchone()
    if first is None:
        return []
    try:
        start, end = (_month_index(parse_iso(row[0]).astimezone(tz)) for row in (first, last))
        if end - start + 1 > MAX_MONTHS:
            return None
        # The first month is open below and the last open above: every stored moment falls in exactly one.
        bounds = [""] + [_month_start(i, tz) for i in range(start + 1, end + 1)] + [_BEYOND]
    except (OverflowError, ValueError, OSError):  # years the platform's time zone functions cannot handle
        return None
    return [(f"{i // 12:04d}-{i % 12 + 1:02d}", bounds[k], bounds[k + 1]) for k, i in enumerate(range(start, end + 1))]


def _month_index(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def _month_start(index: int, tz: timezone | None) -> str:
    """The first moment of a month in ``tz`` (None: local time, daylight saving included) as stored UTC text."""
    year, month = divmod(index, 12)
    start = datetime(year, month + 1, 1)
    return iso(start.astimezone() if tz is None else start.replace(tzinfo=tz))


def _trimmed(months: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Without empty months before the first report and after the last (the range is the whole store's)."""
    counted = [i for i, (_, n) in enumerate(months) if n]
    return months[counted[0]:counted[-1] + 1] if counted else []


def _ranked(counts: dict[str, int], canonical: list[str]) -> list[tuple[str, int]]:
    """Every canonical key and any other counted key, most counted first; ties keep the canonical order."""
    keys = list(canonical) + sorted(k for k in counts if k not in canonical)
    position = {k: i for i, k in enumerate(keys)}
    return sorted(((k, counts.get(k, 0)) for k in keys), key=lambda kc: (-kc[1], position[kc[0]]))


def _by_perpetrator(db: Database, where: str, params: list) -> list[tuple[str, int]]:
    # report_perpetrators holds one row per (category, report), kept by the store on every save: the counts come
    # from that index, never from parsing every report's JSON. A report naming two army units counts once.
    categories = list(PERPETRATOR_CATEGORIES)
    if where:  # one pass over the selection: reports without a perpetrator row are the NULL group
        rows = db.execute(f"SELECT p.category, count(*) FROM (SELECT r.rowid AS rid FROM reports r{where}) s "
                          "LEFT JOIN report_perpetrators p ON p.report_rowid = s.rid GROUP BY p.category",
                          list(params)).fetchall()
        none = dict(rows).pop(None, 0)
        rows = [(c, n) for c, n in rows if c is not None]
    else:
        rows = db.execute("SELECT category, count(*) FROM report_perpetrators GROUP BY category").fetchall()
        none = db.execute("SELECT count(*) FROM reports r WHERE NOT EXISTS "
                          "(SELECT 1 FROM report_perpetrators p WHERE p.report_rowid = r.rowid)").fetchone()[0]
    counts = dict(rows)
    return _ranked(counts, categories) + [(NO_PERPETRATOR, none or 0)]
