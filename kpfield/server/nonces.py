"""Replay protection: the request nonces the server has seen, stored on disk so a restart does not reopen replays.

Each accepted signed request's ``(device, nonce)`` is kept until it expires (twice the clock window after it was
seen, plus a second): a request's timestamp is accepted only within the window, so a replay can never outlive its
nonce. The nonces live in their own SQLite file (``nonces.sqlite3`` in the data folder, WAL mode), written with
``synchronous=NORMAL``: a commit survives the server process dying or being restarted, with no fsync per request
(the metadata database fsyncs every commit, and every signed request records a nonce). What a power cut could take
with it -- the last nonces before the cut -- is covered by the second rule in ``guard._check_signed``: timestamps
from before the server started are refused, and a machine does not reboot within one second.

Only requests whose signature verified, from enrolled devices that are not revoked, are recorded (see
``guard.authenticate_sync``), so the table grows with honest devices' traffic (bounded by their rate limit times
the retention), not with what strangers or revoked devices send.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

NONCE_FILE = "nonces.sqlite3"
_SCHEMA = ("CREATE TABLE IF NOT EXISTS nonces (device_id TEXT NOT NULL, nonce TEXT NOT NULL, "
           "expires_at INTEGER NOT NULL, PRIMARY KEY (device_id, nonce)) WITHOUT ROWID",
           "CREATE INDEX IF NOT EXISTS nonces_expiry ON nonces (expires_at)")
PRUNE_EVERY_S = 10


class NonceStore:
    """Nonces seen and not yet expired, in ``path`` (created owner-only if missing).

    :param path: the SQLite file.
    """

    def __init__(self, path: str | Path):
        self._lock = threading.Lock()
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: durable across a process crash or restart; see the module docstring for power loss.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        for statement in _SCHEMA:
            self._conn.execute(statement)
        self._next_prune = 0

    def add(self, device_id: str, nonce: str, expires_at: int, now: int) -> bool:
        """Record a nonce; False when it was already seen and has not expired (a replay)."""
        with self._lock:
            if now >= self._next_prune:
                self._conn.execute("DELETE FROM nonces WHERE expires_at < ?", (now,))
                self._next_prune = now + PRUNE_EVERY_S
            # One statement, one commit: a new nonce is inserted; a seen one only replaces an expired entry that
            # the prune has not removed yet (rowcount 0 means: seen and still valid, a replay).
            cursor = self._conn.execute(
                "INSERT INTO nonces (device_id, nonce, expires_at) VALUES (?,?,?) ON CONFLICT (device_id, nonce) "
                "DO UPDATE SET expires_at=excluded.expires_at WHERE nonces.expires_at < ?",
                (device_id, nonce, expires_at, now))
            return cursor.rowcount > 0

    def count(self) -> int:
        """How many nonces are stored (expired ones included until the next prune)."""
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM nonces").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
