"""The core never imports Qt: every kpfield module imports in a fresh interpreter without PySide6 loading."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kpfield


def test_core_imports_without_qt():
    names = [m.name for m in pkgutil.walk_packages(kpfield.__path__, "kpfield.")]
    assert len(names) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
