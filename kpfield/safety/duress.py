"""The duress passphrase: a second slot that opens a decoy store and, if the user chose so, shreds the real one.

Layout decisions (see docs/THREAT_MODEL.md):

- The main passphrase lives in slot 0 (``Profile.create`` puts it there); the duress passphrase always in slot
  :data:`DECOY_SLOT`. Slots 2 and 3 stay random. Every slot is 104 bytes whether used or not.
- A profile made with :func:`create_profile` always has two stores from the start: the real one and a *cover
  store*, a valid SQLCipher database under a random key that is thrown away. Setting a duress passphrase
  rewrites the cover store *in place* (same file, same inode, its access and modification times kept) as a decoy
  store whose key is in the duress slot, so neither the number of ``store-*.db`` files nor the second store's
  inode or times tell whether a duress passphrase exists. Preparing the decoy (:func:`open_decoy`) puts its times
  back when it closes.
- Shredding on duress overwrites every slot except the decoy one in place with random bytes (the key file keeps
  its size and structure) and rewrites the real store in place as a fresh cover store (same file name and inode,
  the size of any fresh cover store, the decoy's earlier times): the folder keeps the same files and size
  classes as a profile without a duress passphrase. What stays out of reach (inode change times, file system
  journals, SSD wear levelling) is in docs/THREAT_MODEL.md.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kpfield.errors import StoreLocked, ValidationError, WrongPassphrase
from kpfield.store import keyfile
from kpfield.store.keyfile import HEADER_LEN, SLOT_COUNT, SLOT_LEN, KeyFile, SlotRecord
from kpfield.store.keyring_support import RememberedKey
from kpfield.store.passphrase import require_strong
from kpfield.store.profile import Profile, build_store, db_path, key_file_path

DECOY_SLOT = 1
FLAG_SHRED_MAIN = 0x01


def _other_stores(home: Path, main_db_id: bytes) -> list[Path]:
    main = db_path(home, main_db_id).name
    return sorted(p for p in home.glob("store-*.db") if p.name != main)


def _rewrite_in_place(target: Path, fresh: Path, times: tuple[int, int] | None) -> None:
    """Write the freshly built store ``fresh`` over ``target`` inside the existing file, and remove ``fresh``.

    The file keeps its inode (and creation time where the file system records one); it is cut to the new length and
    fsynced, and gets ``times`` (access, modification; nanoseconds) back. Only for a store nobody has open.
    """
    for stale in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        stale.unlink(missing_ok=True)  # SQLite would otherwise replay an old log into the new content
    src = os.open(fresh, os.O_RDONLY)
    try:
        dst = os.open(target, os.O_WRONLY)
        try:
            offset = 0
            while piece := os.read(src, 1 << 20):
                os.pwrite(dst, piece, offset)
                offset += len(piece)
            os.ftruncate(dst, offset)
            os.fsync(dst)
        finally:
            os.close(dst)
    finally:
        os.close(src)
    for leftover in (fresh, fresh.with_name(fresh.name + "-wal"), fresh.with_name(fresh.name + "-shm")):
        leftover.unlink(missing_ok=True)
    if times is not None:
        os.utime(target, ns=times)


def _times(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_atime_ns, st.st_mtime_ns


def create_cover_store(home: str | os.PathLike) -> Path:
    """Add a cover store (valid SQLCipher file, key discarded) to ``home`` so every profile has two stores.

    :param home: a profile folder that has no second store yet.
    """
    home = Path(home)
    db_id = secrets.token_bytes(16)
    temp = build_store(home, db_id, secrets.token_bytes(32), role="monitor")
    final = db_path(home, db_id)
    os.replace(temp, final)
    keyfile.fsync_dir(home)
    return final


def create_profile(home: str | os.PathLike, passphrase: str, **kwargs) -> Profile:
    """``Profile.create`` plus a cover store and the unlock counter: what the app and ``kpfield init`` call.

    :param kwargs: passed to :meth:`Profile.create` (``role``, ``kdf``, ``check_strength`` ...).
    """
    from kpfield.safety.unlock_guard import GuardState, write_state

    profile = Profile.create(home, passphrase, **kwargs)
    try:
        create_cover_store(profile.home)
        # The failed-unlock counter exists from the start, so its appearance tells nobody an unlock was tried.
        write_state(profile.home, GuardState(0, 0))
    except BaseException:
        profile.close()
        raise
    return profile


def _verify_main(profile: Profile, passphrase: str) -> tuple[KeyFile, SlotRecord]:
    if not profile.is_open:
        raise StoreLocked("The profile is locked.")
    record = profile._record  # noqa: SLF001 - the safety package is part of the store's trusted core
    if record.kind != keyfile.KIND_MAIN:
        raise WrongPassphrase("The current passphrase is wrong.", code="current_passphrase_wrong")
    kf = keyfile.read_key_file(key_file_path(profile.home))
    if not any(u.record.db_id == record.db_id for u in kf.try_slots(kf.derive(passphrase))):
        raise WrongPassphrase("The current passphrase is wrong.", code="current_passphrase_wrong")
    return kf, record


def set_duress(profile: Profile, passphrase: str, duress_passphrase: str, *, shred_real: bool = False,
               check_strength: bool = True) -> None:
    """Set (or replace) the duress passphrase of the unlocked main ``profile``; builds an empty decoy store.

    :param passphrase: the real passphrase, asked again on purpose.
    :param duress_passphrase: the second passphrase; it must differ from the real one.
    :param shred_real: when the duress passphrase is used, silently destroy the real store.
    Any earlier decoy content is replaced. The user fills the decoy through :func:`open_decoy` (from the real
    profile): unlocking with the duress passphrase at the unlock screen would trigger the shredding.
    """
    if check_strength:
        require_strong(duress_passphrase)
    if duress_passphrase == passphrase:
        raise ValidationError("The duress passphrase must differ from the real one.", code="duress_same_as_real")
    kf, record = _verify_main(profile, passphrase)
    wrap = kf.derive(duress_passphrase)
    if any(u.slot != DECOY_SLOT for u in kf.try_slots(wrap)):
        raise WrongPassphrase("Choose a different duress passphrase.", code="duress_passphrase_unusable")
    others = _other_stores(profile.home, record.db_id)
    db_id = bytes.fromhex(others[0].name[6:-3]) if others else secrets.token_bytes(16)
    key = secrets.token_bytes(32)
    temp = build_store(profile.home, db_id, key, role=profile.role)
    # The store first, then the slot that opens it: a crash in between leaves a store no slot opens (a cover).
    if others:
        _rewrite_in_place(others[0], temp, _times(others[0]))
    else:  # a profile made before cover stores existed
        os.replace(temp, db_path(profile.home, db_id))
        keyfile.fsync_dir(profile.home)
    flags = FLAG_SHRED_MAIN if shred_real else 0
    kf.seal_slot(DECOY_SLOT, wrap, SlotRecord(kind=keyfile.KIND_DECOY, db_id=db_id, key=key, flags=flags))
    keyfile.write_key_file(key_file_path(profile.home), kf)
    # Deliberately not in the audit trail: the trail travels with reports, and must not say a decoy exists.


def open_decoy(profile: Profile, duress_passphrase: str) -> Profile:
    """Open the decoy store from the unlocked real profile, to prepare its content; never shreds anything.

    :param profile: the unlocked main profile (proof that the owner, not a coercer, is asking).
    :returns: a second, independent profile object on the decoy store; close it when done.
    """
    if not profile.is_open or profile._record.kind != keyfile.KIND_MAIN:  # noqa: SLF001
        raise StoreLocked("Open the real profile first.")
    kf = keyfile.read_key_file(key_file_path(profile.home))
    decoys = [u for u in kf.try_slots(kf.derive(duress_passphrase)) if u.record.kind == keyfile.KIND_DECOY]
    if not decoys:
        raise WrongPassphrase("That is not the duress passphrase.", code="not_duress_passphrase")
    store = db_path(profile.home, decoys[0].record.db_id)
    times = _times(store)
    decoy = _DecoyProfile._open_record(profile.home, decoys[0].record, kf, decoys[0].slot,  # noqa: SLF001
                                       check_same_thread=True)
    decoy._restore = (store, times)
    return decoy


class _DecoyProfile(Profile):
    """The decoy opened for preparation: closing it puts the store's access and modification times back, so that
    filling the decoy does not make the second store look used."""

    _restore: tuple[Path, tuple[int, int]] | None = None

    def close(self) -> None:
        super().close()
        if self._restore is not None:
            store, times = self._restore
            self._restore = None
            wal, shm = store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")
            if wal.exists() and wal.stat().st_size == 0:  # emptied by the closing checkpoint; a cover has none
                wal.unlink()
                shm.unlink(missing_ok=True)
            os.utime(store, ns=times)


def clear_duress(profile: Profile, passphrase: str) -> None:
    """Remove the duress passphrase: its slot becomes random and the decoy store a fresh cover store."""
    kf, record = _verify_main(profile, passphrase)
    kf.clear_slot(DECOY_SLOT)
    keyfile.write_key_file(key_file_path(profile.home), kf)
    for other in _other_stores(profile.home, record.db_id):
        db_id = bytes.fromhex(other.name[6:-3])
        temp = build_store(profile.home, db_id, secrets.token_bytes(32), role="monitor")
        _rewrite_in_place(other, temp, _times(other))


def overwrite_slots_in_place(path: Path, keep: int) -> None:
    """Overwrite every slot but ``keep`` with random bytes inside the existing key file, then fsync.

    In place rather than by atomic rename, so the old slot bytes are not left behind in a freed block (on file
    systems that overwrite in place). A torn write only makes a slot random sooner, which is the intent.
    """
    fd = os.open(path, os.O_WRONLY)
    try:
        for i in range(SLOT_COUNT):
            if i != keep:
                os.pwrite(fd, secrets.token_bytes(SLOT_LEN), HEADER_LEN + i * SLOT_LEN)
        os.fsync(fd)
    finally:
        os.close(fd)


def shred_on_duress(home: Path, kf: KeyFile, decoy_slot: int, decoy_db_id: bytes) -> None:
    """Called by ``Profile.open`` when a duress slot with :data:`FLAG_SHRED_MAIN` opened: destroy the real store."""
    overwrite_slots_in_place(key_file_path(home), decoy_slot)
    for i in range(SLOT_COUNT):
        if i != decoy_slot:
            kf.clear_slot(i)
    keyfile.fsync_dir(home)
    # The real store becomes a fresh cover store in the same file: the folder keeps its files, names and size
    # classes, and the new cover store gets the decoy's earlier times (a cover store is never written after it is
    # made). Its key was in the slots just overwritten, so its old pages are unreadable even where they survive.
    decoy_store = db_path(home, decoy_db_id)
    times = _times(decoy_store) if decoy_store.exists() else None
    for store in _other_stores(home, decoy_db_id):
        db_id = bytes.fromhex(store.name[6:-3])
        _rewrite_in_place(store, build_store(home, db_id, secrets.token_bytes(32), role="monitor"), times)
    keyfile.fsync_dir(home)
    RememberedKey(kf.file_id).forget()
