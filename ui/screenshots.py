"""README screenshots: demo profiles with invented reports — the monitor's window and editor, the coordinator's
window, review panel and quarantine — saved as PNG.

Run ``python -m ui.screenshots [--out docs/screenshots] [--language fr]``. Uses Qt's offscreen platform unless
a display is set (run it under ``xvfb-run`` to get the desktop's fonts and style). The demo profile lives in a
temporary folder that is deleted afterwards; every report in it is invented.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

DEMO_PASSPHRASE = "demo only: granite river seventeen lanterns"
ROOT = Path(__file__).resolve().parent.parent


def _demo_photo(seed: int) -> bytes:
    """An invented landscape (sky, hills, a track) as JPEG bytes, made in memory with Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 600), (150, 190, 225))
    draw = ImageDraw.Draw(image)
    draw.polygon([(0, 380), (200 + seed * 40, 260), (420, 350), (640, 240 + seed * 15), (800, 330), (800, 600),
                  (0, 600)], fill=(120, 104 + seed * 8, 70))
    draw.polygon([(330, 600), (390, 380), (420, 380), (520, 600)], fill=(185, 160, 120))
    draw.ellipse((620, 60, 700, 140), fill=(250, 235, 180))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def fill_demo_profile(profile) -> str:
    """Invented reports for the screenshots; returns the id of the one the editor shows."""
    from kpfield.geo.location import Location, LocationSource
    from kpfield.model import Occurrence, PeopleAffected, Perpetrator, Report, Witness

    base = datetime(2026, 3, 2, 6, 30, tzinfo=timezone.utc)
    rows = [
        ("Guards beat diggers at the fence", "Chiadzwa", ["beating_torture"], 3),
        ("Night convoy without plates", "Marange", ["smuggling"], 1),
        ("Shots fired near the washing plant", "Chiadzwa", ["shooting"], 2),
        ("Families told to leave the village", "Arda Transau", ["forced_displacement"], 0),
        ("Children carrying gravel", "Cafunfo", ["child_labour"], 2),
        ("Checkpoint demanding payment", "Lucapa", ["corruption_extortion"], 0),
        ("Diggers detained after a raid", "Koidu", ["arbitrary_detention"], 1),
        ("Pit collapse after heavy rain", "Tongo", ["environmental_damage"], 0),
    ]
    from kpfield import taxonomy

    known = taxonomy.codes()
    shown = ""
    for i, (title, site, types, photos) in enumerate(rows * 3):
        types = [t for t in types if t in known] or [sorted(known)[0]]
        report = profile.reports.create(Report(
            title=title, site=site, types=types, place=f"{site} road, km {3 + i}",
            narrative=("Around dawn a group of security guards stopped several artisanal diggers near the "
                       "perimeter fence. Two were beaten with batons; one was taken away in a pick-up."),
            occurred=Occurrence(base - timedelta(days=3 * i, hours=i), approximate=i % 3 == 0),
            location=Location(-19.66 - i * 0.01, 32.34 + i * 0.01, LocationSource.GPS, accuracy_m=6.0 + i),
            people=PeopleAffected(injured=2, detained=1),
            perpetrators=[Perpetrator("private_security", "blue uniforms, company pick-up")],
            witnesses=[Witness("Digger A", consent_to_share=True)], severity=3 + i % 3, tags=["fence", "dawn"],
        ))
        for p in range(photos if i < len(rows) else 0):
            profile.photos.import_bytes(report.id, _demo_photo(p + i), f"IMG_{1000 + i * 10 + p}.jpg",
                                        caption=["the fence", "the pick-up", "injuries"][p % 3])
        if i % 4 == 1:
            profile.reports.mark_ready(report.id)
        if i == 0:
            shown = report.id
    return shown


def take(out: Path, language: str = "") -> list[Path]:
    """Create the demo profile, unlock it in the real app, and save the screenshots into ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from kpfield.store import KdfParams, Profile
    from ui import i18n
    from ui.app import App

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(language or "en")
    folder = Path(tempfile.mkdtemp(prefix="kpfield-screenshots-"))
    saved: list[Path] = []
    try:
        home = folder / "profile"
        with Profile.create(home, DEMO_PASSPHRASE, kdf=KdfParams.fast_for_tests()) as profile:
            shown = fill_demo_profile(profile)
        settings = QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat)
        app = App(home, kdf=KdfParams.fast_for_tests(), settings=settings, try_remembered=False)

        def wait(condition, timeout_ms: int = 15_000) -> None:
            loop = QEventLoop()
            timer = QTimer(interval=20)
            timer.timeout.connect(lambda: loop.quit() if condition() else None)
            QTimer.singleShot(timeout_ms, loop.quit)
            timer.start()
            loop.exec()
            timer.stop()
            if not condition():
                raise RuntimeError("the screenshot scene did not come up in time")

        app.start()
        wait(lambda: app.dialog.passphrase_edit.isEnabled())
        out.mkdir(parents=True, exist_ok=True)
        app.dialog.adjustSize()
        saved.append(out / "unlock_dialog.png")
        app.dialog.grab().save(str(saved[-1]))
        app.dialog.passphrase_edit.setText(DEMO_PASSPHRASE)
        app.dialog.unlock_button.click()
        window = app.window
        wait(lambda: window.model.rowCount() > 0)
        window.resize(1280, 760)
        window.table.selectRow(0)
        wait(lambda: window.detail.thumbs_layout.count() > 0)
        qapp.processEvents()
        saved.append(out / "main_window.png")
        window.grab().save(str(saved[-1]))
        editor = window.open_editor(shown)
        if editor is not None and hasattr(editor, "loaded"):
            ready = []
            editor.loaded.connect(ready.append)
            wait(lambda: bool(ready))
            wait(lambda: app.tasks.pending == 0)
            qapp.processEvents()
            saved.append(out / "editor.png")
            editor.grab().save(str(saved[-1]))
            editor.close()
        else:
            print("ui.report_editor is not available: no editor screenshot", file=sys.stderr)
        app.shutdown()
        window.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return saved


def _wait(condition, timeout_ms: int = 15_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise RuntimeError("the screenshot scene did not come up in time")


_FIELD = [("Guards beat diggers at the fence", "Chiadzwa", "beating_torture", 2),
          ("Night convoy without plates", "Marange", "smuggling", 1),
          ("Shots fired near the washing plant", "Chiadzwa", "shooting", 2),
          ("Families told to leave the village", "Arda Transau", "forced_displacement", 0),
          ("Children carrying gravel", "Cafunfo", "child_labour", 1),
          ("Checkpoint demanding payment", "Lucapa", "corruption_extortion", 0),
          ("Diggers detained after a raid", "Koidu", "arbitrary_detention", 1)]


def _with_gps(jpeg: bytes, south: tuple, east: tuple) -> bytes:
    """The photo with an EXIF GPS position (degrees, minutes, seconds), so that the review shows a hint."""
    from PIL import Image

    image = Image.open(io.BytesIO(jpeg))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)  # the GPS IFD
    gps.update({1: "S", 2: tuple(float(v) for v in south), 3: "E", 4: tuple(float(v) for v in east)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def _coordinator_scene(folder: Path):
    """A server on 127.0.0.1, a coordinator's profile and three monitors who sent invented reports (one of them
    altered on the server, so that the quarantine has something to show). Returns (server, coordinator home)."""
    sys.path.insert(0, str(ROOT / "tests" / "server"))
    from deployment import certify_all  # the organisation, set up as in every deployment (docs/PROTOCOL.md)
    from serverutil import RunningServer  # the test suite's in-process server: a development tool only

    from kpfield import taxonomy
    from kpfield.geo.location import Location, LocationSource
    from kpfield.model import Occurrence, PeopleAffected, Report
    from kpfield.store import KdfParams, Profile
    from kpfield.sync import account as accounts
    from kpfield.sync.engine import run_sync
    from kpfield.sync.invitation import parse_invitation

    kdf = KdfParams.fast_for_tests()
    server = RunningServer(folder / "server").start()
    home = folder / "coordinator"
    coordinator = Profile.create(home, DEMO_PASSPHRASE, role="coordinator", kdf=kdf)
    accounts.enroll(coordinator.db, parse_invitation(server.invite("coordinator", label="Rudo")), label="Rudo")
    monitors = []
    for name in ("Tendai", "Chipo", "Farai"):
        monitor = Profile.create(folder / name, DEMO_PASSPHRASE, kdf=kdf)
        accounts.enroll(monitor.db, parse_invitation(server.invite("monitor", label=name)), label=name)
        monitors.append(monitor)
    certify_all(server, [coordinator, *monitors])
    coordinator.close()
    known = taxonomy.codes()
    base = datetime(2026, 3, 2, 6, 30, tzinfo=timezone.utc)
    for i, (title, site, kind, photos) in enumerate(_FIELD):
        monitor = monitors[i % len(monitors)]
        report = monitor.reports.create(Report(
            title=title, site=site, types=[kind if kind in known else sorted(known)[0]],
            narrative="Around dawn security guards stopped several artisanal diggers near the perimeter fence.",
            occurred=Occurrence(base - timedelta(days=2 * i, hours=i)), people=PeopleAffected(injured=2),
            location=Location(-19.66 - i * 0.01, 32.34 + i * 0.01, LocationSource.GPS, accuracy_m=6.0 + i)))
        for p in range(photos):
            data = _demo_photo(p + i) if (i, p) != (0, 1) else _with_gps(_demo_photo(p + i), (17, 49, 30), (31, 3, 0))
            monitor.photos.import_bytes(report.id, data, f"IMG_{1000 + i * 10 + p}.jpg")
        monitor.reports.mark_ready(report.id)
    for monitor in monitors:
        run_sync(monitor)
    envelopes = server.data_dir / "blobs" / "envelopes"
    before = {p for p in envelopes.rglob("*") if p.is_file()}
    late = monitors[2].reports.create(Report(title="Pit collapse after heavy rain", site="Tongo",
                                             types=[sorted(known)[0]], occurred=Occurrence(base)))
    monitors[2].reports.mark_ready(late.id)
    run_sync(monitors[2])
    for path in {p for p in envelopes.rglob("*") if p.is_file()} - before:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1  # altered on the server: it must land in quarantine
        path.write_bytes(bytes(data))
    for monitor in monitors:
        monitor.close()
    return server, home


def take_coordinator(out: Path, language: str = "") -> list[Path]:
    """The coordinator's window (list and review panel) and the quarantine, after a real pull from a local server."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kpfield.coordinator.review import review
    from kpfield.store import KdfParams
    from ui import i18n
    from ui.app import App

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(language or "en")
    folder = Path(tempfile.mkdtemp(prefix="kpfield-screenshots-"))
    saved: list[Path] = []
    server = None
    try:
        server, home = _coordinator_scene(folder)
        settings = QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat)
        app = App(home, kdf=KdfParams.fast_for_tests(), settings=settings, try_remembered=False)
        app.start()
        _wait(lambda: app.dialog.passphrase_edit.isEnabled())
        app.dialog.passphrase_edit.setText(DEMO_PASSPHRASE)
        app.dialog.unlock_button.click()
        window = app.window
        _wait(lambda: window.model.rowCount() >= len(_FIELD) and window.quarantined > 0, 30_000)

        def decide(profile):
            ids = {s.title: s.id for s in profile.reports.query(window.model.query, limit=50)}
            review(profile, ids["Night convoy without plates"], state="verified", assignee="Rudo")
            review(profile, ids["Families told to leave the village"], state="needs_info")
            review(profile, ids["Guards beat diggers at the fence"], state="in_review", assignee="Rudo",
                   tags=["fence", "injuries"], note="Call the clinic in Mutare to confirm the two injuries.")
            return ids["Guards beat diggers at the fence"]

        shown = app.session.call_sync(decide)
        app.session.changed.emit("reports")
        _wait(lambda: not window._refresh_timer.isActive() and app.tasks.pending == 0
              and not window.model.is_loading)
        window.resize(1440, 860)
        window.show_report(shown)
        _wait(lambda: window.detail.thumbs_layout.count() > 0 and window.review_panel.data is not None)
        _wait(lambda: app.tasks.pending == 0)
        window.right_splitter.setSizes([330, 530])
        qapp.processEvents()
        out.mkdir(parents=True, exist_ok=True)
        saved.append(out / "coordinator_window.png")
        window.grab().save(str(saved[-1]))
        saved.append(out / "review_panel.png")
        window.review_panel.resize(560, 900)
        window.review_panel.widget().grab().save(str(saved[-1]))
        window.open_quarantine()
        dialog = window.quarantine_dialog
        _wait(lambda: dialog.table.rowCount() > 0)
        qapp.processEvents()
        saved.append(out / "quarantine_dialog.png")
        dialog.grab().save(str(saved[-1]))
        dialog.reject()
        app.shutdown()
        window.close()
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNG files")
    parser.add_argument("--language", default="en", help="en, fr or pt")
    args = parser.parse_args(argv)
    saved = take(Path(args.out), args.language)
    if (ROOT / "tests" / "server" / "serverutil.py").exists():  # the coordinator's scene needs a local server
        saved += take_coordinator(Path(args.out), args.language)
    else:
        print("tests/server/serverutil.py is missing: no coordinator screenshots", file=sys.stderr)
    for path in saved:
        print(f"saved {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
