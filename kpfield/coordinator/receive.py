"""Pulling reports from the server into a coordinator's store: resumable download, opening, checks, quarantine.

Downloaded bytes go straight into ``received_blobs`` with incremental blob I/O (inside the encrypted store, never a
file). Each envelope is processed once (keyed by the server's feed sequence), so pulling twice stores nothing twice.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from kpfield.errors import KPFieldError, SyncCancelled, SyncError
from kpfield.model import iso, utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.coordinator import verify
from kpfield.coordinator.hints import consistency_hints
from kpfield.coordinator.working_copy import RefreshResult, refresh, save_devices

Progress = Callable[[dict], None]
PAGE = 100


@dataclass
class PullResult:
    """What a pull did: server feed sequences newly verified, quarantined, and failures to retry later."""

    verified: list[int] = field(default_factory=list)
    quarantined: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    cancelled: bool = False
    working_copy: RefreshResult = field(default_factory=RefreshResult)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def to_dict(self) -> dict:
        return {"ok": self.ok, "verified": self.verified, "quarantined": self.quarantined,
                "failed": [{"server_seq": s, "reason": r} for s, r in self.failed], "cancelled": self.cancelled,
                "shown": self.working_copy.shown, "withdrawn": self.working_copy.removed,
                "not_shown": [{"report_id": i, "reason": r} for i, r in self.working_copy.failed]}


def _emit(progress, **event) -> None:
    if progress:
        progress(event)


def pull(profile: Profile, progress: Progress | None = None, cancel: threading.Event | None = None,
         client_options: dict | None = None) -> PullResult:
    """Fetch every new envelope, check it, and keep it as verified or quarantined.

    :param profile: an unlocked coordinator profile on this thread.
    :param progress: called with ``{"phase": "download", "server_seq", "done", "total"}`` events.
    :param cancel: set it to stop; a partial download resumes on the next pull.
    :param client_options: passed to the HTTP client (timeouts, retry delays).
    """
    db = profile.db
    account = accounts.require_account(db)
    if account.role != "coordinator":
        raise SyncError("Only a coordinator's profile can pull reports.")
    result = PullResult()
    with account.client(**(client_options or {})) as client:
        device_list = client.devices()
        save_devices(db, device_list)
        devices = verify.certified_devices(db, client, device_list)
        cursor = accounts.get_state(db, "envelope_cursor", 0)
        while True:
            items, next_cursor = client.list_envelopes(cursor, PAGE)
            with db.atomic():
                for item in items:
                    db.execute("INSERT OR IGNORE INTO received_envelopes (server_seq, sha256, size, device_id, "
                               "received_at, receipt, state) VALUES (?,?,?,?,?,?,'downloading')",
                               [item["seq"], item["sha256"], item["size"], item["device_id"], item.get("received_at"),
                                json.dumps(item.get("receipt"))])
                accounts.set_state(db, "envelope_cursor", next_cursor)
            cursor = next_cursor
            if len(items) < PAGE:
                break
        pending = db.execute("SELECT server_seq FROM received_envelopes WHERE state != 'processed' "
                             "ORDER BY server_seq").fetchall()
        for (server_seq,) in pending:
            if cancel is not None and cancel.is_set():
                result.cancelled = True
                break
            try:
                _download(db, client, server_seq, progress, cancel)
                status = _process(profile, account, client, devices, server_seq)
            except SyncCancelled:
                result.cancelled = True
                break
            except KPFieldError as exc:
                result.failed.append((server_seq, str(exc)))
                continue
            (result.verified if status == "verified" else result.quarantined).append(server_seq)
        recheck(profile, devices)
        result.working_copy = refresh(profile)
        # A report whose chain or device check changed status since it was processed is reported as it is now.
        for server_seq in list(result.verified):
            if _status(db, server_seq) == "quarantined":
                result.verified.remove(server_seq)
                result.quarantined.append(server_seq)
    return result


def _status(db, server_seq: int) -> str | None:
    row = db.execute("SELECT status FROM received WHERE server_seq = ?", [server_seq]).fetchone()
    return row[0] if row else None


def _download(db, client, server_seq: int, progress, cancel) -> None:
    sha, size, done, state = db.execute("SELECT sha256, size, bytes_done, state FROM received_envelopes "
                                        "WHERE server_seq = ?", [server_seq]).fetchone()
    if state != "downloading":
        return
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO received_blobs (server_seq, data) VALUES (?, zeroblob(?))",
                   [server_seq, size])
    rowid = db.execute("SELECT rowid FROM received_blobs WHERE server_seq = ?", [server_seq]).fetchone()[0]
    position = [done]

    def write(piece: bytes) -> None:
        with db.conn.open_blob("received_blobs", "data", rowid) as blob:
            blob.seek(position[0])
            blob.write(piece)
        position[0] += len(piece)
        db.execute("UPDATE received_envelopes SET bytes_done = ? WHERE server_seq = ?", [position[0], server_seq])

    def on_progress(d: int, total: int) -> None:
        _emit(progress, phase="download", server_seq=server_seq, done=d, total=total)

    if done < size:
        try:
            client.download({"sha256": sha, "size": size}, write, progress=on_progress, cancel=cancel, start=done)
        except SyncError as exc:
            # The client refuses bytes whose hash differs only after writing them all: keep them, and let the
            # checks below name the mismatch (a tampered server copy must be seen, not silently retried forever).
            if position[0] < size or isinstance(exc, SyncCancelled):
                raise
    db.execute("UPDATE received_envelopes SET state = 'downloaded' WHERE server_seq = ?", [server_seq])


def _blob_sha256(db, rowid: int) -> str:
    digest = hashlib.sha256()
    with db.conn.open_blob("received_blobs", "data", rowid, readonly=True) as blob:
        while piece := blob.read(256 * 1024):
            digest.update(piece)
    return digest.hexdigest()


def _process(profile: Profile, account, client, devices: dict, server_seq: int) -> str:
    db = profile.db
    sha, size, device_id, received_at, receipt_json = db.execute(
        "SELECT sha256, size, device_id, received_at, receipt FROM received_envelopes WHERE server_seq = ?",
        [server_seq]).fetchone()
    receipt = json.loads(receipt_json) if receipt_json else None
    rowid = db.execute("SELECT rowid FROM received_blobs WHERE server_seq = ?", [server_seq]).fetchone()[0]
    device = devices.get(device_id)
    actual = _blob_sha256(db, rowid)
    signed, photos = None, []
    if actual != sha:
        checks = {"envelope": {"ok": False, "detail": f"the bytes the server delivered hash to {actual}, not to "
                                                      f"{sha} as the feed and receipt say: altered on the server "
                                                      f"or in transit"}}
    else:
        with db.conn.open_blob("received_blobs", "data", rowid, readonly=True) as blob:
            checks, signed, photos = verify.open_and_check(blob, account.keys.box_key, device, device_id)
    checks["receipt"] = verify.check_receipt(client, receipt, sha, size, device_id)
    checks["device"] = verify.check_device(device)
    manifest = signed.manifest if signed is not None else {}
    body = manifest.get("body") if isinstance(manifest.get("body"), dict) else {}
    is_report = manifest.get("kind") in ("report", "originals")  # originals: the same version, full photos
    report = body.get("report") if is_report and isinstance(body.get("report"), dict) else None
    report_id = report.get("id") if report and isinstance(report.get("id"), str) else None
    version = body.get("version") if isinstance(body.get("version"), int) else None
    hints = consistency_hints(report, photos, manifest.get("created_at"), received_at)
    status = "quarantined" if verify.reasons(checks) else "verified"
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO received (server_seq, envelope_sha256, device_id, kind, seq, prev_envelope_sha256, "
            "created_at, report_id, report_version, report, photos, signed_manifest, receipt, checks, verification, "
            "hints, status, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [server_seq, sha, device_id, manifest.get("kind"), manifest.get("seq"),
             manifest.get("prev_envelope_sha256"), manifest.get("created_at"), report_id, version,
             json.dumps(report, ensure_ascii=False) if report is not None else None,
             json.dumps(photos, ensure_ascii=False),
             json.dumps(signed.to_dict()) if signed is not None else None, receipt_json, json.dumps(checks),
             json.dumps(checks), json.dumps(hints, ensure_ascii=False), status, iso(utcnow())])
        db.execute("UPDATE received_envelopes SET state = 'processed' WHERE server_seq = ?", [server_seq])
        if report_id:
            db.execute("INSERT OR IGNORE INTO reviews (report_id, updated_at) VALUES (?, ?)",
                       [report_id, iso(utcnow())])
        profile.audit.append("received" if status == "verified" else "quarantined", report_id, detail={
            "server_seq": server_seq, "envelope_sha256": sha, "device_id": device_id, "version": version,
            "reasons": verify.reasons(checks)})
    return status


def recheck(profile: Profile, devices: dict) -> None:
    """Recompute the device and chain checks of every received envelope (revocations and gaps change over time)."""
    db = profile.db
    rows = db.execute("SELECT server_seq, envelope_sha256, device_id, seq, prev_envelope_sha256, checks FROM received "
                      "ORDER BY server_seq").fetchall()
    per_device: dict[str, list[dict]] = {}
    stored = {}
    for server_seq, sha, device_id, seq, prev, checks_json in rows:
        checks = json.loads(checks_json)
        stored[server_seq] = (device_id, checks)
        if checks.get("signature", {}).get("ok") and isinstance(seq, int):
            per_device.setdefault(device_id, []).append(
                {"server_seq": server_seq, "seq": seq, "prev": prev, "sha256": sha})
    chains = {}
    for chain_rows in per_device.values():
        chains.update(verify.check_chains(chain_rows))
    with db.atomic():
        for server_seq, (device_id, checks) in stored.items():
            full = dict(checks)
            if device_id in devices:
                full["device"] = verify.check_device(devices[device_id])
            if server_seq in chains:
                full["chain"] = chains[server_seq]
            status = "quarantined" if verify.reasons(full) else "verified"
            db.execute("UPDATE received SET checks = ?, verification = ?, status = ? WHERE server_seq = ?",
                       [json.dumps({k: v for k, v in full.items() if k != "chain"}), json.dumps(full), status,
                        server_seq])
