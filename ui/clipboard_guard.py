"""Clears text that KP Field put on the clipboard: 30 seconds after it was copied, at lock and at quit.

A report's words left on the clipboard outlive the lock screen: any program (or the next person at the laptop)
can paste them. The guard only ever clears what KP Field itself copied, and only while the clipboard still holds
exactly that, so it never destroys something the user copied in another program meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    """Watches the system clipboard; clears KP Field's own copied text after ``clear_after_ms``.

    :param clipboard: the clipboard to watch (default: the application's).
    :param clear_after_ms: how long copied text may stay.
    """

    def __init__(self, parent: QObject | None = None, *, clipboard: QClipboard | None = None,
                 clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: str | None = None  # the text we copied, while it may still be on the clipboard
        self._clearing = False
        self._timer = QTimer(self, singleShot=True, interval=clear_after_ms)
        self._timer.timeout.connect(self.clear_now)
        self._clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    @classmethod
    def attach(cls, app) -> "ClipboardGuard":
        """Install for the whole application: clear on the timer, when ``app.session`` locks and at quit."""
        guard = cls(app)
        app.session.locked.connect(guard.clear_now)
        QGuiApplication.instance().aboutToQuit.connect(guard.clear_now)
        return guard

    @property
    def holds_ours(self) -> bool:
        """True while the clipboard holds text KP Field copied and has not cleared yet."""
        return self._ours is not None and self._clipboard.text() == self._ours

    @property
    def pending(self) -> bool:
        """True while the countdown to clearing runs."""
        return self._timer.isActive()

    def _is_ours(self) -> bool:
        # ownsClipboard() is exact where the platform reports ownership (X11, Windows). Elsewhere it is always
        # False, and a change made while KP Field is the active application is taken as KP Field's: a copy in
        # another program happens while that program, not KP Field, is active.
        if self._clipboard.ownsClipboard():
            return True
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def _on_clipboard_data_changed(self) -> None:
        if self._clearing:
            return
        text = self._clipboard.text()
        if text and self._is_ours():
            self._ours = text
            self._timer.start()
        else:  # someone else's content now: nothing of ours is left to clear
            self._ours = None
            self._timer.stop()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds the text KP Field copied (not what was copied since).

        Text merely selected in KP Field (X11's primary selection, pasted with the middle button) goes too.
        """
        self._timer.stop()
        self._clearing = True
        try:
            if self.holds_ours:
                self._clipboard.clear(QClipboard.Mode.Clipboard)
            if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
                self._clipboard.clear(QClipboard.Mode.Selection)
        finally:
            self._clearing = False
        self._ours = None
