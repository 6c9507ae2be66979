"""Taking envelopes from the server's feed into a coordinator's store, never trusting what the feed says.

- A feed entry is checked before anything is stored for it: an envelope hash of 64 hex digits, a device id, and a
  declared size within :data:`MAX_ENVELOPE_BYTES`. An entry that fails goes straight to quarantine with its reason,
  and nothing is downloaded for it.
- A feed entry repeating an envelope already taken (same SHA-256) is a re-delivery: recorded against the first
  entry (``duplicate_of``), never downloaded or checked again, so it cannot change the first entry's verdict.
- Bytes are stored as they arrive, in pieces of at most :data:`PART_BYTES` (``received_parts``, inside the
  encrypted store), and joined into one ``received_blobs`` row only once the declared size has arrived. Nothing is
  allocated ahead of the bytes: a server announcing a huge size for an envelope it never sends makes nothing grow.
  The client reads at most the declared size; a short answer is a named failure, retried on the next pull.
"""

from __future__ import annotations

import json
import re

from kpfield.errors import SyncCancelled, SyncError
from kpfield.model import iso, utcnow

MiB = 1024 * 1024
MAX_ENVELOPE_BYTES = 512 * MiB  # the largest envelope a server accepts by default (docs/PROTOCOL_HTTP.md)
MIN_ENVELOPE_BYTES = 4 + 1 + 1 + 2 + 4 + 80 + 24 + 17  # fixed header, one recipient slot, stream header, one tag
PART_BYTES = 1 * MiB
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DEVICE_ID = re.compile(r"[a-z2-7]{1,64}")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def feed_problem(item: dict) -> str | None:
    """What is wrong with one feed entry (``seq`` already checked), or None when it may be downloaded."""
    sha, size, device = item.get("sha256"), item.get("size"), item.get("device_id")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        return "the server's feed entry names no valid envelope hash (64 hexadecimal digits): nothing was downloaded"
    if not isinstance(device, str) or not _DEVICE_ID.fullmatch(device):
        return "the server's feed entry names no valid device id: nothing was downloaded"
    if not _is_int(size) or size < MIN_ENVELOPE_BYTES:
        return (f"the server declared a size of {size!r} bytes for this envelope, less than the "
                f"{MIN_ENVELOPE_BYTES} bytes any envelope holds: nothing was downloaded")
    if size > MAX_ENVELOPE_BYTES:
        return (f"the server declared {size} bytes for this envelope, more than the {MAX_ENVELOPE_BYTES} bytes an "
                f"envelope may hold: nothing was downloaded or allocated")
    return None


def take_feed_entry(profile, item: dict) -> str | None:
    """Record one feed entry (inside the caller's transaction); returns a reason when it cannot even be recorded.

    A malformed entry is kept in quarantine with its reason; a re-delivery is recorded against the first entry;
    anything else waits to be downloaded.
    """
    db = profile.db
    seq = item.get("seq")
    if not _is_int(seq) or seq <= 0:
        return f"the server's feed holds an entry without a valid sequence number ({seq!r}): ignored"
    if db.execute("SELECT 1 FROM received_envelopes WHERE server_seq = ?", [seq]).fetchone():
        return None
    problem = feed_problem(item)
    sha = item["sha256"] if isinstance(item.get("sha256"), str) else ""
    device = item["device_id"] if isinstance(item.get("device_id"), str) else ""
    size = item["size"] if _is_int(item.get("size")) else 0
    received_at = item.get("received_at") if _is_int(item.get("received_at")) else None
    receipt = json.dumps(item.get("receipt"))
    if problem is None:
        first = db.execute("SELECT server_seq FROM received_envelopes WHERE sha256 = ? AND duplicate_of IS NULL "
                           "ORDER BY server_seq LIMIT 1", [sha]).fetchone()
        if first is not None:
            db.execute("INSERT INTO received_envelopes (server_seq, sha256, size, device_id, received_at, receipt, "
                       "state, duplicate_of) VALUES (?,?,?,?,?,?,'processed',?)",
                       [seq, sha, size, device, received_at, receipt, first[0]])
            profile.audit.append("redelivered", None, detail={"server_seq": seq, "envelope_sha256": sha,
                                                              "first_server_seq": first[0], "device_id": device})
            return None
        db.execute("INSERT INTO received_envelopes (server_seq, sha256, size, device_id, received_at, receipt, state) "
                   "VALUES (?,?,?,?,?,?,'downloading')", [seq, sha, size, device, received_at, receipt])
        return None
    db.execute("INSERT INTO received_envelopes (server_seq, sha256, size, device_id, received_at, receipt, state) "
               "VALUES (?,?,?,?,?,?,'processed')", [seq, sha[:64], size, device[:64], received_at, receipt])
    checks = {"envelope": {"ok": False, "code": "feed_entry", "detail": problem}}
    db.execute("INSERT INTO received (server_seq, envelope_sha256, device_id, checks, verification, status, "
               "processed_at) VALUES (?,?,?,?,?,'quarantined',?)",
               [seq, sha[:64], device[:64], json.dumps(checks), json.dumps(checks), iso(utcnow())])
    profile.audit.append("quarantined", None, detail={"server_seq": seq, "envelope_sha256": sha[:64],
                                                      "device_id": device[:64], "reasons": [f"envelope: {problem}"]})
    return None


def download(db, client, server_seq: int, on_progress, cancel) -> None:
    """Download one envelope's bytes into the store, resuming where an earlier pull stopped."""
    sha, size, done, state = db.execute("SELECT sha256, size, bytes_done, state FROM received_envelopes "
                                        "WHERE server_seq = ?", [server_seq]).fetchone()
    if state != "downloading":
        return
    if size > MAX_ENVELOPE_BYTES:  # a row recorded before sizes were checked: never allocated now
        raise SyncError(f"The server declared {size} bytes for envelope {sha}, more than the {MAX_ENVELOPE_BYTES} "
                        f"bytes an envelope may hold.")
    legacy = db.execute("SELECT rowid FROM received_blobs WHERE server_seq = ?", [server_seq]).fetchone()
    writer = _LegacyWriter(db, server_seq, legacy[0], done) if legacy else _PartWriter(db, server_seq, done)
    if done < size:
        try:
            client.download({"sha256": sha, "size": size}, writer.write, progress=on_progress, cancel=cancel,
                            start=done)
        except SyncError as exc:
            writer.flush()
            # The client refuses bytes whose hash differs only after writing them all: keep them, and let the
            # checks name the mismatch (a tampered server copy must be seen, not silently retried forever).
            if isinstance(exc, SyncCancelled):
                raise
            if writer.position < size:
                raise type(exc)(f"The server declared {size} bytes for envelope {sha} (feed entry {server_seq}) "
                                f"but sent {writer.position}: {exc}", **exc.details) from exc
        except BaseException:
            writer.flush()
            raise
        writer.flush()
    if writer.position != size:
        raise SyncError(f"The server sent {writer.position} bytes of envelope {sha}, not the {size} it declared.")
    with db.atomic():
        if not legacy:
            _join_parts(db, server_seq, size)
        db.execute("UPDATE received_envelopes SET state = 'downloaded' WHERE server_seq = ?", [server_seq])


class _PartWriter:
    """Keeps arriving bytes in pieces of at most PART_BYTES, committing each with the new byte count."""

    def __init__(self, db, server_seq: int, done: int):
        self.db, self.server_seq, self.position = db, server_seq, done
        self._buffer = bytearray()

    def write(self, piece: bytes) -> None:
        self._buffer += piece
        if len(self._buffer) >= PART_BYTES:
            self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        with self.db.atomic():
            self.db.execute("INSERT INTO received_parts (server_seq, offset, data) VALUES (?,?,?)",
                            [self.server_seq, self.position, bytes(self._buffer)])
            self.position += len(self._buffer)
            self.db.execute("UPDATE received_envelopes SET bytes_done = ? WHERE server_seq = ?",
                            [self.position, self.server_seq])
        self._buffer.clear()


class _LegacyWriter:
    """A download begun before pieces existed: its full-size blob is already allocated; write into it in place."""

    def __init__(self, db, server_seq: int, rowid: int, done: int):
        self.db, self.server_seq, self.rowid, self.position = db, server_seq, rowid, done

    def write(self, piece: bytes) -> None:
        with self.db.conn.open_blob("received_blobs", "data", self.rowid) as blob:
            blob.seek(self.position)
            blob.write(piece)
        self.position += len(piece)
        self.db.execute("UPDATE received_envelopes SET bytes_done = ? WHERE server_seq = ?",
                        [self.position, self.server_seq])

    def flush(self) -> None:
        pass


def _join_parts(db, server_seq: int, size: int) -> None:
    """Join the pieces into one blob of exactly the bytes that arrived (inside the caller's transaction)."""
    db.execute("INSERT INTO received_blobs (server_seq, data) VALUES (?, zeroblob(?))", [server_seq, size])
    rowid = db.execute("SELECT rowid FROM received_blobs WHERE server_seq = ?", [server_seq]).fetchone()[0]
    parts = db.execute("SELECT rowid, offset, length(data) FROM received_parts WHERE server_seq = ? ORDER BY offset",
                       [server_seq]).fetchall()
    expected = 0
    with db.conn.open_blob("received_blobs", "data", rowid) as out:
        for part_rowid, offset, length in parts:
            if offset != expected:
                raise SyncError(f"The stored pieces of feed entry {server_seq} are not contiguous (at {offset}).")
            with db.conn.open_blob("received_parts", "data", part_rowid, readonly=True) as piece:
                out.seek(offset)
                out.write(piece.read())
            expected += length
    if expected != size:
        raise SyncError(f"The stored pieces of feed entry {server_seq} hold {expected} bytes, not {size}.")
    db.execute("DELETE FROM received_parts WHERE server_seq = ?", [server_seq])
