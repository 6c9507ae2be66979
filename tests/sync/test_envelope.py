"""Signed manifests and streamed end-to-end envelopes: round trips, recipients, tampering, truncation, limits."""

from __future__ import annotations

import hashlib
import io
import struct
import tracemalloc
from datetime import datetime, timezone

import nacl.bindings as sodium
import nacl.exceptions
import nacl.public
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.errors import (AttachmentMismatch, EnvelopeError, EnvelopeMalformed, EnvelopeTampered,
                            EnvelopeTruncated, ManifestMalformed, ManifestSignatureInvalid, NotAnEnvelope, NotForUs,
                            SignatureInvalid, UnsupportedVersion)
from kpfield.sync.canonical import canonical_json
from kpfield.sync.envelope import (SLOT_BYTES, Attachment, AttachmentMeta, EnvelopeReader, HashingIterator,
                                   SignedManifest, _padme, build_manifest, open_envelope_bytes, seal_envelope,
                                   sealed_size, sign_manifest)
from kpfield.sync.identity import DOMAIN_MANIFEST, DeviceKeys, verify

SENDER = DeviceKeys.generate()
ALICE = DeviceKeys.generate()  # coordinators
BOB = DeviceKeys.generate()
MALLORY = DeviceKeys.generate()
WHEN = datetime(2026, 11, 27, 0, 20, tzinfo=timezone.utc)
REPORT = {"title": "Beating at the Chiadzwa checkpoint", "severity": 4,
          "location": {"lat": "-18.7426", "lon": "32.2361", "source": "gps", "accuracy_m": 12},
          "narrative": "Three men were detained ✓ — ለሙከራ"}


def attachment(data: bytes, ident: str = "p1", name: str = "photo.jpg", **capture) -> Attachment:
    meta = AttachmentMeta(ident, name, hashlib.sha256(data).hexdigest(), len(data), "image/jpeg", capture)
    return Attachment(meta, lambda: io.BytesIO(data))


def signed_for(attachments, keys: DeviceKeys = SENDER, seq: int = 1, kind: str = "report",
               body: dict | None = None) -> SignedManifest:
    manifest = build_manifest(device_id=keys.device_id, kind=kind, seq=seq,
                              prev_envelope_sha256=None if seq == 1 else "ab" * 32, created_at=WHEN,
                              body=REPORT if body is None else body, attachments=[a.meta for a in attachments])
    return sign_manifest(keys, manifest)


def seal(attachments, recipients=(ALICE, BOB), chunk_size: int = 1024, **kw) -> tuple[SignedManifest, bytes]:
    signed = signed_for(attachments, **kw)
    data = b"".join(seal_envelope(signed, attachments, [r.public.box_key for r in recipients], chunk_size))
    assert len(data) == sealed_size(signed, attachments, len(recipients), chunk_size)
    return signed, data


# --- round trips -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sizes", [[], [1], [0], [1023, 1024, 1025], [5000, 0, 17, 3000]])
def test_round_trip_with_any_number_of_attachments(sizes):
    files = [attachment(bytes([i + 1]) * size, f"p{i}") for i, size in enumerate(sizes)]
    signed, data = seal(files)
    opened = open_envelope_bytes(data, ALICE.box_key, sign_key=SENDER.public)
    assert opened.signed_manifest == signed
    assert opened.signed_manifest.manifest["body"] == REPORT
    assert [(meta, body) for meta, body in opened.attachments] == [
        (f.meta, bytes([i + 1]) * size) for i, (f, size) in enumerate(zip(files, sizes))]


def test_round_trip_of_the_real_fixture_photos(photos_dir):
    paths = sorted(photos_dir.glob("*.jpg"))
    files = []
    for path in paths:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        meta = AttachmentMeta(path.stem, path.name, digest, path.stat().st_size, "image/jpeg", {"source": "fixture"})
        files.append(Attachment(meta, lambda p=path: p.open("rb")))
    signed, data = seal(files, chunk_size=64 * 1024)
    for coordinator in (ALICE, BOB):
        reader = EnvelopeReader(io.BytesIO(data), coordinator.box_key)
        reader.signed_manifest.verify(SENDER.public)
        for (meta, chunks), path in zip(reader.iter_attachments(), paths):
            assert meta.name == path.name and b"".join(chunks) == path.read_bytes()


def test_every_recipient_opens_and_anyone_else_gets_not_for_us():
    _, data = seal([attachment(b"x" * 3000)])
    for coordinator in (ALICE, BOB):
        assert open_envelope_bytes(data, coordinator.box_key).attachments[0][1] == b"x" * 3000
    with pytest.raises(NotForUs):
        open_envelope_bytes(data, MALLORY.box_key)
    with pytest.raises(NotForUs):
        open_envelope_bytes(data, SENDER.box_key)  # the sender keeps no way to reopen what it sent


def test_attachments_left_unread_are_still_read_and_checked():
    files = [attachment(b"a" * 4000, "p1"), attachment(b"b" * 4000, "p2")]
    _, data = seal(files)
    reader = EnvelopeReader(io.BytesIO(data), ALICE.box_key)
    seen = []
    for meta, chunks in reader.iter_attachments():
        if meta.id == "p2":
            seen.append(b"".join(chunks))
        else:
            next(chunks)  # read one piece, abandon the rest
    assert seen == [b"b" * 4000]


def test_the_same_content_seals_to_different_bytes_each_time():
    signed = signed_for([])
    one = b"".join(seal_envelope(signed, [], [ALICE.public.box_key]))
    two = b"".join(seal_envelope(signed, [], [ALICE.public.box_key]))
    assert one != two and len(one) == len(two)


def test_hashing_iterator_gives_the_envelope_hash_while_streaming():
    signed = signed_for([attachment(b"z" * 5000)])
    pieces = HashingIterator(seal_envelope(signed, [attachment(b"z" * 5000)], [ALICE.public.box_key], 1024))
    data = b"".join(pieces)
    assert pieces.hexdigest() == hashlib.sha256(data).hexdigest() and pieces.size == len(data)


# --- sizes -------------------------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 20_000), max_size=4), st.sampled_from([1024, 1500, 4096, 65536]),
       st.integers(1, 4), st.text(max_size=300))
def test_sealed_size_is_exact(sizes, chunk_size, n_recipients, title):
    files = [attachment(b"\x07" * size, f"p{i}") for i, size in enumerate(sizes)]
    signed = signed_for(files, body={"title": title})
    keys = [nacl.public.PrivateKey.generate().public_key.encode() for _ in range(n_recipients)]
    produced = sum(len(piece) for piece in seal_envelope(signed, files, keys, chunk_size))
    assert produced == sealed_size(signed, files, n_recipients, chunk_size)
    assert (produced - 12 - 24 - n_recipients * SLOT_BYTES) % (chunk_size + 17) == 0  # only whole chunks


def test_padme_hides_all_but_a_few_bits_for_at_most_12_percent():
    previous = 0
    for n in range(1, 20_000):
        padded = _padme(n)
        assert n <= padded <= n * 1.12 + 1 and padded >= previous
        previous = padded
    assert len({_padme(n) for n in range(1000, 2000)}) < 40  # a thousand lengths fall into few buckets


# --- signatures --------------------------------------------------------------------------------------------
def test_signature_by_another_key_fails_and_a_forged_device_id_is_caught():
    signed = signed_for([])
    signed.verify(SENDER.public)
    signed.verify(SENDER.public.sign_key)
    with pytest.raises(ManifestSignatureInvalid):
        signed.verify(MALLORY.public)
    # Mallory signs a manifest naming the sender's device: valid under Mallory's key, but names another device.
    forged_bytes = canonical_json({**signed.manifest})
    forged = SignedManifest(forged_bytes, MALLORY.sign(DOMAIN_MANIFEST, forged_bytes))
    with pytest.raises(ManifestSignatureInvalid, match="names device"):
        forged.verify(MALLORY.public)
    with pytest.raises(ManifestSignatureInvalid):
        forged.verify(SENDER.public)


def test_a_manifest_signature_is_bound_to_the_manifest_domain():
    signed = signed_for([])
    with pytest.raises(SignatureInvalid):
        verify(SENDER.public.sign_key, b"kpfield/review/v1\0", signed.manifest_bytes, signed.signature)
    other_purpose = SignedManifest(signed.manifest_bytes, SENDER.sign(b"kpfield/message/v1\0", signed.manifest_bytes))
    with pytest.raises(ManifestSignatureInvalid):
        other_purpose.verify(SENDER.public)


def test_signed_manifest_is_verifiable_alone_as_in_an_evidence_bundle():
    signed = signed_for([attachment(b"photo")])
    bundle = signed.to_dict()
    again = SignedManifest.from_dict(bundle)
    again.verify(SENDER.public)
    assert again.manifest_hash == hashlib.sha256(signed.manifest_bytes).hexdigest()
    assert again.attachments[0].sha256 == hashlib.sha256(b"photo").hexdigest()


@pytest.mark.parametrize("change, words", [
    ({"kind": "Report!"}, "kind"),
    ({"seq": 0}, "sequence"),
    ({"seq": 2}, "first envelope"),
    ({"prev_envelope_sha256": "ab" * 32}, "first envelope"),
    ({"prev_envelope_sha256": "AB" * 32, "seq": 2}, "hex"),
    ({"created_at": "2026-11-27 00:20"}, "UTC time"),
    ({"created_at": "2026-13-45T00:20:00Z"}, "UTC time"),
    ({"body": {"lat": -18.74}}, "canonical"),
    ({"attachments": [{"id": "x"}]}, "fields"),
    ({"extra": 1}, "exactly the fields"),
])
def test_malformed_manifests_are_refused_when_signing(change, words):
    manifest = build_manifest(device_id=SENDER.device_id, kind="report", seq=1, prev_envelope_sha256=None,
                              created_at=WHEN, body={}, attachments=[])
    with pytest.raises(ManifestMalformed, match=words):
        sign_manifest(SENDER, {**manifest, **change})


def test_kind_is_open_ended_and_a_newer_manifest_version_asks_for_an_update():
    assert signed_for([], kind="message").manifest["kind"] == "message"
    newer = {**signed_for([]).manifest, "v": 2}
    with pytest.raises(UnsupportedVersion, match="Update KP Field"):
        SignedManifest(canonical_json(newer), bytes(64))


# --- tampering and truncation --------------------------------------------------------------------------------
def open_fully(data: bytes, keys: DeviceKeys = ALICE):
    return open_envelope_bytes(data, keys.box_key, sign_key=SENDER.public)


SMALL = [attachment(b"\x01" * 1500, "p1"), attachment(b"\x02" * 700, "p2")]
SMALL_SIGNED, SMALL_DATA = seal(SMALL)


def test_every_single_byte_change_is_detected_and_named():
    """Exhaustive: flipping any one bit of the envelope makes opening fail with the right error, never crash."""
    slots = 12, 12 + 2 * SLOT_BYTES
    for offset in range(len(SMALL_DATA)):
        changed = bytearray(SMALL_DATA)
        changed[offset] ^= 0x01
        with pytest.raises(EnvelopeError) as caught:
            open_fully(bytes(changed))
        if offset < 4:
            assert isinstance(caught.value, NotAnEnvelope)
        elif slots[0] <= offset < slots[1]:
            # Alice's own slot no longer opens; a change in Bob's slot breaks the authenticated header.
            mine = _alice_slot_range()
            assert isinstance(caught.value, NotForUs if mine[0] <= offset < mine[1] else EnvelopeTampered)
        elif offset >= slots[1]:
            assert isinstance(caught.value, EnvelopeTampered), offset


def _alice_slot_range() -> tuple[int, int]:
    box = nacl.public.SealedBox(ALICE.box_key)
    for i in range(2):
        start = 12 + i * SLOT_BYTES
        try:
            box.decrypt(SMALL_DATA[start:start + SLOT_BYTES])
            return start, start + SLOT_BYTES
        except nacl.exceptions.CryptoError:
            continue
    raise AssertionError("no slot for Alice")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_random_byte_changes_are_detected(data):
    offset = data.draw(st.integers(0, len(SMALL_DATA) - 1))
    value = data.draw(st.integers(1, 255))
    changed = bytearray(SMALL_DATA)
    changed[offset] ^= value
    with pytest.raises(EnvelopeError):
        open_fully(bytes(changed), data.draw(st.sampled_from([ALICE, BOB])))


def test_every_truncation_is_detected():
    for length in range(1, len(SMALL_DATA)):
        with pytest.raises(EnvelopeTruncated):
            open_fully(SMALL_DATA[:length])
    with pytest.raises(NotAnEnvelope):
        open_fully(b"")


def test_trailing_bytes_and_reordered_chunks_are_detected():
    with pytest.raises(EnvelopeMalformed, match="after its final chunk"):
        open_fully(SMALL_DATA + b"\0")
    start, step = 12 + 2 * SLOT_BYTES + 24, 1024 + 17
    swapped = (SMALL_DATA[:start] + SMALL_DATA[start + step:start + 2 * step] + SMALL_DATA[start:start + step]
               + SMALL_DATA[start + 2 * step:])
    with pytest.raises(EnvelopeTampered, match="Chunk 0"):
        open_fully(swapped)


def test_recipient_slots_cannot_be_transplanted_from_another_envelope():
    _, other = seal(SMALL)
    slots = slice(12, 12 + 2 * SLOT_BYTES)
    mixed = SMALL_DATA[:12] + other[slots] + SMALL_DATA[slots.stop:]
    with pytest.raises(EnvelopeTampered):
        open_fully(mixed)


def test_unknown_version_bad_magic_and_flags():
    with pytest.raises(UnsupportedVersion) as caught:
        open_fully(SMALL_DATA[:4] + b"\x09" + SMALL_DATA[5:])
    assert str(caught.value) == ("This envelope uses format version 9; this KP Field understands 1. "
                                 "Update KP Field.")
    with pytest.raises(NotAnEnvelope):
        open_fully(b"%PDF-1.7 " + bytes(100))
    with pytest.raises(UnsupportedVersion, match="features"):
        open_fully(SMALL_DATA[:5] + b"\x80" + SMALL_DATA[6:])


# --- hostile senders: a device holding the coordinators' public keys crafts its own plaintext ----------------------
def craft(plaintext: bytes, chunk_size: int = 1024, final_at: int | None = None) -> bytes:
    """Encrypt ``plaintext`` (zero-padded to whole chunks) exactly as the format does, without its checks."""
    key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    header = struct.pack(">4sBBHI", b"KPFE", 1, 0, 1, chunk_size) + nacl.public.SealedBox(
        ALICE.box_key.public_key).encrypt(key)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    ss_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    ad = hashlib.sha256(b"kpfield/envelope-ad/v1\0" + header + ss_header).digest()
    plaintext += bytes(-len(plaintext) % chunk_size)
    chunks = [plaintext[i:i + chunk_size] for i in range(0, len(plaintext), chunk_size)]
    final_at = len(chunks) - 1 if final_at is None else final_at
    out = [header, ss_header]
    for i, chunk in enumerate(chunks[:final_at + 1]):
        tag = (sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL if i == final_at
               else sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, ad, tag))
    return b"".join(out)


def framed(signed: SignedManifest, *frames: bytes) -> bytes:
    return struct.pack(">I", len(signed.manifest_bytes)) + signed.manifest_bytes + signed.signature + b"".join(frames)


def frame(data: bytes) -> bytes:
    return struct.pack(">BQ", 1, len(data)) + data


def test_crafted_envelope_in_the_right_form_opens():
    """The hostile-sender helper builds the real format: without this, the tests below would prove nothing."""
    signed = signed_for([attachment(b"genuine")])
    opened = open_fully(craft(framed(signed, frame(b"genuine"), b"\0")))
    assert opened.attachments[0][1] == b"genuine"


def test_a_huge_manifest_length_fails_fast_without_allocating():
    tracemalloc.start()
    try:
        with pytest.raises(EnvelopeMalformed, match="4294967295 bytes"):
            open_fully(craft(b"\xff\xff\xff\xff" + bytes(100)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20


def test_photo_bytes_that_differ_from_the_signed_manifest_are_refused():
    """A co-recipient re-seals the sender's genuine signed manifest with other photo bytes."""
    signed = signed_for([attachment(b"genuine")])
    with pytest.raises(AttachmentMismatch, match="SHA-256"):
        open_fully(craft(framed(signed, frame(b"forgery"), b"\0")))
    with pytest.raises(AttachmentMismatch, match="frame"):
        open_fully(craft(framed(signed, frame(b"genuine!"), b"\0")))


@pytest.mark.parametrize("tail, error, words", [
    (frame(b"genuine") + frame(b"extra") + b"\0", EnvelopeMalformed, "more attachments"),
    (frame(b"genuine") + b"\0" + b"\1", EnvelopeMalformed, "padding"),
])
def test_structure_beyond_the_manifest_is_refused(tail, error, words):
    signed = signed_for([attachment(b"genuine")])
    with pytest.raises(error, match=words):
        open_fully(craft(framed(signed, tail)))


def test_a_final_tag_before_the_structure_ends_is_refused():
    signed = signed_for([attachment(b"p" * 3000)])
    with pytest.raises(EnvelopeMalformed, match="ends before"):
        open_fully(craft(framed(signed, frame(b"p" * 3000), b"\0"), final_at=1))


# --- sealing refuses what does not match -------------------------------------------------------------------
def test_sealing_checks_streamed_bytes_against_the_manifest():
    good = attachment(b"abcdef")
    signed = signed_for([good])
    for source in (b"abcde", b"abcdefg", b"abcdeX"):
        lying = Attachment(good.meta, lambda s=source: io.BytesIO(s))
        with pytest.raises(AttachmentMismatch):
            b"".join(seal_envelope(signed, [lying], [ALICE.public.box_key]))
    with pytest.raises(AttachmentMismatch, match="differ"):
        seal_envelope(signed, [attachment(b"other")], [ALICE.public.box_key])
    with pytest.raises(ValueError):
        seal_envelope(signed, [good], [])
    with pytest.raises(ValueError):
        seal_envelope(signed, [good], [ALICE.public.box_key, ALICE.public.box_key])
    with pytest.raises(ValueError):
        seal_envelope(signed, [good], [ALICE.public.box_key], chunk_size=10)
    with pytest.raises(ValueError, match="usable"):
        seal_envelope(signed, [good], [bytes(32)])  # a low-order point: no secret would be shared
    with pytest.raises(ValueError):
        sealed_size(signed, [good], 0)


def test_attachment_sources_are_closed_after_sealing():
    opened = []

    def source():
        opened.append(io.BytesIO(b"abcdef"))
        return opened[-1]

    good = attachment(b"abcdef")
    signed = signed_for([good])
    b"".join(seal_envelope(signed, [Attachment(good.meta, source)], [ALICE.public.box_key]))
    assert opened and all(s.closed for s in opened)


# --- memory --------------------------------------------------------------------------------------------------
class PatternReader:
    """``size`` deterministic bytes produced on demand, never held whole."""

    def __init__(self, size: int):
        self.remaining = size
        self.block = hashlib.sha256(b"seed").digest() * 2048  # 64 KiB

    def read(self, n: int = -1) -> bytes:
        n = self.remaining if n < 0 else min(n, self.remaining)
        out = (self.block * (n // len(self.block) + 1))[:n]
        self.remaining -= n
        return out


class IterReader:
    """A ``read(n)`` view over an iterator of byte pieces (the envelope as it is produced)."""

    def __init__(self, pieces):
        self.pieces, self.buf = iter(pieces), b""

    def read(self, n: int) -> bytes:
        while len(self.buf) < n:
            piece = next(self.pieces, b"")
            if not piece:
                break
            self.buf += piece
        out, self.buf = self.buf[:n], self.buf[n:]
        return out


def test_a_50_mib_photo_is_sealed_and_opened_without_holding_it():
    size = 50 * 1024 * 1024
    digest, reader = hashlib.sha256(), PatternReader(size)
    while piece := reader.read(1 << 20):
        digest.update(piece)
    big = Attachment(AttachmentMeta("big", "big.jpg", digest.hexdigest(), size, "image/jpeg"),
                     lambda: PatternReader(size))
    signed = signed_for([big])
    tracemalloc.start()
    try:
        pieces = HashingIterator(seal_envelope(signed, [big], [ALICE.public.box_key, BOB.public.box_key]))
        envelope = EnvelopeReader(IterReader(pieces), BOB.box_key)
        envelope.signed_manifest.verify(SENDER.public)
        received = hashlib.sha256()
        for _, chunks in envelope.iter_attachments():
            for chunk in chunks:
                received.update(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert received.hexdigest() == digest.hexdigest()
    assert pieces.size == sealed_size(signed, [big], 2)
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes"
