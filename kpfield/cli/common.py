"""What every profile command shares: ``--home``, how the passphrase is obtained, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from kpfield.errors import KPFieldError
from kpfield.paths import resolve_home

PASSPHRASE_ENV = "KPFIELD_PASSPHRASE"


class UsageProblem(KPFieldError):
    code = "usage"


def add_profile_options(parser: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    parser.add_argument("--home", metavar="DIR", help="profile folder (default: $KPFIELD_HOME or the user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from the first line of FILE instead of prompting")
    if json_output:
        parser.add_argument("--json", action="store_true", help="print machine-readable JSON (a stable interface)")


def home_of(args) -> Path:
    return resolve_home(getattr(args, "home", None))


def read_passphrase(args, prompt: str = "Passphrase: ", *, env: bool = True) -> str:
    """The passphrase from ``--passphrase-file``, then ``$KPFIELD_PASSPHRASE`` (automation only), then a prompt."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageProblem(f"Cannot read the passphrase file {path}: {exc.strerror}.") from None
        line = text.splitlines()[0] if text else ""
        if not line:
            raise UsageProblem(f"The passphrase file {path} is empty.")
        return line
    if env and os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise UsageProblem("No passphrase: use --passphrase-file FILE, or run in a terminal to be asked.")
    return getpass.getpass(prompt)


@contextmanager
def open_profile(args):
    """Unlock the profile named by ``args`` for the duration of a command (counting failed attempts)."""
    from kpfield.safety.unlock_guard import guarded_open

    profile = guarded_open(home_of(args), read_passphrase(args))
    try:
        yield profile
    finally:
        profile.close()


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")
