"""The default ``MetadataStore``: one SQLite file in WAL mode, one connection serialised by a lock."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from kpfield.server.storage import (DeviceRecord, EnvelopeRecord, Message, MetadataStore, QuotaExceeded,
                                   UploadRecord)

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS invitations (
    token_hash TEXT PRIMARY KEY, role TEXT NOT NULL, label TEXT NOT NULL, created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL, used_at INTEGER, used_by TEXT);
CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY, role TEXT NOT NULL, label TEXT NOT NULL, sign_key BLOB NOT NULL UNIQUE,
    box_key BLOB NOT NULL, enrolled_at INTEGER NOT NULL, revoked_at INTEGER);
CREATE TABLE IF NOT EXISTS uploads (
    upload_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
    created_at INTEGER NOT NULL, completed_at INTEGER, receipt TEXT, UNIQUE (device_id, sha256));
CREATE TABLE IF NOT EXISTS envelopes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, sha256 TEXT NOT NULL, size INTEGER NOT NULL, device_id TEXT NOT NULL,
    upload_id TEXT NOT NULL UNIQUE, received_at INTEGER NOT NULL, receipt TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS envelopes_sha ON envelopes (sha256);
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL UNIQUE, sender TEXT NOT NULL,
    recipient TEXT, posted_at INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS messages_recipient ON messages (recipient, seq);
CREATE TABLE IF NOT EXISTS recipients (
    id INTEGER PRIMARY KEY CHECK (id = 1), issued_at INTEGER NOT NULL, document TEXT NOT NULL);
"""


class SqliteMetadataStore(MetadataStore):
    """Metadata in ``path`` (created if missing).

    :param path: the SQLite file.
    One connection shared by the server's worker threads behind a lock: the server's load is a few devices, and
    a single writer keeps every multi-statement operation trivially atomic.
    """

    def __init__(self, path: str | Path):
        self._lock = threading.Lock()
        # Created owner-only before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a receipt promises the server holds the envelope; the commit behind it must survive power loss.
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        with self._tx() as c:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"server database schema {version} is newer than this server ({SCHEMA_VERSION})")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    c.execute(statement)
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextmanager
    def _tx(self):
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # --- devices and invitations -------------------------------------------------------------------------
    def add_invitation(self, token_hash, role, label, created_at, expires_at):
        with self._tx() as c:
            c.execute("INSERT INTO invitations (token_hash, role, label, created_at, expires_at) VALUES (?,?,?,?,?)",
                      (token_hash, role, label, created_at, expires_at))

    def enroll(self, token_hash, device, now):
        with self._tx() as c:
            row = c.execute("SELECT role, expires_at, used_at FROM invitations WHERE token_hash=?",
                            (token_hash,)).fetchone()
            if row is None:
                return "unknown_token"
            role, expires_at, used_at = row
            if used_at is not None:
                return "used"
            if expires_at < now:
                return "expired"
            if role != device.role:
                return "role_mismatch"
            if c.execute("SELECT 1 FROM devices WHERE device_id=? OR sign_key=?",
                         (device.device_id, device.sign_key)).fetchone():
                return "already_enrolled"
            c.execute("UPDATE invitations SET used_at=?, used_by=? WHERE token_hash=?",
                      (now, device.device_id, token_hash))
            c.execute("INSERT INTO devices (device_id, role, label, sign_key, box_key, enrolled_at) "
                      "VALUES (?,?,?,?,?,?)", (device.device_id, device.role, device.label, device.sign_key,
                                               device.box_key, device.enrolled_at))
            return "ok"

    _DEVICE_COLS = "device_id, role, label, sign_key, box_key, enrolled_at, revoked_at"

    def get_device(self, device_id):
        with self._lock:
            row = self._conn.execute(f"SELECT {self._DEVICE_COLS} FROM devices WHERE device_id=?",
                                     (device_id,)).fetchone()
        return DeviceRecord(*row) if row else None

    def list_devices(self):
        with self._lock:
            rows = self._conn.execute(f"SELECT {self._DEVICE_COLS} FROM devices ORDER BY enrolled_at, device_id")
            return [DeviceRecord(*row) for row in rows.fetchall()]

    def revoke_device(self, device_id, now):
        with self._tx() as c:
            if not c.execute("SELECT 1 FROM devices WHERE device_id=?", (device_id,)).fetchone():
                return False
            c.execute("UPDATE devices SET revoked_at=? WHERE device_id=? AND revoked_at IS NULL", (now, device_id))
            return True

    # --- uploads and envelopes ---------------------------------------------------------------------------
    _UPLOAD_COLS = "upload_id, device_id, sha256, size, created_at, completed_at, receipt"

    @staticmethod
    def _upload(row) -> UploadRecord:
        return UploadRecord(*row[:6], receipt=json.loads(row[6]) if row[6] else None)

    def declare_upload(self, upload_id, device_id, sha256, size, now, *, max_pending=None, max_pending_bytes=None):
        with self._tx() as c:
            row = c.execute(f"SELECT {self._UPLOAD_COLS} FROM uploads WHERE device_id=? AND sha256=?",
                            (device_id, sha256)).fetchone()
            if row:
                return self._upload(row), False
            if max_pending is not None or max_pending_bytes is not None:
                count, total = c.execute("SELECT count(*), coalesce(sum(size), 0) FROM uploads WHERE device_id=? "
                                         "AND receipt IS NULL", (device_id,)).fetchone()
                if (max_pending is not None and count >= max_pending) or \
                        (max_pending_bytes is not None and total + size > max_pending_bytes):
                    raise QuotaExceeded(count, total)
            c.execute("INSERT INTO uploads (upload_id, device_id, sha256, size, created_at) VALUES (?,?,?,?,?)",
                      (upload_id, device_id, sha256, size, now))
            return UploadRecord(upload_id, device_id, sha256, size, now), True

    def get_upload(self, upload_id):
        with self._lock:
            row = self._conn.execute(f"SELECT {self._UPLOAD_COLS} FROM uploads WHERE upload_id=?",
                                     (upload_id,)).fetchone()
        return self._upload(row) if row else None

    def complete_upload(self, upload_id, received_at, make_receipt: Callable[[int], dict]):
        with self._tx() as c:
            row = c.execute(f"SELECT {self._UPLOAD_COLS} FROM uploads WHERE upload_id=?", (upload_id,)).fetchone()
            if row is None:
                raise KeyError(upload_id)
            upload = self._upload(row)
            if upload.receipt is not None:
                return upload.receipt
            seq = c.execute("INSERT INTO envelopes (sha256, size, device_id, upload_id, received_at, receipt) "
                            "VALUES (?,?,?,?,?,'')", (upload.sha256, upload.size, upload.device_id, upload_id,
                                                      received_at)).lastrowid
            receipt = make_receipt(seq)
            text = json.dumps(receipt, sort_keys=True)
            c.execute("UPDATE envelopes SET receipt=? WHERE seq=?", (text, seq))
            c.execute("UPDATE uploads SET completed_at=?, receipt=? WHERE upload_id=?", (received_at, text, upload_id))
            return receipt

    def mark_upload_verified(self, upload_id, now):
        with self._tx() as c:
            c.execute("UPDATE uploads SET completed_at=? WHERE upload_id=? AND receipt IS NULL "
                      "AND completed_at IS NULL", (now, upload_id))

    def unfinished_uploads(self, device_id=None, created_before=None):
        where, params = ["receipt IS NULL", "completed_at IS NULL"], []
        if device_id is not None:
            where.append("device_id = ?")
            params.append(device_id)
        if created_before is not None:
            where.append("created_at < ?")
            params.append(created_before)
        with self._lock:
            rows = self._conn.execute(f"SELECT {self._UPLOAD_COLS} FROM uploads WHERE {' AND '.join(where)} "
                                      "ORDER BY created_at", params).fetchall()
        return [self._upload(row) for row in rows]

    def delete_unfinished_upload(self, upload_id):
        with self._tx() as c:
            return c.execute("DELETE FROM uploads WHERE upload_id=? AND receipt IS NULL AND completed_at IS NULL",
                             (upload_id,)).rowcount > 0

    _ENV_COLS = "seq, sha256, size, device_id, upload_id, received_at, receipt"

    def list_envelopes(self, after, limit):
        with self._lock:
            rows = self._conn.execute(f"SELECT {self._ENV_COLS} FROM envelopes WHERE seq > ? ORDER BY seq LIMIT ?",
                                      (after, limit)).fetchall()
        return [EnvelopeRecord(*row[:6], receipt=json.loads(row[6])) for row in rows]

    def get_envelope(self, sha256):
        with self._lock:
            row = self._conn.execute(f"SELECT {self._ENV_COLS} FROM envelopes WHERE sha256=? ORDER BY seq LIMIT 1",
                                     (sha256,)).fetchone()
        return EnvelopeRecord(*row[:6], receipt=json.loads(row[6])) if row else None

    # --- mailboxes, shared channel, recipient list -------------------------------------------------------
    def post_message(self, message_id, sender, recipient, data, now):
        with self._tx() as c:
            return c.execute("INSERT INTO messages (message_id, sender, recipient, posted_at, data) "
                             "VALUES (?,?,?,?,?)", (message_id, sender, recipient, now, data)).lastrowid

    def list_messages(self, recipient, after, limit):
        where = "recipient IS NULL" if recipient is None else "recipient = ?"
        params = (() if recipient is None else (recipient,)) + (after, limit)
        with self._lock:
            rows = self._conn.execute(f"SELECT seq, message_id, sender, recipient, posted_at, data FROM messages "
                                      f"WHERE {where} AND seq > ? ORDER BY seq LIMIT ?", params).fetchall()
        return [Message(*row) for row in rows]

    def ack_messages(self, recipient, message_ids):
        with self._tx() as c:
            count = 0
            for message_id in message_ids:
                count += c.execute("DELETE FROM messages WHERE recipient=? AND message_id=?",
                                   (recipient, message_id)).rowcount
            return count

    def put_recipients(self, document, issued_at):
        with self._tx() as c:
            row = c.execute("SELECT issued_at FROM recipients WHERE id=1").fetchone()
            if row and row[0] >= issued_at:
                return False
            c.execute("INSERT OR REPLACE INTO recipients (id, issued_at, document) VALUES (1,?,?)",
                      (issued_at, json.dumps(document, sort_keys=True)))
            return True

    def get_recipients(self):
        with self._lock:
            row = self._conn.execute("SELECT document FROM recipients WHERE id=1").fetchone()
        return json.loads(row[0]) if row else None

    def close(self):
        with self._lock:
            self._conn.close()
