"""The wheel built from the repository works outside the checkout.

``python -m build`` makes the sdist and, from it, the wheel; the wheel is installed (not editable) into a fresh
virtual environment, and the installed ``kpfield`` and ``kpfield-gui`` are run from a folder outside the checkout:
a profile, a report with a type, a real photo and a location, the report read back, and the GUI started offscreen
to its unlock window. Dependencies come from PyPI through pip's cache; nothing else is downloaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
PASSPHRASE = "monitor passphrase for the wheel check 7"


def _run(cmd, *, timeout=600, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, **kwargs)
    assert done.returncode == 0, f"{cmd} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


def _outside_env(**extra) -> dict:
    """The environment without anything pointing into the checkout (a PYTHONPATH would make pip see the checkout's
    kpfield.egg-info as already installed, and Python import the checkout instead of the wheel)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "KPFIELD_PASSPHRASE", "KPFIELD_HOME")}
    env.update(extra)
    return env


def _shipped_resources() -> set[str]:
    """What the app reads at run time: every file under resources/ but the translators' .ts sources and the
    base map's build script (kept in the repository, not needed by a user)."""
    files = {p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    return {f for f in files if not f.endswith(".ts") and f != "basemap/build.py"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", out, ROOT])  # the sdist, then the wheel built from it
    wheels = sorted(out.glob("kpfield-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel and its dependencies; returns its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", venv], env=_outside_env(), cwd=venv)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # --no-compile: byte-compiling every dependency costs more than this one run saves.
    _run([bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-compile", "--disable-pip-version-check",
          wheel], env=_outside_env(), cwd=venv, timeout=1200)
    return bin_dir


def test_wheel_ships_every_resource_as_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged = {n.removeprefix("kpfield/_resources/") for n in names if n.startswith("kpfield/_resources/")}
    assert _shipped_resources() <= packaged, sorted(_shipped_resources() - packaged)
    assert {"taxonomy.json", "icons/app.svg", "basemap/countries.geojson", "basemap/mining_areas.json"} <= packaged
    assert any(n.endswith(".qm") for n in packaged)
    assert not any(n.endswith(".ts") for n in names)  # translators' sources stay in the repository


def _photo(folder: Path) -> Path:
    """A real camera photo from the shared fixtures, or one made with Pillow when they are absent."""
    fixtures = Path(os.environ.get("KPFIELD_FIXTURES") or ROOT.parent / "shared" / "fixtures") / "photos"
    real = fixtures / "DSCN0010.jpg"
    if real.is_file():
        return real
    from PIL import Image

    made = folder / "made.jpg"
    Image.new("RGB", (640, 480), (120, 90, 60)).save(made, quality=90)
    return made


def test_installed_wheel_records_and_shows_a_report_and_starts_the_gui(installed, tmp_path):
    work = tmp_path / "elsewhere"  # outside the checkout: nothing can be imported from it
    work.mkdir()
    env = _outside_env(KPFIELD_HOME=str(tmp_path / "profile"), KPFIELD_INSECURE_FAST_KDF="1",
                       QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    site = Path(_run([installed / "python", "-c", "import kpfield.paths as p; print(p.resources_dir())"],
                     cwd=work, env=env).stdout.strip())
    assert site.name == "_resources" and installed.parent in site.parents  # the wheel's copy, not the checkout's

    def kpfield(*args) -> str:
        return _run([installed / "kpfield", *args, "--passphrase-file", secret], cwd=work, env=env).stdout

    kpfield("init")
    photo = _photo(tmp_path)
    report_id = kpfield("report", "add", "--title", "Shots at the Chiadzwa fence", "--narrative", "Two guards fired.",
                        "--type", "shooting", "--site", "Marange", "--occurred", "2026-03-14T09:30",
                        "--location", "17°38'52\"S 31°29'10\"E", "--photo", photo).strip()
    shown = json.loads(kpfield("report", "show", report_id, "--json"))
    assert shown["id"] == report_id and shown["types"] == ["shooting"] and shown["site"] == "Marange"
    assert shown["location"]["source"] == "manual"
    assert shown["location"]["lat"] == pytest.approx(-(17 + 38 / 60 + 52 / 3600))
    assert shown["location"]["lon"] == pytest.approx(31 + 29 / 60 + 10 / 3600)
    assert [p["filename"] for p in shown["photos"]] == [photo.name]
    # The type's label, the base map and the translations come from the installed package data.
    check = _run([installed / "python", "-c",
                  "from kpfield import taxonomy; from kpfield.geo.basemap import load_basemap; "
                  "from ui.resources import translations_dir; b = load_basemap(); "
                  "print(taxonomy.get('shooting').label('fr'), len(b.countries) > 0, len(b.mining_areas) > 0, "
                  "sorted(p.name for p in translations_dir().glob('*.qm')))"], cwd=work, env=env).stdout
    assert "True True" in check and "kpfield_fr.qm" in check and "kpfield_pt.qm" in check
    gui = _run([installed / "kpfield-gui", "--check-start"], cwd=work, env=env, timeout=180)
    assert f"kpfield-gui started: UnlockDialog visible=True resources={site}" in gui.stdout, gui.stdout + gui.stderr
