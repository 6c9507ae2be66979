"""Entry point of the ``kpfield`` command: builds the parser from each feature's ``register`` and runs it.

Exit codes: 0 success, 1 user error (one line on stderr), 2 usage error, 130 interrupted, 141 output closed early
(``kpfield report show ID --json | head``: the reader stopped reading; nothing is printed about it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kpfield.errors import KPFieldError

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2
EXIT_PIPE = 128 + 13  # what a shell reports for a program ended by SIGPIPE, the Unix convention for this case


class UserError(KPFieldError):
    """A mistake the user can fix, reported on one line with exit code 1."""

    code = "user"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kpfield", description="KP Field: secure field documentation.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    # Each feature registers its own sub-commands; imports stay inside so `kpfield --help` is quick.
    from kpfield.cli import commands_gps, commands_messages, commands_org, commands_profile, commands_report
    from kpfield.coordinator import cli as coordinator_cli
    from kpfield.export import cli as export_cli
    from kpfield.safety import cli as safety_cli
    from kpfield.server import cli as server_cli
    from kpfield.sync import cli as sync_cli

    for module in (commands_profile, commands_report, commands_messages, commands_gps, sync_cli, coordinator_cli,
                   export_cli, safety_cli, server_cli, commands_org):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback while Python exits
        return status
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except KPFieldError as exc:
        print(f"kpfield: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("kpfield: interrupted", file=sys.stderr)
        return 130


def _silence_stdout() -> None:
    """Point stdout at the null device: Python flushes it again on exit, which would fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (stdout replaced): nothing is flushed to a pipe then
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
