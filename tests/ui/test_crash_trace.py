"""The native crash trace (kpfield/crash_trace.py, ui/crash_report_dialog.py), with the real app in child processes.

A child creates a profile, writes a report with marker texts and crashes natively (SIGSEGV) with the report open in
the editor. The trace must be in the state folder (not in the profile folder), hold stack frames only (every line
has faulthandler's form) and none of the marker texts nor the passphrase. The next start offers it once: the text
is shown read-only and "Copy" copies it; the start after that offers nothing.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PASSPHRASE = "granite river seventeen lanterns"  # the child's (tests/ui/crash_trace_session.py)

# Every line faulthandler writes (CPython 3.11-3.13): the error, thread headers, frames, the extension modules.
TRACE_LINE = re.compile(
    r"^(|Fatal Python error: [A-Za-z ]+|Python runtime state: \w+|"
    r"(Current thread|Thread) 0x[0-9a-f]+( \[[^\]\n]*\])? \(most recent call first\):|"
    r"  File \"[^\"\n]+\", line (\d+|\?\?\?) in [\w<>.]+|  <no Python frame>|  \.\.\.|"
    r"Extension modules: .*|\s*\(total: \d+\)|Current thread's C stack trace \(most recent call first\):|"
    r"  Binary file .*|  <.*>)$")


def _environment(tmp_path: Path) -> tuple[dict, dict[str, Path]]:
    folders = {name: tmp_path / name.lower() for name in
               ("HOME", "TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR")}
    for folder in folders.values():
        folder.mkdir(mode=0o700, parents=True)
    folders["KPFIELD_HOME"] = folders["XDG_DATA_HOME"] / "kpfield"  # the default place of the profile
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "KPFIELD_", "PYTHONFAULTHANDLER"))}
    env.update({name: str(folder) for name, folder in folders.items()})
    env.update(QT_QPA_PLATFORM="offscreen", KPFIELD_INSECURE_FAST_KDF="1", PYTHONDONTWRITEBYTECODE="1",
               LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en", TMP=str(folders["TMPDIR"]), TEMP=str(folders["TMPDIR"]))
    return env, folders


def _child(env: dict, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HERE / "crash_trace_session.py"), *args], env=env, cwd=str(cwd),
                          capture_output=True, text=True, timeout=300)  # a hang guard only


@pytest.mark.skipif(not hasattr(signal, "SIGSEGV") or sys.platform == "win32", reason="POSIX signals")
def test_a_native_crash_leaves_only_stack_frames_and_the_next_start_offers_them_once(tmp_path):
    env, folders = _environment(tmp_path)
    tag = secrets.token_hex(4)
    markers = {"title": f"Crashmark title {tag} beating at the sluice",
               "narrative": f"Crashmark narrative {tag}: guards beat two diggers near the washing plant",
               "witness": f"Crashmark witness {tag}"}

    crashed = _child(env, tmp_path, "crash", json.dumps(markers))
    assert crashed.returncode == -signal.SIGSEGV, crashed.stdout + crashed.stderr
    assert "SAVED" in crashed.stdout  # the report was in the store, and on screen, when the process died
    trace_file = folders["XDG_STATE_HOME"] / "kpfield" / "crash-trace.txt"
    assert trace_file.is_file(), sorted(str(p) for p in tmp_path.rglob("*"))
    assert not trace_file.resolve().is_relative_to(folders["KPFIELD_HOME"].resolve())
    data = trace_file.read_bytes()
    trace = data.decode("utf-8")
    assert "Fatal Python error: Segmentation fault" in trace
    assert re.search(r'File ".*crash_trace_session\.py", line \d+ in crash_when_saved', trace), trace
    assert re.search(r'File ".*ui[/\\]app\.py", line \d+ in main', trace), trace
    odd = [line for line in trace.splitlines() if not TRACE_LINE.match(line)]
    assert odd == [], f"lines that are not stack frames: {odd}"
    for what, text in {**markers, "passphrase": PASSPHRASE}.items():
        for encoded in (text.encode("utf-8"), text.encode("utf-16-le")):
            assert encoded not in data, what
        assert tag not in trace

    shown = _child(env, tmp_path, "offer")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    outcome = json.loads(shown.stdout.strip().splitlines()[-1])
    assert outcome["offered"] is True, outcome
    assert outcome["question"] == "KP Field closed unexpectedly last time. Show the crash report?"
    assert "Fatal Python error: Segmentation fault" in outcome["text"]
    assert "in crash_when_saved" in outcome["text"]
    assert outcome["read_only"] is True
    assert outcome["copied"] == outcome["text"]
    assert not trace_file.exists()  # offered once, and this clean run left no trace file of its own

    again = _child(env, tmp_path, "offer")
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout.strip().splitlines()[-1]) == {"offered": False}
    assert not trace_file.exists()
