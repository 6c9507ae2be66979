"""Background work for the GUI: one thread owns the store, a small pool does Pillow and network work.

A keyed SQLCipher connection belongs to the thread that opened it, so every store call goes through
:meth:`TaskManager.run_store`, which runs on a single dedicated thread. Results and errors come back to the GUI
thread through a queued Qt signal and are handed to the caller's callbacks there.
"""

from __future__ import annotations

import itertools
import logging
import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ui import gui_gc

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None


class _Relay(QObject):
    """Carries a finished task's outcome to the GUI thread (queued connection: emitted from a worker).

    One relay for the process, created on the GUI thread and never destroyed: a worker thread must never hold the
    last reference to a Qt object (its destructor would then run on the worker, see :mod:`ui.gui_gc`).
    """

    delivered = Signal(object)

    def __init__(self):
        super().__init__()
        self.delivered.connect(self._run)

    @Slot(object)
    def _run(self, payload: list) -> None:
        manager_ref, token, outcome = payload
        payload.clear()  # the worker may still hold the list: it must not hold what was in it
        manager = manager_ref()
        if manager is not None:
            manager._deliver(token, outcome)  # noqa: SLF001 - the relay is the manager's own messenger


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class TaskManager(QObject):
    """Runs callables off the GUI thread and calls ``on_done(result)`` / ``on_error(exc)`` back on it.

    The callbacks (which usually hold widgets) stay on the GUI thread: a worker only sees a token, so the last
    reference to a widget is never dropped on a worker thread. While a manager runs, Python's cyclic garbage
    collector runs on the GUI thread only (:mod:`ui.gui_gc`).
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._store = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kpfield-store")
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kpfield-work")
        self._relay = _the_relay()
        self._callbacks: dict[int, tuple[Callback, Callback]] = {}  # touched on the GUI thread only
        self._tokens = itertools.count()
        self._closed = False
        self._collector = gui_gc.collector() if QCoreApplication.instance() is not None else None
        if self._collector is not None:
            self._collector.acquire()

    @property
    def pending(self) -> int:
        """How many submitted tasks have not yet delivered their callback."""
        return len(self._callbacks)

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
        token = next(self._tokens)
        self._callbacks[token] = (on_done, on_error)
        future = executor.submit(fn, *args, **kwargs)
        manager_ref, relay = weakref.ref(self), self._relay

        def finished(f: Future) -> None:  # runs on the worker thread (or here, if already done)
            if f.cancelled():
                outcome = None
            else:
                exc = f.exception()
                outcome = (False, exc) if exc is not None else (True, f.result())
                del exc
            relay.delivered.emit([manager_ref, token, outcome])

        future.add_done_callback(finished)
        return future

    def _deliver(self, token: int, outcome: tuple[bool, Any] | None) -> None:
        """GUI thread: hand a finished task's result or error to its callbacks."""
        on_done, on_error = self._callbacks.pop(token, (None, None))
        if outcome is None:  # shutdown(cancel_futures=True) dropped it before it ran: nobody to tell
            return
        ok, value = outcome
        if self._closed:
            # After shutdown the windows are going away: a callback would only try to queue more work
            # on a closed manager (RuntimeError). Keep failures visible in the log.
            if not ok:
                log.error("background task failed at shutdown: %s",
                          "".join(traceback.format_exception(value)).strip())
            return
        if ok:
            if on_done is not None:
                on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            log.error("background task failed: %s", "".join(traceback.format_exception(value)).strip())

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting work; by default wait for what is running (the store thread closes cleanly)."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)
        self._store.shutdown(wait=wait)
        if self._collector is not None:  # once: collection goes back to the interpreter with the last manager
            collector, self._collector = self._collector, None
            collector.release()
