"""Field-safety and attack numbers for docs/SECURITY_TESTS.md: time to unreadable for a 200 MB store, unlock timing
with and without a duress passphrase, SIGKILLs survived, plaintext scan, recovery-share combinations; and the fuzzing
counts: schemathesis cases sent to the server, hostile server answers given to the client, bundle mutations verified.

Run: .venv/bin/python bench/security_report.py [--store-mb 200] [--kills 300] [--only safety|fuzz|traces] [--write]
``--write`` replaces the numbers sections of docs/SECURITY_TESTS.md (each between its two marker comments).
Everything happens in a temporary folder that is wiped at the end; nothing is written elsewhere.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import secrets
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "safety"))

from crash_harness import run_kill_loop  # noqa: E402

from kpfield.errors import KeyFileMissing, ProfileNotFound, RecoveryFailed, WrongPassphrase  # noqa: E402
from kpfield.safety import backup  # noqa: E402
from kpfield.safety.duress import create_profile, set_duress  # noqa: E402
from kpfield.safety.wipe import wipe_profile  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.store.keyfile import calibrate, read_key_file  # noqa: E402
from kpfield.store.profile import key_file_path  # noqa: E402

PASS = "granite river seventeen lanterns"
DURESS = "copper kettle whistles at dawn"
FAST = KdfParams.fast_for_tests()
START, END = "<!-- security-numbers:start -->", "<!-- security-numbers:end -->"
FUZZ_START, FUZZ_END = "<!-- fuzz-numbers:start -->", "<!-- fuzz-numbers:end -->"
TRACES_START, TRACES_END = "<!-- no-traces-numbers:start -->", "<!-- no-traces-numbers:end -->"


def wipe_200mb(tmp: Path, mb: int) -> list[str]:
    home = tmp / "big"
    with create_profile(home, PASS, kdf=FAST) as p:
        # Bench-only filler table: real SQLCipher pages, as photos would make, without Pillow's processing time.
        p.db.execute("CREATE TABLE bench_filler (b BLOB)")
        for _ in range(mb):
            p.db.execute("INSERT INTO bench_filler VALUES (?)", [secrets.token_bytes(1 << 20)])
    size = sum(f.stat().st_size for f in home.glob("store-*.db"))
    result = wipe_profile(home)
    try:
        Profile.open(home, PASS)
        opened = "OPENED (bug)"
    except (ProfileNotFound, KeyFileMissing):
        opened = "cannot be opened"
    return [f"| Quick delete, {size / 1e6:.0f} MB store: time until unreadable (key file shredded + fsync) | "
            f"{result.unreadable_after_s * 1000:.1f} ms |",
            f"| Quick delete, same store: total time (all files removed) | {result.total_s * 1000:.0f} ms |",
            f"| After the wipe, the profile | {opened} |"]


def unlock_timing(tmp: Path, runs: int) -> list[str]:
    kdf = calibrate()
    home = tmp / "timing"
    with create_profile(home, PASS, kdf=kdf) as p:
        set_duress(p, PASS, DURESS)
    kf = read_key_file(key_file_path(home))
    times = {"real": [], "duress": [], "wrong": []}
    for _ in range(runs):  # interleaved, so drifts in load hit all three alike
        for name, phrase in (("real", PASS), ("duress", DURESS), ("wrong", "not the passphrase at all")):
            t0 = time.perf_counter()
            try:
                kf.unlock(phrase)
            except WrongPassphrase:
                pass
            times[name].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    sd = {k: statistics.pstdev(v) * 1000 for k, v in times.items()}
    return [f"| Argon2id parameters calibrated here | {kdf.memlimit >> 20} MiB, {kdf.opslimit} passes |",
            f"| Key-file unlock, median of {runs}: real / duress / wrong passphrase | "
            f"{med['real']:.1f} / {med['duress']:.1f} / {med['wrong']:.1f} ms (σ {sd['real']:.1f} / "
            f"{sd['duress']:.1f} / {sd['wrong']:.1f} ms) |",
            f"| Real − duress median difference | {abs(med['real'] - med['duress']):.2f} ms |"]


def kill_loop(tmp: Path, kills: int) -> list[str]:
    home = tmp / "crash"
    create_profile(home, PASS, kdf=FAST).close()
    fixtures = Path(os.environ.get("KPFIELD_FIXTURES", ROOT.parent / "shared" / "fixtures"))
    photo = (fixtures / "photos" / "image02206.jpg").read_bytes()
    stats = run_kill_loop(home, PASS, photo, kills, seed=int(time.time()))
    scanned = 0
    hits = 0
    for f in home.iterdir():
        data = f.read_bytes()
        scanned += len(data)
        hits += data.count(b"Report 0.") + data.count(b"xxxxxxxxxxxxxxxx")
    return [f"| SIGKILLs during report/photo saves (store checked after each) | {stats.kills} in "
            f"{stats.seconds:.0f} s |",
            f"| Saves acknowledged before a kill: reports / photos | {stats.reports_acked} / {stats.photos_acked} |",
            f"| Problems found (integrity_check, lost acknowledged saves, broken audit chain) | "
            f"{len(stats.problems)} |",
            f"| Bytes of the profile folder scanned for report plaintext afterwards / hits | {scanned:,} / {hits} |"]


def share_combinations(tmp: Path) -> list[str]:
    home = tmp / "shares"
    with create_profile(home, PASS, kdf=FAST) as p:
        shares = backup.recovery_shares(p, 3, 5)
        want = p._record.key  # noqa: SLF001 - the bench checks the recovered key itself
    ok = sum(backup.key_from_shares(list(c)) == want for c in itertools.combinations(shares, 3))
    refused = 0
    for c in itertools.combinations(shares, 2):
        try:
            backup.key_from_shares(list(c))
        except RecoveryFailed:
            refused += 1
    return [f"| 3-of-5 recovery shares: 3-share sets that recover the key / 2-share sets refused | {ok} of 10 / "
            f"{refused} of 10 |"]


def schema_fuzz(tmp: Path, examples: int) -> list[str]:
    """Run the schemathesis fuzzer of tests/server/test_fuzz_schema.py against a real loopback server."""
    sys.path.insert(0, str(ROOT / "tests" / "server"))
    from server_devices import enroll
    from serverutil import RunningServer
    from test_fuzz_schema import fuzz_schema

    rows = []
    with RunningServer(tmp / "fuzz-server", rate_burst=1_000_000, rate_per_s=100_000.0) as server:
        devices = {"nobody (unsigned)": None, "monitor": enroll(server, "monitor"),
                   "coordinator": enroll(server, "coordinator")}
        devices["monitor"].role, devices["coordinator"].role = "monitor", "coordinator"
        total = failures = 0
        started = time.perf_counter()
        for who, device in devices.items():
            stats = fuzz_schema(server.url, device, examples)
            total += stats.sent
            failures += len(stats.failures)
            codes = ", ".join(f"{code}×{n}" for code, n in sorted(stats.statuses.items()))
            rows.append(f"| schemathesis, every operation, positive + negative, as {who}: requests sent / 5xx or "
                        f"undocumented errors | {stats.sent} / {len(stats.failures)} ({codes}) |")
        for device in devices.values():
            if device is not None:
                device.client.close()
    rows.append(f"| schemathesis total: requests / failures / seconds | {total} / {failures} / "
                f"{time.perf_counter() - started:.0f} s |")
    return rows


def pytest_fuzz() -> list[str]:
    """Run the hostile-answer and bundle-mutation fuzz tests in this process and read their counters."""
    import pytest

    files = [str(ROOT / "tests" / "sync" / "test_fuzz_responses.py"),
             str(ROOT / "tests" / "export" / "test_fuzz_bundle.py")]
    started = time.perf_counter()
    code = pytest.main(["-q", "-p", "no:cacheprovider", "-W", "ignore", *files])
    seconds = time.perf_counter() - started
    stats = {name.rsplit(".", 1)[-1]: module.STATS for name, module in list(sys.modules.items())
             if name.endswith(("test_fuzz_responses", "test_fuzz_bundle")) and hasattr(module, "STATS")}
    responses, bundles = stats.get("test_fuzz_responses", {}), stats.get("test_fuzz_bundle", {})
    return [f"| Hostile server answers (wrong shapes and types, non-JSON, deep nesting, gzip bomb, truncated, "
            f"silent): answers / client calls / typed errors / other exceptions or hangs | "
            f"{responses.get('cases', 0)} / {responses.get('calls', 0)} / {responses.get('typed_errors', 0)} / "
            f"{0 if code == 0 else 'SEE PYTEST OUTPUT'} |",
            f"| Evidence-bundle mutations (bytes flipped, members renamed/removed/added/truncated, hostile JSON, "
            f"zip bombs, traversal names): tried / refused (typed error) / failed verification / still verified "
            f"(only untouched content) | {bundles.get('mutations', 0)} / {bundles.get('refused', 0)} / "
            f"{bundles.get('failed', 0)} / {bundles.get('ok', 0)} |",
            f"| Those two fuzz files: pytest exit status / seconds | {int(code)} / {seconds:.0f} s |"]


def no_traces() -> list[str]:
    """Run the no-traces GUI session test in this process and read its counters."""
    import pytest

    started = time.perf_counter()
    code = pytest.main(["-q", "-p", "no:cacheprovider", "-W", "ignore",
                        str(ROOT / "tests" / "ui" / "test_no_traces.py")])
    seconds = time.perf_counter() - started
    stats = next((m.STATS for name, m in list(sys.modules.items())
                  if name.endswith("test_no_traces") and hasattr(m, "STATS")), {})
    return [f"| Full GUI session (create, write, attach and view a photo, autosave, lock, unlock, quit), then every "
            f"file under HOME, TMPDIR, the XDG cache/config/data/runtime folders and the profile scanned: files / "
            f"bytes | {stats.get('files', 0)} ({', '.join(stats.get('names', []))}) / {stats.get('bytes', 0):,} |",
            f"| Searched for: marker texts in UTF-8 and UTF-16-LE and 64-byte photo slices / image signatures "
            f"outside the encrypted stores | {stats.get('needles', 0)} needles / {stats.get('signatures', 0)} "
            f"signatures |",
            f"| Found | {stats.get('found', 'NOT RUN')} (pytest exit status {int(code)}, {seconds:.0f} s) |"]


def _replace(text: str, start: str, end: str, block: str) -> str:
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{block}\n{end}{tail}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store-mb", type=int, default=200)
    ap.add_argument("--kills", type=int, default=300)
    ap.add_argument("--timing-runs", type=int, default=7)
    ap.add_argument("--schema-examples", type=int, default=25, help="schemathesis examples per operation and mode")
    ap.add_argument("--only", choices=("safety", "fuzz", "traces"), help="run one part only (the other keeps its numbers)")
    ap.add_argument("--write", action="store_true", help="update docs/SECURITY_TESTS.md")
    args = ap.parse_args()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    machine = (f"Last run: {stamp}, {platform.system()} {platform.machine()}, Python {platform.python_version()}, "
               f"{os.cpu_count()} CPUs.")
    blocks = {}
    with tempfile.TemporaryDirectory(prefix="kpfield-sec-") as t:
        tmp = Path(t)
        if args.only in (None, "traces"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            rows = ["| measure | result |", "|---|---|", *no_traces()]
            blocks[(TRACES_START, TRACES_END)] = "\n".join([machine, "", *rows])
        if args.only in (None, "safety"):
            rows = ["| measure | result |", "|---|---|"]
            rows += wipe_200mb(tmp, args.store_mb)
            rows += unlock_timing(tmp, args.timing_runs)
            rows += kill_loop(tmp, args.kills)
            rows += share_combinations(tmp)
            for home in tmp.iterdir():
                if home.is_dir() and home.name != "fuzz-server":
                    wipe_profile(home)
            blocks[(START, END)] = "\n".join([machine, "", *rows])
        if args.only in (None, "fuzz"):
            rows = ["| measure | result |", "|---|---|"]
            rows += schema_fuzz(tmp, args.schema_examples)
            rows += pytest_fuzz()
            blocks[(FUZZ_START, FUZZ_END)] = "\n".join([machine, "", *rows])
    for block in blocks.values():
        print(block, end="\n\n")
    if args.write:
        doc = ROOT / "docs" / "SECURITY_TESTS.md"
        text = doc.read_text(encoding="utf-8")
        for (start, end), block in blocks.items():
            text = _replace(text, start, end, block)
        doc.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
