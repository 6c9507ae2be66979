"""Opening an SQLCipher database with a raw key, tuning it, and translating driver errors into typed errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from kpfield.errors import DatabaseDamaged, DatabaseMissing, NotOurDatabase, SchemaTooNew

# "KPF1" as a 32-bit integer: marks a database as a KP Field store (PRAGMA application_id).
APPLICATION_ID = 0x4B504631
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

DriverError = (sqlcipher3.dbapi2.DatabaseError, sqlite3.DatabaseError)


def _pragmas(conn, *, encrypted: bool, memory_security: bool = True) -> None:
    if encrypted and memory_security:
        # Wipe and lock SQLCipher's buffers: decrypted pages and keys do not linger in freed memory or swap.
        conn.execute("PRAGMA cipher_memory_security = ON")
    # Temporary tables, sort spills and FTS merges stay in memory: no plaintext temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Deleted reports are overwritten, not left in free pages for someone who later forces an unlock.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    # 32 MiB page cache: decrypting a page is the expensive part of a read, so keep many decrypted.
    conn.execute("PRAGMA cache_size = -32768")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DatabaseDamaged(f"The store could not switch to write-ahead logging (got {mode}).")
    # FULL: a commit is on disk when it returns, so a flat battery cannot undo a saved report.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")


def connect(path: Path, key: bytes | None, *, create: bool = False, check_same_thread: bool = True,
            memory_security: bool = True):
    """Open ``path`` with the 32-byte raw ``key`` (``None``: an unencrypted SQLite file, for benchmarks only).

    ``memory_security=False`` exists only so a benchmark can measure what SQLCipher's memory wiping costs (the
    setting is process-wide once on); profiles always open with it on.

    Raises :class:`DatabaseMissing`, :class:`NotOurDatabase` or :class:`DatabaseDamaged`; never modifies a file it
    cannot open.
    """
    if not create and not path.exists():
        raise DatabaseMissing(f"The store {path.name} is missing from the profile folder.")
    if key is None:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=check_same_thread)
        _pragmas(conn, encrypted=False)
        return conn
    if not create:
        _precheck(path)
    elif not path.exists():
        # Owner-only from the first byte; SQLite gives the -wal and -shm files the database's permissions.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=check_same_thread)
    try:
        # The raw-key form skips SQLCipher's own PBKDF2: our Argon2id already did the slow part.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError:
            raise NotOurDatabase(
                "The store cannot be opened with this profile's key: it belongs to another profile or is damaged."
            ) from None
        _pragmas(conn, encrypted=True, memory_security=memory_security)
    except BaseException:
        conn.close()
        raise
    return conn


def _precheck(path: Path) -> None:
    """Cheap checks that tell a plain SQLite file or a truncated file apart from a key problem."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseDamaged(f"The store cannot be read: {exc.strerror}.") from None
    if head == _PLAIN_SQLITE_HEADER:
        raise NotOurDatabase("This file is an unencrypted SQLite database, not a KP Field store.")
    if size == 0 or size % 512:
        raise DatabaseDamaged(f"The store file is {size} bytes long, which no intact store is: it is damaged.")


def check_identity(db: Database, *, expect_ours: bool) -> None:
    """Refuse a database that opened but is not a KP Field store."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if expect_ours and app_id != APPLICATION_ID:
        raise NotOurDatabase("This database is not a KP Field store.")


def integrity_check(db: Database) -> list[str]:
    """SQLite's full integrity check; an empty list means the store is sound."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


# --- migrations -----------------------------------------------------------------------------------------
class Migrations:
    """Ordered, named schema steps recorded in ``PRAGMA user_version`` (and a ``_migrations`` table).

    sqlite-utils' ``alter=True`` does not work on sqlcipher3 connections, so every change is a step here.
    """

    def __init__(self):
        self._steps: list[tuple[str, callable]] = []

    def __call__(self, fn):
        self._steps.append((fn.__name__, fn))
        return fn

    @property
    def latest(self) -> int:
        return len(self._steps)

    def apply(self, db: Database) -> int:
        """Run every step newer than the database's version, each in its own transaction; return the version."""
        current = db.execute("PRAGMA user_version").fetchone()[0]
        if current > self.latest:
            raise SchemaTooNew(
                f"This store was written by a newer KP Field (schema {current}; this version knows {self.latest}). "
                "Update KP Field to open it."
            )
        for number, (name, fn) in enumerate(self._steps, start=1):
            if number <= current:
                continue
            with db.atomic():
                fn(db)
                db.execute(
                    "CREATE TABLE IF NOT EXISTS _migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"
                )
                db.execute("INSERT INTO _migrations (number, name) VALUES (?, ?)", [number, name])
                db.execute(f"PRAGMA user_version = {number}")
        return self.latest
