"""The command line as a monitor meets it: coordinators' messages, output piped into ``head``, and a wipe that also
removes the app's settings file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from kpfield.cli.main import EXIT_PIPE, main
from kpfield.safety.app_settings import settings_file
from kpfield.store import Profile
from kpfield.sync import trust_store
from kpfield.sync.identity import DeviceKeys
from kpfield.sync.messages import Message, store_message
from kpfield.trust import OrgKey, certify

PASS = "granite river seventeen lanterns"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path, monkeypatch):
    home = tmp_path / "home"
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n")
    monkeypatch.setenv("KPFIELD_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KPFIELD_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the user's own settings
    monkeypatch.delenv("KPFIELD_PASSPHRASE", raising=False)
    assert main(["init", "--passphrase-file", str(pw)]) == 0
    return {"home": home, "pw": str(pw), "tmp": tmp_path}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _add(capsys, env, *extra) -> str:
    code, out, _ = run(capsys, "report", "add", "--passphrase-file", env["pw"], "--type", "shooting", *extra)
    assert code == 0
    return out.strip()


def test_a_monitor_reads_coordinators_messages_on_the_command_line(env, capsys):
    rid, other = _add(capsys, env, "--title", "Fence"), _add(capsys, env, "--title", "Road")
    coordinator = DeviceKeys.generate()
    with Profile.open(env["home"], PASS) as profile:  # as a sync run keeps them: the signed list, then the messages
        org = OrgKey.generate()  # the organisation this device pinned, and its certificate of the coordinator
        trust_store.pin_org(profile.db, org.public)
        trust_store.keep_documents(profile.db, [certify(
            org, device_id=coordinator.device_id, role="coordinator",
            sign_key=bytes(coordinator.signing_key.verify_key), box_key=bytes(coordinator.box_key.public_key),
            label="Harare desk", issued_at=1_700_000_000)], None)
        store_message(profile.db, Message(str(uuid.uuid4()), rid, coordinator.device_id, "question",
                                          "What time exactly?", None, "2026-03-02T10:00:00Z"))
        store_message(profile.db, Message(str(uuid.uuid4()), other, coordinator.device_id, "state_change", "",
                                          "verified", "2026-03-03T08:00:00Z"))
    code, out, _ = run(capsys, "report", "show", rid, "--json", "--passphrase-file", env["pw"])
    messages = json.loads(out)["messages"]
    assert code == 0 and [(m["text"], m["kind"], m["sent_at"]) for m in messages] == [
        ("What time exactly?", "question", "2026-03-02T10:00:00Z")]
    assert messages[0]["sender"] == {"device_id": coordinator.device_id, "label": "Harare desk"}
    code, out, _ = run(capsys, "messages", "--json", "--passphrase-file", env["pw"])
    assert [(m["report_id"], m["kind"], m["state"]) for m in json.loads(out)] == [
        (rid, "question", None), (other, "state_change", "verified")]  # oldest first
    code, out, _ = run(capsys, "messages", "--passphrase-file", env["pw"])
    assert code == 0 and out.splitlines()[0] == f"2026-03-02 10:00  Harare desk  report {rid}: question: What time " \
                                                "exactly?"
    code, out, _ = run(capsys, "report", "show", rid, "--passphrase-file", env["pw"])
    assert "message 2026-03-02 10:00  Harare desk" in out
    code, out, _ = run(capsys, "messages", "--report", other, "--json", "--passphrase-file", env["pw"])
    assert [m["report_id"] for m in json.loads(out)] == [other]
    code, out, err = run(capsys, "messages", "--report", str(uuid.uuid4()), "--passphrase-file", env["pw"])
    assert code == 1 and err.startswith("kpfield: ") and out == ""


def test_no_messages_yet(env, capsys):
    assert run(capsys, "messages", "--passphrase-file", env["pw"])[:2] == (0, "No messages.\n")
    assert json.loads(run(capsys, "messages", "--json", "--passphrase-file", env["pw"])[1]) == []


def test_output_piped_into_head_ends_quietly(env, capsys):
    rid = _add(capsys, env, "--title", "Long", "--narrative", "A long account of the day. " * 7000)  # > a pipe's buffer
    proc = subprocess.Popen([sys.executable, "-m", "kpfield.cli.main", "report", "show", rid, "--json",
                             "--passphrase-file", env["pw"]], cwd=ROOT, env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"{"  # what `| head -n 1` reads, then it exits
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == EXIT_PIPE == 141
    assert stderr == b""  # no BrokenPipeError traceback, no message: the reader chose to stop


def test_output_piped_into_head_through_a_shell(env, capsys):
    rid = _add(capsys, env, "--title", "Long", "--narrative", "word " * 35000)
    command = (f"'{sys.executable}' -m kpfield.cli.main report show {rid} --json --passphrase-file '{env['pw']}' "
               "| head -n 2")
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.stdout.splitlines()[0] == "{" and len(proc.stdout.splitlines()) == 2
    assert proc.stderr == "" and proc.returncode == 141


def test_wipe_removes_the_app_settings_file_as_quick_delete_does(env, capsys):
    config = env["tmp"] / "config"
    qt = subprocess.run([sys.executable, "-c", (
        "from PySide6.QtCore import QSettings\n"
        "from kpfield.safety.app_settings import APPLICATION, ORGANIZATION\n"
        "s = QSettings(ORGANIZATION, APPLICATION); s.setValue('ui/language', 'fr'); s.sync(); print(s.fileName())\n"
        "q = QSettings(QSettings.Scope.UserScope, 'QtProject')\n"
        "q.setValue('FileDialog/lastVisited', 'file:///secret/backups'); q.setValue('Other/keep', 1); q.sync()")],
        cwd=ROOT, env=dict(os.environ, XDG_CONFIG_HOME=str(config)), capture_output=True, text=True, check=True)
    written = Path(qt.stdout.strip())
    assert written == settings_file() and written.is_file()  # the core computes the file Qt writes
    code, out, _ = run(capsys, "wipe", "--yes", "--json")
    removed = json.loads(out)["removed"]
    assert code == 0 and str(written) in removed and not written.exists() and not written.parent.exists()
    qt_file = (config / "QtProject.conf").read_text()
    assert "secret" not in qt_file and "keep=1" in qt_file  # only the file dialog's history goes
    assert not env["home"].joinpath("profile.key").exists()
    assert run(capsys, "wipe", "--yes")[0] == 0  # nothing left to remove: still fine
