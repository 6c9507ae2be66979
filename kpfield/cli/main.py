"""Entry point of the ``kpfield`` command: builds the parser from each feature's ``register`` and runs it.

Exit codes: 0 success, 1 user error (one line on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kpfield.errors import KPFieldError

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


class UserError(KPFieldError):
    """A mistake the user can fix, reported on one line with exit code 1."""

    code = "user"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kpfield", description="KP Field: secure field documentation.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    # Each feature registers its own sub-commands; imports stay inside so `kpfield --help` is quick.
    from kpfield.cli import commands_gps, commands_org, commands_profile, commands_report
    from kpfield.coordinator import cli as coordinator_cli
    from kpfield.export import cli as export_cli
    from kpfield.safety import cli as safety_cli
    from kpfield.server import cli as server_cli
    from kpfield.sync import cli as sync_cli

    for module in (commands_profile, commands_report, commands_gps, sync_cli, coordinator_cli, export_cli,
                   safety_cli, server_cli, commands_org):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KPFieldError as exc:
        print(f"kpfield: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("kpfield: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
