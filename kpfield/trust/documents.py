"""Device certificates and revocation lists, both signed by the organisation key (docs/PROTOCOL.md, "Trust").

A certificate binds a device id to its role, its two public keys and a label; a revocation list names revoked
devices and carries a serial that only ever grows. Both are canonical JSON with a ``sig`` field, signed over their
own domain string, and are checked field by field: anything else is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kpfield.errors import KPFieldError
from kpfield.sync.auth import sign_document, verify_document
from kpfield.sync.identity import b64url, derive_device_id, unb64url
from kpfield.trust.errors import DocumentInvalid
from kpfield.trust.keys import DOMAIN_DEVICE_CERT, DOMAIN_REVOCATIONS, OrgKey, org_fingerprint

ROLES = ("monitor", "coordinator")
MAX_LABEL = 100
MAX_REASON = 500
MAX_REVOKED = 10_000
MAX_INT = 2 ** 53 - 1
_CERT_FIELDS = {"v", "kind", "org", "device_id", "role", "sign_key", "box_key", "label", "issued_at"}
_REVOCATION_FIELDS = {"v", "kind", "org", "serial", "issued_at", "revoked"}
_ENTRY_FIELDS = {"device_id", "revoked_at", "reason"}


@dataclass(frozen=True)
class Certificate:
    """A verified device certificate."""

    device_id: str
    role: str
    sign_key: bytes
    box_key: bytes
    label: str
    issued_at: int
    document: dict

    def entry(self) -> dict:
        """The keys as recipient lists carry them (base64url)."""
        return {"device_id": self.device_id, "sign_key": b64url(self.sign_key), "box_key": b64url(self.box_key),
                "label": self.label}


@dataclass(frozen=True)
class Revocations:
    """A verified revocation list: ``revoked`` maps device id to ``(revoked_at, reason)``."""

    serial: int
    issued_at: int
    revoked: dict
    document: dict


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_INT


def certify(org: OrgKey, *, device_id: str, role: str, sign_key: bytes, box_key: bytes, label: str,
            issued_at: int) -> dict:
    """A device certificate signed by ``org``; the id must be the one derived from ``sign_key``."""
    body = {"v": 1, "kind": "device-cert", "org": org.fingerprint, "device_id": device_id, "role": role,
            "sign_key": b64url(sign_key), "box_key": b64url(box_key), "label": label, "issued_at": int(issued_at)}
    _check_certificate_body(body)
    return sign_document(org.signing_key, DOMAIN_DEVICE_CERT, body)


def _check_certificate_body(body: dict) -> tuple[bytes, bytes]:
    if set(body) != _CERT_FIELDS or body["v"] != 1 or body["kind"] != "device-cert":
        raise DocumentInvalid("This is not a version 1 device certificate.")
    if body["role"] not in ROLES or not isinstance(body["label"], str) or len(body["label"]) > MAX_LABEL \
            or not _int(body["issued_at"]) or not isinstance(body["device_id"], str):
        raise DocumentInvalid("The device certificate's role, label or date is malformed.")
    try:
        sign_key, box_key = unb64url(body["sign_key"], "sign key"), unb64url(body["box_key"], "box key")
    except KPFieldError:
        raise DocumentInvalid("The device certificate's keys are not base64url.") from None
    if len(sign_key) != 32 or len(box_key) != 32:
        raise DocumentInvalid("The device certificate's keys are not 32 bytes.")
    if derive_device_id(sign_key) != body["device_id"]:
        raise DocumentInvalid("The device certificate's device id is not the one derived from its key.")
    return sign_key, box_key


def verify_certificate(org_key: bytes, document: Any) -> Certificate:
    """The certificate in ``document`` once it is well formed, for this organisation and signed by its key.

    Raises :class:`DocumentInvalid` (whose message says which) otherwise.
    """
    if not isinstance(document, dict) or document.get("kind") != "device-cert":
        raise DocumentInvalid("This is not a device certificate.")
    if document.get("org") != org_fingerprint(org_key):
        raise DocumentInvalid("The device certificate is for another organisation.", reason="wrong_org")
    try:
        body = verify_document(org_key, DOMAIN_DEVICE_CERT, document)
    except KPFieldError:
        raise DocumentInvalid("The device certificate's signature does not verify with the organisation key.",
                              reason="bad_signature") from None
    sign_key, box_key = _check_certificate_body(body)
    return Certificate(body["device_id"], body["role"], sign_key, box_key, body["label"], body["issued_at"],
                       document)


def revocation_list(org: OrgKey, *, serial: int, issued_at: int, revoked: list[dict]) -> dict:
    """A revocation list signed by ``org``: entries ``{"device_id", "revoked_at", "reason"}``."""
    body = {"v": 1, "kind": "revocations", "org": org.fingerprint, "serial": int(serial),
            "issued_at": int(issued_at), "revoked": sorted((dict(e) for e in revoked), key=lambda e: e["device_id"])}
    _check_revocation_body(body)
    return sign_document(org.signing_key, DOMAIN_REVOCATIONS, body)


def _check_revocation_body(body: dict) -> dict:
    if set(body) != _REVOCATION_FIELDS or body["v"] != 1 or body["kind"] != "revocations":
        raise DocumentInvalid("This is not a version 1 revocation list.")
    if not _int(body["serial"]) or body["serial"] < 1 or not _int(body["issued_at"]):
        raise DocumentInvalid("The revocation list's serial or date is malformed.")
    entries = body["revoked"]
    if not isinstance(entries, list) or len(entries) > MAX_REVOKED:
        raise DocumentInvalid("The revocation list's entries are malformed.")
    revoked = {}
    for e in entries:
        if not isinstance(e, dict) or set(e) != _ENTRY_FIELDS or not isinstance(e["device_id"], str) \
                or not 0 < len(e["device_id"]) <= 64 or not _int(e["revoked_at"]) \
                or not isinstance(e["reason"], str) or len(e["reason"]) > MAX_REASON or e["device_id"] in revoked:
            raise DocumentInvalid("A revocation entry is malformed or repeated.")
        revoked[e["device_id"]] = (e["revoked_at"], e["reason"])
    return revoked


def verify_revocations(org_key: bytes, document: Any) -> Revocations:
    """The revocation list in ``document`` once it is well formed, for this organisation and signed by its key."""
    if not isinstance(document, dict) or document.get("kind") != "revocations":
        raise DocumentInvalid("This is not a revocation list.")
    if document.get("org") != org_fingerprint(org_key):
        raise DocumentInvalid("The revocation list is for another organisation.", reason="wrong_org")
    try:
        body = verify_document(org_key, DOMAIN_REVOCATIONS, document)
    except KPFieldError:
        raise DocumentInvalid("The revocation list's signature does not verify with the organisation key.",
                              reason="bad_signature") from None
    revoked = _check_revocation_body(body)
    return Revocations(body["serial"], body["issued_at"], revoked, document)
