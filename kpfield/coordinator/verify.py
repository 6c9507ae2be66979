"""Checks on one received envelope (signature, photos, receipt, device) and on each device's envelope chain.

Every check keeps ``ok`` and a precise ``detail``; a report passes only when all of them pass. Anything else is
quarantined with its reasons, never dropped.
"""

from __future__ import annotations

from typing import BinaryIO

import nacl.public

from kpfield.errors import AttachmentMismatch, EnvelopeError, KPFieldError, SignatureInvalid
from kpfield.model import iso
from kpfield.sync.envelope import EnvelopeReader
from kpfield.sync.identity import unb64url

CHECKS = ("envelope", "signature", "photos", "receipt", "device", "chain")


def _when(seconds: int | None) -> str | None:
    from datetime import datetime, timezone

    return iso(datetime.fromtimestamp(seconds, timezone.utc)) if seconds is not None else None


def open_and_check(stream: BinaryIO, box_key: nacl.public.PrivateKey, device: dict | None, claimed_device: str):
    """Open an envelope and check its signature and every attachment.

    :param stream: the envelope bytes (``read(n)``), e.g. an incremental blob.
    :param box_key: this coordinator's X25519 private key.
    :param device: the server's record of the uploading device (None if unknown).
    :param claimed_device: the device id the server says uploaded it.
    Returns ``(checks, signed_manifest or None, photo metas as dicts)``.
    """
    checks: dict = {}
    try:
        reader = EnvelopeReader(stream, box_key)
    except EnvelopeError as exc:
        checks["envelope"] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
        return checks, None, []
    signed = reader.signed_manifest
    checks["signature"] = _check_signature(signed, device, claimed_device)
    photos, bad = [], []
    try:
        for meta, chunks in reader.iter_attachments():
            try:
                for _ in chunks:
                    pass
            except AttachmentMismatch:
                bad.append(meta.id)
                raise
            photos.append(meta.to_dict())
    except AttachmentMismatch as exc:
        checks["photos"] = {"ok": False, "detail": str(exc), "failed": bad}
        checks["envelope"] = {"ok": True, "detail": "opened"}
        return checks, signed, [m.to_dict() for m in signed.attachments]
    except EnvelopeError as exc:
        checks["envelope"] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
        return checks, signed, [m.to_dict() for m in signed.attachments]
    checks["envelope"] = {"ok": True, "detail": "opened; structure and padding intact"}
    checks["photos"] = {"ok": True, "detail": f"all {len(photos)} photo(s) match the SHA-256 in the signed manifest"}
    return checks, signed, photos


def _check_signature(signed, device: dict | None, claimed_device: str) -> dict:
    if device is None:
        return {"ok": False, "detail": f"the server knows no device {claimed_device}"}
    if signed.device_id != claimed_device:
        return {"ok": False, "detail": f"the manifest names device {signed.device_id}, but device {claimed_device} "
                                       f"uploaded it"}
    try:
        signed.verify(unb64url(device["sign_key"], "sign key"))
    except (SignatureInvalid, KPFieldError) as exc:
        return {"ok": False, "detail": f"the signature does not verify with the key device {claimed_device} "
                                       f"enrolled with: {exc}"}
    return {"ok": True, "detail": f"signed by device {claimed_device} ({device.get('label') or 'no label'}) with the "
                                  f"key it enrolled with on {_when(device.get('enrolled_at'))}"}


def check_receipt(client, receipt: dict | None, sha256: str, size: int, device_id: str) -> dict:
    """Check the server's receipt with the pinned server key, naming this envelope, size and device."""
    if not receipt:
        return {"ok": False, "detail": "the server gave no receipt for this envelope"}
    try:
        client.verify_receipt(receipt, sha256, size, device_id)
    except KPFieldError as exc:
        return {"ok": False, "detail": str(exc)}
    return {"ok": True, "detail": "signed by the pinned server key, naming this envelope, size and device"}


def check_device(device: dict | None) -> dict:
    """Whether the uploading device is still trusted (a revoked device may have been seized)."""
    if device is None:
        return {"ok": False, "detail": "device unknown to the server"}
    trust = device.get("trust")
    if trust is not None and not trust["ok"]:
        return {"ok": False, "detail": trust["detail"], "trust": trust["status"],
                **({"revoked_at": _when(device["revoked_at"])} if trust["status"] == "revoked" else {})}
    if device.get("revoked_at") is not None:
        return {"ok": False, "detail": f"device {device['device_id']} was revoked on {_when(device['revoked_at'])}",
                "revoked_at": _when(device["revoked_at"])}
    return {"ok": True, "detail": "device enrolled and not revoked"}


def certified_devices(db, client, device_list: list[dict]) -> dict[str, dict]:
    """The server's device records, with keys, role and label taken from each device's organisation certificate
    and revocation from the organisation's list (after fetching the latest ones); a record without a valid
    certificate carries ``trust: {ok: False, status, detail}`` and its envelopes are held in quarantine with that
    reason until the certificate arrives."""
    from kpfield.sync import trust_store
    from kpfield.sync.identity import b64url
    from kpfield.trust import NoOrgPinned

    trust_store.refresh(db, client)
    try:
        view = trust_store.view(db)
    except NoOrgPinned as exc:
        return {d["device_id"]: {**d, "trust": {"ok": False, "status": "no_org_pinned", "detail": str(exc)}}
                for d in device_list}
    out = {}
    for d in device_list:
        s = view.standing(d["device_id"])
        if s.ok:
            c = s.certificate
            out[d["device_id"]] = {**d, "role": c.role, "label": c.label, "sign_key": b64url(c.sign_key),
                                   "box_key": b64url(c.box_key), "trust": {"ok": True, "status": s.status,
                                                                           "detail": s.detail}}
        else:
            revoked = min(x for x in (d.get("revoked_at"), s.revoked_at) if x is not None) \
                if s.revoked_at is not None else d.get("revoked_at")
            out[d["device_id"]] = {**d, "revoked_at": revoked, "trust": {"ok": False, "status": s.status,
                                                                         "detail": s.detail}}
    return out


def check_chains(rows: list[dict]) -> dict[int, dict]:
    """Chain checks for one device's envelopes (only those whose signature verified: seq is otherwise unproven).

    :param rows: dicts with ``server_seq``, ``seq``, ``prev``, ``sha256``.
    Returns ``{server_seq: check}``. Flags a repeated envelope, a fork (two different envelopes at one seq), a
    predecessor that does not match ``prev_envelope_sha256``, and a gap (a predecessor that never arrived); a gap
    clears by itself once the missing envelope arrives.
    """
    by_seq: dict[int, list[dict]] = {}
    for row in rows:
        by_seq.setdefault(row["seq"], []).append(row)
    out = {}
    for row in rows:
        problems = []
        same = by_seq[row["seq"]]
        if any(o["sha256"] == row["sha256"] and o["server_seq"] != row["server_seq"] for o in same):
            problems.append(f"envelope seq {row['seq']} was delivered more than once (replayed)")
        others = sorted({o["sha256"] for o in same if o["sha256"] != row["sha256"]})
        if others:
            problems.append(f"fork: device signed another envelope at seq {row['seq']} ({', '.join(others)})")
        if row["seq"] > 1:
            before = by_seq.get(row["seq"] - 1)
            if not before:
                problems.append(f"gap: envelope seq {row['seq'] - 1} from this device has not arrived "
                                f"(missing or withheld)")
            elif row["prev"] not in {o["sha256"] for o in before}:
                problems.append(f"this envelope follows {row['prev']}, not the envelope received at seq "
                                f"{row['seq'] - 1} ({before[0]['sha256']})")
        elif row["prev"] is not None:
            problems.append("the first envelope of the chain names a predecessor")
        out[row["server_seq"]] = ({"ok": False, "detail": "; ".join(problems)} if problems
                                  else {"ok": True, "detail": f"seq {row['seq']} follows its predecessor"})
    return out


def reasons(checks: dict) -> list[str]:
    """The failed checks, as ``"check: detail"`` lines (empty: verified)."""
    return [f"{name}: {checks[name]['detail']}" for name in CHECKS if name in checks and not checks[name]["ok"]]
