"""``kpfield report delete ID [--yes]``: delete one draft or unsent report, or a sent report's local copy.

Without ``--yes`` it says what will go and asks in the terminal (it refuses when not run in one). A sent report's
copy on this device is deleted only after a warning that the coordinators keep theirs. A coordinator's received
reports are evidence and are not deletable this way.
"""

from __future__ import annotations

import sys

from kpfield.cli.common import UsageProblem, add_profile_options, open_profile, print_json
from kpfield.store.deletion import delete_report, deletion_plan


def register(rsub) -> None:
    d = rsub.add_parser("delete", help="delete one draft or unsent report (a sent one: this device's copy only)")
    add_profile_options(d)
    d.add_argument("id")
    d.add_argument("--yes", action="store_true", help="do not ask: delete (a sent report's local copy too)")
    d.set_defaults(func=cmd_delete)


def describe_plan(plan) -> str:
    """What deleting removes, in plain words (no report content: the id, counts and the send state)."""
    lines = [f"Report {plan.report_id} ({plan.state}, version {plan.version}), {plan.photos} photo(s), "
             f"{plan.messages} message(s) from coordinators."]
    if plan.sent:
        lines.append("WARNING: this report was already sent. The coordinators keep their copy; only the copy on "
                     "this device is deleted.")
    elif plan.waiting:
        lines.append("It is waiting to be sent: it will never be sent. Coordinators will see that an envelope from "
                     "this device is missing.")
    lines.append("Deleted reports cannot be recovered.")
    return "\n".join(lines)


def cmd_delete(args) -> int:
    with open_profile(args) as profile:
        plan = deletion_plan(profile, args.id)
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageProblem("Refusing to delete without --yes when not run in a terminal.")
            print(describe_plan(plan))
            if input("Delete it? Type yes: ").strip().lower() != "yes":
                print("Nothing was changed.")
                return 1
        delete_report(profile, args.id, confirm_sent=True)
    if args.json:
        print_json({"deleted": plan.to_dict()})
    else:
        print(f"Deleted report {plan.report_id}" + (" (this device's copy; the coordinators keep theirs)."
                                                     if plan.sent else "."))
    return 0
