"""Shared test fixtures: real input files, fast KDF parameters, profile folders in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _fixtures_root() -> Path:
    env = os.environ.get("KPFIELD_FIXTURES")
    return Path(env) if env else ROOT.parent / "shared" / "fixtures"


FIXTURES = _fixtures_root()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """The real-world photos and NMEA logs (../shared/fixtures); tests skip, saying why, when absent."""
    if not FIXTURES.is_dir():
        pytest.skip(f"real-world fixtures not found at {FIXTURES} (set KPFIELD_FIXTURES)")
    return FIXTURES


@pytest.fixture(scope="session")
def photos_dir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "photos"


@pytest.fixture(scope="session")
def nmea_dir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "nmea"


@pytest.fixture(autouse=True)
def _private_config_home(tmp_path_factory, monkeypatch):
    """Settings files (the GUI's QSettings, Qt's own) go to a temporary folder, never the user's: ``kpfield wipe``
    removes the app's settings, and a test run must not remove a developer's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
