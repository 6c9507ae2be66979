"""The unlocked profile as the GUI sees it: unlock, lock, and operations on the store thread.

The :class:`~kpfield.store.Profile` object lives on the store thread and is touched only inside
:meth:`Session.op` callables. Views never call each other: after a write, :attr:`Session.changed` is emitted
once and each view decides whether to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kpfield.errors import StoreLocked
from ui.tasks import Callback, TaskManager

if TYPE_CHECKING:  # the store's modules load on the store thread, when a profile is created or opened
    from kpfield.store import Profile
    from kpfield.store.keyfile import KdfParams


class Session(QObject):
    """Owns the profile's life cycle for the GUI."""

    unlocking = Signal()  # an unlock or a profile creation was just queued (the store opens on its thread)
    store_opened = Signal()  # emitted just before unlocked: for what must exist before anything hears unlocked
    unlocked = Signal()
    about_to_lock = Signal()  # editors queue their last save now; it runs before the store closes
    locked = Signal()
    changed = Signal(str)  # what changed: "reports", "report:<id>", "settings"

    def __init__(self, tasks: TaskManager, home: Path, parent: QObject | None = None, *,
                 kdf: KdfParams | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.home = Path(home)
        self._kdf = kdf  # tests pass fast parameters; None calibrates on this machine
        self._profile: Profile | None = None  # touched only on the store thread
        self._is_unlocked = False
        self.role = "monitor"

    @property
    def is_unlocked(self) -> bool:
        return self._is_unlocked

    def profile_exists(self) -> bool:
        from kpfield.store.keyfile import key_file_path  # not the profile module: it loads after the window shows

        return key_file_path(self.home).exists()

    # --- life cycle --------------------------------------------------------------------------------------
    def create(self, passphrase: str, *, role: str = "monitor", on_done: Callback = None,
               on_error: Callback = None) -> None:
        def work():
            from kpfield.safety.duress import create_profile

            # With its cover store and unlock counter from the start (see kpfield/safety).
            self._profile = create_profile(self.home, passphrase, role=role, kdf=self._kdf)
            return self._profile.role

        self.unlocking.emit()
        self.tasks.run_store(work, on_done=self._after_unlock(on_done), on_error=on_error)

    def unlock(self, passphrase: str, *, on_done: Callback = None, on_error: Callback = None) -> None:
        def work():
            from kpfield.safety.unlock_guard import guarded_open

            # Counts failed attempts (and wipes after N if the user chose so). The GUI shows its own growing
            # delay, so the store thread is never put to sleep here.
            self._profile = guarded_open(self.home, passphrase, sleep=lambda _seconds: None)
            return self._profile.role

        self.unlocking.emit()
        self.tasks.run_store(work, on_done=self._after_unlock(on_done), on_error=on_error)

    def unlock_remembered(self, backend=None, *, on_done: Callback = None, on_error: Callback = None) -> None:
        """Try the key remembered in the OS keyring; ``on_done(True/False)``."""
        def work():
            from kpfield.store.profile import Profile

            self._profile = Profile.open_remembered(self.home, backend)
            return self._profile.role if self._profile else None

        def done(role):
            if role is None:
                if on_done:
                    on_done(False)
                return
            self._after_unlock(None)(role)
            if on_done:
                on_done(True)

        self.unlocking.emit()
        self.tasks.run_store(work, on_done=done, on_error=on_error)

    def _after_unlock(self, on_done: Callback) -> Callable[[Any], None]:
        def done(role):
            self.role = role
            self._is_unlocked = True
            self.store_opened.emit()
            self.unlocked.emit()
            if on_done:
                on_done(role)

        return done

    def lock(self, on_done: Callback = None) -> None:
        """Close the store. The GUI must drop every model and preview it holds when :attr:`locked` fires."""
        if not self._is_unlocked:
            return
        self.about_to_lock.emit()
        self._is_unlocked = False

        def work():
            if self._profile is not None:
                self._profile.close()
                self._profile = None

        self.locked.emit()  # clear the screen at once; the close itself follows on the store thread
        self.tasks.run_store(work, on_done=lambda _: on_done(None) if on_done else None,
                             on_error=lambda exc: on_done(None) if on_done else None)

    # --- operations --------------------------------------------------------------------------------------
    def op(self, fn: Callable[[Profile], Any], *, on_done: Callback = None, on_error: Callback = None,
           changes: str | None = None) -> None:
        """Run ``fn(profile)`` on the store thread; emit :attr:`changed` with ``changes`` after it succeeds."""
        def work():
            if self._profile is None:
                raise StoreLocked("The profile is locked.")
            return fn(self._profile)

        def done(result):
            if changes:
                self.changed.emit(changes)
            if on_done:
                on_done(result)

        self.tasks.run_store(work, on_done=done, on_error=on_error)

    def call_sync(self, fn: Callable[[Profile], Any], timeout: float = 30) -> Any:
        """Run ``fn(profile)`` on the store thread and wait: only for shutdown paths and tests, never for the UI."""
        def work():
            if self._profile is None:
                raise StoreLocked("The profile is locked.")
            return fn(self._profile)

        return self.tasks.run_store(work).result(timeout)
