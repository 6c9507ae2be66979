"""Manifests: what a device signs about one envelope's content, in canonical JSON, verifiable on its own.

Fields and rules are in docs/PROTOCOL.md ("Manifest"); the signed bytes and the signature are all a third party
needs, with the device's enrolled public key, to check an evidence bundle.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Sequence

from kpfield.errors import (CanonicalJSONError, ManifestMalformed, ManifestSignatureInvalid, SignatureInvalid,
                            UnsupportedVersion)
from kpfield.sync.canonical import canonical_json, parse_canonical
from kpfield.sync.identity import (DOMAIN_MANIFEST, DeviceKeys, PublicIdentity, b64url, derive_device_id, unb64url,
                                   verify)

MANIFEST_VERSION = 1
MAX_ATTACHMENTS = 2000
MAX_MANIFEST_BYTES = 4 * 1024 * 1024  # several 200 000-character narratives in any script fit
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KIND = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_MANIFEST_FIELDS = {"v", "kind", "device_id", "seq", "prev_envelope_sha256", "created_at", "body", "attachments"}
_ATTACHMENT_FIELDS = {"id", "name", "sha256", "size", "mime", "capture"}


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value, name: str, low: int, high: int) -> str:
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise ManifestMalformed(f"The manifest's {name} must be text of {low} to {high} characters.")
    return value


@dataclass(frozen=True)
class AttachmentMeta:
    """What the signed manifest says about one attached file.

    :param id: the photo's id in the sender's store (unique within the manifest).
    :param name: original file name ("" if none).
    :param sha256: lower-case hex SHA-256 of the exact bytes.
    :param size: byte count.
    :param mime: media type, e.g. ``image/jpeg``.
    :param capture: capture metadata (taken_at, camera, GPS as decimal strings...), canonical-JSON values only.
    """

    id: str
    name: str
    sha256: str
    size: int
    mime: str
    capture: dict = field(default_factory=dict)

    def __post_init__(self):
        _text(self.id, "attachment id", 1, 128)
        _text(self.name, "attachment name", 0, 255)
        _text(self.mime, "attachment type", 1, 100)
        if not isinstance(self.sha256, str) or not _HEX64.fullmatch(self.sha256):
            raise ManifestMalformed("An attachment's sha256 must be 64 lower-case hex digits.")
        if not _is_int(self.size) or self.size < 0:
            raise ManifestMalformed("An attachment's size must be a non-negative integer.")
        if not isinstance(self.capture, dict):
            raise ManifestMalformed("An attachment's capture metadata must be an object.")

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "sha256": self.sha256, "size": self.size, "mime": self.mime,
                "capture": self.capture}

    @classmethod
    def from_dict(cls, data: Any) -> AttachmentMeta:
        if not isinstance(data, dict) or set(data) != _ATTACHMENT_FIELDS:
            raise ManifestMalformed(f"An attachment has exactly the fields {sorted(_ATTACHMENT_FIELDS)}.")
        return cls(**data)


def _valid_time(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def validate_manifest(manifest: Any) -> None:
    """Raise :class:`ManifestMalformed` (or :class:`UnsupportedVersion`) unless ``manifest`` is a valid v1 manifest."""
    if not isinstance(manifest, dict):
        raise ManifestMalformed("A manifest is a JSON object.")
    version = manifest.get("v")
    if _is_int(version) and version > MANIFEST_VERSION:
        raise UnsupportedVersion(f"This envelope's manifest uses format version {version}; this KP Field "
                                 f"understands {MANIFEST_VERSION}. Update KP Field.", version=version)
    if set(manifest) != _MANIFEST_FIELDS or version != MANIFEST_VERSION or not _is_int(version):
        raise ManifestMalformed(f"A version {MANIFEST_VERSION} manifest has exactly the fields "
                                f"{sorted(_MANIFEST_FIELDS)}.")
    if not isinstance(manifest["kind"], str) or not _KIND.fullmatch(manifest["kind"]):
        raise ManifestMalformed("The manifest's kind must be a short lower-case word such as 'report'.")
    _text(manifest["device_id"], "device id", 1, 64)
    seq, prev = manifest["seq"], manifest["prev_envelope_sha256"]
    if not _is_int(seq) or seq < 1:
        raise ManifestMalformed("The manifest's sequence number must be an integer from 1.")
    if prev is not None and (not isinstance(prev, str) or not _HEX64.fullmatch(prev)):
        raise ManifestMalformed("prev_envelope_sha256 must be null or 64 lower-case hex digits.")
    if (seq == 1) != (prev is None):  # the chain starts at 1 and only there
        raise ManifestMalformed("The first envelope (seq 1), and only it, has no previous envelope hash.")
    if not isinstance(manifest["created_at"], str) or not _TIME.fullmatch(manifest["created_at"]) \
            or not _valid_time(manifest["created_at"]):
        raise ManifestMalformed("created_at must be a UTC time like 2026-11-27T00:20:00Z.")
    if not isinstance(manifest["body"], dict):
        raise ManifestMalformed("The manifest's body must be an object.")
    items = manifest["attachments"]
    if not isinstance(items, list) or len(items) > MAX_ATTACHMENTS:
        raise ManifestMalformed(f"The manifest's attachments must be a list of at most {MAX_ATTACHMENTS}.")
    metas = [AttachmentMeta.from_dict(item) for item in items]
    if len({meta.id for meta in metas}) != len(metas):
        raise ManifestMalformed("Two attachments share an id.")


@dataclass(frozen=True)
class SignedManifest:
    """Canonical manifest bytes and the device's Ed25519 signature over them: verifiable on their own.

    :param manifest_bytes: canonical JSON (checked on construction: :class:`ManifestMalformed` otherwise).
    :param signature: 64-byte signature over ``DOMAIN_MANIFEST + manifest_bytes`` (checked only by :meth:`verify`).
    """

    manifest_bytes: bytes
    signature: bytes
    manifest: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        try:
            parsed = parse_canonical(self.manifest_bytes, max_bytes=MAX_MANIFEST_BYTES)
        except CanonicalJSONError as exc:
            raise ManifestMalformed(f"The manifest is not canonical JSON: {exc}") from None
        validate_manifest(parsed)
        if not isinstance(self.signature, bytes) or len(self.signature) != 64:
            raise ManifestMalformed("A manifest signature is 64 bytes.")
        object.__setattr__(self, "manifest", parsed)  # treat as read-only: the signed bytes are the truth

    @property
    def manifest_hash(self) -> str:
        """Lower-case hex SHA-256 of the canonical manifest bytes."""
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def device_id(self) -> str:
        return self.manifest["device_id"]

    @property
    def attachments(self) -> list[AttachmentMeta]:
        return [AttachmentMeta.from_dict(item) for item in self.manifest["attachments"]]

    def verify(self, sign_key: bytes | PublicIdentity) -> None:
        """Check the signature with the device's ENROLLED key and that the manifest names that device.

        :param sign_key: the enrolled Ed25519 public key, or the enrolled :class:`PublicIdentity`.
        Raises :class:`ManifestSignatureInvalid`.
        """
        key = sign_key.sign_key if isinstance(sign_key, PublicIdentity) else sign_key
        try:
            verify(key, DOMAIN_MANIFEST, self.manifest_bytes, self.signature)
        except SignatureInvalid:
            raise ManifestSignatureInvalid("The manifest's signature does not verify with the device's enrolled "
                                           "key: it was altered, or signed by another device.") from None
        if derive_device_id(key) != self.device_id:
            raise ManifestSignatureInvalid(f"The manifest names device {self.device_id} but was signed by device "
                                           f"{derive_device_id(key)}.")

    def to_dict(self) -> dict:
        """``{"manifest": <b64url>, "signature": <b64url>}`` for evidence bundles."""
        return {"manifest": b64url(self.manifest_bytes), "signature": b64url(self.signature)}

    @classmethod
    def from_dict(cls, data: dict) -> SignedManifest:
        if not isinstance(data, dict) or set(data) != {"manifest", "signature"}:
            raise ManifestMalformed("A signed manifest has exactly the fields manifest and signature.")
        return cls(unb64url(data["manifest"], "manifest"), unb64url(data["signature"], "signature"))


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ManifestMalformed("created_at must carry a time zone.")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_manifest(*, device_id: str, kind: str, seq: int, prev_envelope_sha256: str | None,
                   created_at: datetime | str, body: dict, attachments: Sequence[AttachmentMeta] = ()) -> dict:
    """A validated version 1 manifest dict.

    :param device_id: the sender's device id.
    :param kind: "report", "originals", "reply", "review", "message" or another short lower-case word.
    :param seq: this device's envelope sequence number, from 1.
    :param prev_envelope_sha256: hex SHA-256 of this device's previous envelope; None exactly when ``seq`` is 1.
    :param created_at: aware datetime (or ISO text ending in Z); seconds precision.
    :param body: the content (for "report": the report's fields including location), canonical-JSON values only.
    :param attachments: entries for the attached files, in sending order.
    """
    manifest = {"v": MANIFEST_VERSION, "kind": kind, "device_id": device_id, "seq": seq,
                "prev_envelope_sha256": prev_envelope_sha256,
                "created_at": _utc_text(created_at) if isinstance(created_at, datetime) else created_at,
                "body": body, "attachments": [meta.to_dict() for meta in attachments]}
    validate_manifest(manifest)
    return manifest


def sign_manifest(keys: DeviceKeys, manifest: dict) -> SignedManifest:
    """Canonicalise and sign ``manifest`` (its ``device_id`` and ``v`` are set from ``keys`` and this format).

    :param keys: this device's keys.
    :param manifest: a manifest as from :func:`build_manifest` (``device_id``/``v`` may be left out).
    """
    manifest = {**manifest, "device_id": keys.device_id, "v": MANIFEST_VERSION}
    validate_manifest(manifest)
    try:
        data = canonical_json(manifest)
    except CanonicalJSONError as exc:
        raise ManifestMalformed(f"The manifest has no canonical form: {exc}") from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestMalformed(f"The manifest is larger than {MAX_MANIFEST_BYTES} bytes.")
    return SignedManifest(data, keys.sign(DOMAIN_MANIFEST, data))
