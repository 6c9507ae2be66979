"""``kpfield wipe``, ``duress``, ``wipe-after``, ``backup-key``, ``recovery-shares`` and ``recover``."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from kpfield.cli.common import UsageProblem, add_profile_options, home_of, open_profile, print_json
from kpfield.safety import backup, duress, unlock_guard, wipe
from kpfield.safety.app_settings import forget_app_settings


def register(sub) -> None:
    p = sub.add_parser("wipe", help="destroy the profile now: key shredded first, then the store, its traces and "
                                    "the app's settings")
    p.add_argument("--home", metavar="DIR", help="profile folder")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.set_defaults(func=cmd_wipe)

    p = sub.add_parser("duress", help="the duress passphrase, which opens a decoy store")
    dsub = p.add_subparsers(dest="duress_command", metavar="ACTION", required=True)
    s = dsub.add_parser("set", help="set or replace the duress passphrase (builds an empty decoy store)")
    add_profile_options(s, json_output=False)
    s.add_argument("--duress-passphrase-file", metavar="FILE", help="read the duress passphrase from FILE")
    s.add_argument("--shred-real", action="store_true",
                   help="when the duress passphrase is used, silently destroy the real store")
    s.set_defaults(func=cmd_duress_set)
    c = dsub.add_parser("clear", help="remove the duress passphrase and the decoy store's content")
    add_profile_options(c, json_output=False)
    c.set_defaults(func=cmd_duress_clear)

    p = sub.add_parser("wipe-after", help="wipe the profile after N failed unlocks in a row (0: never)")
    add_profile_options(p, json_output=False)
    p.add_argument("failures", type=int, metavar="N")
    p.set_defaults(func=cmd_wipe_after)

    p = sub.add_parser("backup-key", help="write the store key, encrypted under a backup passphrase, to FILE")
    add_profile_options(p, json_output=False)
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to create (never overwritten)")
    p.add_argument("--backup-passphrase-file", metavar="FILE", help="read the backup passphrase from FILE")
    p.set_defaults(func=cmd_backup_key)

    p = sub.add_parser("recovery-shares", help="split the store key into word lists for trusted colleagues")
    add_profile_options(p)
    p.add_argument("--threshold", type=int, required=True, metavar="K", help="shares needed to recover")
    p.add_argument("--shares", type=int, required=True, metavar="N", help="shares to make")
    p.set_defaults(func=cmd_recovery_shares)

    p = sub.add_parser("recover", help="set a new passphrase from a key backup or from recovery shares")
    p.add_argument("--home", metavar="DIR", help="profile folder")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--backup", metavar="FILE", help="a file made by backup-key")
    source.add_argument("--shares", nargs="+", metavar="FILE", help="files holding recovery shares, one per line")
    p.add_argument("--backup-passphrase-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_recover)


def _secret(args, attr: str, prompt: str, *, confirm: bool) -> str:
    """A passphrase from the file named by ``args.<attr>``, else asked in the terminal (twice if ``confirm``)."""
    path = getattr(args, attr, None)
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageProblem(f"Cannot read the passphrase file {path}: {exc.strerror}.") from None
        if not lines or not lines[0]:
            raise UsageProblem(f"The passphrase file {path} is empty.")
        return lines[0]
    if not sys.stdin.isatty():
        raise UsageProblem(f"No {prompt.lower().rstrip(': ')}: give it in a file, or run in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise UsageProblem("The two passphrases differ; nothing was changed.")
    return first


def _current(args) -> str:
    return _secret(args, "passphrase_file", "Passphrase: ", confirm=False)


def cmd_wipe(args) -> int:
    home = home_of(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageProblem("Refusing to wipe without --yes when not run in a terminal.")
        if input(f"Destroy the profile in {home} for ever? Type WIPE: ").strip() != "WIPE":
            print("Nothing was changed.")
            return 1
    result = wipe.wipe_profile(home)
    result.removed += forget_app_settings()  # as the app's quick delete does: its settings say KP Field was here
    if args.json:
        print_json({"unreadable_after_s": result.unreadable_after_s, "total_s": result.total_s,
                    "removed": result.removed})
    else:
        print(f"Wiped: the store was unreadable after {result.unreadable_after_s * 1000:.1f} ms; "
              f"{len(result.removed)} paths removed.")
    return 0


def cmd_duress_set(args) -> int:
    with open_profile(args) as profile:
        passphrase = _current(args)
        decoy = _secret(args, "duress_passphrase_file", "Duress passphrase: ", confirm=True)
        duress.set_duress(profile, passphrase, decoy, shred_real=args.shred_real)
    print("Duress passphrase set. Unlock with it to fill the decoy store.")
    return 0


def cmd_duress_clear(args) -> int:
    with open_profile(args) as profile:
        duress.clear_duress(profile, _current(args))
    print("Duress passphrase removed.")
    return 0


def cmd_wipe_after(args) -> int:
    with open_profile(args) as profile:
        unlock_guard.set_wipe_after(profile, args.failures)
    print(f"The profile will be wiped after {args.failures} failed unlocks." if args.failures
          else "The profile will never be wiped after failed unlocks.")
    return 0


def cmd_backup_key(args) -> int:
    with open_profile(args) as profile:
        secret = _secret(args, "backup_passphrase_file", "Backup passphrase: ", confirm=True)
        path = backup.write_key_backup(profile, args.out, secret)
    print(f"Key backup written to {path}. Keep it away from this computer; it needs the backup passphrase.")
    return 0


def cmd_recovery_shares(args) -> int:
    with open_profile(args) as profile:
        shares = backup.recovery_shares(profile, args.threshold, args.shares)
    if args.json:
        print_json({"threshold": args.threshold, "shares": shares})
        return 0
    for i, share in enumerate(shares, 1):
        print(f"Share {i} of {len(shares)} (any {args.threshold} recover the key):\n{share}\n")
    return 0


def cmd_recover(args) -> int:
    home = home_of(args)
    if args.backup:
        record = backup.read_key_backup(args.backup, _secret(args, "backup_passphrase_file",
                                                             "Backup passphrase: ", confirm=False))
        key = None
    else:
        lines = []
        for name in args.shares:
            try:
                lines += [ln.strip() for ln in Path(name).read_text(encoding="utf-8").splitlines() if ln.strip()]
            except OSError as exc:
                raise UsageProblem(f"Cannot read the share file {name}: {exc.strerror}.") from None
        record, key = None, backup.key_from_shares(lines)
    new = _secret(args, "new_passphrase_file", "New passphrase: ", confirm=True)
    backup.recover(home, new, key=key, record=record)
    print("Recovered: the profile now opens with the new passphrase.")
    return 0
