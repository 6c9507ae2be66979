"""``kpfield report delete ID``: asks first (or needs --yes), deletes, and says what it did."""

from __future__ import annotations

import io
import json

import pytest

from kpfield.cli.main import main

PASS = "granite river seventeen lanterns"


@pytest.fixture
def env(tmp_path, monkeypatch):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n")
    monkeypatch.setenv("KPFIELD_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("KPFIELD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KPFIELD_PASSPHRASE", raising=False)
    assert main(["init", "--passphrase-file", str(pw)]) == 0
    return {"pw": str(pw)}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _add(capsys, env, title: str) -> str:
    code, out, _ = run(capsys, "report", "add", "--passphrase-file", env["pw"], "--title", title,
                       "--narrative", "Two diggers were beaten.", "--type", "shooting")
    assert code == 0
    return out.strip().split()[-1]


def _ids(capsys, env) -> list[str]:
    code, out, _ = run(capsys, "report", "list", "--passphrase-file", env["pw"], "--json")
    return [r["id"] for r in json.loads(out)]


def test_delete_needs_yes_when_not_in_a_terminal(env, capsys):
    keep, gone = _add(capsys, env, "Keep me"), _add(capsys, env, "Delete me")
    code, _, err = run(capsys, "report", "delete", "--passphrase-file", env["pw"], gone)
    assert code == 1 and "--yes" in err and sorted(_ids(capsys, env)) == sorted([keep, gone])
    code, out, _ = run(capsys, "report", "delete", "--passphrase-file", env["pw"], gone, "--yes", "--json")
    assert code == 0 and json.loads(out)["deleted"]["report_id"] == gone
    assert _ids(capsys, env) == [keep]
    code, _, err = run(capsys, "search", "--passphrase-file", env["pw"], "Delete")
    assert code == 0
    code, _, err = run(capsys, "report", "show", "--passphrase-file", env["pw"], gone)
    assert code == 1 and gone in err


def test_delete_asks_in_a_terminal(env, capsys, monkeypatch):
    gone = _add(capsys, env, "Delete me")
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    code, out, _ = run(capsys, "report", "delete", "--passphrase-file", env["pw"], gone)
    assert code == 1 and "cannot be recovered" in out and "Nothing was changed" in out
    assert _ids(capsys, env) == [gone]
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    code, out, _ = run(capsys, "report", "delete", "--passphrase-file", env["pw"], gone)
    assert code == 0 and f"Deleted report {gone}." in out
    assert _ids(capsys, env) == []
