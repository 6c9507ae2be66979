"""The guard against PySide6's lost references keeps a long session alive (it aborted CPython 3.11 before)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ui.pyside_compat import protect_singletons
    if sys.argv[1] == "guarded":
        protect_singletons()
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        changed = Signal(bool)

    app = QCoreApplication([])
    source = Source()
    source.changed.connect(lambda value: None)
    for _ in range(100_000):  # a long session's worth of void calls and signal emissions
        app.processEvents()
        source.changed.emit(True)
    print("alive")
""")


def test_a_long_session_of_void_calls_and_emits_does_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", SCRIPT, "guarded"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("alive")
