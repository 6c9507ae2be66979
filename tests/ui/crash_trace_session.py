"""Child process for tests/ui/test_crash_trace.py: the real app (``ui.app.main``), offscreen, in folders of the test.

``crash MARKERS_JSON``: create a profile, write a report with the marker texts in an editor, let autosave store
it, then crash natively (``faulthandler._sigsegv()``) with the text still in the editor: the process dies of
SIGSEGV and leaves the crash trace.
``offer``: start, and print one JSON line saying whether the crash report was offered, what the report window
showed, whether it was read-only and what "Copy" put on the clipboard; then quit cleanly.
"""

from __future__ import annotations

import faulthandler
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PASSPHRASE = "granite river seventeen lanterns"
TICK_MS = 20
MAX_TICKS = 3000  # a minute at most, then the child gives up (the parent sees why)


class Driver:
    """Walks the app step by step on a timer of the event loop (no sleeps)."""

    def __init__(self, qapp: QApplication, steps):
        self.qapp = qapp
        self.steps = list(steps)
        self.ticks = 0
        self.state: dict = {}
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks > MAX_TICKS:
            print(json.dumps({"error": f"stuck at step {self.steps[0].__name__}"}), flush=True)
            self.qapp.exit(3)
            return
        while self.steps and self.steps[0](self):
            self.steps.pop(0)
        if not self.steps:
            self.timer.stop()


def widget(name: str = "", cls_name: str = ""):
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and ((name and w.objectName() == name) or (cls_name and type(w).__name__ == cls_name)):
            return w
    return None


def crash_steps(markers: dict):
    def create_profile(d: Driver) -> bool:
        dialog = widget(cls_name="FirstRunDialog")
        if dialog is None:
            return False
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.confirm_edit.setText(PASSPHRASE)
        dialog.create_button.click()
        return True

    def open_editor(d: Driver) -> bool:
        window = widget(cls_name="MainWindow")
        if window is None:
            return False
        d.state["editor"] = window.open_editor(None)
        return True

    def type_report(d: Driver) -> bool:
        editor = d.state["editor"]
        if editor.report is None or not editor.form.isEnabled():
            return False
        editor.form.title_edit.setText(markers["title"])
        editor.form.narrative_edit.setPlainText(markers["narrative"])
        editor.form.witnesses.add_row()["pseudonym"].setText(markers["witness"])
        editor.save_now()
        return True

    def crash_when_saved(d: Driver) -> bool:
        editor = d.state["editor"]
        if editor.autosaver.dirty or editor.autosaver.in_flight:
            return False
        print("SAVED", flush=True)
        faulthandler._sigsegv()  # noqa: SLF001 - a real native crash, with the report open in the editor
        return True

    return [create_profile, open_editor, type_report, crash_when_saved]


def offer_steps():
    def look(d: Driver) -> bool:
        if widget(cls_name="FirstRunDialog") is None and widget(cls_name="UnlockDialog") is None:
            return False  # the start is not over yet
        box = widget(name="crash_offer")
        d.state["offered"] = box is not None
        if box is None:
            return True
        d.state["question"] = box.text()
        box.defaultButton().click()
        return True

    def read_report(d: Driver) -> bool:
        if d.state["offered"]:
            dialog = widget(name="crash_report_dialog")
            if dialog is None:
                return False
            d.state["text"] = dialog.text_edit.toPlainText()
            d.state["read_only"] = dialog.text_edit.isReadOnly()
            dialog.copy_button.click()
            d.state["copied"] = QGuiApplication.clipboard().text()
            dialog.close_button.click()
        print(json.dumps(d.state), flush=True)
        d.qapp.exit(0)
        return True

    return [look, read_report]


def main(mode: str, markers: dict | None) -> int:
    from ui.app import main as app_main

    qapp = QApplication(sys.argv[:1])
    driver = Driver(qapp, crash_steps(markers) if mode == "crash" else offer_steps())  # noqa: F841 - kept alive
    return app_main(["kpfield-gui"])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else None))
