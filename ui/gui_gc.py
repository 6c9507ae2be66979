"""Python's cyclic garbage collector runs on the GUI thread only, while the GUI has worker threads.

Why (the native crash of issue 11): CPython runs a cyclic collection in whichever thread happens to allocate past
the threshold. With PySide6, a Qt object created from Python without a parent (a top-level window such as a report
editor, a dialog, a ``TaskManager``) is owned by its Python wrapper, and these wrappers sit in reference cycles
(``self.x = Child(self)`` keeping ``self``, lambdas capturing ``self``...). When such a cycle becomes garbage and
the store thread or a worker thread triggers the collection, shiboken runs the C++ destructor *on that thread*:
whole widget trees were destroyed on ``kpfield-store`` while the GUI thread was painting or delivering events to
them, and the process died of a segmentation fault at random (a QTimer among them even says "Timers cannot be
stopped from another thread"). Qt objects must be destroyed in the thread they live in.

So, while any :class:`ui.tasks.TaskManager` is running, automatic collection is switched off and a timer on the
GUI thread collects with the interpreter's own thresholds instead: cycles are still freed, only always on the
GUI thread. Plain reference counting is unaffected (most objects never need the cyclic collector). When the last
manager has shut down and no other Python thread is left, automatic collection is switched back on.
"""

from __future__ import annotations

import gc
import logging
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 500
# CPython runs a full collection only when enough new long-lived objects piled up, so that full collections cost
# time in proportion to the heap's growth; gc.collect(2) skips that check. Here a full collection waits at least
# this many times its own last duration (and a second): at most ~2% of the GUI thread's time goes to them.
FULL_COST_FACTOR = 50
FULL_MIN_INTERVAL_S = 1.0


class GuiThreadCollector(QObject):
    """Collects garbage cycles on the GUI thread, generation by generation as the interpreter would."""

    def __init__(self, interval_ms: int = CHECK_INTERVAL_MS):
        super().__init__()
        self._users = 0
        self._was_enabled = True
        self._last_full = time.monotonic()
        self._full_cost = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._users > 0

    def acquire(self) -> None:
        """A user of worker threads starts (GUI thread): from now on, collections happen only here."""
        if self._users == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()
        self._users += 1

    def release(self) -> None:
        """A user of worker threads has shut down (GUI thread).

        Automatic collection comes back only once no user is left *and* no other Python thread runs (a server
        thread, a sync run still closing): a collection there could still destroy Qt objects that became garbage
        at shutdown. Until then the timer goes on collecting here.
        """
        if self._users == 0:
            return
        self._users -= 1
        if self._users == 0:
            self._give_back_when_alone()

    def _give_back_when_alone(self) -> bool:
        if self._users or threading.active_count() > 1 or not self._timer.isActive():
            return False
        self._timer.stop()
        gc.collect()  # whatever the GUI left behind, here and now, before any other thread may collect
        if self._was_enabled:
            gc.enable()
        return True

    def check(self) -> int:
        """Collect the generations whose allocation counts passed their thresholds; returns how many were freed."""
        if self._users == 0 and self._give_back_when_alone():
            return 0
        if gc.isenabled():  # someone switched automatic collection back on: it could run on a worker again
            log.warning("automatic garbage collection was re-enabled while GUI worker threads run; off again")
            gc.disable()
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for g in range(3):
            if thresholds[g] and counts[g] > thresholds[g]:
                generation = g
        if generation < 0:
            return 0
        if generation == 2:
            started = time.monotonic()
            if started - self._last_full < max(FULL_MIN_INTERVAL_S, FULL_COST_FACTOR * self._full_cost):
                return gc.collect(1)
            freed = gc.collect(2)
            self._last_full = time.monotonic()
            self._full_cost = self._last_full - started
            return freed
        return gc.collect(generation)


_collector: GuiThreadCollector | None = None
_lock = threading.Lock()


def collector() -> GuiThreadCollector:
    """The process's collector (created on first use, on the GUI thread)."""
    global _collector
    with _lock:
        if _collector is None:
            app = QCoreApplication.instance()
            if app is None or QThread.currentThread() is not app.thread():
                raise RuntimeError("the GUI garbage collector must be set up on the GUI thread, after the "
                                   "QApplication exists")
            _collector = GuiThreadCollector()
        return _collector
