"""The organisation key: an Ed25519 key pair whose public half every device pins out of band at enrolment.

Its fingerprint is shown and compared aloud like a device's, but over the organisation key alone and with its own
domain string, so an organisation fingerprint can never be mistaken for a device's or a server's.
"""

from __future__ import annotations

import base64
import hashlib
import re

import nacl.signing

from kpfield.sync.identity import KEY_BYTES, b64url, unb64url
from kpfield.trust.errors import DocumentInvalid, OrgMismatch

DOMAIN_ORG_FINGERPRINT = b"kpfield/org-fingerprint/v1\0"
DOMAIN_DEVICE_CERT = b"kpfield/device-cert/v1\0"
DOMAIN_REVOCATIONS = b"kpfield/revocations/v1\0"
_FPR = re.compile(r"^[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}$")


def org_fingerprint(org_key: bytes) -> str:
    """Human-comparable fingerprint of an organisation's Ed25519 public key: 8 groups of 4 base32 characters.

    RFC 4648 base32 of the first 20 bytes of ``SHA-256("kpfield/org-fingerprint/v1\\0" || org_key)``.
    """
    if not isinstance(org_key, bytes) or len(org_key) != KEY_BYTES:
        raise DocumentInvalid("An organisation key is 32 bytes.")
    digest = hashlib.sha256(DOMAIN_ORG_FINGERPRINT + org_key).digest()
    text = base64.b32encode(digest[:20]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces or dashes anywhere) in its canonical ``ABCD-EFGH-...`` form.

    Raises :class:`OrgMismatch` when it cannot be a fingerprint (wrong length or characters).
    """
    compact = "".join(ch for ch in str(text).upper() if ch not in " -\t")
    spelled = "-".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    if not _FPR.match(spelled):
        raise OrgMismatch("A fingerprint is 32 letters A-Z and digits 2-7, in 8 groups of 4.")
    return spelled


def parse_org_key(text: str) -> bytes:
    """An organisation public key from its base64url text; raises :class:`DocumentInvalid`."""
    try:
        key = unb64url(text, "organisation key")
    except Exception:
        raise DocumentInvalid("The organisation key is not base64url text.") from None
    if len(key) != KEY_BYTES:
        raise DocumentInvalid("The organisation key is not 32 bytes.")
    try:
        nacl.signing.VerifyKey(key)
    except Exception:
        raise DocumentInvalid("The organisation key is not an Ed25519 key.") from None
    return key


class OrgKey:
    """The organisation's private signing key. Kept only in a coordinator's encrypted store, or split in shares.

    :param signing_key: the Ed25519 key.
    """

    def __init__(self, signing_key: nacl.signing.SigningKey):
        self.signing_key = signing_key

    @classmethod
    def generate(cls) -> OrgKey:
        return cls(nacl.signing.SigningKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> OrgKey:
        if not isinstance(seed, (bytes, bytearray)) or len(seed) != 32:
            raise DocumentInvalid("An organisation key seed is 32 bytes.")
        return cls(nacl.signing.SigningKey(bytes(seed)))

    @property
    def seed(self) -> bytes:
        return bytes(self.signing_key)

    @property
    def public(self) -> bytes:
        return bytes(self.signing_key.verify_key)

    @property
    def public_text(self) -> str:
        return b64url(self.public)

    @property
    def fingerprint(self) -> str:
        return org_fingerprint(self.public)

    def __repr__(self) -> str:  # never print key material
        return f"<OrgKey {self.fingerprint}>"
