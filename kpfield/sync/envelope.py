"""Signed manifests and the end-to-end encrypted, streamed envelope that carries them with their photos.

Layout, limits and the reasons behind them are in docs/PROTOCOL.md ("Manifest", "Envelope format"). In short: a
fresh content key sealed to every coordinator, then one libsodium secretstream (XChaCha20-Poly1305) over
``manifest length | manifest | signature | attachment frames | end | zero padding`` in equal-sized chunks, the last
tagged FINAL, every chunk authenticated together with the outer header.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence

import nacl.bindings as sodium
import nacl.exceptions
import nacl.public

from kpfield.errors import (AttachmentMismatch, EnvelopeMalformed, EnvelopeTampered, EnvelopeTruncated,
                            NotAnEnvelope, NotForUs, UnsupportedVersion)
from kpfield.sync.identity import PublicIdentity
# Re-exported: the manifest API is part of the envelope API.
from kpfield.sync.manifest import (MAX_MANIFEST_BYTES, AttachmentMeta, SignedManifest,  # noqa: F401
                                   build_manifest, sign_manifest, validate_manifest)

MAGIC = b"KPFE"
VERSION = 1
DOMAIN_ENVELOPE_AD = b"kpfield/envelope-ad/v1\0"
DEFAULT_CHUNK_SIZE = 64 * 1024
MIN_CHUNK_SIZE = 1024
MAX_CHUNK_SIZE = 4 * 1024 * 1024
MAX_RECIPIENTS = 256
_FIXED = struct.Struct(">4sBBHI")  # magic, version, flags, recipient count, chunk size
SLOT_BYTES = 32 + sodium.crypto_box_SEALBYTES  # a sealed 32-byte content key: 80
_SS_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES  # 24
_SS_ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES  # 17
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_FRAME = struct.Struct(">BQ")  # frame type 1 = attachment, byte count
_FRAME_ATTACHMENT, _FRAME_END = 1, 0


@dataclass(frozen=True)
class Attachment:
    """An attachment to seal: its manifest entry and a way to stream its bytes.

    :param meta: the entry in the manifest.
    :param open: returns a fresh reader with ``read(n)`` (e.g. a SQLite incremental blob); closed after use.
    """

    meta: AttachmentMeta
    open: Callable[[], BinaryIO]


def _padme(n: int) -> int:
    """Padmé (Nikitin et al., PURBs, 2019): round ``n`` up so that at most O(log log n) bits of it show."""
    if n <= 2:
        return n
    e = n.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (n + mask) & ~mask


def _plaintext_length(signed: SignedManifest) -> int:
    sizes = [meta.size for meta in signed.attachments]
    return 4 + len(signed.manifest_bytes) + 64 + sum(_FRAME.size + size for size in sizes) + 1


def _chunk_count(signed: SignedManifest, chunk_size: int) -> int:
    return _padme(-(-_plaintext_length(signed) // chunk_size))


def _check_chunk_size(chunk_size: int) -> None:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) \
            or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE}")


def _check_attachments(signed: SignedManifest, attachments: Sequence[Attachment | AttachmentMeta]) -> None:
    metas = [a.meta if isinstance(a, Attachment) else a for a in attachments]
    if metas != signed.attachments:
        raise AttachmentMismatch("The attachments differ from those the signed manifest lists (or their order).")


def sealed_size(signed: SignedManifest, attachments: Sequence[Attachment | AttachmentMeta], n_recipients: int,
                chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
    """The exact byte size :func:`seal_envelope` will produce, so the caller can pre-allocate it.

    :param signed: the signed manifest.
    :param attachments: the attachments (or their metas), as the manifest lists them.
    :param n_recipients: number of recipient keys.
    :param chunk_size: plaintext bytes per chunk.
    """
    _check_chunk_size(chunk_size)
    _check_attachments(signed, attachments)
    if not 1 <= n_recipients <= MAX_RECIPIENTS:
        raise ValueError(f"an envelope needs 1 to {MAX_RECIPIENTS} recipients")
    return (_FIXED.size + n_recipients * SLOT_BYTES + _SS_HEADER
            + _chunk_count(signed, chunk_size) * (chunk_size + _SS_ABYTES))


class _ChunkWriter:
    """Cuts plaintext into equal chunks and encrypts them; the ``total``-th chunk gets TAG_FINAL."""

    def __init__(self, state, chunk_size: int, total: int, ad: bytes):
        self.state, self.chunk_size, self.total, self.ad = state, chunk_size, total, ad
        self.buf = bytearray()
        self.emitted = 0

    def write(self, data: bytes) -> list[bytes]:
        self.buf += data
        out = []
        while len(self.buf) >= self.chunk_size:
            chunk = bytes(self.buf[:self.chunk_size])
            del self.buf[:self.chunk_size]
            self.emitted += 1
            tag = _TAG_FINAL if self.emitted == self.total else _TAG_MESSAGE
            out.append(sodium.crypto_secretstream_xchacha20poly1305_push(self.state, chunk, self.ad, tag))
        return out


def _envelope_ad(outer_header: bytes) -> bytes:
    return hashlib.sha256(DOMAIN_ENVELOPE_AD + outer_header).digest()


def seal_envelope(signed: SignedManifest, attachments: Sequence[Attachment], recipients: Sequence[bytes],
                  chunk_size: int = DEFAULT_CHUNK_SIZE) -> Iterator[bytes]:
    """Encrypt ``signed`` and the attachments' bytes to every recipient, yielding the envelope piece by piece.

    :param signed: the signed manifest.
    :param attachments: one :class:`Attachment` per manifest entry, in manifest order.
    :param recipients: X25519 public keys (32 bytes each) of the current coordinators.
    :param chunk_size: plaintext bytes per encrypted chunk.
    Arguments are checked now; attachment bytes are checked as they stream: if a source is shorter, longer or
    hashes differently than its manifest entry, :class:`AttachmentMismatch` is raised mid-stream and everything
    already yielded must be discarded. The total length always equals :func:`sealed_size`.
    """
    _check_chunk_size(chunk_size)
    _check_attachments(signed, attachments)
    if not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise ValueError(f"an envelope needs 1 to {MAX_RECIPIENTS} recipients")
    if any(not isinstance(r, bytes) or len(r) != 32 for r in recipients) or len(set(recipients)) != len(recipients):
        raise ValueError("recipients must be distinct 32-byte X25519 public keys")
    content_key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    slots = []
    for recipient in recipients:
        try:
            slots.append(nacl.public.SealedBox(nacl.public.PublicKey(recipient)).encrypt(content_key))
        except nacl.exceptions.CryptoError:  # e.g. a low-order point: libsodium refuses to encrypt to it
            raise ValueError("a recipient key is not a usable X25519 public key") from None
    header = _FIXED.pack(MAGIC, VERSION, 0, len(recipients), chunk_size) + b"".join(slots)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    ss_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, content_key)
    return _seal(signed, list(attachments), header + ss_header, state, chunk_size)


def _seal(signed: SignedManifest, attachments: list[Attachment], header: bytes, state,
          chunk_size: int) -> Iterator[bytes]:
    yield header
    writer = _ChunkWriter(state, chunk_size, _chunk_count(signed, chunk_size), _envelope_ad(header))
    yield from writer.write(struct.pack(">I", len(signed.manifest_bytes)) + signed.manifest_bytes + signed.signature)
    for attachment in attachments:
        meta = attachment.meta
        yield from writer.write(_FRAME.pack(_FRAME_ATTACHMENT, meta.size))
        digest, count = hashlib.sha256(), 0
        source = attachment.open()
        try:
            while piece := source.read(chunk_size):
                count += len(piece)
                if count > meta.size:
                    raise AttachmentMismatch(f"Attachment {meta.id} holds more bytes than the {meta.size} declared.")
                digest.update(piece)
                yield from writer.write(bytes(piece))
        finally:
            if hasattr(source, "close"):
                source.close()
        if count != meta.size:
            raise AttachmentMismatch(f"Attachment {meta.id} holds {count} bytes, not the {meta.size} declared.")
        if digest.hexdigest() != meta.sha256:
            raise AttachmentMismatch(f"Attachment {meta.id}'s bytes do not match its declared SHA-256.")
    yield from writer.write(bytes([_FRAME_END]))
    padding = writer.total * chunk_size - _plaintext_length(signed)
    while padding > 0:  # zero padding up to the Padmé-rounded chunk count, at most one chunk at a time in memory
        step = min(padding, chunk_size)
        yield from writer.write(bytes(step))
        padding -= step
    assert writer.emitted == writer.total and not writer.buf


def _read_exact(stream: BinaryIO, n: int) -> bytes:
    parts, remaining = [], n
    while remaining:
        piece = stream.read(remaining)
        if not piece:
            break
        parts.append(piece)
        remaining -= len(piece)
    return b"".join(parts)


class _PlainReader:
    """Decrypts the chunk stream on demand; remembers the first failure so a broken stream is never read past."""

    def __init__(self, stream: BinaryIO, state, chunk_size: int, ad: bytes):
        self.stream, self.state, self.chunk_size, self.ad = stream, state, chunk_size, ad
        self.buf, self.pos, self.index, self.final = b"", 0, 0, False
        self.failure: Exception | None = None

    def _next_chunk(self) -> None:
        if self.failure:
            raise self.failure
        try:
            if self.final:
                raise EnvelopeMalformed("The envelope's content ends before its structure does.")
            sealed = _read_exact(self.stream, self.chunk_size + _SS_ABYTES)
            if len(sealed) != self.chunk_size + _SS_ABYTES:
                raise EnvelopeTruncated(f"The envelope is cut off (in or before chunk {self.index}).")
            try:
                plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self.state, sealed, self.ad)
            except nacl.exceptions.CryptoError:
                raise EnvelopeTampered(f"Chunk {self.index} of the envelope fails authentication: the envelope "
                                       f"or its header was altered, damaged or reordered.") from None
            if tag == _TAG_FINAL:
                self.final = True
                if self.stream.read(1):
                    raise EnvelopeMalformed("The envelope has data after its final chunk.")
            elif tag != _TAG_MESSAGE:
                raise EnvelopeMalformed(f"Chunk {self.index} carries an unexpected stream tag {tag}.")
        except Exception as exc:
            self.failure = exc
            raise
        self.buf, self.pos, self.index = plain, 0, self.index + 1

    def read(self, n: int) -> bytes:
        """Between 1 and ``n`` bytes."""
        if self.pos == len(self.buf):
            self._next_chunk()
        piece = self.buf[self.pos:self.pos + n]
        self.pos += len(piece)
        return piece

    def read_exact(self, n: int) -> bytes:
        parts, remaining = [], n
        while remaining:
            piece = self.read(remaining)
            parts.append(piece)
            remaining -= len(piece)
        return b"".join(parts)

    def finish(self) -> None:
        """Check that only zero padding follows, up to and including the FINAL chunk."""
        while True:
            if any(self.buf[self.pos:]):
                raise EnvelopeMalformed("The envelope's padding is not zero.")
            if self.final:
                return
            self._next_chunk()


class EnvelopeReader:
    """Open an envelope addressed to us, streaming: header and manifest now, attachments on demand.

    :param stream: the envelope bytes, with ``read(n)``.
    :param box_key: our X25519 private key.
    :param max_manifest_bytes: refuse larger manifests before reading them.
    ``signed_manifest`` is available at once, its signature NOT yet checked: verify it with the sender's ENROLLED
    key (:meth:`SignedManifest.verify`), never with a key found inside the envelope. Errors are all
    :class:`EnvelopeError` subclasses: :class:`NotAnEnvelope`, :class:`UnsupportedVersion`, :class:`NotForUs`,
    :class:`EnvelopeTruncated`, :class:`EnvelopeTampered`, :class:`EnvelopeMalformed`, :class:`ManifestMalformed`,
    :class:`AttachmentMismatch`.
    """

    def __init__(self, stream: BinaryIO, box_key: nacl.public.PrivateKey, *,
                 max_manifest_bytes: int = MAX_MANIFEST_BYTES):
        fixed = _read_exact(stream, _FIXED.size)
        if fixed[:4] != MAGIC[:len(fixed[:4])] or not fixed:
            raise NotAnEnvelope("This is not a KP Field envelope.")
        if len(fixed) >= 5 and fixed[4] != VERSION:
            if fixed[4] > VERSION:
                raise UnsupportedVersion(f"This envelope uses format version {fixed[4]}; this KP Field understands "
                                         f"{VERSION}. Update KP Field.", version=fixed[4])
            raise EnvelopeMalformed(f"Envelope format version {fixed[4]} does not exist.")
        if len(fixed) < _FIXED.size:
            raise EnvelopeTruncated("The envelope is cut off in its header.")
        _, _, flags, count, chunk_size = _FIXED.unpack(fixed)
        if flags:
            raise UnsupportedVersion(f"This envelope uses features (flags {flags:#04x}) this KP Field does not "
                                     f"understand. Update KP Field.", flags=flags)
        if not 1 <= count <= MAX_RECIPIENTS or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise EnvelopeMalformed("The envelope's header holds impossible values (recipients or chunk size).")
        slots = _read_exact(stream, count * SLOT_BYTES)
        ss_header = _read_exact(stream, _SS_HEADER)
        if len(slots) != count * SLOT_BYTES or len(ss_header) != _SS_HEADER:
            raise EnvelopeTruncated("The envelope is cut off in its header.")
        content_key = self._open_slots(slots, box_key)
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, ss_header, content_key)
        self._plain = _PlainReader(stream, state, chunk_size, _envelope_ad(fixed + slots + ss_header))
        (length,) = struct.unpack(">I", self._plain.read_exact(4))
        if not 2 <= length <= max_manifest_bytes:  # fail fast: never allocate what a hostile length claims
            raise EnvelopeMalformed(f"The envelope claims a manifest of {length} bytes; at most "
                                    f"{max_manifest_bytes} are allowed.")
        manifest_bytes = self._plain.read_exact(length)
        self.signed_manifest = SignedManifest(manifest_bytes, self._plain.read_exact(64))
        self._started = False

    @staticmethod
    def _open_slots(slots: bytes, box_key: nacl.public.PrivateKey) -> bytes:
        box = nacl.public.SealedBox(box_key)
        for i in range(0, len(slots), SLOT_BYTES):
            try:
                key = box.decrypt(slots[i:i + SLOT_BYTES])
            except nacl.exceptions.CryptoError:
                continue
            if len(key) == sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES:
                return key
        raise NotForUs("This envelope is not addressed to this device's key.")

    def iter_attachments(self) -> Iterator[tuple[AttachmentMeta, Iterator[bytes]]]:
        """Yield ``(meta, chunks)`` per attachment in manifest order, then check the end of the envelope.

        Each ``chunks`` iterator checks size and SHA-256 against the manifest and raises
        :class:`AttachmentMismatch` after the last bytes if they differ: keep what it yielded provisional (e.g. in
        an uncommitted transaction) until it is exhausted. A ``chunks`` left unread is read and checked anyway.
        The envelope as a whole (end marker, zero padding, FINAL tag, no trailing bytes) is verified only when this
        loop runs to its end without an error: only then accept anything from it.
        """
        if self._started:
            raise RuntimeError("iter_attachments() can run only once per reader")
        self._started = True
        for meta in self.signed_manifest.attachments:
            kind, size = _FRAME.unpack(self._plain.read_exact(_FRAME.size))
            if kind != _FRAME_ATTACHMENT or size != meta.size:
                raise AttachmentMismatch(f"The envelope's frame for attachment {meta.id} does not match the "
                                         f"manifest (type {kind}, {size} bytes instead of {meta.size}).")
            chunks = self._attachment_chunks(meta)
            yield meta, chunks
            for _ in chunks:  # drain (and check) whatever the caller did not read
                pass
        if self._plain.read_exact(1) != bytes([_FRAME_END]):
            raise EnvelopeMalformed("The envelope holds more attachments than its manifest lists.")
        self._plain.finish()

    def _attachment_chunks(self, meta: AttachmentMeta) -> Iterator[bytes]:
        digest, remaining = hashlib.sha256(), meta.size
        while remaining:
            piece = self._plain.read(remaining)
            digest.update(piece)
            remaining -= len(piece)
            yield piece
        if digest.hexdigest() != meta.sha256:
            raise AttachmentMismatch(f"Attachment {meta.id}'s bytes do not match the SHA-256 in the signed manifest.")


@dataclass(frozen=True)
class OpenedEnvelope:
    signed_manifest: SignedManifest
    attachments: list[tuple[AttachmentMeta, bytes]]


def open_envelope_bytes(data: bytes, box_key: nacl.public.PrivateKey, *,
                        sign_key: bytes | PublicIdentity | None = None) -> OpenedEnvelope:
    """Open a whole envelope held in memory (tests, small envelopes); verify the signature if ``sign_key`` is given.

    :param data: the envelope.
    :param box_key: our X25519 private key.
    :param sign_key: the sender's ENROLLED signing key or identity.
    """
    reader = EnvelopeReader(io.BytesIO(data), box_key)
    if sign_key is not None:
        reader.signed_manifest.verify(sign_key)
    files = [(meta, b"".join(chunks)) for meta, chunks in reader.iter_attachments()]
    return OpenedEnvelope(reader.signed_manifest, files)


class HashingIterator:
    """Wrap an iterator of byte pieces, hashing (SHA-256) and counting them as they pass.

    :param pieces: e.g. :func:`seal_envelope`'s output; after exhaustion ``hexdigest()`` is the envelope hash.
    """

    def __init__(self, pieces: Iterable[bytes]):
        self._pieces = iter(pieces)
        self._digest = hashlib.sha256()
        self.size = 0

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        piece = next(self._pieces)
        self._digest.update(piece)
        self.size += len(piece)
        return piece

    def hexdigest(self) -> str:
        return self._digest.hexdigest()
