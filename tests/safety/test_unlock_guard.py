"""Failed unlocks: the counter outside the store, the growing delay, the optional wipe after N failures."""

from __future__ import annotations

import pytest
from safety_helpers import PASSPHRASE

from kpfield.errors import KeyFileDamaged, ProfileNotFound, ValidationError, WrongPassphrase
from kpfield.safety import unlock_guard
from kpfield.safety.unlock_guard import GuardState, delay_for, guarded_open, read_state, state_path
from kpfield.store import Profile
from kpfield.store.profile import key_file_path


class Clock:
    """Records the delays the guard asks for instead of waiting them."""

    def __init__(self):
        self.waits = []

    def __call__(self, seconds):
        self.waits.append(seconds)


def test_delay_grows_and_is_capped():
    assert [delay_for(n) for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert delay_for(100) == unlock_guard.MAX_DELAY_S


def test_failures_are_counted_persisted_and_reset_on_success(home):
    clock = Clock()
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            guarded_open(home, "wrong wrong wrong wrong", sleep=clock)
    assert read_state(home) == GuardState(failures=5)
    assert clock.waits == [1, 2]  # the 4th and 5th attempts waited
    with guarded_open(home, PASSPHRASE, sleep=clock) as p:
        assert p.is_open
    assert clock.waits == [1, 2, 4]
    assert read_state(home).failures == 0


def test_wipe_after_n_failures(home):
    with Profile.open(home, PASSPHRASE) as p:
        unlock_guard.set_wipe_after(p, 3)
    clock = Clock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            guarded_open(home, "wrong wrong wrong wrong", sleep=clock)
    assert key_file_path(home).exists()
    with pytest.raises(WrongPassphrase):  # the same error as any failure: nothing says a wipe happened
        guarded_open(home, "wrong wrong wrong wrong", sleep=clock)
    assert not home.exists()
    with pytest.raises(ProfileNotFound):
        guarded_open(home, PASSPHRASE, sleep=clock)
    assert not home.exists()  # no state file created in a folder without a profile


def test_wipe_threshold_validation_and_default_off(home):
    assert read_state(home).wipe_after == 0
    with Profile.open(home, PASSPHRASE) as p:
        with pytest.raises(ValidationError):
            unlock_guard.set_wipe_after(p, 1)
        with pytest.raises(ValidationError):
            unlock_guard.set_wipe_after(p, -4)
        unlock_guard.set_wipe_after(p, 10)
        unlock_guard.set_wipe_after(p, None)
    assert read_state(home).wipe_after == 0


def test_state_file_has_the_same_size_whatever_the_setting(home, tmp_path):
    unlock_guard.write_state(home, GuardState(0, 0))
    off = state_path(home).read_bytes()
    unlock_guard.write_state(home, GuardState(7, 12))
    on = state_path(home).read_bytes()
    assert len(off) == len(on) == 32


def test_damaged_state_is_read_as_clean_and_a_damaged_key_file_is_not_counted(home):
    state_path(home).write_bytes(b"\x00" * 31)
    assert read_state(home) == GuardState()
    unlock_guard.write_state(home, GuardState(2, 0))
    data = bytearray(state_path(home).read_bytes())
    data[9] ^= 1
    state_path(home).write_bytes(bytes(data))
    assert read_state(home) == GuardState()
    unlock_guard.write_state(home, GuardState(2, 0))
    key_file_path(home).write_bytes(b"KPFK" + b"\x07" * 10)
    with pytest.raises(KeyFileDamaged):
        guarded_open(home, PASSPHRASE, sleep=Clock())
    assert read_state(home).failures == 2
