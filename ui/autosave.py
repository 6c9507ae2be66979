"""Autosave for the report editor: a debounce timer that writes the draft to the store a moment after each change.

Saves go through the session's single store thread, so they run in the order they were asked for; each takes
a snapshot of the form on the GUI thread when it is submitted. A killed process loses at most the changes made
within the debounce delay, and never more than ``max_wait_ms`` of continuous typing. Autosaves are not audited
one by one (``save_draft(audit=False)``): the editor records one "edited" entry when it closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from kpfield.errors import KPFieldError
from kpfield.model import Report

DEFAULT_DELAY_MS = 1500
DEFAULT_MAX_WAIT_MS = 5000  # someone typing without a pause is still saved this often


class Autosaver(QObject):
    """Debounced saving of one draft. ``snapshot()`` returns the report as the form shows it now."""

    saved = Signal(object)  # the Report as stored
    failed = Signal(object)  # the exception

    def __init__(self, session, snapshot: Callable[[], Report], parent: QObject | None = None, *,
                 delay_ms: int = DEFAULT_DELAY_MS, max_wait_ms: int = DEFAULT_MAX_WAIT_MS):
        super().__init__(parent)
        self._session = session
        self._snapshot = snapshot
        self._dirty = False
        self._enabled = True
        self._in_flight = 0
        self._delay_ms = delay_ms
        self._max_wait_ms = max_wait_ms
        self._dirty_since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """Changes not yet submitted to the store."""
        return self._dirty

    @property
    def in_flight(self) -> int:
        """Saves submitted whose result has not come back yet."""
        return self._in_flight

    def set_enabled(self, enabled: bool) -> None:
        """Stop (read-only report, closing) or resume saving; disabling drops the pending timer."""
        self._enabled = enabled
        if not enabled:
            self._timer.stop()

    def schedule(self) -> None:
        """A field changed: save after the delay (restarted by each further change)."""
        if not self._enabled:
            return
        if not self._dirty:
            self._dirty = True
            self._dirty_since.start()
        # Each change restarts the delay, but never past max_wait after the first unsaved change.
        remaining = self._max_wait_ms - self._dirty_since.elapsed()
        self._timer.start(max(0, min(self._delay_ms, remaining)))

    def flush(self, on_done: Callable[[Report], None] | None = None) -> None:
        """Save now if anything changed (``on_done`` is called after the save, or at once when nothing to do)."""
        self._timer.stop()
        if not self._dirty or not self._enabled:
            if on_done is not None:
                on_done(None)
            return
        try:
            report = self._snapshot()
        except KPFieldError as exc:  # a field the model refuses (too long...): say so, keep the rest of the form
            self.failed.emit(exc)
            return
        self._dirty = False
        self._in_flight += 1

        def done(stored: Report) -> None:
            self._in_flight -= 1
            self.saved.emit(stored)
            if on_done is not None:
                on_done(stored)

        def error(exc: BaseException) -> None:
            self._in_flight -= 1
            self._dirty = True  # still unsaved: the next change or the close tries again
            self.failed.emit(exc)

        self._session.op(lambda profile: profile.reports.save_draft(report, audit=False), on_done=done,
                         on_error=error, changes=f"report:{report.id}")

    def take_pending(self) -> Report | None:
        """The snapshot to save in a final operation (lock, close), or None when everything is submitted."""
        self._timer.stop()
        if not self._dirty:
            return None
        try:
            report = self._snapshot()
        except KPFieldError as exc:
            self.failed.emit(exc)
            return None
        self._dirty = False
        return report
