"""What a device trusts, computed from its pinned organisation key alone: never from the server's word.

A :class:`TrustView` is built from the pinned organisation public key, the certificates the device holds and the
newest valid revocation list. It answers who the certified, unrevoked coordinators are (the only keys a device
seals to or accepts coordinator signatures from) and, for any device id, its certified identity or why there is
none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from kpfield.trust.documents import Certificate, Revocations, verify_certificate, verify_revocations
from kpfield.trust.errors import DocumentInvalid, StaleRevocations
from kpfield.trust.keys import org_fingerprint

# Why a device id has no trusted identity (stable codes, translated by the GUI).
CERTIFIED, UNCERTIFIED, REVOKED, WRONG_ORG, BAD_SIGNATURE = (
    "certified", "uncertified", "revoked", "wrong_org", "bad_signature")


@dataclass(frozen=True)
class Standing:
    """A device's standing with the organisation: ``certificate`` is set only when ``status`` is ``certified``.

    :param status: one of ``certified``, ``uncertified``, ``revoked``, ``wrong_org``, ``bad_signature``.
    :param detail: one English sentence for logs, the CLI and quarantine reasons.
    :param revoked_at: seconds since the epoch, for ``revoked``.
    """

    device_id: str
    status: str
    detail: str
    certificate: Certificate | None = None
    revoked_at: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == CERTIFIED


def accept_revocations(org_key: bytes, held_serial: int | None, document: Any) -> Revocations:
    """``document`` as a :class:`Revocations` if it verifies and its serial is higher than ``held_serial``.

    Raises :class:`DocumentInvalid` (bad signature, other organisation, malformed) or :class:`StaleRevocations`.
    """
    revocations = verify_revocations(org_key, document)
    if held_serial is not None and revocations.serial <= held_serial:
        raise StaleRevocations(f"This revocation list (serial {revocations.serial}) is not newer than the one held "
                               f"(serial {held_serial}).")
    return revocations


class TrustView:
    """The devices an organisation vouches for, as seen by one device.

    :param org_key: the pinned organisation public key (32 bytes).
    :param certificates: certificate documents as received (invalid ones are kept aside, with their reason).
    :param revocations: the newest revocation list held (already accepted with :func:`accept_revocations`), or
        ``None``.
    """

    def __init__(self, org_key: bytes, certificates: Iterable[Any] = (), revocations: Any = None):
        self.org_key = org_key
        self.org_fingerprint = org_fingerprint(org_key)
        self.certificates: dict[str, Certificate] = {}
        self.refused: dict[str, str] = {}  # device id -> wrong_org / bad_signature
        for document in certificates:
            try:
                cert = verify_certificate(org_key, document)
            except DocumentInvalid as exc:
                claimed = document.get("device_id") if isinstance(document, dict) else None
                if isinstance(claimed, str):
                    self.refused.setdefault(claimed, exc.details.get("reason") or BAD_SIGNATURE)
                continue
            held = self.certificates.get(cert.device_id)
            if held is None or cert.issued_at > held.issued_at:
                self.certificates[cert.device_id] = cert
        self.revocations: Revocations | None = None
        if revocations is not None:
            self.revocations = revocations if isinstance(revocations, Revocations) \
                else verify_revocations(org_key, revocations)

    @property
    def serial(self) -> int | None:
        return self.revocations.serial if self.revocations else None

    def standing(self, device_id: str) -> Standing:
        """Whether ``device_id`` is certified and unrevoked, and if not, why."""
        revoked = self.revocations.revoked.get(device_id) if self.revocations else None
        if revoked is not None:
            return Standing(device_id, REVOKED, f"device {device_id} was revoked by the organisation "
                                                f"(reason: {revoked[1] or 'none given'})",
                            revoked_at=revoked[0])
        cert = self.certificates.get(device_id)
        if cert is not None:
            return Standing(device_id, CERTIFIED, f"device {device_id} ({cert.label or 'no label'}) is certified as "
                                                  f"{cert.role} by organisation {self.org_fingerprint}", cert)
        refused = self.refused.get(device_id)
        if refused == WRONG_ORG:
            return Standing(device_id, WRONG_ORG, f"the certificate of device {device_id} is for another "
                                                  f"organisation")
        if refused is not None:
            return Standing(device_id, BAD_SIGNATURE, f"the certificate of device {device_id} does not verify with "
                                                      f"the organisation key")
        return Standing(device_id, UNCERTIFIED, f"device {device_id} is not (yet) certified by organisation "
                                                f"{self.org_fingerprint}")

    def certified(self, device_id: str, role: str | None = None) -> Certificate | None:
        """The certificate of an unrevoked device (of ``role``, if given), else ``None``."""
        standing = self.standing(device_id)
        if not standing.ok or (role is not None and standing.certificate.role != role):
            return None
        return standing.certificate

    def coordinators(self) -> list[Certificate]:
        """The certified, unrevoked coordinators, by device id: the only recipients a device seals to."""
        return [c for d, c in sorted(self.certificates.items())
                if c.role == "coordinator" and self.standing(d).ok]

    def coordinator_sign_keys(self) -> dict[str, bytes]:
        """Device id -> signing key of every certified, unrevoked coordinator."""
        return {c.device_id: c.sign_key for c in self.coordinators()}
