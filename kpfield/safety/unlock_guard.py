"""Failed unlocks: a persisted failure counter, a growing delay, and an optional wipe after N failures.

The counter must be readable before unlock, so it lives outside the store, in ``unlock.state`` in the profile
folder: 32 bytes, always the same size, written atomically. It is counted *before* the passphrase is tried, so
killing the app during the slow derivation does not reset it. Anyone who can write the folder can reset it (or
delete it); the guard slows down guessing through the app, it does not stop an offline attack on the key file,
which is what Argon2id is for. The file reveals, to anyone who reads it, whether a wipe threshold is set.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kpfield.errors import ValidationError, WrongPassphrase
from kpfield.store import keyfile

if TYPE_CHECKING:  # the profile module (SQLite, keyring, Pillow) loads when a profile is opened
    from kpfield.store.profile import Profile

STATE_FILE = "unlock.state"
_MAGIC = b"KPUS"
_BODY = struct.Struct(">4sB3xII")  # magic, version, failures, wipe_after (0 = off)
_CHECK_LEN = 32 - _BODY.size
FREE_FAILURES = 3
MAX_DELAY_S = 300.0


@dataclass(frozen=True)
class GuardState:
    """Failed unlocks since the last success, and the wipe threshold (0 = never wipe)."""

    failures: int = 0
    wipe_after: int = 0


def delay_for(failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first three, then 1, 2, 4 ... up to five minutes."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(2.0 ** (failures - FREE_FAILURES), MAX_DELAY_S)


def state_path(home: str | os.PathLike) -> Path:
    return Path(home) / STATE_FILE


def read_state(home: str | os.PathLike) -> GuardState:
    """The saved state; a missing file is a clean state, a damaged one keeps nothing (and is said so in docs)."""
    try:
        data = state_path(home).read_bytes()
    except FileNotFoundError:
        return GuardState()
    if len(data) != 32 or hashlib.blake2b(data[: _BODY.size], digest_size=_CHECK_LEN).digest() != data[_BODY.size:]:
        return GuardState()
    magic, version, failures, wipe_after = _BODY.unpack(data[: _BODY.size])
    if magic != _MAGIC or version != 1:
        return GuardState()
    return GuardState(failures, wipe_after)


def write_state(home: str | os.PathLike, state: GuardState) -> None:
    """Replace ``unlock.state`` atomically (temp file, fsync, rename, fsync of the folder)."""
    home = Path(home)
    body = _BODY.pack(_MAGIC, 1, min(state.failures, 2**32 - 1), state.wipe_after)
    data = body + hashlib.blake2b(body, digest_size=_CHECK_LEN).digest()
    tmp = home / f".{STATE_FILE}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, state_path(home))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    keyfile.fsync_dir(home)


def set_wipe_after(profile: Profile, failures: int | None) -> None:
    """Wipe the profile after ``failures`` wrong passphrases in a row (None or 0: never; the default).

    :param profile: the unlocked profile (so only someone who can unlock may change it).
    """
    if failures is not None and not (0 <= failures <= 1000):
        raise ValidationError("The number of failed unlocks before a wipe must be between 1 and 1000.",
                              code="wipe_after_range")
    if failures is not None and 0 < failures < 3:
        raise ValidationError("Wiping after fewer than 3 failed unlocks would destroy data after a typo.",
                              code="wipe_after_too_few")
    profile._require_open()  # noqa: SLF001
    current = read_state(profile.home)
    write_state(profile.home, GuardState(current.failures, failures or 0))


def guarded_open(home: str | os.PathLike, passphrase: str, *, sleep=time.sleep, keyring_backend=None,
                 **open_kwargs) -> Profile:
    """Unlock like :meth:`Profile.open`, enforcing the delay and the wipe threshold; what the app should call.

    :param sleep: how to wait the delay (the GUI may pass a function that only checks, and show a countdown).
    :param open_kwargs: passed to :meth:`Profile.open`.
    On the failure that reaches the wipe threshold the profile is wiped and :class:`WrongPassphrase` is raised
    as for any other failure: nothing tells an onlooker that a wipe happened.
    """
    home = Path(home)
    state = read_state(home)
    wait = delay_for(state.failures)
    if wait:
        sleep(wait)
    counted = GuardState(state.failures + 1, state.wipe_after)
    if (home / "profile.key").exists():  # never create files in a folder that holds no profile
        write_state(home, counted)
    from kpfield.store.profile import Profile

    try:
        profile = Profile.open(home, passphrase, **open_kwargs)
    except WrongPassphrase:
        if counted.wipe_after and counted.failures >= counted.wipe_after:
            from kpfield.safety.wipe import wipe_profile

            wipe_profile(home, keyring_backend=keyring_backend)
        raise
    except BaseException:
        if state_path(home).exists():
            write_state(home, state)  # not a guess (damaged file, interrupted): do not count it
        raise
    write_state(home, GuardState(0, state.wipe_after))
    return profile
