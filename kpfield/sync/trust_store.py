"""The organisation trust a device keeps in its encrypted store: the pinned key, certificates, revocations.

Nothing here takes the server's word: the server only carries signed documents, and each is verified against the
organisation key this device pinned out of band (from the invitation, compared aloud, or ``kpfield org pin``)
before it is kept. A revocation list replaces the held one only when its serial is higher.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlite_utils import Database

from kpfield.model import iso, utcnow
from kpfield.sync.identity import b64url
from kpfield.trust import (Certificate, DocumentInvalid, NoCertifiedCoordinators, NoOrgPinned, OrgMismatch,
                           StaleRevocations, TrustView, accept_revocations, org_fingerprint, verify_certificate)

log = logging.getLogger(__name__)
TRUST_PATH = "/v1/trust"


def pinned_org(db: Database) -> bytes | None:
    """The organisation public key this device pinned, or ``None``."""
    row = db.execute("SELECT org_key FROM trust_pin WHERE id = 1").fetchone()
    return bytes(row[0]) if row else None


def pin_org(db: Database, org_key: bytes) -> str:
    """Pin ``org_key`` (once): returns its fingerprint. Pinning another key than the one held is refused."""
    fingerprint = org_fingerprint(org_key)
    held = pinned_org(db)
    if held is not None:
        if held != org_key:
            raise OrgMismatch(f"This device already trusts organisation {org_fingerprint(held)}, not "
                              f"{fingerprint}. Nothing was changed.")
        return fingerprint
    with db.atomic():
        db.execute("INSERT INTO trust_pin (id, org_key, pinned_at) VALUES (1, ?, ?)", [org_key, iso(utcnow())])
    return fingerprint


def held_serial(db: Database) -> int | None:
    row = db.execute("SELECT serial FROM trust_revocations WHERE id = 1").fetchone()
    return row[0] if row else None


def view(db: Database) -> TrustView:
    """The trust view from what this store holds; :class:`NoOrgPinned` when no organisation is pinned."""
    org_key = pinned_org(db)
    if org_key is None:
        raise NoOrgPinned("This device trusts no organisation key yet, so it cannot tell which coordinator keys "
                          "are genuine and seals nothing. Pin your organisation's fingerprint (kpfield org pin) "
                          "or enrol with a new invitation.")
    certificates = [json.loads(doc) for (doc,) in db.execute("SELECT document FROM trust_certificates")]
    row = db.execute("SELECT document FROM trust_revocations WHERE id = 1").fetchone()
    return TrustView(org_key, certificates, json.loads(row[0]) if row else None)


def coordinators(db: Database) -> list[Certificate]:
    """The certified, unrevoked coordinators: the only keys to seal to. Raises rather than return nobody."""
    found = view(db).coordinators()
    if not found:
        raise NoCertifiedCoordinators("The organisation has certified no coordinator yet, so there is nobody to "
                                      "encrypt to. Sync again once a coordinator has been certified.")
    return found


def keep_documents(db: Database, certificates: Any, revocations: Any) -> dict:
    """Keep every certificate and the revocation list that verify against the pinned key and are newer.

    Returns ``{"certificates": new ones kept, "revocations": the new serial or None, "refused": count}``.
    """
    org_key = pinned_org(db)
    if org_key is None:
        raise NoOrgPinned("No organisation key is pinned: certificates cannot be checked.")
    out = {"certificates": 0, "revocations": None, "refused": 0}
    with db.atomic():
        for document in certificates if isinstance(certificates, list) else []:
            try:
                cert = verify_certificate(org_key, document)
            except DocumentInvalid as exc:
                log.warning("refused a certificate: %s", exc)
                out["refused"] += 1
                continue
            cur = db.execute("INSERT INTO trust_certificates (device_id, issued_at, document) VALUES (?,?,?) "
                             "ON CONFLICT(device_id) DO UPDATE SET issued_at = excluded.issued_at, document = "
                             "excluded.document WHERE excluded.issued_at > trust_certificates.issued_at",
                             [cert.device_id, cert.issued_at, json.dumps(document, sort_keys=True)])
            out["certificates"] += cur.rowcount
        if revocations is not None:
            try:
                accepted = accept_revocations(org_key, held_serial(db), revocations)
            except StaleRevocations:
                pass  # the same list again, or an older one a server replays: keep ours
            except DocumentInvalid as exc:
                log.warning("refused a revocation list: %s", exc)
                out["refused"] += 1
            else:
                db.execute("INSERT OR REPLACE INTO trust_revocations (id, serial, document) VALUES (1, ?, ?)",
                           [accepted.serial, json.dumps(revocations, sort_keys=True)])
                out["revocations"] = accepted.serial
    return out


def fetch(client) -> dict:
    """The server's trust documents: ``{"org_key", "certificates", "revocations"}`` (unverified)."""
    answer = client._json("GET", TRUST_PATH)  # noqa: SLF001 -- the signed-request client, one more route
    if not isinstance(answer, dict):
        return {"org_key": None, "certificates": [], "revocations": None}
    return answer


def publish(client, document: dict) -> dict:
    """Post a certificate or revocation list (coordinator only; the server checks its shape and signature)."""
    return client._json("POST", TRUST_PATH, document)  # noqa: SLF001


def refresh(db: Database, client) -> dict:
    """Fetch the organisation's documents and keep those that verify; a device with no pin keeps nothing."""
    if pinned_org(db) is None:
        return {"certificates": 0, "revocations": None, "refused": 0, "pinned": False}
    answer = fetch(client)
    return {**keep_documents(db, answer.get("certificates"), answer.get("revocations")), "pinned": True}


def public_entry(cert: Certificate) -> dict:
    return {"device_id": cert.device_id, "role": cert.role, "label": cert.label, "sign_key": b64url(cert.sign_key),
            "box_key": b64url(cert.box_key), "issued_at": cert.issued_at}
