"""What device and server both sign on the HTTP sync link: request signatures, server-signed documents, receipts.

Every signature is Ed25519 over ``domain + canonical JSON``, with one domain per purpose (see
``kpfield.sync.identity.check_domain``), so a signed request can never be replayed as a receipt or an invitation.
The wire format is described in docs/PROTOCOL_HTTP.md ("Authentication").
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Any

import nacl.signing

from kpfield.errors import AuthError, SignatureInvalid
from kpfield.sync.canonical import canonical_json
from kpfield.sync.identity import b64url, check_domain, unb64url, verify

DOMAIN_REQUEST = b"kpfield/http-request/v1\0"
DOMAIN_RECEIPT = b"kpfield/receipt/v1\0"
DOMAIN_INVITATION = b"kpfield/invitation/v1\0"
DOMAIN_SERVER_DOC = b"kpfield/server-document/v1\0"
DOMAIN_RECIPIENTS = b"kpfield/recipients/v1\0"
DOMAIN_SERVER_FINGERPRINT = b"kpfield/server-fingerprint/v1\0"

# Header names; HTTP header names are case-insensitive, these are the spellings the client sends.
H_DEVICE = "KPF-Device"
H_TIMESTAMP = "KPF-Timestamp"
H_NONCE = "KPF-Nonce"
H_BODY_SHA256 = "KPF-Content-SHA256"
H_SIGNATURE = "KPF-Signature"

CLOCK_WINDOW_S = 300  # the server accepts timestamps this far from its own clock, either way
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_NONCE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def is_sha256_hex(value: Any) -> bool:
    """True for a lower-case hexadecimal SHA-256 digest (64 characters)."""
    return isinstance(value, str) and bool(_HEX64.match(value))


def key_fingerprint(sign_key: bytes) -> str:
    """Human-comparable fingerprint of a server's Ed25519 public key, e.g. ``ABCD-EFGH-...`` (8 groups of 4)."""
    digest = hashlib.sha256(DOMAIN_SERVER_FINGERPRINT + sign_key).digest()
    text = base64.b32encode(digest[:20]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def request_message(method: str, path_query: str, body_sha256: str, timestamp: int, nonce: str,
                    device_id: str) -> bytes:
    """The canonical bytes a device signs for one request (the domain is added by the signer).

    :param method: upper-case HTTP method.
    :param path_query: the request target exactly as sent, e.g. ``/v1/envelopes?after=3``.
    :param body_sha256: hex SHA-256 of the body (of the empty string when there is none).
    :param timestamp: whole seconds since the epoch, on the SERVER's clock as the client estimates it.
    :param nonce: random base64url text, never reused.
    :param device_id: the claimed device.
    """
    return canonical_json({"m": method.upper(), "p": path_query, "b": body_sha256, "t": int(timestamp),
                           "n": nonce, "d": device_id})


def sign_request(signing_key: nacl.signing.SigningKey, device_id: str, method: str, path_query: str,
                 body_sha256: str, timestamp: int) -> dict[str, str]:
    """The authentication headers of one request.

    :param signing_key: the device's Ed25519 key.
    :param device_id: the device's id.
    :param method: HTTP method.
    :param path_query: request target (path and query string) exactly as sent.
    :param body_sha256: hex SHA-256 of the body the request will carry.
    :param timestamp: server-relative time in whole seconds.
    """
    nonce = b64url(secrets.token_bytes(18))
    message = request_message(method, path_query, body_sha256, timestamp, nonce, device_id)
    signature = signing_key.sign(DOMAIN_REQUEST + message).signature
    return {H_DEVICE: device_id, H_TIMESTAMP: str(int(timestamp)), H_NONCE: nonce,
            H_BODY_SHA256: body_sha256, H_SIGNATURE: b64url(signature)}


@dataclass(frozen=True)
class SignedRequest:
    """The authentication headers of a received request, parsed but not yet verified."""

    device_id: str
    timestamp: int
    nonce: str
    body_sha256: str
    signature: bytes

    @classmethod
    def from_headers(cls, headers) -> SignedRequest:
        """Parse the ``KPF-*`` headers; raises :class:`AuthError` when one is missing or malformed."""
        values = {}
        for name in (H_DEVICE, H_TIMESTAMP, H_NONCE, H_BODY_SHA256, H_SIGNATURE):
            value = headers.get(name)
            if value is None:
                raise AuthError(f"The request is not signed (header {name} is missing).", reason="unsigned")
            values[name] = value
        device_id = values[H_DEVICE]
        if not (0 < len(device_id) <= 64 and device_id.isascii() and device_id.isalnum()):
            raise AuthError("The device id header is malformed.", reason="malformed")
        if not (values[H_TIMESTAMP].isascii() and values[H_TIMESTAMP].isdigit()) or len(values[H_TIMESTAMP]) > 12:
            raise AuthError("The timestamp header is not a whole number of seconds.", reason="malformed")
        if not _NONCE.match(values[H_NONCE]):
            raise AuthError("The nonce header is malformed.", reason="malformed")
        if not is_sha256_hex(values[H_BODY_SHA256]):
            raise AuthError("The body hash header is not a lower-case hex SHA-256.", reason="malformed")
        try:
            signature = unb64url(values[H_SIGNATURE], "signature")
        except Exception:
            raise AuthError("The signature header is not base64url.", reason="malformed") from None
        return cls(device_id, int(values[H_TIMESTAMP]), values[H_NONCE], values[H_BODY_SHA256], signature)

    def verify(self, sign_key: bytes, method: str, path_query: str) -> None:
        """Check the signature with the device's key; raises :class:`AuthError` (reason ``bad_signature``)."""
        message = request_message(method, path_query, self.body_sha256, self.timestamp, self.nonce, self.device_id)
        try:
            verify(sign_key, DOMAIN_REQUEST, message, self.signature)
        except SignatureInvalid:
            raise AuthError("The request signature does not verify.", reason="bad_signature") from None


def sign_document(signing_key: nacl.signing.SigningKey, domain: bytes, body: dict) -> dict:
    """``body`` plus a ``sig`` field: Ed25519 over ``domain + canonical_json(body)``.

    :param signing_key: the signer's key.
    :param domain: purpose, one of the ``DOMAIN_*`` strings.
    :param body: a JSON object without a ``sig`` key.
    """
    check_domain(domain)
    if "sig" in body:
        raise ValueError("the body to sign already has a 'sig' field")
    signature = signing_key.sign(domain + canonical_json(body)).signature
    return {**body, "sig": b64url(signature)}


def verify_document(sign_key: bytes, domain: bytes, document: Any) -> dict:
    """The body of a document made by :func:`sign_document`, once its signature verifies with ``sign_key``.

    :param sign_key: 32-byte Ed25519 public key of the expected signer.
    :param domain: the purpose the document must have been signed for.
    :param document: the parsed JSON document.
    Raises :class:`SignatureInvalid` when the document is malformed or the signature does not hold.
    """
    if not isinstance(document, dict) or not isinstance(document.get("sig"), str):
        raise SignatureInvalid("The document carries no signature.")
    body = {k: v for k, v in document.items() if k != "sig"}
    try:
        signature = unb64url(document["sig"], "signature")
        message = canonical_json(body)
    except Exception:
        raise SignatureInvalid("The document's signature or content is malformed.") from None
    verify(sign_key, domain, message, signature)
    return body


@dataclass(frozen=True)
class Receipt:
    """The server's signed acknowledgement that it holds a complete envelope.

    :param envelope_sha256: hex SHA-256 of the envelope bytes.
    :param size: envelope size in bytes.
    :param device_id: the device that uploaded it.
    :param upload_id: the server's upload id.
    :param received_at: server time (whole seconds since the epoch) when the upload completed.
    :param seq: server sequence number: the order in which coordinators list envelopes.
    :param sig: base64url Ed25519 signature by the server key (domain ``DOMAIN_RECEIPT``).
    """

    envelope_sha256: str
    size: int
    device_id: str
    upload_id: str
    received_at: int
    seq: int
    sig: str

    def body(self) -> dict:
        """The signed fields (everything but ``sig``)."""
        return {"v": 1, "kind": "receipt", "envelope_sha256": self.envelope_sha256, "size": self.size,
                "device_id": self.device_id, "upload_id": self.upload_id, "received_at": self.received_at,
                "seq": self.seq}

    def to_dict(self) -> dict:
        return {**self.body(), "sig": self.sig}

    @classmethod
    def issue(cls, signing_key: nacl.signing.SigningKey, **fields) -> Receipt:
        """A receipt signed by the server key (server side)."""
        unsigned = cls(sig="", **fields)
        return cls(sig=sign_document(signing_key, DOMAIN_RECEIPT, unsigned.body())["sig"], **fields)

    @classmethod
    def from_dict(cls, data: Any) -> Receipt:
        """Parse a receipt; raises :class:`SignatureInvalid` when a field is missing or of the wrong type."""
        fields = {"envelope_sha256": str, "size": int, "device_id": str, "upload_id": str, "received_at": int,
                  "seq": int, "sig": str}
        if (not isinstance(data, dict) or data.get("v") != 1 or data.get("kind") != "receipt"
                or set(data) != set(fields) | {"v", "kind"}):
            raise SignatureInvalid("This is not a KP Field receipt.")
        for name, kind in fields.items():
            if not isinstance(data[name], kind) or isinstance(data[name], bool):
                raise SignatureInvalid(f"The receipt's {name} field is malformed.")
        return cls(**{name: data[name] for name in fields})

    def verify(self, server_sign_key: bytes) -> None:
        """Raise :class:`SignatureInvalid` unless the pinned server key signed exactly these fields."""
        verify_document(server_sign_key, DOMAIN_RECEIPT, self.to_dict())
