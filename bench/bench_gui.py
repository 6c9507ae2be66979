"""GUI benchmarks: start-up to the unlock dialog, unlock to the list of 100,000 reports, search-as-you-type latency.

Run: .venv/bin/python bench/bench_gui.py [--reports 100000] [--home /tmp/kpfield-bench-gui]
The bench profile is generated once (fast, test-only KDF parameters; invented reports) and reused. Uses Qt's
offscreen platform unless a display is set. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PASSPHRASE = "bench only: granite river seventeen lanterns"
BATCH = 5_000


def ensure_profile(home: Path, n: int) -> None:
    """Create ``home`` with ``n`` realistic reports unless a previous run already did."""
    marker = home.parent / f"{home.name}.reports"
    if marker.exists() and json.loads(marker.read_text()) == n and home.exists():
        return
    import shutil

    from bench_store import realistic_report

    from kpfield.store import KdfParams, Profile

    shutil.rmtree(home, ignore_errors=True)
    rng = random.Random(7)
    started = time.perf_counter()
    with Profile.create(home, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as profile:
        for first in range(0, n, BATCH):
            with profile.db.atomic():
                for _ in range(min(BATCH, n - first)):
                    profile.reports._write(realistic_report(rng), insert=True)  # no audit: a bulk fixture
            print(f"  generated {min(first + BATCH, n):,} reports ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
    marker.write_text(json.dumps(n))


def child_unlock_dialog(home: Path) -> None:
    """Run as a separate process: start the app as main() does and print when the unlock dialog is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.app import App

    qapp = QApplication(sys.argv[:1])
    i18n.install("en")
    app = App(home, try_remembered=False)

    def shown():
        def report():  # the event loop has run once since show(): the dialog is laid out and painted
            print(json.dumps({"shown_at": time.time()}), flush=True)
            app.shutdown()
            qapp.quit()

        QTimer.singleShot(0, report)

    app.unlock_dialog_shown.connect(shown)
    app.start()
    qapp.exec()


def bench_startup(home: Path, runs: int = 5) -> None:
    times = []
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    for _ in range(runs):
        started = time.time()
        out = subprocess.run([sys.executable, __file__, "--child-unlock-dialog", str(home)], env=env,
                             capture_output=True, text=True, check=True).stdout
        shown = json.loads(out.strip().splitlines()[-1])["shown_at"]
        times.append(shown - started)
    print(f"process start -> unlock dialog shown: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; {runs} runs)")


def bench_list_and_search(home: Path, n: int, queries: int = 30) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from bench_store import RARE, WORDS
    from kpfield.store import KdfParams
    from ui import i18n
    from ui.app import App

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("en")
    settings = QSettings(str(home.parent / "bench-gui.ini"), QSettings.Format.IniFormat)
    app = App(home, kdf=KdfParams.fast_for_tests(), settings=settings, try_remembered=False)
    window = app.window

    def wait_for(signal, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    app.start()
    if not app.dialog.passphrase_edit.isEnabled():
        wait_for(app.dialog.passphrase_edit.textChanged, 500)  # any event loop turn; the keyring probe is async
    app.dialog.passphrase_edit.setText(PASSPHRASE)
    marks: dict[str, float] = {}
    app.session.unlocked.connect(lambda: marks.setdefault("unlocked", time.perf_counter()))
    t0 = time.perf_counter()
    app.dialog.unlock_button.click()
    wait_for(window.model.loaded)
    window.repaint()  # the first page painted
    t1 = time.perf_counter()
    print(f"unlock -> list of {window.model.total:,} reports shown: {(t1 - t0) * 1000:.0f} ms "
          f"(of which opening the store {(marks.get('unlocked', t1) - t0) * 1000:.0f} ms with test KDF "
          f"parameters; {window.model.rowCount()} rows fetched, the rest on scroll)")

    rng = random.Random(3)
    words = list(WORDS) + rng.sample(RARE, 30)
    texts: list[str] = []
    while len(texts) < queries:
        word = rng.choice(words)
        text = word[: rng.randrange(3, len(word) + 1)] if len(texts) % 2 and len(word) > 3 else word  # prefixes
        if text not in texts:
            texts.append(text)
    latencies = []
    search = window.filter_widget.search_edit
    for text in texts:
        search.setText(text)
        start = time.perf_counter()
        window.filter_widget._emit()  # what the 150 ms debounce timer does when typing pauses
        wait_for(window.model.loaded)
        window.repaint()
        latencies.append(time.perf_counter() - start)
    latencies.sort()
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    print(f"search as you type at {n:,} reports: median {statistics.median(latencies) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms over {queries} queries (count + first page + paint; after the 150 ms debounce)")
    app.shutdown()
    window.close()
    window.deleteLater()
    app.deleteLater()
    qapp.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--home", default="/tmp/kpfield-bench-gui/profile")
    parser.add_argument("--child-unlock-dialog", metavar="HOME", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_unlock_dialog:
        child_unlock_dialog(Path(args.child_unlock_dialog))
        return
    home = Path(args.home)
    home.parent.mkdir(parents=True, exist_ok=True)
    ensure_profile(home, args.reports)
    bench_startup(home)
    bench_list_and_search(home, args.reports)


if __name__ == "__main__":
    main()
