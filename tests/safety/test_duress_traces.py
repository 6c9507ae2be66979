"""The profile folder does not give a duress passphrase away: setting one keeps the second store's file (inode and
times), and a shredding duress unlock leaves the same files, names and size classes as a profile without one."""

from __future__ import annotations

from pathlib import Path

from kpfield.model import Report
from kpfield.safety.duress import create_profile, open_decoy, set_duress
from kpfield.store import KdfParams, Profile
from kpfield.store.profile import key_file_path

from safety_helpers import DURESS, PASSPHRASE


def _stores(home: Path) -> dict[str, object]:
    return {p.name: p.stat() for p in sorted(home.glob("store-*.db"))}


def _main_store(home: Path) -> str:
    with Profile.open(home, PASSPHRASE) as p:
        return p.db_file.name


def _set_and_fill(home: Path, *, shred: bool) -> None:
    with Profile.open(home, PASSPHRASE) as p:
        p.reports.create(Report(title="Real: beating at the Chiadzwa gate"))
        for n in range(30):
            p.reports.create(Report(title=f"Real report {n}", narrative="Witnessed at the fence. " * 200))
        set_duress(p, PASSPHRASE, DURESS, shred_real=shred)
        with open_decoy(p, DURESS) as d:
            d.reports.create(Report(title="Decoy: road survey"))


def test_setting_a_duress_passphrase_keeps_the_second_stores_file(home):
    main = _main_store(home)
    (second,) = [n for n in _stores(home) if n != main]
    before = _stores(home)[second]
    _set_and_fill(home, shred=False)
    after = _stores(home)[second]
    key = key_file_path(home).stat()
    # The same file, rewritten in place: same inode, same access and modification times as the untouched cover
    # store had; not a new file made (and timed) together with the rewritten key file.
    assert after.st_ino == before.st_ino and after.st_dev == before.st_dev
    assert (after.st_mtime_ns, after.st_atime_ns) == (before.st_mtime_ns, before.st_atime_ns)
    assert after.st_ino != key.st_ino and after.st_mtime_ns != key.st_mtime_ns
    assert not any(p.name.startswith(".store-") for p in home.iterdir())  # no temporary left behind
    with Profile.open(home, PASSPHRASE) as p:  # both stores still open with their passphrases
        assert p.db_file.name == main
    with Profile.open(home, DURESS) as d:
        assert [r.title for r in d.reports.query()] == ["Decoy: road survey"]


def test_a_shredding_duress_unlock_leaves_the_same_files_and_size_classes(tmp_path, home):
    plain = tmp_path / "plain"  # a profile without a duress passphrase, for comparison
    create_profile(plain, PASSPHRASE, kdf=KdfParams.fast_for_tests()).close()
    plain_main = _main_store(plain)
    (plain_cover,) = [n for n in _stores(plain) if n != plain_main]
    _set_and_fill(home, shred=True)
    main = _main_store(home)
    (decoy,) = [n for n in _stores(home) if n != main]
    before = {p.name: p.stat() for p in home.iterdir()}
    assert before[main].st_size > _stores(plain)[plain_cover].st_size  # the real store holds real reports

    with Profile.open(home, DURESS) as d:  # the coercer's unlock: shreds the real store silently
        assert [r.title for r in d.reports.query()] == ["Decoy: road survey"]
        assert d.db_file.name == decoy
    after = {p.name: p.stat() for p in home.iterdir()}
    # Same files, same names, same inodes: nothing vanished, nothing new appeared.
    assert sorted(after) == sorted(before) and len(after) == len({p.name for p in plain.iterdir()})
    assert {n: s.st_ino for n, s in after.items()} == {n: s.st_ino for n, s in before.items()}
    # The former real store is now exactly what a fresh cover store is: its size, and the decoy's earlier times.
    assert after[main].st_size == _stores(plain)[plain_cover].st_size
    assert after[main].st_mtime_ns == before[decoy].st_mtime_ns
    assert after[main].st_size < before[main].st_size
    # Nothing of the real store opens any more; the key file kept its size.
    assert after["profile.key"].st_size == before["profile.key"].st_size
    with Profile.open(home, DURESS) as d:
        assert [r.title for r in d.reports.query()] == ["Decoy: road survey"]
