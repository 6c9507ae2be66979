"""Store benchmarks: saves per second (encrypted vs plain SQLite through the same code), FTS search latency at
100,000 reports, unlock time and peak memory.

Run: .venv/bin/python bench/bench_store.py [--reports 100000] [--saves 500]
Prints numbers; asserts nothing. Ratios are measured in the same run, on the same machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlite_utils import Database  # noqa: E402

from kpfield.geo.location import Location, LocationSource  # noqa: E402
from kpfield.model import Occurrence, PeopleAffected, Perpetrator, Report, Witness  # noqa: E402
from kpfield.store import Profile, ReportQuery, database  # noqa: E402
from kpfield.store.audit import AuditLog  # noqa: E402
from kpfield.store.keyfile import KdfParams  # noqa: E402
from kpfield.store.reports import ReportStore  # noqa: E402
from kpfield.store.schema import migrations  # noqa: E402

WORDS = ("soldiers police guards diggers fence gravel pit river village convoy diamonds parcel buyer dealer "
         "border truck night morning beaten shot detained evicted children school shaft collapse water road "
         "checkpoint bribe certificate export license syndicate militia chief field camp market").split()
# A realistic vocabulary: a few hundred common words and thousands of rare ones (names, places), Zipf-distributed.
_rng = random.Random(0)
_SYL = "ba be bi bo bu da de di do du ga ge gi go gu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu " \
       "pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu wa we wi wo zu cha she tsho ngo nda mba".split()
RARE = sorted({"".join(_rng.choices(_SYL, k=_rng.randrange(2, 5))) for _ in range(20000)})
VOCAB = WORDS + RARE
WEIGHTS = [1 / (i + 1) for i in range(len(VOCAB))]
SITES = ["Chiadzwa", "Mbada", "Anjin", "Cafunfo", "Lucapa", "Tshikapa", "Koidu", "Tongo", "Kono", "Kamakwie"]
TYPES = ["shooting", "beating_torture", "smuggling", "child_labour", "forced_displacement", "corruption_extortion"]


def realistic_report(rng: random.Random) -> Report:
    start = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(0, 60 * 24 * 900))
    return Report(
        title=" ".join(rng.choices(WORDS, k=6)).capitalize(),
        narrative=" ".join(rng.choices(VOCAB, weights=WEIGHTS, k=rng.randrange(80, 250))),
        types=rng.sample(TYPES, k=rng.choice((1, 1, 2))),
        site=rng.choice(SITES), place=rng.choice(SITES) + " area",
        occurred=Occurrence(start, approximate=rng.random() < 0.3),
        location=Location(rng.uniform(-20, 10), rng.uniform(-12, 33), LocationSource.GPS, accuracy_m=8.0),
        people=PeopleAffected(injured=rng.randrange(0, 5), detained=rng.randrange(0, 3)),
        perpetrators=[Perpetrator(rng.choice(("army", "police", "private_security")), "uniformed men")],
        witnesses=[Witness(f"W{rng.randrange(1000)}", consent_to_share=True)],
        severity=rng.randrange(1, 6), tags=rng.choices(WORDS, k=2),
    )


def stores(folder: Path, memory_security: bool = True):
    """The same ReportStore code on an encrypted and a plain database."""
    key = secrets.token_bytes(32)
    out = {}
    for name, k in (("sqlcipher", key), ("plain", None)):
        conn = database.connect(folder / f"{name}.db", k, create=True, memory_security=memory_security)
        db = Database(conn)
        migrations.apply(db)
        out[name] = (conn, ReportStore(db, AuditLog(db)))
    return out


def bench_saves(folder: Path, n: int, memory_security: bool = True) -> None:
    """Interleaved rounds on both stores, so a busy machine slows both alike."""
    rng = random.Random(1)
    reports = [realistic_report(rng) for _ in range(n)]
    pair = stores(folder, memory_security)
    elapsed = {name: 0.0 for name in pair}
    rounds = 5
    for i in range(rounds):
        for name, (conn, store) in pair.items():
            batch = reports[i * n // rounds:(i + 1) * n // rounds]
            t0 = time.perf_counter()
            for r in batch:
                store.create(r.copy(id=str(uuid.uuid4())))
            elapsed[name] += time.perf_counter() - t0
    for conn, _ in pair.values():
        conn.close()
    rates = {name: n / t for name, t in elapsed.items()}
    label = "cipher_memory_security ON (as shipped)" if memory_security else \
        "cipher_memory_security OFF (diagnostic only: the store always runs with it ON)"
    print(f"saves/s, one transaction per report with its audit entry and FTS row, synchronous=FULL; {label}:")
    print(f"  sqlcipher {rates['sqlcipher']:8.1f}   plain sqlite {rates['plain']:8.1f}   "
          f"ratio {rates['sqlcipher'] / rates['plain']:.2f}  (aim > 0.8)")


def fill(profile: Profile, n: int) -> None:
    rng = random.Random(2)
    batch = 5000
    for i in range(0, n, batch):
        with profile.db.atomic():
            for _ in range(min(batch, n - i)):
                profile.reports._write(realistic_report(rng), insert=True)


def bench_search(folder: Path, n: int) -> None:
    home = folder / "big"
    pw = "benchmark passphrase that is long"
    p = Profile.create(home, pw, kdf=KdfParams.fast_for_tests(), check_strength=False)
    t0 = time.perf_counter()
    fill(p, n)
    print(f"filled {n} reports in {time.perf_counter() - t0:.1f} s")
    p.close()
    # First query after unlocking: cold page cache (the OS cache is warm; SQLCipher must still decrypt).
    p = Profile.open(home, pw)
    t0 = time.perf_counter()
    p.reports.query(ReportQuery(text="soldiers convoy"), limit=100)
    p.reports.count(ReportQuery(text="soldiers convoy"))
    first = (time.perf_counter() - t0) * 1000
    rng = random.Random(3)
    lat = []
    for _ in range(40):
        # What a user types: a word from some report, one keystroke at a time (from 3 letters on).
        word = rng.choice(RARE[:5000] + WORDS)
        for k in range(3, len(word) + 1):
            t0 = time.perf_counter()
            q = ReportQuery(text=word[:k])
            p.reports.query(q, limit=100)
            p.reports.count(q)
            lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    print(f"FTS search-as-you-type at {n} reports (first page + count): first after unlock {first:.1f} ms (aim < 200); warm median "
          f"{statistics.median(lat):.2f} ms (aim < 5), p95 {lat[int(len(lat) * 0.95)]:.2f} ms")
    t0 = time.perf_counter()
    p.reports.query(ReportQuery(sort="occurred"), limit=200)
    p.reports.count(ReportQuery())
    print(f"first page of the full list + count: {(time.perf_counter() - t0) * 1000:.1f} ms")
    p.close()


def bench_unlock(folder: Path) -> None:
    home = folder / "unlock"
    pw = "benchmark passphrase that is long"
    t0 = time.perf_counter()
    p = Profile.create(home, pw, check_strength=False)  # calibrated parameters
    created = time.perf_counter() - t0
    p.close()
    from kpfield.store import keyfile

    kf = keyfile.read_key_file(home / "profile.key")
    print(f"create (with calibration) {created:.2f} s; Argon2id {kf.params.memlimit >> 20} MiB x "
          f"{kf.params.opslimit} passes")
    # Unlock in a fresh process, so its peak memory is the unlock's own.
    subprocess.run([sys.executable, __file__, "--only-unlock", str(home)], check=True)


def peak_rss_kib() -> int:
    """Peak resident memory of this process (VmHWM, which execve resets, unlike ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bench_unlock_only(home: Path) -> None:
    pw = "benchmark passphrase that is long"
    rss0 = peak_rss_kib()
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        Profile.open(home, pw).close()
        times.append(time.perf_counter() - t0)
    rss1 = peak_rss_kib()
    print(f"unlock median {statistics.median(times):.2f} s (aim 0.5–1); peak RSS {rss1 / 1024:.0f} MiB "
          f"(process before unlocking {rss0 / 1024:.0f} MiB)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--saves", type=int, default=500)
    ap.add_argument("--only-saves", choices=["on", "off"], help=argparse.SUPPRESS)
    ap.add_argument("--only-unlock", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only_unlock:
        bench_unlock_only(args.only_unlock)
        return
    with tempfile.TemporaryDirectory(prefix="kpfield-bench-") as tmp:  # synthetic data only
        folder = Path(tmp)
        if args.only_saves:
            bench_saves(folder, args.saves, memory_security=args.only_saves == "on")
            return
        bench_unlock(folder)
        # cipher_memory_security is process-wide once enabled: each variant runs in its own process.
        for variant in ("on", "off"):
            subprocess.run([sys.executable, __file__, "--saves", str(args.saves), "--only-saves", variant],
                           check=True)
        bench_search(folder, args.reports)


if __name__ == "__main__":
    main()
