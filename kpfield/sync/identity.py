"""Device identities: an Ed25519 signing key and an X25519 box key, their public form, fingerprint and device id.

Every signature is made over ``domain + data``, where ``domain`` is one of the ``DOMAIN_*`` strings below. Each
domain starts with ``kpfield/``, ends with a NUL byte and holds no other NUL, so no signed message for one purpose
can be read as a message for another (the first NUL ends the domain). See docs/PROTOCOL.md, "Identities".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass

import nacl.exceptions
import nacl.public
import nacl.signing

from kpfield.errors import IdentityError, SignatureInvalid

DOMAIN_MANIFEST = b"kpfield/manifest/v1\0"
DOMAIN_FINGERPRINT = b"kpfield/fingerprint/v1\0"
DOMAIN_DEVICE_ID = b"kpfield/device-id/v1\0"

KEYS_MAGIC = b"KPDK"
KEYS_VERSION = 1
_KEYS_LEN = 4 + 1 + 32 + 32
KEY_BYTES = 32
SIGNATURE_BYTES = 64
_MAX_DOMAIN = 64


def b64url(data: bytes) -> str:
    """Base64url without padding (RFC 4648 §5), the text form of keys and signatures."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str, what: str = "value") -> bytes:
    """Strict inverse of :func:`b64url`: refuses padding, other alphabets and non-canonical trailing bits."""
    if not isinstance(text, str) or "=" in text or not text.isascii():
        raise IdentityError(f"The {what} is not base64url text.")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise IdentityError(f"The {what} is not base64url text.") from None
    if b64url(data) != text:  # e.g. "AB" and "AA" decode alike; only one spelling is accepted
        raise IdentityError(f"The {what} is not canonical base64url.")
    return data


def check_domain(domain: bytes) -> None:
    """Raise ``ValueError`` unless ``domain`` is a well-formed domain-separation string (a programming error)."""
    if (not isinstance(domain, bytes) or not domain.startswith(b"kpfield/") or not domain.endswith(b"\0")
            or domain.count(b"\0") != 1 or len(domain) > _MAX_DOMAIN):
        raise ValueError(f"{domain!r} is not a domain string: b'kpfield/<purpose>/v<n>\\0' expected")


def derive_device_id(sign_key: bytes) -> str:
    """The device id of the device whose Ed25519 public key is ``sign_key``.

    :param sign_key: 32-byte Ed25519 public key.
    Lower-case RFC 4648 base32 of the first 15 bytes of ``SHA-256(DOMAIN_DEVICE_ID || sign_key)``: 24 characters.
    """
    if not isinstance(sign_key, bytes) or len(sign_key) != KEY_BYTES:
        raise IdentityError("A signing key is 32 bytes.")
    digest = hashlib.sha256(DOMAIN_DEVICE_ID + sign_key).digest()
    return base64.b32encode(digest[:15]).decode("ascii").lower()


def verify(sign_key: bytes, domain: bytes, data: bytes, signature: bytes) -> None:
    """Check an Ed25519 ``signature`` over ``domain + data``; raise :class:`SignatureInvalid` if it does not hold.

    :param sign_key: 32-byte Ed25519 public key of the expected signer.
    :param domain: the purpose, one of the ``DOMAIN_*`` strings.
    :param data: the signed bytes.
    :param signature: 64-byte detached signature.
    """
    check_domain(domain)
    if not isinstance(signature, bytes) or len(signature) != SIGNATURE_BYTES:
        raise SignatureInvalid("The signature is not 64 bytes long.")
    try:
        nacl.signing.VerifyKey(sign_key).verify(domain + data, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, nacl.exceptions.TypeError):
        raise SignatureInvalid("The signature does not match the data and the signer's key.") from None


@dataclass(frozen=True)
class PublicIdentity:
    """A device's public keys: what it enrols with and what others verify and encrypt to.

    :param sign_key: 32-byte Ed25519 public key (verifies the device's signatures).
    :param box_key: 32-byte X25519 public key (content keys are sealed to it).
    """

    sign_key: bytes
    box_key: bytes

    def __post_init__(self):
        for name in ("sign_key", "box_key"):
            value = getattr(self, name)
            if not isinstance(value, bytes) or len(value) != KEY_BYTES:
                raise IdentityError(f"The {name.replace('_', ' ')} of a public identity is 32 bytes.")

    @property
    def device_id(self) -> str:
        """The id derived from the signing key (see :func:`derive_device_id`)."""
        return derive_device_id(self.sign_key)

    @property
    def fingerprint(self) -> str:
        """Human-comparable fingerprint of both keys, e.g. ``VRGE-3MXK-...`` (8 groups of 4, 160 bits)."""
        digest = hashlib.sha256(DOMAIN_FINGERPRINT + self.sign_key + self.box_key).digest()
        text = base64.b32encode(digest[:20]).decode("ascii")
        return "-".join(text[i:i + 4] for i in range(0, len(text), 4))

    def verify(self, domain: bytes, data: bytes, signature: bytes) -> None:
        """Check a signature by this identity; see :func:`verify`."""
        verify(self.sign_key, domain, data, signature)

    def to_dict(self) -> dict:
        """JSON form: ``{"v": 1, "sign_key": <b64url>, "box_key": <b64url>}``."""
        return {"v": 1, "sign_key": b64url(self.sign_key), "box_key": b64url(self.box_key)}

    @classmethod
    def from_dict(cls, data: dict) -> PublicIdentity:
        """Inverse of :meth:`to_dict`; raises :class:`IdentityError` on anything else."""
        if not isinstance(data, dict) or set(data) != {"v", "sign_key", "box_key"}:
            raise IdentityError("A public identity has exactly the fields v, sign_key and box_key.")
        if data["v"] != 1 or isinstance(data["v"], bool):
            raise IdentityError(f"Public identity version {data['v']!r} is not understood; 1 is.")
        return cls(unb64url(data["sign_key"], "signing key"), unb64url(data["box_key"], "box key"))


class DeviceKeys:
    """This device's private keys. Stored only inside the encrypted store (:meth:`to_bytes`), never elsewhere.

    :param signing_key: Ed25519 key that signs manifests.
    :param box_key: X25519 key that opens content keys sealed to this device.
    """

    def __init__(self, signing_key: nacl.signing.SigningKey, box_key: nacl.public.PrivateKey):
        self.signing_key = signing_key
        self.box_key = box_key

    @classmethod
    def generate(cls) -> DeviceKeys:
        """Fresh keys from the operating system's random generator (through libsodium)."""
        return cls(nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate())

    def to_bytes(self) -> bytes:
        """Versioned private form (69 bytes): ``KPDK``, version 1, Ed25519 seed (32), X25519 secret (32)."""
        return KEYS_MAGIC + struct.pack(">B", KEYS_VERSION) + bytes(self.signing_key) + bytes(self.box_key)

    @classmethod
    def from_bytes(cls, data: bytes) -> DeviceKeys:
        """Inverse of :meth:`to_bytes`; raises :class:`IdentityError` for anything else."""
        if not isinstance(data, (bytes, bytearray)) or len(data) < 5 or bytes(data[:4]) != KEYS_MAGIC:
            raise IdentityError("These bytes are not KP Field device keys.")
        if data[4] != KEYS_VERSION:
            raise IdentityError(f"Device keys of format version {data[4]} are not understood; "
                                f"this KP Field understands {KEYS_VERSION}.")
        if len(data) != _KEYS_LEN:
            raise IdentityError("The device keys are damaged (wrong length).")
        return cls(nacl.signing.SigningKey(bytes(data[5:37])), nacl.public.PrivateKey(bytes(data[37:69])))

    @property
    def public(self) -> PublicIdentity:
        return PublicIdentity(bytes(self.signing_key.verify_key), bytes(self.box_key.public_key))

    @property
    def device_id(self) -> str:
        return self.public.device_id

    def sign(self, domain: bytes, data: bytes) -> bytes:
        """A 64-byte Ed25519 signature over ``domain + data``.

        :param domain: the purpose, one of the ``DOMAIN_*`` strings (checked).
        :param data: the bytes to sign.
        """
        check_domain(domain)
        return self.signing_key.sign(domain + data).signature

    def __repr__(self) -> str:  # never print key material, even in a traceback
        return f"<DeviceKeys {self.device_id}>"
