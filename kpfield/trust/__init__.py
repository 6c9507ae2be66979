"""The organisation's root of trust: an organisation key pinned out of band, device certificates and revocation
lists it signs, and the view a device computes from them (docs/PROTOCOL.md, "Trust: the organisation key").

Pure protocol: no store, no network, no Qt. The store side is ``kpfield.sync.trust_store``; the organisation's
own operations (init, certify, revoke, shares) are ``kpfield.coordinator.org``.
"""

from kpfield.trust.documents import (Certificate, Revocations, certify, revocation_list, verify_certificate,
                                     verify_revocations)
from kpfield.trust.errors import (DocumentInvalid, NoCertifiedCoordinators, NoOrgPinned, OrgKeyMissing, OrgMismatch,
                                  StaleRevocations, TrustError)
from kpfield.trust.keys import OrgKey, normalise_fingerprint, org_fingerprint, parse_org_key
from kpfield.trust.view import Standing, TrustView, accept_revocations

__all__ = ["Certificate", "DocumentInvalid", "NoCertifiedCoordinators", "NoOrgPinned", "OrgKey", "OrgKeyMissing",
           "OrgMismatch", "Revocations", "StaleRevocations", "Standing", "TrustError", "TrustView",
           "accept_revocations", "certify", "normalise_fingerprint", "org_fingerprint", "parse_org_key",
           "revocation_list", "verify_certificate", "verify_revocations"]
