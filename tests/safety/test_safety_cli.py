"""The safety commands, run through argparse exactly as ``kpfield`` will once they are registered."""

from __future__ import annotations

import argparse
import json

import pytest
from safety_helpers import DURESS, NEW_PASSPHRASE, PASSPHRASE

from kpfield.safety import cli
from kpfield.safety.unlock_guard import read_state
from kpfield.store import Profile


def run(*argv) -> int:
    parser = argparse.ArgumentParser(prog="kpfield")
    sub = parser.add_subparsers(dest="command", required=True)
    cli.register(sub)
    args = parser.parse_args([str(a) for a in argv])
    return args.func(args)


@pytest.fixture
def files(tmp_path):
    def write(name, text):
        path = tmp_path / name
        path.write_text(text + "\n")
        return path
    return {"pass": write("pass", PASSPHRASE), "new": write("new", NEW_PASSPHRASE), "duress": write("duress", DURESS),
            "backup": write("backup", "nine lamps along the quiet road")}


def test_backup_key_then_recover(home, tmp_path, files, monkeypatch):
    monkeypatch.setenv("KPFIELD_INSECURE_FAST_KDF", "1")
    out = tmp_path / "key.kpbackup"
    assert run("backup-key", "--home", home, "--passphrase-file", files["pass"], "--out", out,
               "--backup-passphrase-file", files["backup"]) == 0
    assert run("recover", "--home", home, "--backup", out, "--backup-passphrase-file", files["backup"],
               "--new-passphrase-file", files["new"]) == 0
    Profile.open(home, NEW_PASSPHRASE).close()


def test_recovery_shares_then_recover(home, tmp_path, files, capsys):
    assert run("recovery-shares", "--home", home, "--passphrase-file", files["pass"], "--threshold", 2,
               "--shares", 3, "--json") == 0
    shares = json.loads(capsys.readouterr().out)["shares"]
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_text(shares[0] + "\n")
    b.write_text(shares[2] + "\n")
    assert run("recover", "--home", home, "--shares", a, b, "--new-passphrase-file", files["new"]) == 0
    Profile.open(home, NEW_PASSPHRASE).close()


def test_duress_wipe_after_and_wipe(home, files):
    assert run("duress", "set", "--home", home, "--passphrase-file", files["pass"],
               "--duress-passphrase-file", files["duress"]) == 0
    Profile.open(home, DURESS).close()
    assert run("wipe-after", "--home", home, "--passphrase-file", files["pass"], 5) == 0
    assert read_state(home).wipe_after == 5
    assert run("wipe", "--home", home, "--yes") == 0
    assert not home.exists()
