"""The duress passphrase: decoy store, optional silent shredding, and a key file that does not tell."""

from __future__ import annotations

import statistics
import time

import pytest

from kpfield.errors import StoreLocked, ValidationError, WrongPassphrase
from kpfield.model import Report
from kpfield.safety.duress import DECOY_SLOT, FLAG_SHRED_MAIN, clear_duress, open_decoy, set_duress
from kpfield.store import KdfParams, Profile
from kpfield.store.keyfile import FILE_LEN, HEADER_LEN, SLOT_COUNT, SLOT_LEN, KeyFile, read_key_file
from kpfield.store.profile import key_file_path

from safety_helpers import DURESS, PASSPHRASE


def _set(home, *, shred=False):
    with Profile.open(home, PASSPHRASE) as p:
        p.reports.create(Report(title="Real: beating at the Chiadzwa gate"))
        set_duress(p, PASSPHRASE, DURESS, shred_real=shred)
        with open_decoy(p, DURESS) as d:  # the user prepares the decoy, from the real profile
            d.reports.create(Report(title="Decoy: road survey"))


def _titles(p):
    return [r.title for r in p.reports.query()]


def test_duress_opens_the_decoy_and_the_real_passphrase_the_real_store(home):
    _set(home)
    with Profile.open(home, DURESS) as d:
        assert _titles(d) == ["Decoy: road survey"]
        assert d.role == "monitor"
        assert d.audit.verify().ok
    with Profile.open(home, PASSPHRASE) as p:
        assert _titles(p) == ["Real: beating at the Chiadzwa gate"]
        assert [e.action for e in p.audit.entries()].count("profile_created") == 1


def test_key_file_and_folder_look_the_same_with_and_without_duress(tmp_path, home):
    from kpfield.safety.duress import create_profile

    plain = tmp_path / "plain"
    create_profile(plain, PASSPHRASE, kdf=KdfParams.fast_for_tests()).close()
    _set(home)
    a, b = key_file_path(plain).read_bytes(), key_file_path(home).read_bytes()
    assert len(a) == len(b) == FILE_LEN
    ka, kb = KeyFile.from_bytes(a), KeyFile.from_bytes(b)
    assert (ka.params, len(ka.slots)) == (kb.params, len(kb.slots)) == (KdfParams.fast_for_tests(), SLOT_COUNT)
    assert all(len(s) == SLOT_LEN for s in ka.slots + kb.slots)
    # Without a passphrase no slot opens in either file: used and unused slots are alike.
    for kf in (ka, kb):
        assert kf.try_slots(bytes(32)) == []
    assert len(list(plain.glob("store-*.db"))) == len(list(home.glob("store-*.db"))) == 2
    assert sorted(p.name[:6] for p in plain.iterdir()) == sorted(p.name[:6] for p in home.iterdir())


def test_shredding_duress_destroys_the_real_store_silently(home):
    _set(home, shred=True)
    real_db = [p for p in home.glob("store-*.db")]
    size = key_file_path(home).stat().st_size
    header = key_file_path(home).read_bytes()[:HEADER_LEN]
    with Profile.open(home, DURESS) as d:
        assert _titles(d) == ["Decoy: road survey"]
    assert key_file_path(home).stat().st_size == size
    assert key_file_path(home).read_bytes()[:HEADER_LEN] == header
    assert len(list(home.glob("store-*.db"))) == len(real_db)  # the real store is now a cover store
    with pytest.raises(WrongPassphrase):
        Profile.open(home, PASSPHRASE)
    kf = read_key_file(key_file_path(home))
    (opened,) = kf.try_slots(kf.derive(DURESS))
    assert opened.slot == DECOY_SLOT and opened.record.flags & FLAG_SHRED_MAIN
    with Profile.open(home, DURESS) as d:  # still works, and keeps working
        assert _titles(d) == ["Decoy: road survey"]


def test_duress_must_differ_and_needs_the_real_passphrase(home):
    with Profile.open(home, PASSPHRASE) as p:
        with pytest.raises(ValidationError):
            set_duress(p, PASSPHRASE, PASSPHRASE, check_strength=False)
        with pytest.raises(WrongPassphrase):
            set_duress(p, "not the right passphrase", DURESS)
    _set(home)
    with Profile.open(home, DURESS) as d:
        with pytest.raises(WrongPassphrase):
            set_duress(d, DURESS, "another quiet phrase in the dark")  # from the decoy: refused
        with pytest.raises(StoreLocked):
            open_decoy(d, DURESS)
    with Profile.open(home, PASSPHRASE) as p, pytest.raises(WrongPassphrase):
        open_decoy(p, PASSPHRASE)


def test_clear_duress(home):
    _set(home)
    with Profile.open(home, PASSPHRASE) as p:
        clear_duress(p, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Profile.open(home, DURESS)
    assert len(list(home.glob("store-*.db"))) == 2


def _median_unlock(kf: KeyFile, passphrase: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        try:
            kf.unlock(passphrase)
        except WrongPassphrase:
            pass
        times.append(time.perf_counter() - t0)
    return times


def test_unlock_time_does_not_tell_duress_from_real(tmp_path):
    # A KDF costly enough (~10-30 ms) that the derivation dominates, as it does in the field (~0.7 s); the
    # passphrases are tried interleaved so drifts in machine load hit both alike.
    from kpfield.safety.duress import create_profile

    kdf = KdfParams(opslimit=1, memlimit=16 << 20)
    home = tmp_path / "t"
    with create_profile(home, PASSPHRASE, kdf=kdf) as p:
        set_duress(p, PASSPHRASE, DURESS)
    kf = read_key_file(key_file_path(home))
    real, decoy, wrong = [], [], []
    for _ in range(7):
        real += _median_unlock(kf, PASSPHRASE, 1)
        decoy += _median_unlock(kf, DURESS, 1)
        wrong += _median_unlock(kf, "no such passphrase here", 1)
    m_real, m_decoy, m_wrong = (statistics.median(x) for x in (real, decoy, wrong))
    noise = max(statistics.pstdev(real), statistics.pstdev(decoy), 0.2 * m_real)
    assert abs(m_real - m_decoy) <= noise, (m_real, m_decoy, noise)
    assert abs(m_real - m_wrong) <= noise, (m_real, m_wrong, noise)
