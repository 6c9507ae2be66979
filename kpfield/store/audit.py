"""The audit trail: an append-only, hash-chained log of what happened to each report.

Each entry's hash covers its sequence number, time, report, action, detail, the hash of the report's new state and
the previous entry's hash; changing, removing or reordering any entry breaks the chain from that point on.
Triggers in the schema refuse UPDATE and DELETE on the table; the chain catches edits made around them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlite_utils import Database

from kpfield.model import iso, utcnow

GENESIS = "0" * 64


def state_hash(state: dict) -> str:
    """SHA-256 of a report's state in a canonical JSON form."""
    return hashlib.sha256(_canonical(state)).hexdigest()


def _canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _entry_hash(seq: int, at: str, report_id: str | None, action: str, detail: str, state: str | None,
                prev: str) -> str:
    return hashlib.sha256(_canonical([seq, at, report_id, action, detail, state, prev])).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    report_id: str | None
    action: str
    detail: dict
    state_hash: str | None
    prev_hash: str
    hash: str

    def to_dict(self) -> dict:
        return self.__dict__.copy()


@dataclass(frozen=True)
class ChainCheck:
    """The result of verifying the chain: ``ok``, how many entries, and the first broken link if any."""

    ok: bool
    entries: int
    broken_seq: int | None = None
    reason: str = ""


ACTIONS = frozenset({
    "created", "edited", "photo_added", "photo_removed", "marked_ready", "new_version", "exported", "sent",
    "deleted", "received", "reviewed", "quarantined", "message_sent", "profile_created", "passphrase_changed", "enrolled",
    "version_shown", "version_withdrawn", "redelivered",
    # the organisation key (kpfield/coordinator/org.py)
    "org_created", "device_certified", "device_revoked", "org_key_forgotten", "org_key_restored",
})


class AuditLog:
    """Append to and verify the audit chain of one store."""

    def __init__(self, db: Database):
        self.db = db

    def append(self, action: str, report_id: str | None = None, *, state: dict | None = None,
               detail: dict | None = None) -> AuditEntry:
        """Add an entry (inside the caller's transaction, so it commits or rolls back with the change)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        last = self.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = iso(utcnow())
        detail_json = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        sh = state_hash(state) if state is not None else None
        h = _entry_hash(seq, at, report_id, action, detail_json, sh, prev)
        self.db.execute(
            "INSERT INTO audit (seq, at, report_id, action, detail, state_hash, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, at, report_id, action, detail_json, sh, prev, h],
        )
        return AuditEntry(seq, at, report_id, action, detail or {}, sh, prev, h)

    def entries(self, report_id: str | None = None) -> list[AuditEntry]:
        sql = "SELECT seq, at, report_id, action, detail, state_hash, prev_hash, hash FROM audit"
        params: list = []
        if report_id is not None:
            sql += " WHERE report_id = ?"
            params.append(report_id)
        rows = self.db.execute(sql + " ORDER BY seq", params).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7]) for r in rows]

    def verify(self) -> ChainCheck:
        """Walk the whole chain and name the first broken link."""
        prev = GENESIS
        expected_seq = 1
        count = 0
        for seq, at, report_id, action, detail, sh, prev_hash, h in self.db.execute(
            "SELECT seq, at, report_id, action, detail, state_hash, prev_hash, hash FROM audit ORDER BY seq"
        ):
            count += 1
            if seq != expected_seq:
                return ChainCheck(False, count, seq, f"entry {expected_seq} is missing (next is {seq})")
            if prev_hash != prev:
                return ChainCheck(False, count, seq, f"entry {seq} does not follow entry {seq - 1}")
            if _entry_hash(seq, at, report_id, action, detail, sh, prev_hash) != h:
                return ChainCheck(False, count, seq, f"entry {seq} was altered after it was written")
            prev = h
            expected_seq += 1
        return ChainCheck(True, count)
