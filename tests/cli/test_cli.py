"""The ``kpfield`` command line: profile, reports, search, GPS, audit; exit codes and JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kpfield.cli.main import main

PASS = "granite river seventeen lanterns"


@pytest.fixture
def env(tmp_path, monkeypatch):
    home = tmp_path / "home"
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n")
    monkeypatch.setenv("KPFIELD_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KPFIELD_HOME", str(home))
    monkeypatch.delenv("KPFIELD_PASSPHRASE", raising=False)
    assert main(["init", "--passphrase-file", str(pw)]) == 0
    return {"home": home, "pw": str(pw)}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_refuses_to_overwrite(env, capsys):
    code, out, err = run(capsys, "init", "--passphrase-file", env["pw"])
    assert code == 1 and "already exists" in err and err.count("\n") == 1


def test_add_show_list_search(env, capsys, photos_dir):
    code, out, _ = run(capsys, "report", "add", "--passphrase-file", env["pw"], "--title", "Diggers shot at fence",
                       "--narrative", "Two men wounded", "--type", "shooting", "--site", "Chiadzwa",
                       "--occurred", "2026-03-14T09:30:00+02:00", "--photo", str(photos_dir / "jolla.jpg"),
                       "--photo", str(photos_dir / "DSCN0010.jpg"))
    assert code == 0
    rid = out.strip()
    code, out, _ = run(capsys, "report", "show", rid, "--json", "--passphrase-file", env["pw"])
    data = json.loads(out)
    assert data["title"] == "Diggers shot at fence" and data["types"] == ["shooting"]
    assert data["occurred"]["start"] == "2026-03-14T07:30:00Z"
    # location came from the first photo that has GPS (jolla.jpg has none)
    assert data["location"]["source"] == "photo_exif"
    assert abs(data["location"]["lat"] - 43.4674483) < 1e-5
    assert [p["filename"] for p in data["photos"]] == ["jolla.jpg", "DSCN0010.jpg"]
    assert data["photos"][1]["exif_gps"] and len(data["photos"][1]["sha256"]) == 64
    assert data["photos"][0]["width"] == 3264
    code, out, _ = run(capsys, "report", "list", "--json", "--passphrase-file", env["pw"])
    assert [r["id"] for r in json.loads(out)] == [rid]
    code, out, _ = run(capsys, "search", "wound", "--json", "--passphrase-file", env["pw"])
    assert [r["id"] for r in json.loads(out)] == [rid]
    code, out, _ = run(capsys, "search", "nothing-like-this", "--json", "--passphrase-file", env["pw"])
    assert json.loads(out) == []


def test_manual_location_and_ready(env, capsys):
    code, out, _ = run(capsys, "report", "add", "--passphrase-file", env["pw"], "--type", "child_labour",
                       "--occurred", "2026-02-01", "--location", "17°38'52\"S 31°29'10\"E", "--ready", "--json")
    data = json.loads(out)
    assert code == 0 and data["state"] == "ready" and data["location"]["source"] == "manual"
    assert abs(data["location"]["lat"] + 17.647778) < 1e-5 and abs(data["location"]["lon"] - 31.486111) < 1e-5
    assert len(data["versions"]) == 1


def test_location_from_nmea(env, capsys, nmea_dir):
    code, out, _ = run(capsys, "report", "add", "--passphrase-file", env["pw"], "--nmea",
                       str(nmea_dir / "garmin17n.log"), "--json")
    loc = json.loads(out)["location"]
    assert loc["source"] == "gps" and abs(loc["lat"] - 52.2191) < 0.01 and abs(loc["lon"] - 21.0109) < 0.01


def test_bad_input_changes_nothing(env, capsys, photos_dir):
    before = {p.name: p.read_bytes() for p in env["home"].iterdir()}
    for args, message in [
        (["--location", "95 N 10 E"], "out of range"),
        (["--type", "nonsense"], "Unknown incident type"),
        (["--photo", str(photos_dir / "corrupted.jpg")], "damaged"),
        (["--ready"], "Cannot mark ready"),
    ]:
        code, out, err = run(capsys, "report", "add", "--passphrase-file", env["pw"], *args)
        assert code == 1 and message.lower() in err.lower(), (args, err)
    code, out, _ = run(capsys, "report", "list", "--json", "--passphrase-file", env["pw"])
    assert json.loads(out) == []
    assert {p.name for p in env["home"].iterdir()} == set(before)


def test_wrong_passphrase_exit_1(env, capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("not it at all\n")
    code, out, err = run(capsys, "report", "list", "--passphrase-file", str(bad))
    assert code == 1 and err.strip() == "kpfield: Wrong passphrase."


def test_passphrase_from_environment(env, capsys, monkeypatch):
    monkeypatch.setenv("KPFIELD_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "report", "list", "--json")
    assert code == 0 and json.loads(out) == []


def test_gps_read(capsys, nmea_dir):
    code, out, _ = run(capsys, "gps", "read", str(nmea_dir / "bu353s4.log"), "--json")
    data = json.loads(out)
    assert code == 0 and abs(data["location"]["lat"] + 37.7847) < 0.01
    code, out, err = run(capsys, "gps", "read", str(nmea_dir / "holux-gm-210.log"))
    assert code == 1 and "41.53" not in out + err and err
    code, out, err = run(capsys, "gps", "read", str(nmea_dir / "bu303-nofix.log"))
    assert code == 1 and "NMEA" in err


def test_passwd_and_audit(env, capsys, tmp_path):
    new = tmp_path / "new.txt"
    new.write_text("a new and much longer passphrase\n")
    code, out, err = run(capsys, "passwd", "--passphrase-file", env["pw"], "--new-passphrase-file", str(new))
    assert code == 0, err
    code, out, err = run(capsys, "audit", "verify", "--passphrase-file", str(new), "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, out, err = run(capsys, "report", "list", "--passphrase-file", env["pw"])
    assert code == 1


def test_usage_error_exit_2_and_entry_point(tmp_path):
    env = dict(os.environ, KPFIELD_HOME=str(tmp_path / "h"))
    proc = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "report", "frobnicate"], env=env,
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 2 and "invalid choice" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "report", "list"], env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1 and proc.stderr.startswith("kpfield: ")
