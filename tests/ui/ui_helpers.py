"""Helpers shared by the GUI tests: sample reports, bulk insertion, unlocking the real App, collecting all text."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from datetime import datetime, timedelta, timezone  # noqa: E402

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit  # noqa: E402

from kpfield.model import Occurrence, Report  # noqa: E402
from kpfield.store import Profile  # noqa: E402

PASSPHRASE = "granite river seventeen lanterns"
SITES = ("Chiadzwa", "Marange", "Cafunfo")


from tests.memory_keyring import MemoryKeyring  # noqa: E402,F401 - shared by the test folders


def sample_report(i: int, **changes) -> Report:
    """A distinguishable report: title "Report <i> …", a site, a type, a date in March 2026."""
    fields = dict(
        title=f"Report {i:04d} guards at the fence", narrative=f"Narrative number {i} with gravel and diggers.",
        site=SITES[i % len(SITES)], types=["beating_torture" if i % 2 else "shooting"],
        occurred=Occurrence(datetime(2026, 3, 1, tzinfo=timezone.utc) + timedelta(hours=i)),
    )
    fields.update(changes)
    return Report(**fields)


def bulk_reports(profile: Profile, n: int, start: int = 0) -> None:
    """Insert ``n`` reports fast: one transaction, through the store's own row writer (no audit entries)."""
    with profile.db.atomic():
        for i in range(start, start + n):
            profile.reports._write(sample_report(i), insert=True)


def unlock(qtbot, app, passphrase: str = PASSPHRASE) -> None:
    """Start ``app``, type the passphrase, and wait until the list's first page is shown."""
    app.start()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.passphrase_edit.isEnabled())
    app.dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(app.window.model.loaded, timeout=10_000):
        app.dialog.unlock_button.click()


def visible_texts() -> list[str]:
    """Every piece of text any widget of the application holds (shown or not), plus window titles."""
    texts = []
    for widget in QApplication.allWidgets():
        texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        if hasattr(widget, "model") and callable(widget.model):
            model = widget.model()
            if model is not None:
                for row in range(model.rowCount()):
                    for column in range(model.columnCount()):
                        texts.append(str(model.index(row, column).data() or ""))
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return texts

