"""Key backup and recovery without a back door: an encrypted backup file, and SLIP-39 shares for colleagues.

Neither puts the key anywhere the user did not choose: the backup file is the store key wrapped under a separate
backup passphrase (Argon2id + XChaCha20-Poly1305, exactly like a key-file slot); the shares are a k-of-n split
(SLIP-39, the maintained ``shamir-mnemonic`` package) of the raw store key, printed as words. Recovery from either
re-wraps slot 0 of the key file under a new passphrase (creating a key file if it was lost).

Backup file layout (148 bytes): ``KPFB``, version 1, kdf 1, 2 reserved, opslimit (4), memlimit (8), salt (16),
nonce (24), then the XChaCha20-Poly1305 ciphertext of a 64-byte slot record + tag (16); the header is the AAD.
"""

from __future__ import annotations

import os
import secrets
import struct
from pathlib import Path

import nacl.exceptions
import nacl.pwhash
import shamir_mnemonic
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt, crypto_aead_xchacha20poly1305_ietf_encrypt

from kpfield.errors import (
    DatabaseDamaged, KeyBackupDamaged, KeyFileDamaged, KeyFileMissing, NotOurDatabase, RecoveryFailed,
    ValidationError, WrongPassphrase,
)
from kpfield.store import database, keyfile
from kpfield.store.keyfile import KEY_LEN, NONCE_LEN, SLOT_RECORD_LEN, TAG_LEN, KdfParams, KeyFile, SlotRecord
from kpfield.store.passphrase import require_strong
from kpfield.store.profile import Profile, default_kdf, key_file_path

MAGIC = b"KPFB"
_HEADER = struct.Struct(">4sBBHIQ16s")
BACKUP_LEN = _HEADER.size + NONCE_LEN + SLOT_RECORD_LEN + TAG_LEN


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return nacl.pwhash.argon2id.kdf(KEY_LEN, passphrase.encode("utf-8"), salt,
                                    opslimit=params.opslimit, memlimit=params.memlimit)


def write_key_backup(profile: Profile, path: str | os.PathLike, backup_passphrase: str, *,
                     kdf: KdfParams | None = None, check_strength: bool = True) -> Path:
    """Write the unlocked profile's store key, wrapped under ``backup_passphrase``, to a new file ``path``.

    :param kdf: Argon2id cost (default: calibrated on this machine, as for the key file).
    Refuses to overwrite an existing file. The backup holds the key, not the data: keep it apart from the laptop.
    """
    profile._require_open()  # noqa: SLF001
    if check_strength:
        require_strong(backup_passphrase)
    params = kdf or default_kdf()
    salt = secrets.token_bytes(16)
    header = _HEADER.pack(MAGIC, 1, keyfile.KDF_ARGON2ID, 0, params.opslimit, params.memlimit, salt)
    record = profile._record  # noqa: SLF001
    nonce = secrets.token_bytes(NONCE_LEN)
    ct = crypto_aead_xchacha20poly1305_ietf_encrypt(
        SlotRecord(kind=keyfile.KIND_MAIN, db_id=record.db_id, key=record.key).pack(), header, nonce,
        _derive(backup_passphrase, salt, params))
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(header + nonce + ct)
        fh.flush()
        os.fsync(fh.fileno())
    return path


def read_key_backup(path: str | os.PathLike, backup_passphrase: str) -> SlotRecord:
    """The key record in the backup file; :class:`KeyBackupDamaged` or :class:`WrongPassphrase` otherwise."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyBackupDamaged(f"The key backup {path} cannot be read: {exc.strerror}.") from None
    if len(data) != BACKUP_LEN or data[:4] != MAGIC:
        raise KeyBackupDamaged(f"{path} is not a KP Field key backup, or it is damaged.", code="key_backup_not_one")
    magic, version, kdf, _r, ops, mem, salt = _HEADER.unpack(data[: _HEADER.size])
    if version != 1 or kdf != keyfile.KDF_ARGON2ID:
        raise KeyBackupDamaged(f"The key backup {path} has a format this KP Field does not understand.")
    if not (nacl.pwhash.argon2id.OPSLIMIT_MIN <= ops <= 64 and nacl.pwhash.argon2id.MEMLIMIT_MIN <= mem <= 4 << 30):
        raise KeyBackupDamaged(f"The key backup {path} has out-of-range parameters: it is damaged.")
    nonce = data[_HEADER.size : _HEADER.size + NONCE_LEN]
    try:
        pt = crypto_aead_xchacha20poly1305_ietf_decrypt(data[_HEADER.size + NONCE_LEN :], data[: _HEADER.size],
                                                        nonce, _derive(backup_passphrase, salt, KdfParams(ops, mem)))
    except nacl.exceptions.CryptoError:
        raise WrongPassphrase("Wrong backup passphrase, or the backup file was altered.",
                              code="wrong_backup_passphrase") from None
    try:
        return SlotRecord.unpack(pt)
    except KeyFileDamaged:
        raise KeyBackupDamaged(f"The key backup {path} holds no key record.") from None


def recovery_shares(profile: Profile, threshold: int, count: int) -> list[str]:
    """Split the unlocked profile's store key into ``count`` SLIP-39 word lists, any ``threshold`` of which recover it.

    :param threshold: shares needed (2 to 16); :param count: shares made (``threshold`` to 16).
    The words are printed for trusted colleagues; nothing is written to disk.
    """
    profile._require_open()  # noqa: SLF001
    if not (2 <= threshold <= count <= 16):
        raise ValidationError("Recovery shares need 2 ≤ threshold ≤ shares ≤ 16.", code="recovery_shares_range")
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, count)], profile._record.key)  # noqa: SLF001
    return groups[0]


def key_from_shares(mnemonics: list[str]) -> bytes:
    """Combine SLIP-39 word lists into the store key; :class:`RecoveryFailed` names what is wrong."""
    try:
        key = shamir_mnemonic.combine_mnemonics([" ".join(m.split()) for m in mnemonics if m.strip()])
    except shamir_mnemonic.MnemonicError as exc:
        raise RecoveryFailed(f"The recovery shares do not combine: {exc}",
                             code="recovery_shares_do_not_combine") from None
    if len(key) != KEY_LEN:
        raise RecoveryFailed("The recovery shares are not for a KP Field store key.")
    return key


def _find_store(home: Path, key: bytes) -> bytes:
    """The id of the store in ``home`` that ``key`` opens (SQLCipher's page HMAC tells which)."""
    for path in sorted(home.glob("store-*.db")):
        try:
            conn = database.connect(path, key)
        except (NotOurDatabase, DatabaseDamaged):
            continue
        conn.close()
        return bytes.fromhex(path.name[6:-3])
    raise RecoveryFailed(f"The recovered key opens no store in {home}.", code="recovery_key_opens_nothing")


def recover(home: str | os.PathLike, new_passphrase: str, *, key: bytes | None = None,
            record: SlotRecord | None = None, kdf: KdfParams | None = None, check_strength: bool = True) -> None:
    """Set a new passphrase from a recovered key (shares) or key record (backup file): re-wraps slot 0.

    :param key: the raw store key from :func:`key_from_shares`; the store it opens is found by trying each.
    :param record: the record from :func:`read_key_backup`.
    :param kdf: Argon2id cost if the key file must be made anew (it was lost or damaged).
    """
    home = Path(home)
    if check_strength:
        require_strong(new_passphrase)
    if record is None:
        if key is None:
            raise ValidationError("Give the recovered key or the backup's key record.")
        record = SlotRecord(kind=keyfile.KIND_MAIN, db_id=_find_store(home, key), key=key)
    elif _find_store(home, record.key) != record.db_id:
        raise RecoveryFailed("The backup's key opens a different store than the one it names.")
    try:
        kf = keyfile.read_key_file(key_file_path(home))
    except (KeyFileMissing, KeyFileDamaged):
        kf = KeyFile.new(kdf or default_kdf())
    wrap = kf.derive(new_passphrase)
    if any(u.slot != 0 for u in kf.try_slots(wrap)):
        raise WrongPassphrase("Choose a different passphrase.", code="passphrase_same_as_other")
    kf.seal_slot(0, wrap, SlotRecord(kind=keyfile.KIND_MAIN, db_id=record.db_id, key=record.key))
    keyfile.write_key_file(key_file_path(home), kf)
    with Profile.open(home, new_passphrase) as profile, profile.db.atomic():
        profile.audit.append("passphrase_changed", detail={"how": "recovery"})
