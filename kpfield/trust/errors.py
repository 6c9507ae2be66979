"""Errors of the organisation trust model; each ``code`` is translated by the GUI (ui/errors.py)."""

from __future__ import annotations

from kpfield.errors import SignatureInvalid, SyncError


class TrustError(SyncError):
    """Base of the trust model's refusals."""

    code = "trust"


class NoOrgPinned(TrustError):
    """This device has pinned no organisation key, so it trusts no coordinator key and seals nothing."""

    code = "no_org_pinned"


class NoCertifiedCoordinators(TrustError):
    """The organisation has certified no (unrevoked) coordinator yet: there is nobody to seal to."""

    code = "no_certified_coordinators"


class OrgMismatch(TrustError):
    """A fingerprint read aloud, or a key offered, is not the organisation's this device knows."""

    code = "org_mismatch"


class OrgKeyMissing(TrustError):
    """This coordinator's store does not hold the organisation's private key (never made, or forgotten)."""

    code = "org_key_missing"


class DocumentInvalid(TrustError, SignatureInvalid):
    """A certificate or revocation list that is malformed, for another organisation or badly signed."""

    code = "trust_document_invalid"


class StaleRevocations(TrustError):
    """A revocation list whose serial is not higher than the one already held."""

    code = "stale_revocations"
