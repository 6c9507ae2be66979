"""``kpfield init``, ``kpfield passwd`` and ``kpfield audit verify``."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from kpfield.cli.common import (
    UsageProblem, add_profile_options, home_of, open_profile, print_json, read_passphrase,
)
from kpfield.safety.duress import create_profile
from kpfield.store.profile import ROLES


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new profile (refuses to overwrite one)")
    add_profile_options(p)
    p.add_argument("--role", choices=ROLES, default="monitor")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("passwd", help="change the passphrase (re-wraps the key; the store is not re-encrypted)")
    add_profile_options(p, json_output=False)
    p.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("audit", help="the audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = audit_sub.add_parser("verify", help="check the hash chain; names the first broken link")
    add_profile_options(v)
    v.set_defaults(func=cmd_audit_verify)


def _new_passphrase(args, file_attr: str) -> str:
    path = getattr(args, file_attr, None)
    if path:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        if not lines or not lines[0]:
            raise UsageProblem(f"The passphrase file {path} is empty.")
        return lines[0]
    if file_attr == "passphrase_file":
        try:
            return read_passphrase(args)
        except UsageProblem:
            pass
    if not sys.stdin.isatty():
        raise UsageProblem("No new passphrase: give it in a file, or run in a terminal to be asked.")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageProblem("The two passphrases differ; nothing was changed.")
    return first


def cmd_init(args) -> int:
    home = home_of(args)
    passphrase = _new_passphrase(args, "passphrase_file")
    # With a cover store from the start, a duress passphrase set later adds no file an observer could notice.
    profile = create_profile(home, passphrase, role=args.role)
    profile.close()
    if args.json:
        print_json({"home": str(home), "role": args.role})
    else:
        print(f"Created a {args.role} profile in {home}")
    return 0


def cmd_passwd(args) -> int:
    with open_profile(args) as profile:
        old = read_passphrase(args)
        new = _new_passphrase(args, "new_passphrase_file")
        profile.change_passphrase(old, new)
    print("Passphrase changed.")
    return 0


def cmd_audit_verify(args) -> int:
    with open_profile(args) as profile:
        check = profile.audit.verify()
    if args.json:
        print_json({"ok": check.ok, "entries": check.entries, "broken_seq": check.broken_seq,
                    "reason": check.reason})
    elif check.ok:
        print(f"Audit trail intact: {check.entries} entries.")
    else:
        print(f"Audit trail BROKEN at entry {check.broken_seq}: {check.reason}", file=sys.stderr)
    return 0 if check.ok else 1
