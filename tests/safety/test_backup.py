"""Key backup file and SLIP-39 recovery shares: both restore access under a new passphrase, nothing else does."""

from __future__ import annotations

import pytest
from safety_helpers import DURESS, NEW_PASSPHRASE, PASSPHRASE

from kpfield.errors import KeyBackupDamaged, RecoveryFailed, ValidationError, WrongPassphrase
from kpfield.model import Report
from kpfield.safety import backup
from kpfield.safety.duress import set_duress
from kpfield.store import KdfParams, Profile
from kpfield.store.profile import key_file_path

BACKUP_PASSPHRASE = "nine lamps along the quiet road"
FAST = KdfParams.fast_for_tests()


def _with_report(home):
    with Profile.open(home, PASSPHRASE) as p:
        return p.reports.create(Report(title="Arrests at the Koidu pit")).id


def test_backup_file_restores_access_after_the_key_file_is_lost(home, tmp_path):
    rid = _with_report(home)
    out = tmp_path / "key.kpbackup"
    with Profile.open(home, PASSPHRASE) as p:
        backup.write_key_backup(p, out, BACKUP_PASSPHRASE, kdf=FAST)
        with pytest.raises(FileExistsError):
            backup.write_key_backup(p, out, BACKUP_PASSPHRASE, kdf=FAST)
    assert out.stat().st_size == backup.BACKUP_LEN
    key_file_path(home).unlink()
    record = backup.read_key_backup(out, BACKUP_PASSPHRASE)
    backup.recover(home, NEW_PASSPHRASE, record=record, kdf=FAST)
    with Profile.open(home, NEW_PASSPHRASE) as p:
        assert p.reports.get(rid).title == "Arrests at the Koidu pit"
        assert p.audit.verify().ok


def test_backup_refuses_wrong_passphrase_and_damage(home, tmp_path):
    out = tmp_path / "key.kpbackup"
    with Profile.open(home, PASSPHRASE) as p:
        backup.write_key_backup(p, out, BACKUP_PASSPHRASE, kdf=FAST)
    with pytest.raises(WrongPassphrase):
        backup.read_key_backup(out, "the wrong backup passphrase")
    data = bytearray(out.read_bytes())
    data[-1] ^= 1
    tampered = tmp_path / "tampered"
    tampered.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        backup.read_key_backup(tampered, BACKUP_PASSPHRASE)
    tampered.write_bytes(bytes(data[:100]))
    with pytest.raises(KeyBackupDamaged):
        backup.read_key_backup(tampered, BACKUP_PASSPHRASE)
    with pytest.raises(KeyBackupDamaged):
        backup.read_key_backup(tmp_path / "missing", BACKUP_PASSPHRASE)


def test_three_of_five_shares_recover_and_two_do_not(home):
    rid = _with_report(home)
    with Profile.open(home, PASSPHRASE) as p:
        shares = backup.recovery_shares(p, 3, 5)
        with pytest.raises(ValidationError):
            backup.recovery_shares(p, 1, 3)
    assert len(shares) == 5 and all(len(s.split()) == 33 for s in shares)
    with pytest.raises(RecoveryFailed):
        backup.key_from_shares(shares[:2])
    key = backup.key_from_shares([shares[4], shares[1], shares[2]])
    backup.recover(home, NEW_PASSPHRASE, key=key)
    with pytest.raises(WrongPassphrase):
        Profile.open(home, PASSPHRASE)
    with Profile.open(home, NEW_PASSPHRASE) as p:
        assert p.reports.get(rid).title == "Arrests at the Koidu pit"


def test_recovery_keeps_the_duress_slot_and_refuses_its_passphrase(home):
    with Profile.open(home, PASSPHRASE) as p:
        set_duress(p, PASSPHRASE, DURESS)
        key = backup.key_from_shares(backup.recovery_shares(p, 2, 2))
    with pytest.raises(WrongPassphrase):
        backup.recover(home, DURESS, key=key)
    backup.recover(home, NEW_PASSPHRASE, key=key)
    with Profile.open(home, DURESS) as d:
        assert d.reports.count() == 0


def test_shares_of_another_profile_open_nothing_here(home, tmp_path):
    from kpfield.safety.duress import create_profile

    with create_profile(tmp_path / "other", PASSPHRASE, kdf=FAST) as other:
        key = backup.key_from_shares(backup.recovery_shares(other, 2, 3)[:2])
    before = key_file_path(home).read_bytes()
    with pytest.raises(RecoveryFailed):
        backup.recover(home, NEW_PASSPHRASE, key=key)
    assert key_file_path(home).read_bytes() == before
