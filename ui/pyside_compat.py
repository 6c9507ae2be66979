"""A guard against a reference-counting bug of PySide6 6.12 on CPython 3.11 that aborts the interpreter.

Measured here (PySide6 6.12.0, Python 3.11.7): every call of a void Qt method (``setText``, ``start``,
``processEvents``…) returns ``None`` without a new reference, and ``Signal.emit`` does the same with ``True``.
On Python 3.12+ those objects are immortal and nothing happens; on 3.11 their reference counts fall by one per
call until CPython aborts with "none_dealloc" or "bool_dealloc" — after some thousands of calls, that is in the
middle of a long editing session. Until the dependency is fixed (Python >= 3.12, or a PySide6 without the bug),
give the three objects a reference count no session can exhaust, as 3.12 does.
"""

from __future__ import annotations

import sys

_done = False


def protect_singletons() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12 (idempotent, no-op elsewhere)."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object; 2**40 extra references outlast any session.
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _done = True
