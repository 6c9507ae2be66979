"""The sync server's storage interface: routing metadata (``MetadataStore``) and opaque envelope bytes (``BlobStore``).

The server never sees plaintext. The metadata store holds devices, hashed invitation tokens, upload state, the
envelope index, mailbox and shared-channel messages (small opaque blobs) and the latest recipient list; the blob
store holds envelope bytes. Default implementations: ``kpfield.server.storage_sqlite`` (one SQLite file in WAL
mode) and ``kpfield.server.storage_files`` (a folder). A PostgreSQL or S3 backend implements the same methods.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import BinaryIO, Callable, ContextManager


@dataclass(frozen=True)
class DeviceRecord:
    """An enrolled device as the server knows it (keys are raw 32-byte public keys)."""

    device_id: str
    role: str  # "monitor" or "coordinator"
    label: str
    sign_key: bytes
    box_key: bytes
    enrolled_at: int
    revoked_at: int | None = None


@dataclass(frozen=True)
class UploadRecord:
    """A declared upload. Its offset is not stored here: the blob store's length is the truth."""

    upload_id: str
    device_id: str
    sha256: str
    size: int
    created_at: int
    completed_at: int | None = None
    receipt: dict | None = None


class QuotaExceeded(Exception):
    """A device's unfinished uploads would exceed its quota (raised by ``declare_upload``; nothing is stored)."""

    def __init__(self, pending_uploads: int, pending_bytes: int):
        super().__init__("quota")
        self.pending_uploads, self.pending_bytes = pending_uploads, pending_bytes


@dataclass(frozen=True)
class EnvelopeRecord:
    """A complete envelope in the coordinators' feed."""

    seq: int
    sha256: str
    size: int
    device_id: str
    upload_id: str
    received_at: int
    receipt: dict


@dataclass(frozen=True)
class Message:
    """A mailbox or shared-channel message: opaque bytes plus routing metadata."""

    seq: int
    message_id: str
    sender: str
    recipient: str | None  # None on the shared channel
    posted_at: int
    data: bytes


class MetadataStore(abc.ABC):
    """Everything the server remembers except envelope bytes. Every method is atomic and thread-safe."""

    # --- devices and invitations -------------------------------------------------------------------------
    @abc.abstractmethod
    def add_invitation(self, token_hash: str, role: str, label: str, created_at: int, expires_at: int) -> None:
        """Remember an invitation by the SHA-256 of its token (the token itself is never stored)."""

    @abc.abstractmethod
    def enroll(self, token_hash: str, device: DeviceRecord, now: int) -> str:
        """Consume the invitation and add the device, atomically.

        Returns ``"ok"``, or without changing anything ``"unknown_token"``, ``"used"``, ``"expired"``,
        ``"role_mismatch"`` or ``"already_enrolled"``.
        """

    @abc.abstractmethod
    def get_device(self, device_id: str) -> DeviceRecord | None: ...

    @abc.abstractmethod
    def list_devices(self) -> list[DeviceRecord]: ...

    @abc.abstractmethod
    def revoke_device(self, device_id: str, now: int) -> bool:
        """Mark a device revoked; False when there is no such device (revoking twice keeps the first time)."""

    # --- uploads and envelopes ---------------------------------------------------------------------------
    @abc.abstractmethod
    def declare_upload(self, upload_id: str, device_id: str, sha256: str, size: int, now: int, *,
                       max_pending: int | None = None, max_pending_bytes: int | None = None) \
            -> tuple[UploadRecord, bool]:
        """The device's upload of this envelope: the existing one (``False``) or a new one (``True``).

        :param max_pending: a new upload is refused (:class:`QuotaExceeded`) when the device already has this many
            unfinished uploads ...
        :param max_pending_bytes: ... or when their declared sizes plus ``size`` would exceed this.
        """

    @abc.abstractmethod
    def get_upload(self, upload_id: str) -> UploadRecord | None: ...

    @abc.abstractmethod
    def complete_upload(self, upload_id: str, received_at: int, make_receipt: Callable[[int], dict]) -> dict:
        """Mark the upload complete, give the envelope the next sequence number and store its receipt.

        :param make_receipt: called with the sequence number inside the transaction; returns the signed receipt.
        Idempotent: an already complete upload returns its stored receipt.
        """

    @abc.abstractmethod
    def mark_upload_verified(self, upload_id: str, now: int) -> None:
        """The upload's bytes were checked whole against its SHA-256 and are about to become the envelope
        (recorded as ``completed_at`` before the receipt: after a crash in between, only this upload's own
        verified bytes let its status find the envelope on disk and finish the job)."""

    @abc.abstractmethod
    def unfinished_uploads(self, device_id: str | None = None, created_before: int | None = None) \
            -> list[UploadRecord]:
        """Uploads without receipt and not yet verified, optionally of one device or created before a time."""

    @abc.abstractmethod
    def delete_unfinished_upload(self, upload_id: str) -> bool:
        """Forget an upload that has no receipt and was not verified; False when there is none such."""

    @abc.abstractmethod
    def list_envelopes(self, after: int, limit: int) -> list[EnvelopeRecord]: ...

    @abc.abstractmethod
    def get_envelope(self, sha256: str) -> EnvelopeRecord | None: ...

    # --- mailboxes, shared channel, recipient list -------------------------------------------------------
    @abc.abstractmethod
    def post_message(self, message_id: str, sender: str, recipient: str | None, data: bytes, now: int) -> int:
        """Append a message (``recipient=None``: the coordinators' shared channel); returns its sequence number."""

    @abc.abstractmethod
    def list_messages(self, recipient: str | None, after: int, limit: int) -> list[Message]: ...

    @abc.abstractmethod
    def ack_messages(self, recipient: str, message_ids: list[str]) -> int:
        """Delete these messages from ``recipient``'s mailbox (others' ids are ignored); returns how many."""

    @abc.abstractmethod
    def put_recipients(self, document: dict, issued_at: int) -> bool:
        """Store a coordinator-signed recipient list unless a newer or equal one is stored; True if stored."""

    @abc.abstractmethod
    def get_recipients(self) -> dict | None: ...

    @abc.abstractmethod
    def close(self) -> None: ...


class BlobWriter(abc.ABC):
    """Appends to one upload; bytes passed to :meth:`write` count once it returns, even if the caller then dies."""

    @abc.abstractmethod
    def write(self, data: bytes) -> None: ...

    @abc.abstractmethod
    def sync(self) -> None:
        """Make everything written so far durable (fsync)."""


class BlobStore(abc.ABC):
    """Envelope bytes: partial uploads addressed by upload id, complete envelopes by SHA-256."""

    @abc.abstractmethod
    def length(self, upload_id: str) -> int:
        """Bytes received so far for an incomplete upload (0 when none)."""

    @abc.abstractmethod
    def appender(self, upload_id: str, offset: int) -> ContextManager[BlobWriter]:
        """A writer appending at ``offset``, which must equal :meth:`length`; synced when the context exits."""

    @abc.abstractmethod
    def truncate(self, upload_id: str, length: int) -> None:
        """Drop bytes past ``length`` (a chunk that failed its checksum)."""

    @abc.abstractmethod
    def upload_sha256(self, upload_id: str) -> str:
        """Hex SHA-256 of the bytes received so far."""

    @abc.abstractmethod
    def complete(self, upload_id: str, sha256: str) -> None:
        """Atomically turn the upload into the envelope ``sha256`` (durable when this returns)."""

    @abc.abstractmethod
    def remove(self, upload_id: str) -> None:
        """Delete an unfinished upload's bytes (expired, or its device was revoked); no error when there are none."""

    @abc.abstractmethod
    def last_write(self, upload_id: str) -> float | None:
        """When bytes were last written to the unfinished upload (Unix time), or None when it holds none."""

    @abc.abstractmethod
    def has_envelope(self, sha256: str) -> bool: ...

    @abc.abstractmethod
    def open_envelope(self, sha256: str) -> BinaryIO:
        """A binary file object for reading the envelope (the caller closes it)."""
