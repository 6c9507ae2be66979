"""Profiles: create, unlock, typed errors that change nothing, passphrase change, keyring, no plaintext on disk."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from kpfield.errors import (
    DatabaseDamaged, KeyFileDamaged, KeyFileMissing, KeyringUnavailable, NotOurDatabase, ProfileExists,
    ProfileNotFound, SchemaTooNew, WeakPassphrase, WrongPassphrase,
)
from kpfield.model import Report
from kpfield.store import Profile
from kpfield.store.keyring_support import keyring_status
from kpfield.store.schema import migrations

PASSPHRASE = "granite river seventeen lanterns"


def _snapshot(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_then_open(tmp_path, fast_kdf):
    home = tmp_path / "p"
    with Profile.create(home, PASSPHRASE, kdf=fast_kdf) as p:
        rid = p.reports.create(Report(title="Beating at the Zengeni gate", types=["beating_torture"])).id
        assert p.role == "monitor"
    names = sorted(x.name for x in home.iterdir())
    assert names[0] == "profile.key" and names[1].startswith("store-") and len(names) == 2
    with Profile.open(home, PASSPHRASE) as p:
        assert p.reports.get(rid).title == "Beating at the Zengeni gate"
        assert p.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.db.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


def test_coordinator_role(tmp_path, fast_kdf):
    with Profile.create(tmp_path / "c", PASSPHRASE, kdf=fast_kdf, role="coordinator") as p:
        assert p.role == "coordinator"


def test_wrong_passphrase_changes_nothing(profile):
    home = profile.home
    profile.close()
    before = _snapshot(home)
    with pytest.raises(WrongPassphrase):
        Profile.open(home, "not the passphrase at all")
    assert _snapshot(home) == before


def test_weak_passphrase_refused(tmp_path, fast_kdf):
    with pytest.raises(WeakPassphrase):
        Profile.create(tmp_path / "p", "password1", kdf=fast_kdf)
    assert not (tmp_path / "p").exists() or not any((tmp_path / "p").iterdir())


def test_refuses_to_overwrite(profile, fast_kdf):
    profile.close()
    before = _snapshot(profile.home)
    with pytest.raises(ProfileExists):
        Profile.create(profile.home, "another long passphrase here", kdf=fast_kdf)
    assert _snapshot(profile.home) == before


def test_no_profile(tmp_path):
    with pytest.raises(ProfileNotFound):
        Profile.open(tmp_path / "empty", PASSPHRASE)


def test_missing_key_file_with_store_present(profile):
    profile.close()
    (profile.home / "profile.key").unlink()
    before = _snapshot(profile.home)
    with pytest.raises(KeyFileMissing):
        Profile.open(profile.home, PASSPHRASE)
    assert _snapshot(profile.home) == before


def test_damaged_key_file(profile):
    profile.close()
    kf = profile.home / "profile.key"
    kf.write_bytes(kf.read_bytes()[:100])
    before = _snapshot(profile.home)
    with pytest.raises(KeyFileDamaged):
        Profile.open(profile.home, PASSPHRASE)
    assert _snapshot(profile.home) == before


def test_database_of_another_profile(tmp_path, fast_kdf):
    a = Profile.create(tmp_path / "a", PASSPHRASE, kdf=fast_kdf)
    b = Profile.create(tmp_path / "b", PASSPHRASE, kdf=fast_kdf)
    a_file, b_file = a.db_file, b.db_file
    a.close(), b.close()
    a_file.write_bytes(b_file.read_bytes())  # a's key file now points at b's database
    before = _snapshot(tmp_path / "a")
    with pytest.raises(NotOurDatabase):
        Profile.open(tmp_path / "a", PASSPHRASE)
    assert _snapshot(tmp_path / "a") == before


def test_plain_sqlite_file_is_not_ours(profile):
    path = profile.db_file
    profile.close()
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotOurDatabase, match="unencrypted"):
        Profile.open(profile.home, PASSPHRASE)


def test_truncated_database_is_damaged(profile):
    path = profile.db_file
    profile.close()
    path.write_bytes(path.read_bytes()[:1000])
    before = _snapshot(profile.home)
    with pytest.raises(DatabaseDamaged):
        Profile.open(profile.home, PASSPHRASE)
    assert _snapshot(profile.home) == before


def test_corrupted_page_is_refused(profile):
    path = profile.db_file
    profile.close()
    data = bytearray(path.read_bytes())
    data[100:200] = bytes(100)  # inside the first page: the HMAC check must fail
    path.write_bytes(bytes(data))
    with pytest.raises(NotOurDatabase):
        Profile.open(profile.home, PASSPHRASE)


def test_newer_schema_is_refused_untouched(profile):
    profile.db.execute(f"PRAGMA user_version = {migrations.latest + 1}")
    profile.close()
    before = _snapshot(profile.home)
    with pytest.raises(SchemaTooNew, match="newer KP Field"):
        Profile.open(profile.home, PASSPHRASE)
    assert _snapshot(profile.home) == before


def test_change_passphrase_rewraps_without_reencrypting(profile):
    db_before = profile.db_file.read_bytes()
    profile.change_passphrase(PASSPHRASE, "a completely new passphrase for Kono")
    assert profile.db_file.read_bytes()[:4096] == db_before[:4096]  # the store's pages are not rewritten
    home = profile.home
    profile.close()
    with pytest.raises(WrongPassphrase):
        Profile.open(home, PASSPHRASE)
    Profile.open(home, "a completely new passphrase for Kono").close()


def test_change_passphrase_needs_the_old_one(profile):
    with pytest.raises(WrongPassphrase):
        profile.change_passphrase("wrong old passphrase", "a completely new passphrase for Kono")


from tests.memory_keyring import MemoryKeyring  # noqa: E402,F401 - shared by the test folders


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's plaintext file keyring."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_remember_on_this_computer(profile):
    ring = MemoryKeyring()
    profile.remember(ring)
    home = profile.home
    profile.close()
    with Profile.open_remembered(home, ring) as p:
        assert p.settings.get("remember_key") is True
        p.forget(ring)
    assert ring.items == {}
    assert Profile.open_remembered(home, ring) is None


def test_plaintext_and_fail_keyrings_are_no_keyring(profile):
    from keyring.backends import fail

    status = keyring_status(PlaintextKeyring())
    assert not status.usable and "plain file" in status.reason
    status = keyring_status(fail.Keyring())
    assert not status.usable and "No keyring service" in status.reason
    with pytest.raises(KeyringUnavailable):
        profile.remember(PlaintextKeyring())


def test_default_keyring_on_headless_machine_never_crashes():
    status = keyring_status()
    assert isinstance(status.usable, bool) and (status.usable or status.reason)


def test_profile_files_are_private(profile):
    import os
    import stat

    if os.name != "posix":
        return
    assert stat.S_IMODE(profile.home.stat().st_mode) == 0o700
    for path in profile.home.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_sibling_connection_on_another_thread_sees_the_same_store(profile):
    import threading

    from kpfield.model import Report

    rid = profile.reports.create(Report(title="shared")).id
    seen = []

    def worker():
        sibling = profile.open_sibling()
        try:
            seen.append(sibling.reports.get(rid).title)
            sibling.reports.create(Report(title="from the worker"))
        finally:
            sibling.close()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == ["shared"] and profile.reports.count() == 2
