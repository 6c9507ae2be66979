"""Child process for the kill test: unlock a profile, open an editor offscreen, type into the narrative, and print
``SAVED <report id>`` once autosave has stored that text. The parent then kills this process with SIGKILL.

Usage: editor_kill_child.py PROFILE_HOME PASSPHRASE TEXT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the project root, when run as a script

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.report_editor import ReportEditor  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.tasks import TaskManager  # noqa: E402


def main() -> int:
    home, passphrase, text = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication([])
    tasks = TaskManager()
    session = Session(tasks, Path(home))
    state: dict = {}

    def on_saved(report_id: str) -> None:
        # Only the save that holds the whole text counts (an earlier one may have caught part of it).
        if state.get("typed") and not state.get("told") and editor.autosaver.in_flight == 0 \
                and not editor.autosaver.dirty:
            state["told"] = True
            print(f"SAVED {report_id}", flush=True)

    def on_loaded(_report_id: str) -> None:
        editor.form.narrative_edit.setFocus()
        QTest.keyClicks(editor.form.narrative_edit, text)
        state["typed"] = True

    def on_unlocked(_role) -> None:
        nonlocal editor
        editor = ReportEditor(session, None)
        editor.saved.connect(on_saved)
        editor.loaded.connect(on_loaded)
        editor.show()

    editor = None
    session.unlock(passphrase, on_done=on_unlocked, on_error=lambda exc: (print(f"ERROR {exc}", flush=True),
                                                                           app.exit(2)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
