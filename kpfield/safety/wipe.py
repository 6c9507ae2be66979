"""Quick delete: make a profile unreadable in well under a second (crypto-shredding), then remove its traces.

Order matters. The key file is overwritten in place with random bytes and fsynced *first*: from that moment the
store is ciphertext under a key that exists nowhere, whatever its size. Only then are the (possibly large) store
files removed, which can take longer and is no longer what protects the content.
"""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from kpfield.errors import KeyFileDamaged, KeyFileMissing
from kpfield.store import keyfile

# Paths outside the profile folder that the GUI writes (e.g. its QSettings file with window geometry). The GUI
# registers them at start-up with :func:`register_trace`; :func:`wipe_profile` removes them too.
_extra_traces: list[Path] = []
# Clean-ups that are not files (e.g. QSettings on Windows lives in the registry: the GUI registers
# ``lambda: (qsettings.clear(), qsettings.sync())``). Each runs once per wipe; an exception in one is ignored.
_cleanups: list = []

# Everything KP Field itself may leave in a profile folder.
_PROFILE_PATTERNS = ("store-*.db", "store-*.db-wal", "store-*.db-shm", "store-*.db-journal", ".store-*.creating*",
                     ".profile.key.*.tmp", "unlock.state", ".unlock.state.*.tmp")


def register_trace(path: str | os.PathLike) -> None:
    """Add a file the app wrote outside the profile folder (e.g. the QSettings file) to what a wipe removes.

    :param path: the file; it is removed (after overwriting) if it exists when the wipe runs.
    """
    p = Path(path)
    if p not in _extra_traces:
        _extra_traces.append(p)


def register_cleanup(fn) -> None:
    """Add a callable (no arguments) that a wipe runs after the key is shredded, e.g. clearing QSettings."""
    if fn not in _cleanups:
        _cleanups.append(fn)


def registered_traces() -> list[Path]:
    """The extra paths registered so far."""
    return list(_extra_traces)


@dataclass
class WipeResult:
    """What a wipe did: ``unreadable_after_s`` is the time until the key file was shredded and synced."""

    unreadable_after_s: float = 0.0
    total_s: float = 0.0
    removed: list[str] = field(default_factory=list)
    keyring_forgotten: bool = False


def shred_file(path: Path, *, remove: bool = True) -> bool:
    """Overwrite ``path`` in place with random bytes, fsync it, then unlink it (unless ``remove`` is False).

    :returns: False when the file did not exist.
    On SSDs and copy-on-write or journaling file systems the old blocks may survive elsewhere on the medium;
    this is why the key file (small, and whose loss makes everything else useless) is shredded first.
    """
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return False
    try:
        size = os.fstat(fd).st_size
        written = 0
        while written < size:  # chunked so a large file never needs a large buffer
            chunk = min(1 << 20, size - written)
            written += os.pwrite(fd, secrets.token_bytes(chunk), written)
        os.fsync(fd)
    finally:
        os.close(fd)
    if remove:
        path.unlink(missing_ok=True)
    return True


def _unlink(path: Path, removed: list[str]) -> None:
    try:
        path.unlink()
        removed.append(str(path))
    except FileNotFoundError:
        pass


def wipe_profile(home: str | os.PathLike, *, keyring_backend=None, extra_paths=(),
                 shred_stores: bool = False) -> WipeResult:
    """Destroy the profile in ``home``: key file shredded first, then store files, unlock state, keyring entry.

    :param home: the profile folder.
    :param keyring_backend: the keyring to forget the remembered key in (default: the system one).
    :param extra_paths: more files to remove, besides those registered with :func:`register_trace`.
    :param shred_stores: also overwrite the store files before removing them (slow for large stores, and
        unnecessary once the key is gone; off by default).
    Works on a damaged or half-deleted profile; never raises because something is already missing.
    """
    home = Path(home)
    result = WipeResult()
    t0 = time.perf_counter()
    kpath = keyfile.key_file_path(home)
    file_id = None
    try:
        file_id = keyfile.read_key_file(kpath).file_id
    except (KeyFileMissing, KeyFileDamaged):
        pass
    if shred_file(kpath):
        result.removed.append(str(kpath))
    keyfile.fsync_dir(home)
    result.unreadable_after_s = time.perf_counter() - t0
    for pattern in _PROFILE_PATTERNS:
        for path in sorted(home.glob(pattern)) if home.is_dir() else []:
            if shred_stores:
                shred_file(path, remove=False)
            _unlink(path, result.removed)
    from kpfield.crash_trace import trace_path  # a wipe also removes the native crash trace (it is ours)

    # The GUI's native crash trace too, even when this process never started the GUI (``kpfield wipe``).
    for path in [*_extra_traces, *(Path(p) for p in extra_paths), trace_path(home)]:
        if path.is_file():
            shred_file(path, remove=False)
            _unlink(path, result.removed)
    for fn in list(_cleanups):
        try:
            fn()
        except Exception:  # noqa: BLE001 - a GUI clean-up must never stop the rest of the wipe
            pass
    if file_id is not None:
        # Loaded only now (the key is already gone): the unlock window exists before the keyring package loads.
        from kpfield.store.keyring_support import RememberedKey

        RememberedKey(file_id, keyring_backend).forget()
        result.keyring_forgotten = True
    if home.is_dir():
        keyfile.fsync_dir(home)
        try:
            home.rmdir()  # only when empty: never remove files we did not make
            result.removed.append(str(home))
        except OSError:
            pass
    result.total_s = time.perf_counter() - t0
    return result
