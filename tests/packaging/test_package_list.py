"""Every Python package of the checkout is listed in pyproject.toml, so a wheel never lacks one (the list is explicit
so that a top-level ``ui`` package is never installed without ``kpfield`` beside it)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_in_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for top in ("kpfield", "ui")
             for init in (ROOT / top).rglob("__init__.py") if "__pycache__" not in init.parts}
    assert sorted(found - listed) == []
