"""Background work for the GUI: one thread owns the store, a small pool does Pillow and network work.

A keyed SQLCipher connection belongs to the thread that opened it, so every store call goes through
:meth:`TaskManager.run_store`, which runs on a single dedicated thread. Results and errors come back to the GUI
thread through a queued Qt signal and are handed to the caller's callbacks there.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None


class _Relay(QObject):
    """Carries a finished future's callback to the GUI thread (queued connection: emitted from a worker)."""

    delivered = Signal(object)

    def __init__(self):
        super().__init__()
        self.delivered.connect(self._run)

    @Slot(object)
    def _run(self, thunk) -> None:
        thunk()


class TaskManager(QObject):
    """Runs callables off the GUI thread and calls ``on_done(result)`` / ``on_error(exc)`` back on it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._store = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kpfield-store")
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kpfield-work")
        self._relay = _Relay()
        self._pending = 0
        self._closed = False

    @property
    def pending(self) -> int:
        """How many submitted tasks have not yet delivered their callback."""
        return self._pending

    def run_store(self, fn: Callable[..., Any], *args, on_done: Callback = None, on_error: Callback = None,
                  **kwargs) -> Future:
        """Run ``fn`` on the store thread (the only thread that touches the database)."""
        return self._submit(self._store, fn, args, kwargs, on_done, on_error)

    def run_work(self, fn: Callable[..., Any], *args, on_done: Callback = None, on_error: Callback = None,
                 **kwargs) -> Future:
        """Run ``fn`` on the worker pool (Pillow, crypto, network: anything that does not touch the store)."""
        return self._submit(self._pool, fn, args, kwargs, on_done, on_error)

    def _submit(self, executor, fn, args, kwargs, on_done, on_error) -> Future:
        if self._closed:
            raise RuntimeError("the task manager is shut down")
        self._pending += 1
        future = executor.submit(fn, *args, **kwargs)

        def finished(f: Future) -> None:  # runs on the worker thread
            def deliver() -> None:  # runs on the GUI thread
                self._pending -= 1
                if f.cancelled():  # shutdown(cancel_futures=True) dropped it before it ran: nobody to tell
                    return
                exc = f.exception()
                if self._closed:
                    # After shutdown the windows are going away: a callback would only try to queue more work
                    # on a closed manager (RuntimeError). Keep failures visible in the log.
                    if exc is not None:
                        log.error("background task failed at shutdown: %s",
                                  "".join(traceback.format_exception(exc)).strip())
                    return
                if exc is None:
                    if on_done is not None:
                        on_done(f.result())
                elif on_error is not None:
                    on_error(exc)
                else:
                    log.error("background task failed: %s", "".join(traceback.format_exception(exc)).strip())

            self._relay.delivered.emit(deliver)

        future.add_done_callback(finished)
        return future

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting work; by default wait for what is running (the store thread closes cleanly)."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)
        self._store.shutdown(wait=wait)
