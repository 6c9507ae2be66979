"""Chart statistics at 100,000 reports: milliseconds per ``report_stats`` call, as a ratio to a plain
``SELECT count(*)`` over the same filter in the same run (the cheapest query the list itself makes).

A second baseline is one pass over every report row (``SELECT sum(length(perpetrators))``): perpetrators live only
in the rows, so counting them must read (and SQLCipher decrypt) the whole table once; everything else is counted
from indexes. Without a filter ``count(*)`` is answered from the smallest index in well under a millisecond, so
that ratio is large by construction: compare with the full pass there.

Run: .venv/bin/python bench/bench_stats.py [--reports 100000] [--repeat 5]
Prints numbers; asserts nothing. The store is a real SQLCipher profile in a temporary folder, filled with direct
inserts in one transaction (rows shaped like real reports: narratives of 80-250 words, 1-2 types, 0-3
perpetrators, 40 sites, three years of dates with a gap).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kpfield.model import PERPETRATOR_CATEGORIES, iso  # noqa: E402
from kpfield.stats import report_stats  # noqa: E402
from kpfield.store import KdfParams, Profile, ReportQuery  # noqa: E402

TYPES = ["shooting", "beating_torture", "smuggling", "child_labour", "forced_displacement", "corruption_extortion",
         "arbitrary_detention", "killing", "environmental_damage"]
WORDS = ("soldiers police guards diggers fence gravel pit river village convoy diamonds parcel buyer dealer border "
         "truck night morning beaten shot detained evicted children school shaft collapse water road checkpoint "
         "bribe certificate export license syndicate militia chief field camp market").split()
SITES = [f"Site {name}" for name in ("Chiadzwa", "Mbada", "Anjin", "Cafunfo", "Lucapa", "Tshikapa", "Koidu", "Tongo",
                                     "Kono", "Kamakwie", "Marange", "Arda", "Catoca", "Mbuji-Mayi", "Kasai")]
SITES += [f"Village {i}" for i in range(25)]
PASSPHRASE = "benchmark passphrase that is long"


def _compact(value) -> str:
    """JSON as the store writes it (kpfield/store/reports.py)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def fill(profile: Profile, n: int, seed: int = 3) -> None:
    """``n`` report rows, their type, perpetrator and full-text rows (as the store keeps them), in one transaction."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=timezone.utc)
    weights = [1 / (i + 1) for i in range(len(SITES))]
    reports, types, perpetrators, fts = [], [], [], []
    for rowid in range(1, n + 1):
        moment = start + timedelta(days=rng.randrange(0, 3 * 365), minutes=rng.randrange(0, 1440))
        if (moment.year, moment.month) in ((2024, 3), (2024, 4)):  # a monitor away: the month chart shows zeros
            moment += timedelta(days=61)
        when = iso(moment)
        codes = rng.sample(TYPES, k=rng.choice((1, 1, 2)))
        perps = [{"category": rng.choice(PERPETRATOR_CATEGORIES), "description": "uniformed men"}
                 for _ in range(rng.choice((0, 1, 1, 2, 3)))]
        site = "" if rng.random() < 0.05 else rng.choices(SITES, weights)[0]
        title = " ".join(rng.choices(WORDS, k=6)).capitalize()
        narrative = " ".join(rng.choices(WORDS, k=rng.randrange(80, 250)))
        reports.append((rowid, str(uuid.uuid4()), rng.choice(("draft", "ready")), when, when, when,
                        _compact(codes), codes[0], title, narrative, site, _compact(perps)))
        types.extend((code, rowid) for code in codes)
        perpetrators.extend((category, rowid) for category in sorted({p["category"] for p in perps}))
        fts.append((rowid, title, narrative, site, "", "", ""))
    with profile.db.atomic():
        profile.db.conn.executemany(
            "INSERT INTO reports (rowid, id, state, created_at, updated_at, occurred_start, types, primary_type, "
            "title, narrative, site, perpetrators) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", reports)
        profile.db.conn.executemany("INSERT INTO report_types (code, report_rowid) VALUES (?, ?)", types)
        profile.db.conn.executemany("INSERT INTO report_perpetrators (category, report_rowid) VALUES (?, ?)",
                                    perpetrators)
        profile.db.conn.executemany(
            "INSERT INTO report_fts (rowid, title, narrative, site, place, tags, captions) VALUES (?,?,?,?,?,?,?)",
            fts)


def timed(fn, repeat: int) -> tuple[float, float]:
    """(first call, median of the next ``repeat``) in milliseconds."""
    times = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times[0], statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "profile"
        with Profile.create(home, PASSPHRASE, kdf=KdfParams.fast_for_tests(), check_strength=False) as profile:
            t0 = time.perf_counter()
            fill(profile, args.reports)
            print(f"filled {args.reports} reports in {time.perf_counter() - t0:.1f} s")
        # Reopen, so the first call meets a cold SQLCipher page cache as after an unlock.
        with Profile.open(home, PASSPHRASE) as profile:
            db = profile.db
            cases = {
                "no filter": ReportQuery(),
                "type filter": ReportQuery(types=["shooting"]),
                "state + site": ReportQuery(states=["ready"], site="Site Chiadzwa"),
                "search text": ReportQuery(text="convoy bribe"),  # common words: most reports match
                "date range": ReportQuery(date_from=datetime(2024, 6, 1, tzinfo=timezone.utc),
                                          date_to=datetime(2024, 12, 31, tzinfo=timezone.utc)),
            }
            t0 = time.perf_counter()
            report_stats(db)
            print(f"first call after unlocking (cold page cache), no filter: "
                  f"{(time.perf_counter() - t0) * 1000:.1f} ms")
            # A second baseline: reading every report row once (what counting perpetrators must do).
            _, scan_ms = timed(lambda: db.execute("SELECT sum(length(perpetrators)) FROM reports").fetchone(),
                               args.repeat)
            print(f"one pass over every report row (SELECT sum(length(perpetrators))): {scan_ms:.1f} ms")
            print("medians in ms; 'all' = report_stats(db, q), 'no perp' = report_stats(db, q, perpetrators=False) "
                  "(what the dock asks for unless the perpetrator chart is shown)")
            print(f"{'filter':<14}{'matches':>9}{'count(*)':>10}{'all':>9}{'no perp':>9}{'all/count':>11}"
                  f"{'no perp/count':>15}{'all/pass':>10}")
            for name, query in cases.items():
                where, params = query.where()
                _, count_ms = timed(lambda: db.execute(f"SELECT count(*) FROM reports r{where}", params).fetchone(),
                                    args.repeat)
                _, all_ms = timed(lambda: report_stats(db, query), args.repeat)
                _, quick_ms = timed(lambda: report_stats(db, query, perpetrators=False), args.repeat)
                total = report_stats(db, query, perpetrators=False).total
                count_ms = max(count_ms, 0.001)
                print(f"{name:<14}{total:>9}{count_ms:>10.1f}{all_ms:>9.1f}{quick_ms:>9.1f}{all_ms / count_ms:>11.1f}"
                      f"{quick_ms / count_ms:>15.1f}{all_ms / scan_ms:>10.2f}")
            stats = report_stats(db, ReportQuery())
            print(f"months: {len(stats.by_month)} ({sum(1 for _, n in stats.by_month if n == 0)} without reports), "
                  f"sites shown: {len(stats.by_site)}, types: {len(stats.by_type)}")


if __name__ == "__main__":
    main()
