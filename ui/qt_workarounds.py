"""Work around a PySide6 reference-count bug that would crash the app: ``SignalInstance.emit()`` drops one
reference to ``True`` on every call (seen with PySide6 6.12.0 on CPython 3.11).

After a few hundred emits (one per keystroke in the editor, one per finished background task) CPython aborts with
"Fatal Python error: bool_dealloc: deallocating True or False". From CPython 3.12 on, ``True`` is immortal and the
bug is harmless. On older interpreters :func:`apply` checks whether this PySide6 has the bug and, only then, gives
``True`` and ``False`` a very large reference count so they can never reach zero. Remove this module once the
pinned PySide6 is fixed (the check makes it a no-op there).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PAD = 1 << 40  # references added: far more than any process could emit signals
_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """Whether ``emit()`` loses references to ``True`` in this PySide6 (emits a private signal 8 times)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    leaked = sys.getrefcount(True) < before
    probe.deleteLater()
    return leaked


def apply() -> bool:
    """Make the bug harmless if this PySide6 has it; True when the workaround was needed. Safe to call often."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not emit_leaks_true():
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every object in a release build of CPython < 3.12.
        ctypes.c_ssize_t.from_address(id(value)).value += _PAD
    _applied = True
    return True
