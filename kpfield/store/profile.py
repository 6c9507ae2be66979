"""A user profile: one folder holding the key file and the encrypted store it unlocks.

Folder layout::

    profile.key             the wrapped store key(s), see keyfile.py
    store-<db id>.db        the SQLCipher database (plus -wal and -shm while it is open)
    store-<other id>.db     the cover or decoy store, when made by kpfield.safety.duress.create_profile
    unlock.state            the failed-unlock counter (kpfield/safety/unlock_guard.py), once one was counted

Nothing else is written there, and nothing outside it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlite_utils import Database

from kpfield.errors import KeyFileMissing, ProfileExists, ProfileNotFound, StoreLocked, WrongPassphrase
from kpfield.store import database, keyfile
from kpfield.store.audit import AuditLog
from kpfield.store.keyfile import KEY_FILE, KdfParams, KeyFile, SlotRecord, key_file_path  # noqa: F401 - re-exported
from kpfield.store.keyring_support import RememberedKey
from kpfield.store.passphrase import require_strong
from kpfield.store.photos import PhotoStore
from kpfield.store.reports import ReportStore
from kpfield.store.schema import migrations
from kpfield.store.settings import Settings

ROLES = ("monitor", "coordinator")
FAST_KDF_ENV = "KPFIELD_INSECURE_FAST_KDF"


def db_path(home: Path, db_id: bytes) -> Path:
    return Path(home) / f"store-{db_id.hex()}.db"


def build_store(home: Path, db_id: bytes, key: bytes, *, role: str | None) -> Path:
    """Build a fresh, migrated store for ``db_id`` under a temporary name and return that path; the caller
    publishes it with ``os.replace`` once whatever must exist first (its key) is on disk."""
    temp = Path(home) / f".store-{db_id.hex()}.db.creating"
    for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    conn = database.connect(temp, key, create=True)
    try:
        db = Database(conn)
        migrations.apply(db)
        if role is not None:
            with db.atomic():
                Settings(db).set("role", role)
                AuditLog(db).append("profile_created", detail={"role": role})
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return temp


def profile_exists(home: str | os.PathLike) -> bool:
    """True when ``home`` holds a key file (the profile may still be damaged; opening tells)."""
    return key_file_path(Path(home)).exists()


def default_kdf() -> KdfParams:
    """Calibrated Argon2id parameters, or the deliberately weak test ones when KPFIELD_INSECURE_FAST_KDF=1."""
    if os.environ.get(FAST_KDF_ENV) == "1":
        return KdfParams.fast_for_tests()
    return keyfile.calibrate()


class Profile:
    """An unlocked profile: the open store and its repositories. Use from the thread that opened it."""

    def __init__(self, home: Path, conn, record: SlotRecord, keyfile_: KeyFile, slot: int):
        self.home = Path(home)
        self._conn = conn
        self.db = Database(conn)
        self._record = record
        self._file_id = keyfile_.file_id
        self._slot = slot
        self.audit = AuditLog(self.db)
        self.reports = ReportStore(self.db, self.audit)
        self.photos = PhotoStore(self.db, self.audit, self.reports)
        self.settings = Settings(self.db)

    # --- life cycle --------------------------------------------------------------------------------------
    @classmethod
    def create(cls, home: str | os.PathLike, passphrase: str, *, role: str = "monitor",
               kdf: KdfParams | None = None, check_strength: bool = True, check_same_thread: bool = True) -> "Profile":
        """Create a new profile in ``home`` and return it unlocked.

        :param kdf: Argon2id parameters; by default calibrated to take 0.5–1 s on this machine.
        :param check_strength: refuse weak passphrases (:class:`WeakPassphrase`).
        Refuses, with :class:`ProfileExists`, to touch a folder that already holds a profile.
        """
        home = Path(home)
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        if check_strength:
            require_strong(passphrase)
        if profile_exists(home) or any(home.glob("store-*.db")):
            raise ProfileExists(f"A KP Field profile already exists in {home}; it was left untouched.")
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        for leftover in home.glob(".store-*.creating*"):  # an earlier creation that crashed half-way
            leftover.unlink()
        kf = KeyFile.new(kdf or default_kdf())
        record = SlotRecord(kind=keyfile.KIND_MAIN, db_id=secrets.token_bytes(16), key=secrets.token_bytes(32))
        final = db_path(home, record.db_id)
        # Build the store under a temporary name and publish it only once the key file exists, so a crash
        # never leaves a store without a key file or a key file without a store.
        temp = build_store(home, record.db_id, record.key, role=role)
        kf.seal_slot(0, kf.derive(passphrase), record)
        keyfile.write_key_file(key_file_path(home), kf)
        os.replace(temp, final)
        keyfile.fsync_dir(home)
        return cls._open_record(home, record, kf, 0, check_same_thread=check_same_thread)

    @classmethod
    def open(cls, home: str | os.PathLike, passphrase: str, *, check_same_thread: bool = True) -> "Profile":
        """Unlock the profile in ``home``. Raises :class:`ProfileNotFound`, :class:`WrongPassphrase`,
        :class:`KeyFileDamaged`, :class:`NotOurDatabase`, :class:`DatabaseDamaged` or :class:`SchemaTooNew`;
        none of them changes anything on disk. A duress passphrase set to shred the real store does so here."""
        home = Path(home)
        kf = cls._read_keyfile(home)
        unlocked = kf.unlock(passphrase)
        if unlocked.record.kind == keyfile.KIND_DECOY and unlocked.record.flags & 0x01:
            # A duress passphrase whose owner chose "destroy the real store when used" (kpfield/safety/duress.py).
            from kpfield.safety.duress import shred_on_duress

            shred_on_duress(home, kf, unlocked.slot, unlocked.record.db_id)
        return cls._open_record(home, unlocked.record, kf, unlocked.slot, check_same_thread=check_same_thread)

    @classmethod
    def open_remembered(cls, home: str | os.PathLike, backend=None, *,
                        check_same_thread: bool = True) -> "Profile | None":
        """Unlock with the key remembered in the OS keyring, or return None when there is none."""
        home = Path(home)
        kf = cls._read_keyfile(home)
        secret = RememberedKey(kf.file_id, backend).load()
        if not secret or len(secret) != 48:
            return None
        record = SlotRecord(kind=keyfile.KIND_MAIN, db_id=secret[:16], key=secret[16:])
        return cls._open_record(home, record, kf, -1, check_same_thread=check_same_thread)

    @staticmethod
    def _read_keyfile(home: Path) -> KeyFile:
        try:
            return keyfile.read_key_file(key_file_path(home))
        except KeyFileMissing:
            if any(home.glob("store-*.db")):
                raise  # the store is there but its key file is gone: say exactly that
            raise ProfileNotFound(f"There is no KP Field profile in {home}.") from None

    @classmethod
    def _open_record(cls, home: Path, record: SlotRecord, kf: KeyFile, slot: int, *,
                     check_same_thread: bool) -> "Profile":
        conn = database.connect(db_path(home, record.db_id), record.key, check_same_thread=check_same_thread)
        try:
            db = Database(conn)
            database.check_identity(db, expect_ours=True)
            migrations.apply(db)
        except BaseException:
            conn.close()
            raise
        return cls(home, conn, record, kf, slot)

    def open_sibling(self) -> "Profile":
        """A second connection to the same store, owned by the calling thread (e.g. a sync worker).

        Reads only what stays fixed while the profile is open (folder, key record), so it may be called from any
        thread; the new profile must be closed by the thread that opened it.
        """
        self._require_open()
        kf = self._read_keyfile(self.home)
        return Profile._open_record(self.home, self._record, kf, self._slot, check_same_thread=True)

    def close(self) -> None:
        """Close the store; the profile object is unusable afterwards."""
        if self._conn is not None:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # noqa: BLE001 - closing must not fail because a checkpoint could not run
                pass
            self._conn.close()
            self._conn = None
            self._record = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def role(self) -> str:
        return self.settings.get("role", "monitor")

    @property
    def db_file(self) -> Path:
        self._require_open()
        return db_path(self.home, self._record.db_id)

    def _require_open(self) -> None:
        if self._conn is None:
            raise StoreLocked("The profile is locked.")

    # --- passphrase and keyring -------------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, *, check_strength: bool = True) -> None:
        """Re-wrap the store key under ``new``; the database itself is not re-encrypted."""
        self._require_open()
        if check_strength:
            require_strong(new)
        kf = self._read_keyfile(self.home)
        mine = [u for u in kf.try_slots(kf.derive(old)) if u.record.db_id == self._record.db_id]
        if not mine:
            raise WrongPassphrase("The current passphrase is wrong.", code="current_passphrase_wrong")
        new_key = kf.derive(new)
        if any(u.slot != mine[0].slot for u in kf.try_slots(new_key)):
            raise WrongPassphrase("Choose a different passphrase.", code="passphrase_same_as_other")
        kf.seal_slot(mine[0].slot, new_key, mine[0].record)
        keyfile.write_key_file(key_file_path(self.home), kf)
        with self.db.atomic():
            self.audit.append("passphrase_changed")

    def remember(self, backend=None) -> None:
        """Keep the store key in the OS keyring (only an encrypting one; :class:`KeyringUnavailable` otherwise)."""
        self._require_open()
        RememberedKey(self._file_id, backend).save(self._record.db_id + self._record.key)
        self.settings.set("remember_key", True)

    def forget(self, backend=None) -> None:
        """Remove the key from the OS keyring, if it was remembered."""
        RememberedKey(self._file_id, backend).forget()
        if self.is_open:
            self.settings.set("remember_key", False)
