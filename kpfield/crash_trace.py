"""The native crash trace: where the app was when the process died, and nothing else.

:func:`start` hands Python's :mod:`faulthandler` a file in the user's state folder. On a fatal signal
(segmentation fault, abort, bus error, illegal instruction, and Windows' fatal exceptions) it writes the stack of
every thread there: file names, line numbers and function names only; faulthandler never prints a local variable,
an argument or an object, so no report text, passphrase or key can be in it. A clean exit (:func:`stop`) removes the
file; the next start takes what a crash left (:func:`take_previous`) so that the app can offer it once.

The file lies outside the profile folder (a wipe of the folder must not depend on it, and the folder holds only
what the store needs), in ``platformdirs.user_state_dir("kpfield")``, or the profile folder's parent when that
would be the profile folder itself or inside it. It is registered as a trace that a wipe removes: even a trace of
file names says that KP Field ran on this computer.
"""

from __future__ import annotations

import faulthandler
import os
from pathlib import Path
from typing import IO

import platformdirs

from kpfield.paths import APP_NAME

TRACE_NAME = "crash-trace.txt"
MAX_TRACE_BYTES = 256 * 1024  # thousands of frames; a larger file is not a faulthandler trace we wrote

_file: IO[str] | None = None
_path: Path | None = None


def trace_dir(home: str | os.PathLike) -> Path:
    """The folder of the crash trace for the profile folder ``home`` (never ``home`` nor a folder inside it)."""
    home = Path(home).expanduser().resolve()
    state = Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)).expanduser().resolve()
    if state == home or state.is_relative_to(home):
        return home.parent  # e.g. Windows, where the state folder is the data folder that holds the profile
    return state


def trace_path(home: str | os.PathLike) -> Path:
    return trace_dir(home) / TRACE_NAME


def take_previous(home: str | os.PathLike) -> str | None:
    """The trace a crash left at the last run (removed now, so it is offered once), or None.

    An empty file (the process was killed, or the power went) is removed and gives None.
    """
    path = trace_path(home)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_TRACE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return None  # unreadable: nothing to offer, and the app must start regardless
    try:
        path.unlink()
    except OSError:
        pass
    if not data.strip():
        return None
    text = data[:MAX_TRACE_BYTES].decode("utf-8", errors="replace")
    return text if len(data) <= MAX_TRACE_BYTES else text + "\n[…]\n"


def start(home: str | os.PathLike) -> Path | None:
    """Write native crash traces for this process to :func:`trace_path` (idempotent); returns the file or None.

    Never stops the app from starting: without a writable state folder there is simply no trace.
    """
    global _file, _path
    if _file is not None:
        return _path
    path = trace_path(home)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        _file = os.fdopen(fd, "w", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=_file, all_threads=True)
    _path = path
    return path


def stop() -> None:
    """A clean exit: no more traces, and the (empty) file goes."""
    global _file, _path
    if _file is None:
        return
    faulthandler.disable()
    _file.close()
    try:
        if _path is not None and _path.exists() and _path.stat().st_size == 0:
            _path.unlink()
    except OSError:
        pass
    _file = _path = None


def without_home(text: str, home: str | os.PathLike | None = None) -> str:
    """``text`` with the user's home folder written ``~`` (file paths in a trace name the user's account)."""
    home = str(Path(home) if home is not None else Path.home())
    return text.replace(home, "~") if home and home not in ("/", "~") else text
