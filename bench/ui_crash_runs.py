"""Run the GUI tests N times in a row, each in a fresh process, and count native crashes.

A crash is what issue 11 saw at random: an xdist worker that died ("worker 'gw0' crashed"), a process killed by a
signal (segmentation fault, abort), or Python's "Fatal Python error". Failed tests without a crash are counted
apart, as are other non-zero exits. Each run is the command CI runs for that folder::

    QT_QPA_PLATFORM=offscreen python -m pytest -n 2 -q -p no:cacheprovider tests/ui

Usage (from the project root)::

    python bench/ui_crash_runs.py 30                  # one line per run, then a summary
    python bench/ui_crash_runs.py 5 --workers 1 -- tests/ui/test_photo_editor.py
    python bench/ui_crash_runs.py 30 --log-dir runs   # keep every run's full output in runs/run-NN.log

The exit status is 1 if any run crashed, 2 if none crashed but some failed otherwise, 0 when all passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CRASH_MARKERS = (
    re.compile(r"worker '[^']+' crashed"),
    re.compile(r"\[gw\d+\] node down"),
    re.compile(r"Fatal Python error"),
    re.compile(r"Segmentation fault"),
    re.compile(r"replacing crashed worker"),
)
SUMMARY = re.compile(r"^=*\s*(\d+ (?:passed|failed|error).*?) in [\d.]+s", re.MULTILINE)
CRASHED_TEST = re.compile(r"worker '[^']+' crashed while running '([^']+)'")


def classify(returncode: int, output: str) -> str:
    """"ok", "crash" (a worker or the process died natively), "failed" (tests failed) or "error"."""
    if returncode < 0 or any(marker.search(output) for marker in CRASH_MARKERS):
        return "crash"
    if returncode == 0:
        return "ok"
    if returncode == 1:
        return "failed"
    return "error"  # pytest's 2-5: interrupted, internal error, usage error, no tests


def run_once(tests: list[str], workers: int) -> tuple[int, str, float]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    if workers > 0:
        command += ["-n", str(workers)]
    command += tests
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace", check=False)
    return done.returncode, done.stdout, time.monotonic() - started


def describe(kind: str, returncode: int, output: str) -> str:
    summary = SUMMARY.findall(output)
    parts = [summary[-1] if summary else f"exit {returncode}"]
    if returncode < 0:
        parts.append(f"killed by signal {-returncode}")
    parts += [f"crashed in {name}" for name in CRASHED_TEST.findall(output)]
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", type=int, nargs="?", default=30, help="how many runs (default 30)")
    parser.add_argument("--workers", type=int, default=2, help="pytest-xdist workers per run (default 2, as CI)")
    parser.add_argument("--log-dir", type=Path, help="keep each run's whole output here (run-NN.log)")
    parser.add_argument("--stop-on-crash", action="store_true", help="stop at the first crash")
    parser.add_argument("tests", nargs="*", default=["tests/ui"], help="what to run (default tests/ui)")
    args = parser.parse_args(argv)
    if args.log_dir:
        args.log_dir.mkdir(parents=True, exist_ok=True)

    counts = {"ok": 0, "crash": 0, "failed": 0, "error": 0}
    durations = []
    print(f"{args.runs} runs of: QT_QPA_PLATFORM=offscreen python -m pytest -q -p no:cacheprovider "
          f"-n {args.workers} {' '.join(args.tests)}", flush=True)
    for i in range(1, args.runs + 1):
        returncode, output, seconds = run_once(args.tests, args.workers)
        kind = classify(returncode, output)
        counts[kind] += 1
        durations.append(seconds)
        print(f"run {i:>3}/{args.runs}: {kind:<6} {seconds:6.0f} s  {describe(kind, returncode, output)}",
              flush=True)
        if args.log_dir:
            (args.log_dir / f"run-{i:02d}.log").write_text(output)
        if kind != "ok" and not args.log_dir:
            tail = output.strip().splitlines()[-40:]
            print("    | " + "\n    | ".join(tail), flush=True)
        if kind == "crash" and args.stop_on_crash:
            break
    done = sum(counts.values())
    print(f"summary: {done} runs, {counts['ok']} passed, {counts['crash']} crashed, {counts['failed']} failed "
          f"without a crash, {counts['error']} other errors; {sum(durations) / max(done, 1):.0f} s per run",
          flush=True)
    if counts["crash"]:
        return 1
    return 2 if counts["failed"] or counts["error"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
