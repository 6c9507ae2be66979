"""The key file: the store's random key, wrapped under passphrase-derived keys in fixed, same-size slots.

Layout (version 1, all integers big-endian), 468 bytes in all whatever the number of slots in use::

    magic      4   b"KPFK"
    version    1   1
    kdf        1   1 = Argon2id (libsodium crypto_pwhash_argon2id, v1.3)
    reserved   2   zero
    opslimit   4
    memlimit   8   bytes
    salt      16
    file_id   16   random; names the keyring entry of this profile
    slots      4 x (nonce 24 + XChaCha20-Poly1305 ciphertext of a 64-byte slot record + tag 16) = 4 x 104

One Argon2id derivation per unlock gives the wrapping key; every slot is then tried (an AEAD check costs
microseconds), so unlocking takes the same time whichever slot, if any, opens. Unused slots hold random bytes,
indistinguishable from used ones. The header is bound into every slot as associated data.

A slot record (64 bytes): magic b"KPS1", kind (0 = main profile, 1 = decoy), flags, 2 reserved, the 16-byte id of the
database it opens, the 32-byte raw SQLCipher key, 8 bytes of zero padding.
"""

from __future__ import annotations

import os
import secrets
import struct
import time
from dataclasses import dataclass
from pathlib import Path

import nacl.exceptions
import nacl.pwhash
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)

from kpfield.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase

KEY_FILE = "profile.key"  # the wrapped keys, in the profile folder


def key_file_path(home: str | os.PathLike) -> Path:
    return Path(home) / KEY_FILE


MAGIC = b"KPFK"
VERSION = 1
KDF_ARGON2ID = 1
SLOT_COUNT = 4
SLOT_RECORD_MAGIC = b"KPS1"
SLOT_RECORD_LEN = 64
NONCE_LEN = 24
TAG_LEN = 16
SLOT_LEN = NONCE_LEN + SLOT_RECORD_LEN + TAG_LEN
_HEADER = struct.Struct(">4sBBHIQ16s16s")
HEADER_LEN = _HEADER.size
FILE_LEN = HEADER_LEN + SLOT_COUNT * SLOT_LEN
KEY_LEN = 32
DB_ID_LEN = 16

KIND_MAIN = 0
KIND_DECOY = 1

# libsodium's own floor; below it the derivation refuses to run.
_MIN_MEMLIMIT = nacl.pwhash.argon2id.MEMLIMIT_MIN
_MIN_OPSLIMIT = nacl.pwhash.argon2id.OPSLIMIT_MIN


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``opslimit`` passes over ``memlimit`` bytes."""

    opslimit: int
    memlimit: int

    def __post_init__(self):
        if self.opslimit < _MIN_OPSLIMIT or self.memlimit < _MIN_MEMLIMIT:
            raise ValueError("Argon2id parameters below libsodium's minimum")

    @classmethod
    def fast_for_tests(cls) -> "KdfParams":
        """Deliberately weak parameters for the test suite; never used by default."""
        return cls(_MIN_OPSLIMIT, _MIN_MEMLIMIT)


@dataclass(frozen=True)
class SlotRecord:
    """What one slot unlocks: which database, with which raw key."""

    kind: int
    db_id: bytes
    key: bytes
    flags: int = 0

    def pack(self) -> bytes:
        body = SLOT_RECORD_MAGIC + struct.pack(">BBH", self.kind, self.flags, 0) + self.db_id + self.key
        return body + bytes(SLOT_RECORD_LEN - len(body))

    @classmethod
    def unpack(cls, data: bytes) -> "SlotRecord":
        if len(data) != SLOT_RECORD_LEN or data[:4] != SLOT_RECORD_MAGIC:
            raise KeyFileDamaged("The key file's slot record is not in a format this version understands.")
        kind, flags, _ = struct.unpack(">BBH", data[4:8])
        db_id = data[8 : 8 + DB_ID_LEN]
        key = data[8 + DB_ID_LEN : 8 + DB_ID_LEN + KEY_LEN]
        return cls(kind=kind, db_id=db_id, key=key, flags=flags)


@dataclass(frozen=True)
class Unlocked:
    """The result of a successful unlock: the record and the slot index it came from."""

    slot: int
    record: SlotRecord


def calibrate(target_s: float = 0.7, max_s: float = 1.0, min_memlimit: int = 64 << 20,
              start_memlimit: int = 256 << 20) -> KdfParams:
    """Choose Argon2id parameters so that one derivation takes roughly 0.5–1 s and uses at least 64 MiB here.

    Starts at 256 MiB and one pass; halves the memory (never below ``min_memlimit``) while a single pass is too
    slow, then adds passes while the derivation stays under ``target_s``.
    """
    salt = secrets.token_bytes(16)

    def timed(ops: int, mem: int) -> float:
        t0 = time.perf_counter()
        nacl.pwhash.argon2id.kdf(KEY_LEN, b"calibration", salt, opslimit=ops, memlimit=mem)
        return time.perf_counter() - t0

    mem = start_memlimit
    t = timed(1, mem)
    while t > max_s and mem // 2 >= min_memlimit:
        mem //= 2
        t = timed(1, mem)
    ops = 1
    while t < target_s:
        per_pass = t / ops
        if (ops + 1) * per_pass > max_s:
            break
        ops += 1
        t = timed(ops, mem)
    return KdfParams(opslimit=ops, memlimit=mem)


class KeyFile:
    """An in-memory key file: header fields and the raw slot bytes (encrypted or random)."""

    def __init__(self, params: KdfParams, salt: bytes, file_id: bytes, slots: list[bytes]):
        if len(slots) != SLOT_COUNT or any(len(s) != SLOT_LEN for s in slots):
            raise KeyFileDamaged("The key file has the wrong number or size of slots.")
        self.params = params
        self.salt = salt
        self.file_id = file_id
        self.slots = list(slots)

    # --- construction ------------------------------------------------------------------------------------
    @classmethod
    def new(cls, params: KdfParams) -> "KeyFile":
        """A key file with every slot filled with random bytes."""
        return cls(params, secrets.token_bytes(16), secrets.token_bytes(16),
                   [secrets.token_bytes(SLOT_LEN) for _ in range(SLOT_COUNT)])

    def header(self) -> bytes:
        return _HEADER.pack(MAGIC, VERSION, KDF_ARGON2ID, 0, self.params.opslimit, self.params.memlimit,
                            self.salt, self.file_id)

    def to_bytes(self) -> bytes:
        return self.header() + b"".join(self.slots)

    @classmethod
    def from_bytes(cls, data: bytes) -> "KeyFile":
        """Parse a key file, raising :class:`KeyFileDamaged` with the reason when it is not one we can read."""
        if len(data) < HEADER_LEN or data[:4] != MAGIC:
            raise KeyFileDamaged("The key file is damaged or is not a KP Field key file.")
        magic, version, kdf, _reserved, ops, mem, salt, file_id = _HEADER.unpack(data[:HEADER_LEN])
        if version != VERSION:
            raise KeyFileDamaged(f"The key file has format version {version}; this KP Field understands {VERSION}.")
        if kdf != KDF_ARGON2ID:
            raise KeyFileDamaged("The key file names a key-derivation function this KP Field does not know.")
        if len(data) != FILE_LEN:
            raise KeyFileDamaged(f"The key file is {len(data)} bytes long instead of {FILE_LEN}: it is damaged.")
        # Hostile or corrupted parameters must not make us allocate terabytes.
        if not (_MIN_OPSLIMIT <= ops <= 64 and _MIN_MEMLIMIT <= mem <= (4 << 30)):
            raise KeyFileDamaged("The key file's key-derivation parameters are out of range: it is damaged.")
        slots = [data[HEADER_LEN + i * SLOT_LEN : HEADER_LEN + (i + 1) * SLOT_LEN] for i in range(SLOT_COUNT)]
        return cls(KdfParams(ops, mem), salt, file_id, slots)

    # --- crypto ------------------------------------------------------------------------------------------
    def derive(self, passphrase: str) -> bytes:
        """The wrapping key for ``passphrase`` (one Argon2id run: the slow, deliberate step)."""
        return nacl.pwhash.argon2id.kdf(KEY_LEN, passphrase.encode("utf-8"), self.salt,
                                        opslimit=self.params.opslimit, memlimit=self.params.memlimit)

    def _aad(self, index: int) -> bytes:
        return self.header() + bytes([index])

    def seal_slot(self, index: int, wrapping_key: bytes, record: SlotRecord) -> None:
        """Write ``record`` into slot ``index`` under ``wrapping_key`` with a fresh nonce."""
        nonce = secrets.token_bytes(NONCE_LEN)
        ct = crypto_aead_xchacha20poly1305_ietf_encrypt(record.pack(), self._aad(index), nonce, wrapping_key)
        self.slots[index] = nonce + ct

    def clear_slot(self, index: int) -> None:
        """Overwrite slot ``index`` with random bytes (it can no longer be opened by anything)."""
        self.slots[index] = secrets.token_bytes(SLOT_LEN)

    def try_slots(self, wrapping_key: bytes) -> list[Unlocked]:
        """Every slot that ``wrapping_key`` opens; all slots are always tried so timing does not depend on it."""
        found = []
        for i, raw in enumerate(self.slots):
            nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
            try:
                pt = crypto_aead_xchacha20poly1305_ietf_decrypt(ct, self._aad(i), nonce, wrapping_key)
            except nacl.exceptions.CryptoError:
                continue
            found.append(Unlocked(i, SlotRecord.unpack(pt)))
        return found

    def unlock(self, passphrase: str) -> Unlocked:
        """Open the first slot the passphrase unlocks, or raise :class:`WrongPassphrase`."""
        found = self.try_slots(self.derive(passphrase))
        if not found:
            raise WrongPassphrase("Wrong passphrase.")
        return found[0]


def read_key_file(path: Path) -> KeyFile:
    """Read and parse the key file at ``path``; never modifies it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileMissing(f"The key file {path} is missing.") from None
    except OSError as exc:
        raise KeyFileDamaged(f"The key file {path} cannot be read: {exc.strerror}.") from None
    return KeyFile.from_bytes(data)


def write_key_file(path: Path, keyfile: KeyFile) -> None:
    """Replace the key file atomically: temporary file in the same folder, fsync, rename, fsync the folder.

    A crash at any moment leaves either the old or the new file, never a half-written one.
    """
    data = keyfile.to_bytes()
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
