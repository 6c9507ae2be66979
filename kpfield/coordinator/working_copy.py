"""The coordinator's working copy of received reports: the newest verified version of each, with its photos.

Verified reports are copied into the store's own ``reports`` and ``photos`` tables (frozen, state "ready"), so the
list, search, filters, map, charts and exports read them exactly as a monitor's reports. The evidence itself stays
untouched in ``received`` / ``received_blobs``: the working copy can always be rebuilt from it. A report with no
verified envelope (all quarantined, or its device revoked since) is not in the working copy; it shows in quarantine.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from kpfield.errors import KPFieldError, NotFound, PhotoError
from kpfield.model import Report, ReportState, iso, utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync.envelope import EnvelopeReader
from kpfield.coordinator import ownership

# Values the sender's canonical JSON carries as decimal strings (canonical JSON has no floats).
_LOCATION_NUMBERS = ("lat", "lon", "alt", "accuracy_m")


@dataclass
class RefreshResult:
    """What a refresh changed: report ids shown (new or newer version), removed, and failures with reasons."""

    shown: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def plain_location(loc: dict | None) -> dict | None:
    """A location as sent (numbers as decimal strings) with its numbers as floats again."""
    if not isinstance(loc, dict):
        return None
    out = dict(loc)
    for key in _LOCATION_NUMBERS:
        if isinstance(out.get(key), str):
            out[key] = float(out[key])
    return out


def report_from_wire(data: dict, version: int) -> Report:
    """The :class:`Report` a signed manifest carries, frozen at ``version``.

    :raises ValidationError: the report data is malformed.
    """
    data = dict(data)
    data["location"] = plain_location(data.get("location"))
    data["state"] = ReportState.READY.value
    data["version"] = version
    return Report.from_dict(data)


def save_devices(db, devices: list[dict]) -> None:
    """Keep the server's device list (labels, keys, revocations) for offline use."""
    now = iso(utcnow())
    with db.atomic():
        for d in devices:
            db.execute(
                "INSERT INTO known_devices (device_id, role, label, sign_key, box_key, enrolled_at, revoked_at, "
                "updated_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (device_id) DO UPDATE SET role = excluded.role, "
                "label = excluded.label, sign_key = excluded.sign_key, box_key = excluded.box_key, "
                "enrolled_at = excluded.enrolled_at, revoked_at = excluded.revoked_at, updated_at = excluded.updated_at",
                [d["device_id"], d.get("role") or "", d.get("label") or "", d["sign_key"], d["box_key"],
                 d.get("enrolled_at"), d.get("revoked_at"), now])


def refresh(profile: Profile) -> RefreshResult:
    """Bring the working copy in line with the received envelopes' current verification.

    For each report: show its newest verified version (copying it in when it is not the one shown yet, and marking
    the report unread), record the newest envelope's result (a newer version in quarantine is flagged), and take
    the report out of the working copy when no verified envelope remains. Idempotent.
    """
    db = profile.db
    result = RefreshResult()
    newest: dict[str, tuple] = {}
    best: dict[str, tuple] = {}
    rows = db.execute("SELECT report_id, server_seq, report_version, status, device_id FROM received "
                      "WHERE kind IN ('report', 'originals') AND report_id IS NOT NULL AND report_version IS NOT NULL "
                      "ORDER BY report_version, server_seq").fetchall()
    # A report belongs to the device that first sent it verified (kpfield/coordinator/ownership.py): another
    # enrolled device sending the same report id (a bug, or a monitor trying to take over a colleague's report)
    # never changes what is shown, nor the report's device and verification, not even once the owner is revoked.
    owner = ownership.owners(db)
    for report_id, server_seq, version, status, device_id in rows:
        if owner.get(report_id, device_id) != device_id:
            continue
        newest[report_id] = (server_seq, version, status, device_id)
        if status == "verified" and report_id in owner:
            best[report_id] = (server_seq, version, status, device_id)
    shown = dict(db.execute("SELECT report_id, shown_server_seq FROM reviews").fetchall())
    with db.atomic():  # one commit for all: a pull of a thousand reports must not fsync a thousand times here
        db.conn.executemany(
            "UPDATE reviews SET verification = ?, device_id = ? WHERE report_id = ? "
            "AND (verification IS NOT ? OR device_id IS NOT ?)",
            [(status, (best.get(rid) or newest[rid])[3], rid, status, (best.get(rid) or newest[rid])[3])
             for rid, (_seq, _version, status, _device) in newest.items()])
    for report_id in newest:
        chosen = best.get(report_id)
        if chosen is None:
            if shown.get(report_id) is not None:
                _remove(profile, report_id)
                result.removed.append(report_id)
            continue
        if shown.get(report_id) == chosen[0]:
            continue
        try:
            _show(profile, report_id, chosen[0])
        except KPFieldError as exc:
            result.failed.append((report_id, str(exc)))
            continue
        result.shown.append(report_id)
    return result


def _photos_of(profile: Profile, server_seq: int) -> list[tuple[dict, bytes]]:
    """Every attachment of a received envelope, re-opened from the store, as (manifest metadata, bytes)."""
    db = profile.db
    account = accounts.require_account(db)
    rowid = db.execute("SELECT rowid FROM received_blobs WHERE server_seq = ?", [server_seq]).fetchone()
    if rowid is None:
        raise NotFound(f"The envelope of feed entry {server_seq} is no longer in the store.")
    out = []
    with db.conn.open_blob("received_blobs", "data", rowid[0], readonly=True) as blob:
        reader = EnvelopeReader(blob, account.keys.box_key)
        for meta, chunks in reader.iter_attachments():
            out.append((meta.to_dict(), b"".join(chunks)))  # chunks are hash-checked against the manifest
    return out


def _photo_row(meta: dict, data: bytes, position: int) -> tuple[list, dict]:
    """The photos-table values for one received photo, and its blobs: the bytes as received, and the rendered
    thumbnail and preview (left out when the photo cannot be rendered; the reason is kept in ``info``)."""
    from kpfield.media import process_photo

    capture = meta.get("capture") or {}
    rendered: dict = {"original": data}
    width = height = display_width = display_height = 0
    orientation = 1
    info = {"received": True, "capture": capture}
    try:
        processed = process_photo(data, meta.get("name") or None)
    except PhotoError as exc:
        info["render_error"] = str(exc)
    else:
        pi = processed.info
        width, height, display_width, display_height = pi.width, pi.height, pi.display_width, pi.display_height
        orientation = pi.orientation
        rendered.update(thumbnail=processed.thumbnail, preview=processed.preview)
    gps = plain_location(capture.get("gps"))
    values = [meta["id"], None, position, meta.get("name") or "", capture.get("caption") or "", meta["sha256"],
              meta["size"], meta["mime"], width, height, display_width, display_height, orientation,
              capture.get("taken_at"), capture.get("make"), capture.get("model"),
              json.dumps(gps) if gps else None, iso(utcnow()), json.dumps(info, ensure_ascii=False)]
    return values, rendered


_PHOTO_COLUMNS = ("id, report_id, position, filename, caption, sha256, size, mime, width, height, display_width, "
                  "display_height, orientation, taken_at, make, model, gps, added_at, info, frozen")


def _show(profile: Profile, report_id: str, server_seq: int) -> None:
    db = profile.db
    report_json, version = db.execute("SELECT report, report_version FROM received WHERE server_seq = ?",
                                      [server_seq]).fetchone()
    report = report_from_wire(json.loads(report_json), version)
    report.validate_fields()
    # Pillow work (thumbnails, previews) before the transaction, so the store is never held during it.
    photos = [_photo_row(meta, data, n) for n, (meta, data) in enumerate(_photos_of(profile, server_seq))]
    store = profile.reports
    with db.atomic():
        existing = db.execute("SELECT 1 FROM reports WHERE id = ?", [report_id]).fetchone()
        store._write(report, insert=existing is None)
        db.execute("DELETE FROM photos WHERE report_id = ?", [report_id])
        for values, rendered in photos:
            values[1] = report_id
            taken = db.execute("SELECT report_id FROM photos WHERE id = ?", [values[0]]).fetchone()
            if taken is not None:  # the same photo id under another report: keep both, apart
                values[0] = hashlib.sha256(f"{report_id}/{values[0]}".encode()).hexdigest()[:36]
            db.execute(f"INSERT INTO photos ({_PHOTO_COLUMNS}) VALUES ({', '.join('?' * 20)})", [*values, 1])
            for kind, data in rendered.items():
                db.execute("INSERT INTO photo_blobs (photo_id, kind, data) VALUES (?, ?, ?)", [values[0], kind, data])
        db.execute("UPDATE reports SET photo_count = ? WHERE id = ?", [len(photos), report_id])
        store.reindex(report_id)
        snapshot = json.dumps(store.snapshot_of(report_id), ensure_ascii=False, separators=(",", ":"))
        db.execute("INSERT OR IGNORE INTO report_versions (report_id, version, frozen_at, snapshot, sha256) "
                   "VALUES (?,?,?,?,?)", [report_id, version, iso(utcnow()), snapshot,
                                          hashlib.sha256(snapshot.encode()).hexdigest()])
        db.execute("UPDATE reviews SET shown_server_seq = ?, unread = 1 WHERE report_id = ?", [server_seq, report_id])
        profile.audit.append("version_shown", report_id, state=store.state_of(report_id),
                             detail={"server_seq": server_seq, "version": version})


def _remove(profile: Profile, report_id: str) -> None:
    """Take a report out of the working copy (its envelopes, review and history stay)."""
    db = profile.db
    with db.atomic():
        row = db.execute("SELECT rowid FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is not None:
            db.execute("DELETE FROM report_fts WHERE rowid = ?", [row[0]])
            db.execute("DELETE FROM reports WHERE id = ?", [report_id])  # photos and their blobs cascade
        db.execute("UPDATE reviews SET shown_server_seq = NULL WHERE report_id = ?", [report_id])
        profile.audit.append("version_withdrawn", report_id,
                             detail={"reason": "no verified envelope of this report remains"})


def mark_read(profile: Profile, report_id: str, read: bool = True) -> None:
    """Mark a received report read (opened by a coordinator) or unread again.

    :raises NotFound: no received report has this id.
    """
    with profile.db.atomic():
        cur = profile.db.execute("UPDATE reviews SET unread = ? WHERE report_id = ?", [0 if read else 1, report_id])
        if cur.rowcount == 0:
            raise NotFound(f"No received report {report_id}.")


def known_devices(profile: Profile) -> list[dict]:
    """The devices as of the last pull: id, role, label (a monitor's pseudonym), fingerprint, revocation time."""
    from kpfield.sync.identity import PublicIdentity, unb64url

    out = []
    for device_id, role, label, sign_key, box_key, enrolled_at, revoked_at in profile.db.execute(
            "SELECT device_id, role, label, sign_key, box_key, enrolled_at, revoked_at FROM known_devices "
            "ORDER BY label COLLATE NOCASE, device_id"):
        try:
            fingerprint = PublicIdentity(unb64url(sign_key, "sign key"), unb64url(box_key, "box key")).fingerprint
        except KPFieldError:
            fingerprint = None
        out.append({"device_id": device_id, "role": role, "label": label, "fingerprint": fingerprint,
                    "enrolled_at": enrolled_at, "revoked_at": revoked_at})
    return out
