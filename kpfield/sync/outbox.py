"""The outbox: frozen report versions sealed into immutable envelopes inside the store, and their send state.

An envelope is built once, in one transaction: the next chain position is taken, the signed manifest and the
ciphertext (streamed from the photos' incremental blobs into a pre-sized blob, never a file) are written, and the
chain advances. A crash rolls all of it back. Uploading then only reads that blob, so a resumed upload after a
restart sends exactly the same bytes, and the server's exactly-once upload turns retries into no duplicates.

States: ``queued`` → ``uploading`` (bytes done) → ``sent`` (only once the server's signed receipt verified), or
``failed`` with a human-readable reason and the next retry time.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
from dataclasses import dataclass
from datetime import timedelta

from sqlite_utils import Database

from kpfield.errors import NotFound, SyncError
from kpfield.media import reduce_photo
from kpfield.model import iso, parse_iso, utcnow
from kpfield.store.audit import AuditLog
from kpfield.sync.account import Account, recipients
from kpfield.sync.envelope import Attachment, AttachmentMeta, sealed_size, seal_envelope
from kpfield.sync.manifest import build_manifest, sign_manifest

REDUCED_FORMAT = "WEBP"  # measured in bench/bench_photo_import.py: ~30% smaller than JPEG at equal PSNR
REDUCED_MIME = "image/webp"
REDUCED_MAX_EDGE = 2048
# 16 KiB plaintext chunks: envelopes are padded to whole chunks, so a text-only report costs 16 KiB on the wire
# (half a second at 256 kbit/s) instead of 64 KiB; the per-chunk overhead is 17 bytes (0.1%).
CHUNK_SIZE = 16 * 1024


@dataclass(frozen=True)
class OutboxItem:
    id: int
    report_id: str | None
    report_version: int | None
    kind: str
    seq: int
    envelope_sha256: str
    size: int
    state: str
    bytes_done: int
    error: str | None
    next_retry_at: str | None
    receipt: dict | None


_ITEM_COLUMNS = ("id, report_id, report_version, kind, seq, envelope_sha256, size, state, bytes_done, error, "
                 "next_retry_at, receipt")


def _item(row) -> OutboxItem:
    values = list(row)
    values[-1] = json.loads(values[-1]) if values[-1] else None
    return OutboxItem(*values)


def canonical_value(value):
    """Report data in canonical-JSON form: floats become decimal strings (shortest exact repr), the rest as is."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {k: canonical_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical_value(v) for v in value]
    return value


def _capture(photo: dict) -> dict:
    capture = {k: photo[k] for k in ("taken_at", "make", "model", "width", "height", "orientation") if photo.get(k)}
    if photo.get("gps"):
        capture["gps"] = photo["gps"]
    if photo.get("caption"):
        capture["caption"] = photo["caption"]
    return canonical_value(capture)


class _BytesSource(io.BytesIO):
    pass


class Outbox:
    """Queue, read and update envelopes of one store."""

    def __init__(self, db: Database, audit: AuditLog):
        self.db = db
        self.audit = audit

    # --- building ----------------------------------------------------------------------------------------
    def pending_versions(self) -> list[tuple[str, int]]:
        """Frozen report versions that have no envelope yet, oldest first."""
        return [(r, v) for r, v in self.db.execute(
            "SELECT v.report_id, v.version FROM report_versions v WHERE NOT EXISTS (SELECT 1 FROM outbox o "
            "WHERE o.report_id = v.report_id AND o.report_version = v.version AND o.kind = 'report') "
            "ORDER BY v.frozen_at")]

    def pending_originals(self) -> list[tuple[str, int]]:
        """Report versions a coordinator asked the originals of (a ``request_originals`` message) that were sent
        with reduced photos and whose originals are not queued yet: the newest such version of each report."""
        rows = self.db.execute(
            "SELECT o.report_id, max(o.report_version) FROM outbox o WHERE o.kind = 'report' AND o.reduced = 1 "
            "AND o.report_id IN (SELECT report_id FROM mailbox WHERE kind = 'request_originals') "
            "GROUP BY o.report_id").fetchall()
        return [(r, v) for r, v in rows if self.db.execute(
            "SELECT 1 FROM outbox WHERE report_id = ? AND report_version = ? AND kind = 'originals'",
            [r, v]).fetchone() is None]

    def enqueue_report(self, account: Account, report_id: str, version: int, *, reduce: bool = False,
                       kind: str = "report") -> OutboxItem:
        """Seal one frozen version into an envelope (idempotent: an existing envelope is returned as is).

        :param kind: ``report``, or ``originals``: the same version again with its photos' original bytes (never
            reduced), sent when a coordinator asks for them.
        """
        if kind not in ("report", "originals"):
            raise ValueError(f"unknown report envelope kind {kind!r}")
        reduce = reduce and kind == "report"
        existing = self.db.execute(f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE report_id = ? AND report_version = ? "
                                   "AND kind = ?", [report_id, version, kind]).fetchone()
        if existing:
            return _item(existing)
        row = self.db.execute("SELECT snapshot FROM report_versions WHERE report_id = ? AND version = ?",
                              [report_id, version]).fetchone()
        if row is None:
            raise NotFound(f"Report {report_id} has no frozen version {version}.")
        snapshot = json.loads(row[0])
        coordinators = recipients(self.db)
        if not coordinators:
            raise SyncError("No coordinator keys are known yet, so nothing can be encrypted. Sync again once a "
                            "coordinator has enrolled.", code="no_coordinator_keys")
        attachments = []
        for photo in snapshot["photos"]:
            attachments.append(self._attachment(photo, reduce))
        body = {"report": canonical_value(snapshot["report"]), "version": version, "reduced_photos": reduce}
        with self.db.atomic():
            last_seq, prev = self.db.execute(
                "SELECT last_seq, last_envelope_sha256 FROM sync_chain WHERE id = 1").fetchone()
            manifest = build_manifest(device_id=account.device_id, kind=kind, seq=last_seq + 1,
                                      prev_envelope_sha256=prev, created_at=utcnow(), body=body,
                                      attachments=[a.meta for a in attachments])
            signed = sign_manifest(account.keys, manifest)
            boxes = [r.box_key for r in coordinators]
            size = sealed_size(signed, attachments, len(boxes), CHUNK_SIZE)
            self.db.execute(
                "INSERT INTO outbox (report_id, report_version, kind, seq, envelope_sha256, size, manifest_sha256, "
                "signed_manifest, reduced, state, created_at) VALUES (?,?,?,?,?,?,?,?,?,'queued',?)",
                [report_id, version, kind, last_seq + 1, "", size, signed.manifest_hash,
                 json.dumps(signed.to_dict()), int(reduce), iso(utcnow())],
            )
            outbox_id = self.db.execute("SELECT id FROM outbox WHERE seq = ?", [last_seq + 1]).fetchone()[0]
            self.db.execute("INSERT INTO outbox_blobs (outbox_id, data) VALUES (?, zeroblob(?))", [outbox_id, size])
            blob_rowid = self.db.execute("SELECT rowid FROM outbox_blobs WHERE outbox_id = ?",
                                         [outbox_id]).fetchone()[0]
            digest = hashlib.sha256()
            written = 0
            with self.db.conn.open_blob("outbox_blobs", "data", blob_rowid) as blob:
                for piece in seal_envelope(signed, attachments, boxes, CHUNK_SIZE):
                    blob.write(piece)
                    digest.update(piece)
                    written += len(piece)
            if written != size:
                raise SyncError(f"The envelope came out at {written} bytes instead of {size}.")
            sha = digest.hexdigest()
            self.db.execute("UPDATE outbox SET envelope_sha256 = ? WHERE id = ?", [sha, outbox_id])
            self.db.execute("UPDATE sync_chain SET last_seq = ?, last_envelope_sha256 = ? WHERE id = 1",
                            [last_seq + 1, sha])
        return self.get(outbox_id)

    def _attachment(self, photo: dict, reduce: bool) -> Attachment:
        blob_row = self.db.execute("SELECT rowid FROM photo_blobs WHERE photo_id = ? AND kind = 'original'",
                                   [photo["id"]]).fetchone()
        if blob_row is None:
            raise NotFound(f"The original of photo {photo['id']} is missing from the store.")
        rowid = blob_row[0]
        capture = _capture(photo)
        if not reduce:
            meta = AttachmentMeta(photo["id"], photo.get("filename", ""), photo["sha256"], photo["size"],
                                  photo["mime"], capture)
            return Attachment(meta, lambda: self.db.conn.open_blob("photo_blobs", "data", rowid, readonly=True))
        original = self.db.execute("SELECT data FROM photo_blobs WHERE rowid = ?", [rowid]).fetchone()[0]
        reduced = reduce_photo(original, max_edge=REDUCED_MAX_EDGE, fmt=REDUCED_FORMAT)
        # The manifest keeps the original's hash: a coordinator can ask for it and check it when it comes.
        capture = {**capture, "original_sha256": photo["sha256"], "original_size": photo["size"],
                   "original_mime": photo["mime"], "reduced": True}
        meta = AttachmentMeta(photo["id"], photo.get("filename", ""), hashlib.sha256(reduced).hexdigest(),
                              len(reduced), REDUCED_MIME, capture)
        return Attachment(meta, lambda data=reduced: _BytesSource(data))

    # --- reading -----------------------------------------------------------------------------------------
    def get(self, outbox_id: int) -> OutboxItem:
        row = self.db.execute(f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE id = ?", [outbox_id]).fetchone()
        if row is None:
            raise NotFound(f"No outbox entry {outbox_id}.")
        return _item(row)

    def items(self, states: tuple[str, ...] = ("queued", "uploading", "sent", "failed")) -> list[OutboxItem]:
        marks = ",".join("?" * len(states))
        return [_item(r) for r in self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE state IN ({marks}) ORDER BY seq", list(states))]

    def due(self, now=None) -> list[OutboxItem]:
        """What should be sent now: small envelopes first (a text report before a photo-heavy one)."""
        now_text = iso(now or utcnow())
        return [_item(r) for r in self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE state IN ('queued', 'uploading') OR (state = 'failed' AND "
            "(next_retry_at IS NULL OR next_retry_at <= ?)) ORDER BY size, seq", [now_text])]

    def report_states(self) -> dict[str, str]:
        """Each report's sync state for its latest envelope: queued, uploading, sent or failed."""
        rows = self.db.execute(
            "SELECT report_id, state FROM outbox o WHERE kind = 'report' AND report_version = "
            "(SELECT max(report_version) FROM outbox o2 WHERE o2.report_id = o.report_id AND o2.kind = 'report')")
        return dict(rows.fetchall())

    def read_at(self, outbox_id: int):
        """A ``read_at(offset, length)`` function over the envelope's blob (for resumable uploads)."""
        rowid = self.db.execute("SELECT rowid FROM outbox_blobs WHERE outbox_id = ?", [outbox_id]).fetchone()[0]

        def read_at(offset: int, length: int) -> bytes:
            with self.db.conn.open_blob("outbox_blobs", "data", rowid, readonly=True) as blob:
                blob.seek(offset)
                return blob.read(length)

        return read_at

    # --- state changes -----------------------------------------------------------------------------------
    def mark_progress(self, outbox_id: int, bytes_done: int) -> None:
        self.db.execute("UPDATE outbox SET state = 'uploading', bytes_done = ? WHERE id = ? AND state != 'sent'",
                        [bytes_done, outbox_id])

    def mark_sent(self, outbox_id: int, receipt: dict) -> None:
        """Record a VERIFIED receipt (the caller has checked the server's signature) and audit the sending."""
        item = self.get(outbox_id)
        with self.db.atomic():
            self.db.execute("UPDATE outbox SET state = 'sent', bytes_done = size, receipt = ?, error = NULL, "
                            "next_retry_at = NULL, sent_at = ? WHERE id = ?",
                            [json.dumps(receipt), iso(utcnow()), outbox_id])
            if item.report_id:
                self.audit.append("sent", item.report_id, detail={
                    "version": item.report_version, "envelope_sha256": item.envelope_sha256,
                    "server_seq": receipt.get("seq"), "received_at": receipt.get("received_at")})

    def mark_failed(self, outbox_id: int, reason: str, *, rng: random.Random | None = None) -> None:
        """Failed for now: keep the reason and schedule a retry with exponential backoff and jitter."""
        attempts = self.db.execute("SELECT attempts FROM outbox WHERE id = ?", [outbox_id]).fetchone()[0] + 1
        delay = min(3600.0, 30.0 * 2 ** (attempts - 1)) * (0.5 + (rng or random).random())
        self.db.execute("UPDATE outbox SET state = 'failed', error = ?, attempts = ?, next_retry_at = ? WHERE id = ?",
                        [reason[:500], attempts, iso(utcnow() + timedelta(seconds=delay)), outbox_id])

    def next_retry(self):
        row = self.db.execute("SELECT min(next_retry_at) FROM outbox WHERE state = 'failed'").fetchone()
        return parse_iso(row[0]) if row and row[0] else None
