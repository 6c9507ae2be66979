"""The encrypted field store: SQLCipher database, wrapped keys, reports, photos, search and audit trail.

The names below are loaded on first use (PEP 562), so that importing one light submodule (``keyfile``) does not
pull in SQLite, keyring, Pillow and the password checker: the GUI shows its unlock window before those load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kpfield.store.keyfile import KdfParams
    from kpfield.store.profile import Profile, profile_exists
    from kpfield.store.reports import ReportQuery

__all__ = ["KdfParams", "Profile", "ReportQuery", "profile_exists"]

_HOMES = {"KdfParams": "kpfield.store.keyfile", "Profile": "kpfield.store.profile",
          "profile_exists": "kpfield.store.profile", "ReportQuery": "kpfield.store.reports"}


def __getattr__(name: str):
    if name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
        globals()[name] = value  # later look-ups are plain attribute reads
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
