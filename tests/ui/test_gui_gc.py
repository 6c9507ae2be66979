"""Qt objects in garbage cycles are destroyed on the GUI thread, never on a worker (the cause of issue 11's crash).

Python runs a cyclic collection in whichever thread allocates past the threshold, and shiboken then destroys the
Python-owned Qt objects of the cycle in that thread. While a TaskManager runs, ui/gui_gc.py keeps automatic
collection off and collects on the GUI thread instead.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QWidget

from ui.tasks import TaskManager


class _CycleWidget(QWidget):
    """A parentless (Python-owned) window in a reference cycle, with a running timer as Qt's own witness."""

    finalized_in: list[str] = []

    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.me = self

    def __del__(self):
        _CycleWidget.finalized_in.append(threading.current_thread().name)


def _allocate_cycles(n: int = 50_000) -> int:
    """Worker thread: allocate far past the collector's thresholds (each list refers to itself)."""
    kept = []
    for _ in range(n):
        cycle: list = []
        cycle.append(cycle)
        kept.append(cycle)
    return len(kept)


def test_a_cycle_of_qt_objects_is_collected_on_the_gui_thread_while_workers_allocate(qtbot):
    messages = []
    previous = qInstallMessageHandler(lambda _type, _context, text: messages.append(text))
    tasks = TaskManager()
    try:
        assert not gc.isenabled()  # automatic collection could run on any of the manager's threads
        _CycleWidget.finalized_in.clear()
        window = _CycleWidget()
        gone = weakref.ref(window)
        del window
        for _ in range(3):  # the store thread and the pool both allocate a great deal
            assert tasks.run_store(_allocate_cycles).result(60) == 50_000
            assert tasks.run_work(_allocate_cycles).result(60) == 50_000
        assert gone() is not None  # no worker collected it
        qtbot.waitUntil(lambda: gone() is None, timeout=10_000)  # the GUI thread's collector did
        assert _CycleWidget.finalized_in == [threading.main_thread().name]
        assert not [m for m in messages if "another thread" in m or "different thread" in m], messages
    finally:
        tasks.shutdown(wait=True)
        qInstallMessageHandler(previous)


def test_automatic_collection_comes_back_when_the_last_manager_shuts_down(qtbot):
    was_enabled = gc.isenabled()
    first, second = TaskManager(), TaskManager()
    assert not gc.isenabled()
    first.shutdown(wait=True)
    assert not gc.isenabled()  # the second manager's threads still run
    second.shutdown(wait=True)
    second.shutdown(wait=True)  # a second shutdown changes nothing
    assert gc.isenabled() is was_enabled


def test_collection_switched_back_on_meanwhile_is_switched_off_again(qtbot):
    tasks = TaskManager()
    try:
        gc.enable()  # e.g. a library that disables and re-enables collection around its own work
        holder = QObject()
        holder.me = holder
        gone = weakref.ref(holder)
        del holder
        qtbot.waitUntil(lambda: not gc.isenabled(), timeout=5_000)
        gc.collect()  # here, on the GUI thread
        assert gone() is None
    finally:
        tasks.shutdown(wait=True)


def test_collection_stays_on_the_gui_thread_while_another_python_thread_still_runs(qtbot):
    """A server or sync thread outliving the managers could still collect the GUI's garbage: not given back yet."""
    was_enabled = gc.isenabled()
    stop = threading.Event()
    lingering = threading.Thread(target=stop.wait, name="lingering")
    lingering.start()
    try:
        tasks = TaskManager()
        tasks.shutdown(wait=True)
        assert not gc.isenabled()
    finally:
        stop.set()
        lingering.join()
    qtbot.waitUntil(lambda: gc.isenabled() is was_enabled, timeout=5_000)  # the GUI thread's timer gives it back
