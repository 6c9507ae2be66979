"""Locking without the mouse: auto-lock after idle time, and the lock shortcut in every window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits :attr:`idled` once after ``timeout_ms`` without user input while :meth:`start`-ed.

    Installed as an application-wide event filter, so activity in any window (editor, dialogs) counts.
    """

    idled = Signal()

    def __init__(self, app: QObject, minutes: float = 5, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """Idle time before locking; 0 or less turns auto-lock off."""
        self.set_timeout_ms(int(minutes * 60_000) if minutes and minutes > 0 else 0)

    def set_timeout_ms(self, ms: int) -> None:
        self._timeout_ms = max(0, int(ms))
        if self._timeout_ms:
            self._timer.setInterval(self._timeout_ms)
            if self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds left before :attr:`idled` (-1 when not counting)."""
        return self._timer.remainingTime()

    def start(self) -> None:
        if self._timeout_ms:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False

    def _on_timer_timeout(self) -> None:
        self.idled.emit()

    def uninstall(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)


class LockKeyFilter(QObject):
    """Emits :attr:`pressed` when the lock shortcut is typed in any window, modal dialogs included.

    A QAction's shortcut (even application-wide) is blocked while a modal dialog is open; locking must not be.
    """

    pressed = Signal()

    def __init__(self, app: QObject, sequence, parent: QObject | None = None):
        super().__init__(parent)
        self._sequence = QKeySequence(sequence)
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            if QKeySequence(event.keyCombination()) == self._sequence:
                self.pressed.emit()
                return True
        return False

    def uninstall(self) -> None:
        self._app.removeEventFilter(self)
