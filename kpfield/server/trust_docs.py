"""The organisation documents the server relays: its public key (set by the operator), certificates, revocations.

Kept in ``trust.sqlite3`` in the data folder, apart from the metadata store. The server checks each document's
shape and signature against the organisation key it was configured with, only to refuse junk early: devices
verify every document themselves against the key they pinned, so a server that lies here gains nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from kpfield.sync.identity import b64url

FILE = "trust.sqlite3"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS org (id INTEGER PRIMARY KEY CHECK (id = 1), org_key BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS certificates (device_id TEXT PRIMARY KEY, issued_at INTEGER NOT NULL, "
    "document TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS revocations (id INTEGER PRIMARY KEY CHECK (id = 1), serial INTEGER NOT NULL, "
    "document TEXT NOT NULL)",
)


@contextmanager
def _db(data_dir: Path):
    path = Path(data_dir) / FILE
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("BEGIN IMMEDIATE")
        for statement in _SCHEMA:
            conn.execute(statement)
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()


def org_key(data_dir: Path) -> bytes | None:
    """The organisation public key the operator configured, or ``None``."""
    with _db(data_dir) as c:
        row = c.execute("SELECT org_key FROM org WHERE id = 1").fetchone()
    return bytes(row[0]) if row else None


def set_org_key(data_dir: Path, key: bytes) -> None:
    with _db(data_dir) as c:
        c.execute("INSERT OR REPLACE INTO org (id, org_key) VALUES (1, ?)", [key])


def put_certificate(data_dir: Path, device_id: str, issued_at: int, document: dict) -> bool:
    """Keep a certificate unless one at least as recent is held for that device."""
    with _db(data_dir) as c:
        cur = c.execute("INSERT INTO certificates (device_id, issued_at, document) VALUES (?,?,?) "
                        "ON CONFLICT(device_id) DO UPDATE SET issued_at = excluded.issued_at, document = "
                        "excluded.document WHERE excluded.issued_at > certificates.issued_at",
                        [device_id, issued_at, json.dumps(document, sort_keys=True)])
        return cur.rowcount > 0


def put_revocations(data_dir: Path, serial: int, document: dict) -> bool:
    """Keep a revocation list only if its serial is higher than the one held."""
    with _db(data_dir) as c:
        row = c.execute("SELECT serial FROM revocations WHERE id = 1").fetchone()
        if row is not None and serial <= row[0]:
            return False
        c.execute("INSERT OR REPLACE INTO revocations (id, serial, document) VALUES (1, ?, ?)",
                  [serial, json.dumps(document, sort_keys=True)])
        return True


def snapshot(data_dir: Path) -> dict:
    """What ``GET /v1/trust`` answers."""
    with _db(data_dir) as c:
        row = c.execute("SELECT org_key FROM org WHERE id = 1").fetchone()
        certs = [json.loads(d) for (d,) in c.execute("SELECT document FROM certificates ORDER BY device_id")]
        rev = c.execute("SELECT document FROM revocations WHERE id = 1").fetchone()
    return {"org_key": b64url(bytes(row[0])) if row else None, "certificates": certs,
            "revocations": json.loads(rev[0]) if rev else None}
