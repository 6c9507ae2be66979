"""Pulling reports from the server into a coordinator's store: resumable download, opening, checks, quarantine.

Downloaded bytes go into the encrypted store as they arrive (kpfield/coordinator/download.py: pieces, then one
``received_blobs`` row; never a file). Each envelope is processed once (keyed by the server's feed sequence), so
pulling twice stores nothing twice, and a feed entry repeating an envelope already taken (same SHA-256) is a
harmless re-delivery. A report belongs to the device that first sent it verified (kpfield/coordinator/ownership.py).
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
from kpfield.coordinator import ownership, verify
from kpfield.coordinator.download import download, take_feed_entry
from kpfield.coordinator.hints import hint_items
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
    #: The errors behind ``failed``, in order (their codes let the GUI word them).
    errors: list = field(default_factory=list, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def to_dict(self) -> dict:
        return {"ok": self.ok, "verified": self.verified, "quarantined": self.quarantined,
                "failed": [{"server_seq": s, "reason": r, **_code(e)} for (s, r), e in zip(self.failed, self.errors)],
                "cancelled": self.cancelled,
                "shown": self.working_copy.shown, "withdrawn": self.working_copy.removed,
                "not_shown": [{"report_id": i, "reason": r} for i, r in self.working_copy.failed]}


def _code(exc) -> dict:
    """An error's code and plain parameters, for the JSON form of a result."""
    params = {k: v for k, v in exc.details.items() if isinstance(v, (str, int, float, bool)) or v is None}
    return {"code": exc.code, "params": params}


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
                    problem = take_feed_entry(profile, item)
                    if problem:
                        result.failed.append((0, problem))
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
                result.errors.append(exc)
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
    def on_progress(d: int, total: int) -> None:
        _emit(progress, phase="download", server_seq=server_seq, done=d, total=total)

    download(db, client, server_seq, on_progress, cancel)


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
        checks = {"envelope": verify.check(False, verify.part("check_envelope_hash_differs", actual=actual,
                                                              expected=sha))}
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
    hints = hint_items(report, photos, manifest.get("created_at"), received_at)  # codes and parameters
    with db.atomic():
        owner = ownership.owner_check(db, report_id=report_id, kind=manifest.get("kind"), device_id=device_id,
                                      server_seq=server_seq, sha256=sha,
                                      passes_other_checks=ownership.may_claim(checks, device, received_at))
        if owner is not None:
            checks["owner"] = owner
        status = "quarantined" if verify.reasons(checks) else "verified"
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
    rows = db.execute("SELECT r.server_seq, r.envelope_sha256, r.device_id, r.seq, r.prev_envelope_sha256, r.checks, "
                      "r.report_id, r.kind, e.received_at FROM received r JOIN received_envelopes e "
                      "USING (server_seq) ORDER BY r.server_seq").fetchall()
    per_device: dict[str, list[dict]] = {}
    stored = {}
    for server_seq, sha, device_id, seq, prev, checks_json, report_id, kind, received_at in rows:
        checks = json.loads(checks_json)
        stored[server_seq] = (device_id, checks, sha, report_id, kind, received_at)
        if checks.get("signature", {}).get("ok") and isinstance(seq, int):
            per_device.setdefault(device_id, []).append(
                {"server_seq": server_seq, "seq": seq, "prev": prev, "sha256": sha})
    chains = {}
    for chain_rows in per_device.values():
        chains.update(verify.check_chains(chain_rows))
    with db.atomic():
        for server_seq, (device_id, checks, sha, report_id, kind, received_at) in stored.items():
            full = {k: v for k, v in checks.items() if k != "owner"}
            if device_id in devices:
                full["device"] = verify.check_device(devices[device_id])
            if server_seq in chains:
                full["chain"] = chains[server_seq]
            owner = ownership.owner_check(db, report_id=report_id, kind=kind, device_id=device_id,
                                          server_seq=server_seq, sha256=sha,
                                          passes_other_checks=ownership.may_claim(full, devices.get(device_id),
                                                                                  received_at))
            if owner is not None:
                full["owner"] = owner
            status = "quarantined" if verify.reasons(full) else "verified"
            db.execute("UPDATE received SET checks = ?, verification = ?, status = ? WHERE server_seq = ?",
                       [json.dumps({k: v for k, v in full.items() if k != "chain"}), json.dumps(full), status,
                        server_seq])
