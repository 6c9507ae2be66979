"""GUI benchmarks at 100,000 reports: start-up, unlock, search as you type, filters, opening a report, sorting,
the coordinator's inbox, the map and charts following a filter, and memory.

Run: .venv/bin/python bench/bench_gui.py [--reports 100000] [--home /tmp/kpfield-bench-gui/profile] [--runs 7]
The bench profiles are generated once (fast, test-only KDF parameters; invented reports) and reused: a monitor's,
and a copy made a coordinator's (a review, a sending device and a verification result for every report). Uses Qt's
offscreen platform unless a display is set. Prints one line per step: the median time a person waits (and p95 for
search), beside the core's own time for the same work measured in the same run (the store's answer, or a bare Qt
process for start-up); the ratio is what the GUI adds. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
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


REVIEW_STATES = ("new", "in_review", "needs_info", "verified", "rejected", "duplicate", "escalated")


def ensure_coordinator_profile(home: Path, coordinator_home: Path, n: int, devices: int = 40) -> None:
    """A copy of the monitor's profile as a coordinator's: every report reviewed, sent by one of ``devices``."""
    marker = coordinator_home.parent / f"{coordinator_home.name}.reports"
    if marker.exists() and json.loads(marker.read_text()) == n and coordinator_home.exists():
        return
    from kpfield.store import Profile

    shutil.rmtree(coordinator_home, ignore_errors=True)
    shutil.copytree(home, coordinator_home)
    rng = random.Random(11)
    device_ids = [f"{rng.getrandbits(128):032x}" for _ in range(devices)]
    with Profile.open(coordinator_home, PASSPHRASE) as profile, profile.db.atomic():
        profile.settings.set("role", "coordinator")
        for i, device in enumerate(device_ids):
            profile.db.execute(
                "INSERT INTO known_devices (device_id, role, label, sign_key, box_key, updated_at) "
                "VALUES (?, 'monitor', ?, '', '', '2026-01-01T00:00:00Z')", [device, f"Monitor {i + 1:02d}"])
        ids = [row[0] for row in profile.db.execute("SELECT id FROM reports")]
        profile.db.conn.executemany(
            "INSERT INTO reviews (report_id, state, updated_at, device_id, verification, unread) "
            "VALUES (?, ?, '2026-01-01T00:00:00Z', ?, ?, ?)",
            [(report_id, rng.choice(REVIEW_STATES), rng.choice(device_ids),
              "quarantined" if rng.random() < 0.02 else "verified", int(rng.random() < 0.05)) for report_id in ids])
    marker.write_text(json.dumps(n))


# --- start-up (separate processes) ---------------------------------------------------------------------------
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


def child_bare_dialog() -> None:
    """The floor for start-up: a process that imports Qt and shows an empty dialog (no KP Field code)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

    qapp = QApplication(sys.argv[:1])
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Passphrase"))
    layout.addWidget(QLineEdit())
    dialog.show()

    def report():
        print(json.dumps({"shown_at": time.time()}), flush=True)
        qapp.quit()

    QTimer.singleShot(0, report)
    qapp.exec()


def _child_time(args: list[str], env: dict) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["shown_at"] - started


def bench_startup(home: Path, runs: int) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so a busy machine slows both alike
        app_times.append(_child_time(["--child-unlock-dialog", str(home)], env))
        bare_times.append(_child_time(["--child-bare-dialog"], env))
    line("process start -> unlock dialog shown", app_times, bare_times, core_name="bare Qt dialog process")


# --- in-process steps --------------------------------------------------------------------------------------
def ms(seconds: float) -> float:
    return seconds * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def line(step: str, gui: list[float], core: list[float] | None, *, core_name: str = "store", extra: str = "",
         show_p95: bool = False, cpu: list[float] | None = None) -> None:
    """One result line: medians in ms (values given in seconds), the ratio GUI / core.

    ``cpu``: the GUI thread's own CPU time for each run (what the GUI adds, whatever else the machine does).
    """
    text = f"{step}: median {ms(statistics.median(gui)):.0f} ms"
    if show_p95:
        text += f", p95 {ms(p95(gui)):.0f} ms"
    if cpu:
        text += f" (GUI thread CPU {ms(statistics.median(cpu)):.1f} ms)"
    if core:
        core_median = statistics.median(core)
        text += f"; {core_name} {ms(core_median):.1f} ms"
        if core_median > 0:
            text += f", ratio {statistics.median(gui) / core_median:.1f}x"
    text += f" ({len(gui)} runs{'; ' + extra if extra else ''})"
    print(text, flush=True)


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for row in status:
            if row.startswith("VmRSS:"):
                return int(row.split()[1]) / 1024
    return float("nan")


class GuiBench:
    """One App on one profile, driven as a person would, with the store's own time collected alongside."""

    def __init__(self, home: Path, label: str):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from kpfield.store import KdfParams
        from ui import i18n
        from ui.app import App

        self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        i18n.install("en")
        settings = QSettings(str(home.parent / f"bench-gui-{label}.ini"), QSettings.Format.IniFormat)
        self.app = App(home, kdf=KdfParams.fast_for_tests(), settings=settings, try_remembered=False)
        self.label = label
        self.app.start()

    @property
    def window(self):
        return self.app.window

    def wait_for(self, signal, timeout_ms: int = 60_000) -> bool:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        fired = []
        slot = lambda *_args: (fired.append(1), loop.quit())  # noqa: E731
        signal.connect(slot)
        timer = QTimer(singleShot=True, interval=timeout_ms)
        timer.timeout.connect(loop.quit)
        timer.start()
        loop.exec()
        signal.disconnect(slot)
        return bool(fired)

    def wait_until(self, condition, timeout_s: float = 60) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + timeout_s
        while not condition() and time.perf_counter() < deadline:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def idle(self) -> None:
        """Let queued work finish (the store thread and the event loop) before the next measurement."""
        self.wait_until(lambda: self.app.tasks.pending == 0)
        self.qapp.processEvents()

    def unlock(self) -> float:
        """Unlock → the first page of the list painted; returns seconds (and prints the line)."""
        dialog = self.app.dialog
        self.wait_until(lambda: dialog.passphrase_edit.isEnabled())
        # The user is still typing: the window builds meanwhile (the app before this bench built it first).
        self.wait_until(lambda: getattr(self.app, "window_built", True))
        dialog.passphrase_edit.setText(PASSPHRASE)
        window = self.window
        marks: dict[str, float] = {}
        self.app.session.unlocked.connect(lambda: marks.setdefault("unlocked", time.perf_counter()))
        started, cpu = time.perf_counter(), time.thread_time()
        dialog.unlock_button.click()
        self.wait_for(window.model.loaded)
        window.repaint()  # the whole window, the first page of the list in it, painted
        done, cpu = time.perf_counter(), time.thread_time() - cpu
        self.app.idle.set_minutes(24 * 60)  # no auto-lock while the bench drives the app without input events
        opening = marks.get("unlocked", done) - started
        store = self.store_time()
        print(f"[{self.label}] unlock -> list of {window.model.total:,} reports shown: {ms(done - started):.0f} ms; "
              f"of which opening the store {ms(opening):.0f} ms (test KDF parameters), the store's count and first "
              f"page {ms(store):.1f} ms, the GUI {ms(done - started - opening - store):.0f} ms; "
              f"{window.model.rowCount()} rows fetched, {self.visible_rows()} visible; GUI thread CPU {ms(cpu):.0f} ms",
              flush=True)
        return done - started

    def visible_rows(self) -> int:
        table = self.window.table
        return table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize()) + 1

    def store_time(self) -> float:
        """The store's own time for what the list shows now: its count and first page, on the store thread."""
        query, size = self.window.model.query, max(self.window.model.rowCount(), 1)

        def work(profile):
            started = time.perf_counter()
            profile.reports.count(query)
            profile.reports.query(query, limit=size)
            return time.perf_counter() - started

        return self.app.session.call_sync(work, timeout=120)

    def list_step(self, action) -> tuple[float, float, float]:
        """Run ``action`` (one user action that changes the list); seconds until painted, the store's seconds,
        the GUI thread's CPU seconds meanwhile."""
        window = self.window
        self.idle()
        started, cpu = time.perf_counter(), time.thread_time()
        action()
        self.wait_for(window.model.loaded)
        window.table.viewport().repaint()  # the rows painted
        window.statusBar().repaint()  # and the count
        elapsed, cpu = time.perf_counter() - started, time.thread_time() - cpu
        return elapsed, self.store_time(), cpu

    def steps(self, name: str, actions, **kwargs) -> None:
        gui, core, cpu = [], [], []
        for action in actions:
            elapsed, store, used = self.list_step(action)
            gui.append(elapsed)
            core.append(store)
            cpu.append(used)
        line(f"[{self.label}] {name}", gui, core, cpu=cpu, **kwargs)

    def search(self, queries: int) -> None:
        from bench_store import RARE, WORDS

        rng = random.Random(3)
        words = list(WORDS) + rng.sample(RARE, 30)
        texts: list[str] = []
        while len(texts) < queries:
            word = rng.choice(words)
            text = word[: rng.randrange(3, len(word) + 1)] if len(texts) % 2 and len(word) > 3 else word
            if text not in texts:
                texts.append(text)
        search = self.window.filter_widget.search_edit
        self.steps("search as you type, last keystroke -> results painted (debounce included)",
                   [lambda text=text: search.setText(text) for text in texts], show_p95=True,
                   extra=f"debounce now {self.window.filter_widget._debounce.interval()} ms")
        self.list_step(lambda: search.setText(""))

    def filters(self, runs: int, coordinator: bool) -> None:
        fw = self.window.filter_widget
        self.wait_until(lambda: fw.site_combo.count() > 1)

        def cycle(combo, n):
            indexes = [1 + i % (combo.count() - 1) for i in range(n)]
            actions = []
            for index in indexes:
                actions += [lambda index=index: combo.setCurrentIndex(index), lambda: combo.setCurrentIndex(0)]
            return actions

        self.steps("filter by type (set and clear)", cycle(fw.type_combo, runs))
        self.steps("filter by site (set and clear)", cycle(fw.site_combo, runs))
        from PySide6.QtCore import QDate

        fw.from_date.setDate(QDate(2025, 6, 1))  # the check box is off: no query yet
        fw.to_date.setDate(QDate(2025, 6, 30))
        date_actions = []
        for _ in range(runs):
            date_actions += [lambda: fw.from_check.setChecked(True), lambda: fw.to_check.setChecked(True),
                             lambda: fw.to_check.setChecked(False), lambda: fw.from_check.setChecked(False)]
        self.steps("filter by date range (from, to, clear)", date_actions)
        if coordinator:
            self.steps("filter by review state (set and clear)", cycle(fw.review_combo, runs))
            self.steps("filter by verification (set and clear)", cycle(fw.verification_combo, runs))
            self.steps("inbox: unread only (on and off)",
                       [lambda on=on: fw.inbox_check.setChecked(on) for _ in range(runs) for on in (True, False)])
        else:
            self.steps("filter by state (set and clear)", cycle(fw.state_combo, runs))

    def sorting(self, runs: int, columns: dict[str, int]) -> None:
        from PySide6.QtCore import Qt

        table = self.window.table
        for name, column in columns.items():
            actions = []
            for _ in range(runs):
                actions += [lambda c=column: table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
                            lambda c=column: table.sortByColumn(c, Qt.SortOrder.DescendingOrder)]
            self.steps(f"sort by {name} (ascending, descending)", actions)
        self.list_step(lambda: table.sortByColumn(0, Qt.SortOrder.DescendingOrder))

    def open_reports(self, runs: int) -> None:
        """Select a row → its details shown (the selection delay that lets arrowing skip rows included)."""
        window, detail = self.window, self.window.detail
        shown: list[float] = []
        original = detail._on_loaded

        def on_loaded(generation, result):  # the bench's own hook; the app is unchanged
            original(generation, result)
            shown.append(time.perf_counter())

        detail._on_loaded = on_loaded
        gui, core, cpu = [], [], []
        for i in range(runs):
            row = 2 + i % max(1, window.model.rowCount() - 2)
            self.idle()
            before = len(shown)
            started, used = time.perf_counter(), time.thread_time()
            window.table.selectRow(row)
            self.wait_until(lambda: len(shown) > before)
            detail.repaint()
            gui.append(time.perf_counter() - started)
            cpu.append(time.thread_time() - used)
            report_id = window.model.report_id(row)

            def store_side(profile, report_id=report_id):
                t0 = time.perf_counter()
                profile.reports.get(report_id)
                profile.photos.list(report_id)
                return time.perf_counter() - t0

            core.append(self.app.session.call_sync(store_side))
        detail._on_loaded = original
        line(f"[{self.label}] open a report from the list -> details shown", gui, core, cpu=cpu)

    def docks(self, runs: int) -> None:
        """The map and the charts follow a filter change (both docks shown)."""
        from kpfield.geo.map_points import map_points
        from kpfield.stats import report_stats
        from ui.charts_dock import ChartsController
        from ui.map_dock import MapDock

        window = self.window
        map_dock = window.findChild(MapDock)
        charts = window.findChild(ChartsController)
        charts_dock = charts.dock
        map_dock.show()
        charts_dock.show()
        painted = {"map": [], "charts": []}
        show_points, set_stats = map_dock.panel.show_points, charts.view.set_stats
        map_dock.panel.show_points = lambda *a, **k: (show_points(*a, **k), painted["map"].append(time.perf_counter()))
        charts.view.set_stats = lambda *a, **k: (set_stats(*a, **k), painted["charts"].append(time.perf_counter()))
        self.wait_until(lambda: painted["map"] and painted["charts"], 120)
        combo = window.filter_widget.type_combo
        gui = {"map": [], "charts": []}
        core = {"map": [], "charts": []}
        for i in range(runs):
            self.idle()
            before = {k: len(v) for k, v in painted.items()}
            started = time.perf_counter()
            combo.setCurrentIndex(1 + i % (combo.count() - 1))
            self.wait_until(lambda: all(len(painted[k]) > before[k] for k in painted), 120)
            map_dock.repaint()
            charts_dock.repaint()
            for k in painted:
                gui[k].append(painted[k][-1] - started)
            query = window.model.query

            def store_side(profile, query=query):
                t0 = time.perf_counter()
                map_points(profile.db, query)
                t1 = time.perf_counter()
                report_stats(profile.db, query)
                return t1 - t0, time.perf_counter() - t1

            m, c = self.app.session.call_sync(store_side, timeout=120)
            core["map"].append(m)
            core["charts"].append(c)
        combo.setCurrentIndex(0)
        self.idle()
        line(f"[{self.label}] a filter change -> the map redrawn", gui["map"], core["map"], core_name="map_points")
        line(f"[{self.label}] a filter change -> the charts redrawn", gui["charts"], core["charts"],
             core_name="report_stats")
        map_dock.panel.show_points, charts.view.set_stats = show_points, set_stats
        map_dock.hide()
        charts_dock.hide()
        self.idle()

    def scroll_all(self) -> tuple[float, float]:
        """Scroll to the end of the whole list (pages fetched as the view asks); seconds, rows."""
        window = self.window
        model = window.model
        started = time.perf_counter()
        while model.rowCount() < model.total:
            rows = model.rowCount()
            window.table.scrollToBottom()  # the view asks the model for more
            self.wait_until(lambda: model.rowCount() > rows or not model.canFetchMore(), 30)
            if model.rowCount() == rows:
                break
        return time.perf_counter() - started, model.rowCount()

    def close(self) -> None:
        window = self.window
        self.app.shutdown()
        window.close()
        window.deleteLater()
        self.app.deleteLater()
        self.qapp.processEvents()


def child_store_memory(home: Path, n: int) -> None:
    """The store's own memory: open the profile and read every summary in list pages, as the list does."""
    from kpfield.store import Profile

    before = rss_mib()
    with Profile.open(home, PASSPHRASE) as profile:
        opened = rss_mib()
        rows = []
        while True:
            page = profile.reports.query(limit=250, offset=len(rows))
            if not page:
                break
            rows.extend(page)
        print(json.dumps({"python": before, "opened": opened, "all_rows": rss_mib(), "rows": len(rows)}))


def bench_monitor(home: Path, n: int, runs: int, queries: int) -> None:
    from ui.report_table_model import COL_DATE, COL_SITE, COL_STATE, COL_TITLE, COL_TYPE

    bench = GuiBench(home, "monitor")
    before_unlock = rss_mib()
    bench.unlock()
    after_unlock = rss_mib()
    bench.search(queries)
    bench.filters(runs, coordinator=False)
    bench.open_reports(runs)
    bench.sorting(max(2, runs // 2), {"date": COL_DATE, "title": COL_TITLE, "type": COL_TYPE, "site": COL_SITE,
                                      "state": COL_STATE})
    bench.docks(max(3, runs // 2))
    scroll_s, rows = bench.scroll_all()
    after_scroll = rss_mib()
    bench.close()
    store = json.loads(subprocess.run([sys.executable, __file__, "--child-store-memory", str(home), str(n)],
                                      capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
    print(f"[monitor] memory (resident): app {before_unlock:.0f} MiB before unlock, {after_unlock:.0f} MiB after "
          f"unlock, {after_scroll:.0f} MiB after scrolling all {rows:,} rows ({scroll_s:.1f} s); the store alone: "
          f"{store['python']:.0f} MiB Python, {store['opened']:.0f} MiB open, {store['all_rows']:.0f} MiB holding "
          f"all {store['rows']:,} summaries", flush=True)


def bench_coordinator(home: Path, runs: int, queries: int) -> None:
    from ui.report_table_model import COL_DATE, COL_MONITOR, COL_STATE, COL_VERIFICATION

    bench = GuiBench(home, "coordinator")
    bench.unlock()  # the inbox: unread first, then newest
    bench.search(max(10, queries // 2))
    bench.filters(runs, coordinator=True)
    bench.open_reports(runs)
    bench.sorting(max(2, runs // 2), {"review state": COL_STATE, "monitor": COL_MONITOR,
                                      "verification": COL_VERIFICATION, "date": COL_DATE})
    bench.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--home", default="/tmp/kpfield-bench-gui/profile")
    parser.add_argument("--runs", type=int, default=7, help="repetitions per step (start-up, filters, sorts)")
    parser.add_argument("--queries", type=int, default=30, help="searches typed")
    parser.add_argument("--only", choices=("startup", "monitor", "coordinator"), action="append")
    parser.add_argument("--child-unlock-dialog", metavar="HOME", help=argparse.SUPPRESS)
    parser.add_argument("--child-bare-dialog", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-store-memory", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_unlock_dialog:
        child_unlock_dialog(Path(args.child_unlock_dialog))
        return
    if args.child_bare_dialog:
        child_bare_dialog()
        return
    if args.child_store_memory:
        child_store_memory(Path(args.child_store_memory[0]), int(args.child_store_memory[1]))
        return
    home = Path(args.home)
    home.parent.mkdir(parents=True, exist_ok=True)
    ensure_profile(home, args.reports)
    coordinator_home = home.parent / f"{home.name}-coordinator"
    ensure_coordinator_profile(home, coordinator_home, args.reports)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start", flush=True)
    only = set(args.only or ("startup", "monitor", "coordinator"))
    if "startup" in only:
        bench_startup(home, args.runs)
    if "monitor" in only:
        bench_monitor(home, args.reports, args.runs, args.queries)
    if "coordinator" in only:
        bench_coordinator(coordinator_home, args.runs, args.queries)
    print(f"load average {os.getloadavg()[0]:.1f} at the end", flush=True)


if __name__ == "__main__":
    main()
