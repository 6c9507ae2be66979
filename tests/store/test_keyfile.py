"""The key file: fixed-size slots, wrong passphrases, damage, atomic writes, calibration."""

from __future__ import annotations

import os
import secrets

import pytest

from kpfield.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase
from kpfield.store import keyfile
from kpfield.store.keyfile import FILE_LEN, SLOT_COUNT, KdfParams, KeyFile, SlotRecord


def _record():
    return SlotRecord(kind=keyfile.KIND_MAIN, db_id=secrets.token_bytes(16), key=secrets.token_bytes(32))


def test_round_trip_and_every_slot_same_size(tmp_path):
    kf = KeyFile.new(KdfParams.fast_for_tests())
    rec = _record()
    kf.seal_slot(0, kf.derive("first passphrase"), rec)
    path = tmp_path / "profile.key"
    keyfile.write_key_file(path, kf)
    data = path.read_bytes()
    assert len(data) == FILE_LEN
    again = keyfile.read_key_file(path)
    unlocked = again.unlock("first passphrase")
    assert unlocked.slot == 0 and unlocked.record == rec
    assert len({len(s) for s in again.slots}) == 1 and len(again.slots) == SLOT_COUNT


def test_file_size_does_not_depend_on_slots_in_use(tmp_path):
    one = KeyFile.new(KdfParams.fast_for_tests())
    one.seal_slot(0, one.derive("a"), _record())
    two = KeyFile.new(KdfParams.fast_for_tests())
    two.seal_slot(0, two.derive("a"), _record())
    two.seal_slot(1, two.derive("b"), _record())
    assert len(one.to_bytes()) == len(two.to_bytes()) == FILE_LEN


def test_second_slot_opens_with_its_own_passphrase():
    kf = KeyFile.new(KdfParams.fast_for_tests())
    main, decoy = _record(), SlotRecord(keyfile.KIND_DECOY, secrets.token_bytes(16), secrets.token_bytes(32))
    kf.seal_slot(0, kf.derive("main passphrase"), main)
    kf.seal_slot(1, kf.derive("duress passphrase"), decoy)
    assert kf.unlock("main passphrase").record == main
    assert kf.unlock("duress passphrase").record == decoy
    with pytest.raises(WrongPassphrase):
        kf.unlock("neither")


def test_header_is_bound_to_slots():
    """Changing the KDF parameters or salt in the header makes every slot fail, not silently succeed."""
    kf = KeyFile.new(KdfParams.fast_for_tests())
    kf.seal_slot(0, kf.derive("pw"), _record())
    key = kf.derive("pw")
    kf.file_id = secrets.token_bytes(16)
    assert kf.try_slots(key) == []


@pytest.mark.parametrize("mutate, message", [
    (lambda d: b"", "damaged"),
    (lambda d: b"NOPE" + d[4:], "damaged"),
    (lambda d: d[:4] + bytes([9]) + d[5:], "version 9"),
    (lambda d: d[:-1], "bytes long"),
    (lambda d: d + b"x", "bytes long"),
    (lambda d: d[:8] + (2**31).to_bytes(4, "big") + d[12:], "out of range"),
])
def test_damaged_key_files_are_refused_clearly(tmp_path, mutate, message):
    kf = KeyFile.new(KdfParams.fast_for_tests())
    kf.seal_slot(0, kf.derive("pw"), _record())
    path = tmp_path / "profile.key"
    path.write_bytes(mutate(kf.to_bytes()))
    before = path.read_bytes()
    with pytest.raises(KeyFileDamaged, match=message):
        keyfile.read_key_file(path)
    assert path.read_bytes() == before


def test_missing_key_file(tmp_path):
    with pytest.raises(KeyFileMissing):
        keyfile.read_key_file(tmp_path / "nothing.key")


def test_atomic_write_leaves_no_temp_files_and_is_private(tmp_path):
    kf = KeyFile.new(KdfParams.fast_for_tests())
    path = tmp_path / "profile.key"
    keyfile.write_key_file(path, kf)
    keyfile.write_key_file(path, kf)
    assert [p.name for p in tmp_path.iterdir()] == ["profile.key"]
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0


def test_calibration_meets_the_floor():
    """Calibrated parameters use at least 64 MiB and take a deliberate amount of time."""
    params = keyfile.calibrate(target_s=0.05, max_s=0.2)
    assert params.memlimit >= 64 << 20
    assert params.opslimit >= 1
