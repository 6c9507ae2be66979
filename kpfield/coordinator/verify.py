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

CHECKS = ("envelope", "signature", "photos", "receipt", "device", "chain", "owner")

#: Every detail a check can give, by code, in English (the CLI's and the audit's words); the GUI words each code
#: itself, translated. A check keeps ``parts`` (code and parameters of each detail) next to its English ``detail``.
DETAIL_MESSAGES = {
    "check_envelope_refused": "{error_class}: {message}",
    "check_envelope_opened": "opened",
    "check_envelope_intact": "opened; structure and padding intact",
    "check_envelope_hash_differs": "the bytes the server delivered hash to {actual}, not to {expected} as the feed "
                                   "and receipt say: altered on the server or in transit",
    "check_photos_differ": "{message}",
    "check_photos_match": "all {count} photo(s) match the SHA-256 in the signed manifest",
    "check_device_unknown_to_server": "the server knows no device {device}",
    "check_manifest_names_other_device": "the manifest names device {named}, but device {device} uploaded it",
    "check_signature_fails": "the signature does not verify with the key device {device} enrolled with: {message}",
    "check_signature_ok": "signed by device {device} ({label}) with the key it enrolled with on {enrolled_at}",
    "check_signature_ok_unlabelled": "signed by device {device} (no label) with the key it enrolled with on "
                                     "{enrolled_at}",
    "check_no_receipt": "the server gave no receipt for this envelope",
    "check_receipt_invalid": "{message}",
    "check_receipt_ok": "signed by the pinned server key, naming this envelope, size and device",
    "check_device_unknown": "device unknown to the server",
    "check_device_revoked": "device {device} was revoked on {revoked_at}",
    "check_device_ok": "device enrolled and not revoked",
    # a sender without a valid organisation certificate (kpfield/trust/view.py statuses, plus no pinned organisation)
    "check_trust_uncertified": "{detail}",
    "check_trust_revoked": "{detail}",
    "check_trust_wrong_org": "{detail}",
    "check_trust_bad_signature": "{detail}",
    "check_trust_no_org_pinned": "{detail}",
    "check_not_owner": "report {report} belongs to device {owner}, which first sent it verified; device {device} "
                       "cannot add to or replace it",
    "check_owner_ok": "device {device} owns report {report} (it first sent it verified)",
    "check_chain_replayed": "envelope seq {seq} was delivered more than once (replayed)",
    "check_chain_fork": "fork: device signed another envelope at seq {seq} ({others})",
    "check_chain_gap": "gap: envelope seq {missing} from this device has not arrived (missing or withheld)",
    "check_chain_wrong_predecessor": "this envelope follows {prev}, not the envelope received at seq {previous_seq} "
                                     "({previous_sha256})",
    "check_chain_first_names_predecessor": "the first envelope of the chain names a predecessor",
    "check_chain_ok": "seq {seq} follows its predecessor",
}


def part(code: str, **params) -> dict:
    """One detail of a check: its code and parameters (``DETAIL_MESSAGES[code]`` words it in English)."""
    return {"code": code, "params": params}


def check(ok: bool, *parts: dict, **extra) -> dict:
    """A check's result: ``ok``, the English ``detail`` (parts joined by "; "), the ``parts`` and any ``extra``."""
    detail = "; ".join(DETAIL_MESSAGES[p["code"]].format(**p["params"]) for p in parts)
    return {"ok": ok, "detail": detail, "parts": list(parts), **extra}


def _error_part(code: str, exc: BaseException, **params) -> dict:
    """A detail made from a core error: its English message, and its own code so the GUI can word it."""
    return part(code, error_class=type(exc).__name__, message=str(exc),
                error_code=getattr(exc, "code", "error"), error_details=_plain(getattr(exc, "details", {})), **params)


def _plain(details: dict) -> dict:
    return {k: v for k, v in (details or {}).items() if isinstance(v, (str, int, float, bool)) or v is None}


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
        checks["envelope"] = check(False, _error_part("check_envelope_refused", exc))
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
        checks["photos"] = check(False, _error_part("check_photos_differ", exc), failed=bad)
        checks["envelope"] = check(True, part("check_envelope_opened"))
        return checks, signed, [m.to_dict() for m in signed.attachments]
    except EnvelopeError as exc:
        checks["envelope"] = check(False, _error_part("check_envelope_refused", exc))
        return checks, signed, [m.to_dict() for m in signed.attachments]
    checks["envelope"] = check(True, part("check_envelope_intact"))
    checks["photos"] = check(True, part("check_photos_match", count=len(photos)))
    return checks, signed, photos


def _check_signature(signed, device: dict | None, claimed_device: str) -> dict:
    if device is None:
        return check(False, part("check_device_unknown_to_server", device=claimed_device))
    if signed.device_id != claimed_device:
        return check(False, part("check_manifest_names_other_device", named=signed.device_id, device=claimed_device))
    try:
        signed.verify(unb64url(device["sign_key"], "sign key"))
    except (SignatureInvalid, KPFieldError) as exc:
        return check(False, _error_part("check_signature_fails", exc, device=claimed_device))
    enrolled_at = _when(device.get("enrolled_at"))
    if device.get("label"):
        return check(True, part("check_signature_ok", device=claimed_device, label=device["label"],
                                enrolled_at=enrolled_at))
    return check(True, part("check_signature_ok_unlabelled", device=claimed_device, enrolled_at=enrolled_at))


def check_receipt(client, receipt: dict | None, sha256: str, size: int, device_id: str) -> dict:
    """Check the server's receipt with the pinned server key, naming this envelope, size and device."""
    if not receipt:
        return check(False, part("check_no_receipt"))
    try:
        client.verify_receipt(receipt, sha256, size, device_id)
    except KPFieldError as exc:
        return check(False, _error_part("check_receipt_invalid", exc))
    return check(True, part("check_receipt_ok"))


def check_device(device: dict | None) -> dict:
    """Whether the uploading device is still trusted (a revoked device may have been seized)."""
    if device is None:
        return check(False, part("check_device_unknown"))
    trust = device.get("trust")
    if trust is not None and not trust["ok"]:
        extra = {"revoked_at": _when(device["revoked_at"])} if trust["status"] == "revoked" else {}
        return check(False, part(f"check_trust_{trust['status']}", device=device["device_id"], detail=trust["detail"]),
                     trust=trust["status"], **extra)
    if device.get("revoked_at") is not None:
        revoked_at = _when(device["revoked_at"])
        return check(False, part("check_device_revoked", device=device["device_id"], revoked_at=revoked_at),
                     revoked_at=revoked_at)
    return check(True, part("check_device_ok"))


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
            problems.append(part("check_chain_replayed", seq=row["seq"]))
        others = sorted({o["sha256"] for o in same if o["sha256"] != row["sha256"]})
        if others:
            problems.append(part("check_chain_fork", seq=row["seq"], others=", ".join(others)))
        if row["seq"] > 1:
            before = by_seq.get(row["seq"] - 1)
            if not before:
                problems.append(part("check_chain_gap", missing=row["seq"] - 1))
            elif row["prev"] not in {o["sha256"] for o in before}:
                problems.append(part("check_chain_wrong_predecessor", prev=row["prev"], previous_seq=row["seq"] - 1,
                                     previous_sha256=before[0]["sha256"]))
        elif row["prev"] is not None:
            problems.append(part("check_chain_first_names_predecessor"))
        out[row["server_seq"]] = (check(False, *problems) if problems
                                  else check(True, part("check_chain_ok", seq=row["seq"])))
    return out


def reasons(checks: dict) -> list[str]:
    """The failed checks, as ``"check: detail"`` lines (empty: verified)."""
    return [f"{name}: {checks[name]['detail']}" for name in CHECKS if name in checks and not checks[name]["ok"]]
