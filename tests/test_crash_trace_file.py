"""Where the native crash trace lives and how the next start takes it (kpfield/crash_trace.py).

The crash itself and the offer at the next start are tested with the real app in tests/ui/test_crash_trace.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kpfield import crash_trace


@pytest.fixture
def state(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state"


def test_the_trace_goes_to_the_state_folder_not_the_profile_folder(state, tmp_path):
    home = tmp_path / "data" / "kpfield"
    assert crash_trace.trace_path(home) == (state / "kpfield" / "crash-trace.txt").resolve()


def test_a_profile_folder_that_is_or_holds_the_state_folder_puts_the_trace_beside_it(state, tmp_path):
    assert crash_trace.trace_dir(state / "kpfield") == (state).resolve()  # e.g. Windows: state = data folder
    assert crash_trace.trace_dir(state) == tmp_path.resolve()  # the state folder inside the profile folder


def test_the_previous_trace_is_taken_once(state, tmp_path):
    home = tmp_path / "profile"
    path = crash_trace.trace_path(home)
    assert crash_trace.take_previous(home) is None  # none yet
    path.parent.mkdir(parents=True)
    path.write_text('Fatal Python error: Segmentation fault\n\n  File "x.py", line 3 in f\n')
    assert crash_trace.take_previous(home).startswith("Fatal Python error: Segmentation fault")
    assert not path.exists()
    assert crash_trace.take_previous(home) is None


def test_an_empty_trace_is_removed_and_offers_nothing(state, tmp_path):
    home = tmp_path / "profile"
    path = crash_trace.trace_path(home)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")  # killed (SIGKILL, power): faulthandler wrote nothing
    assert crash_trace.take_previous(home) is None
    assert not path.exists()


def test_an_oversized_trace_is_cut(state, tmp_path):
    home = tmp_path / "profile"
    path = crash_trace.trace_path(home)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"x" * (crash_trace.MAX_TRACE_BYTES + 10))
    text = crash_trace.take_previous(home)
    assert len(text) < crash_trace.MAX_TRACE_BYTES + 10 and text.endswith("[…]\n")


def test_the_user_folder_is_written_as_a_tilde(tmp_path):
    home = tmp_path / "home" / "amina"
    trace = f'  File "{home}/.venv/lib/ui/app.py", line 215 in main\n'
    assert crash_trace.without_home(trace, home) == '  File "~/.venv/lib/ui/app.py", line 215 in main\n'


def test_a_wipe_removes_the_trace_file(state, tmp_path):
    """A wipe while the app runs removes the trace file it is writing (in a child: faulthandler is the test
    runner's here)."""

    code = ("import sys; from pathlib import Path; from kpfield import crash_trace; "
            "from kpfield.safety.wipe import wipe_profile; from kpfield.store import KdfParams, Profile; "
            "home = Path(sys.argv[1]); Profile.create(home, 'granite river seventeen lanterns', "
            "kdf=KdfParams.fast_for_tests()).close(); p = crash_trace.start(home); print(p.exists()); "
            "wipe_profile(home); print(p.exists()); crash_trace.stop(); print(p.exists())")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "profile")], capture_output=True, text=True,
                         cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False", "False"]  # present while running; gone after the wipe and at exit


def test_a_wipe_in_another_process_removes_the_trace_file_too(state, tmp_path):
    """``kpfield wipe`` (no GUI in that process) still removes what a crashed GUI left."""
    from tests.memory_keyring import MemoryKeyring

    from kpfield.safety.wipe import wipe_profile
    from kpfield.store import KdfParams, Profile

    home = tmp_path / "profile"
    Profile.create(home, "granite river seventeen lanterns", kdf=KdfParams.fast_for_tests()).close()
    path = crash_trace.trace_path(home)
    path.parent.mkdir(parents=True)
    path.write_text('Fatal Python error: Segmentation fault\n')
    result = wipe_profile(home, keyring_backend=MemoryKeyring())
    assert not path.exists() and str(path) in result.removed
