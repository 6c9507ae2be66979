"""Where KP Field keeps its files: one place, redirectable by ``KPFIELD_HOME`` or an explicit ``--home``."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "kpfield"


def default_home() -> Path:
    """The profile folder: ``$KPFIELD_HOME`` if set, else the platform's per-user data folder."""
    env = os.environ.get("KPFIELD_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_home(home: str | os.PathLike | None) -> Path:
    """An explicit ``home`` wins over the environment and the default."""
    return Path(home).expanduser() if home else default_home()


def resources_dir() -> Path:
    """The shipped resources (taxonomy, translations, icons, base map).

    Installed from a wheel, and in a desktop bundle, they are package data in ``kpfield/_resources`` (the build maps
    the repository's ``resources/`` there); in a checkout they are the top-level ``resources/`` folder.
    """
    package = Path(__file__).resolve().parent
    installed, checkout = package / "_resources", package.parent / "resources"
    return installed if (installed / "taxonomy.json").is_file() else checkout
