"""Quick delete: the key is shredded first, everything KP Field wrote goes, the store can no longer be opened."""

from __future__ import annotations

import pytest

from kpfield.errors import KeyFileMissing, ProfileNotFound
from kpfield.model import Report
from kpfield.safety import unlock_guard
from kpfield.safety.wipe import register_cleanup, register_trace, registered_traces, shred_file, wipe_profile
from kpfield.store import Profile
from kpfield.store.profile import key_file_path

from safety_helpers import PASSPHRASE, MemoryKeyring


def test_wipe_removes_every_trace_and_the_store_cannot_be_opened(home, tmp_path):
    ring = MemoryKeyring()
    with Profile.open(home, PASSPHRASE) as p:
        p.reports.create(Report(title="Shooting near the Marange fence"))
        p.remember(ring)
    unlock_guard.write_state(home, unlock_guard.GuardState(2, 5))
    geometry = tmp_path / "config" / "KP Field.conf"
    geometry.parent.mkdir()
    geometry.write_text("[MainWindow]\ngeometry=@ByteArray(...)\n")
    register_trace(geometry)
    cleared = []
    register_cleanup(lambda: cleared.append(True))
    assert geometry in registered_traces()
    assert len(list(home.glob("store-*.db"))) == 2

    result = wipe_profile(home, keyring_backend=ring)

    assert not home.exists()
    assert not geometry.exists()
    assert cleared == [True]
    assert ring.items == {}
    assert result.keyring_forgotten
    assert result.unreadable_after_s < 1.0
    with pytest.raises(ProfileNotFound):
        Profile.open(home, PASSPHRASE)


def test_once_the_key_file_is_shredded_the_store_left_behind_is_useless(home):
    # What a wipe interrupted right after its first step leaves: the store file without any key.
    key_path = key_file_path(home)
    size = key_path.stat().st_size
    before = key_path.read_bytes()
    assert shred_file(key_path, remove=False)
    after = key_path.read_bytes()
    assert len(after) == size and after != before
    key_path.unlink()
    assert list(home.glob("store-*.db"))
    with pytest.raises(KeyFileMissing):
        Profile.open(home, PASSPHRASE)


def test_wipe_is_harmless_on_a_missing_or_half_wiped_profile(tmp_path, home):
    assert wipe_profile(tmp_path / "never-existed").removed == []
    key_file_path(home).unlink()
    wipe_profile(home)
    assert not home.exists()


def test_wipe_never_removes_files_it_did_not_make(home):
    mine = home / "notes.txt"
    mine.write_text("the user's own file")
    wipe_profile(home)
    assert mine.read_text() == "the user's own file"
    assert [p.name for p in home.iterdir()] == ["notes.txt"]
