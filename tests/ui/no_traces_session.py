"""A full GUI session for tests/ui/test_no_traces.py, run in a child process whose folders all lie in tmp_path.

Creates a profile, writes a report with the marker texts (title, narrative, witness, photo caption), attaches a
real photo, views it (preview and full resolution), lets autosave run, locks, unlocks and quits: the real app,
offscreen. Prints one JSON line: the child's temp folder and what it did. Usage:
``python no_traces_session.py PHOTO MARKERS_JSON``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ui.pyside_compat import protect_singletons  # noqa: E402

protect_singletons()

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PASSPHRASE = "granite river seventeen lanterns"


def wait_for(qapp, condition, what: str, timeout_s: float = 20.0) -> None:
    """Run the event loop until ``condition()`` holds (blocking on events, never sleeping)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main(photo: str, markers: dict) -> int:
    from ui import app as app_module

    qapp = QApplication(sys.argv[:1])
    qapp.setOrganizationName(app_module.ORGANIZATION)
    qapp.setApplicationName(app_module.APPLICATION)
    app = app_module.App(Path(os.environ["KPFIELD_HOME"]))  # real QSettings, real keyring probe, default KDF env
    app.start()
    first_run = app.dialog
    first_run.passphrase_edit.setText(PASSPHRASE)
    first_run.confirm_edit.setText(PASSPHRASE)
    first_run.create_button.click()
    wait_for(qapp, lambda: app.session.is_unlocked and app.window.isVisible(), "the profile")

    editor = app.window.open_editor(None)
    wait_for(qapp, lambda: editor.report is not None and editor.form.isEnabled(), "the editor")
    form = editor.form
    form.title_edit.setText(markers["title"])
    form.narrative_edit.setPlainText(markers["narrative"])
    row = form.witnesses.add_row()
    row["pseudonym"].setText(markers["witness"])
    done = []
    editor.photos.import_finished.connect(lambda added, errors: done.append((added, errors)))
    editor.photos.import_files([photo])
    wait_for(qapp, lambda: done, "the photo import")
    assert done[0][0] == 1, done
    editor.photos.grid.setCurrentRow(0)
    editor.photos.caption_edit.setText(markers["caption"])
    editor.photos.caption_edit.editingFinished.emit()
    wait_for(qapp, lambda: editor.photos.photos() and editor.photos.photos()[0].caption == markers["caption"],
             "the caption")
    editor.photos.view_current()
    viewer = editor.photos._viewer
    wait_for(qapp, lambda: not viewer.image.isNull(), "the preview")
    for _step in range(12):  # zoomed past the preview's pixels, the viewer decodes the original
        if viewer._full_for is not None:
            break
        viewer.zoom_in()
    wait_for(qapp, lambda: viewer._full_for is not None and app.tasks.pending == 0, "the full photo")
    wait_for(qapp, lambda: not editor.autosaver.dirty and editor.autosaver.in_flight == 0, "autosave", 30)

    app.window.table.selectRow(0)  # the detail pane renders the report and its thumbnail
    wait_for(qapp, lambda: app.window.detail.report_id is not None and app.tasks.pending == 0, "the details")

    app.lock()
    wait_for(qapp, lambda: app.dialog is not None and app.dialog.passphrase_edit.isEnabled()
             and app.tasks.pending == 0, "the lock")
    app.dialog.passphrase_edit.setText(PASSPHRASE)
    app.dialog.unlock_button.click()
    wait_for(qapp, lambda: app.session.is_unlocked and app.window.isVisible() and app.window.model.total == 1,
             "the unlock")
    stored = app.session.call_sync(lambda p: p.reports.get(app.window.model.report_id(0)))
    assert stored.title == markers["title"] and stored.witnesses[0].pseudonym == markers["witness"], stored
    app.window.close()
    qapp.quit()
    app.shutdown()
    print(json.dumps({"tempdir": tempfile.gettempdir(), "report_id": stored.id}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], json.loads(sys.argv[2])))
