"""The coordinator's commands: ``kpfield pull``, ``review``, ``message`` and ``quarantine list``."""

from __future__ import annotations

from kpfield.cli.common import UsageProblem, add_profile_options, open_profile, print_json


def cmd_pull(args) -> int:
    from kpfield.coordinator.share import pull_and_share

    with open_profile(args) as profile:
        result = pull_and_share(profile)
    if args.json:
        print_json(result)
    else:
        pulled, reviews = result["pull"], result["reviews"] or {}
        print(f"{len(pulled['verified'])} verified, {len(pulled['quarantined'])} quarantined, "
              f"{len(pulled['failed'])} failed; review changes: {reviews.get('posted', 0)} shared, "
              f"{reviews.get('applied', 0)} received, {reviews.get('conflicts', 0)} in conflict")
        for failure in pulled["failed"]:
            print(f"  envelope {failure['server_seq']}: {failure['reason']}")
    return 0 if result["ok"] else 1


def cmd_review(args) -> int:
    from kpfield.coordinator.answer import SENT_STATES, send_message
    from kpfield.coordinator.review import review

    with open_profile(args) as profile:
        state = review(profile, args.report_id, state=args.state, duplicate_of=args.duplicate_of, note=args.note,
                       assignee=args.assign, tags=args.tag)
        sent = None
        if args.tell_monitor and args.state in SENT_STATES:
            sent = send_message(profile, args.report_id, args.message or "", "state_change", state=args.state)
    state = {**state, "told_monitor": sent is not None}
    if args.json:
        print_json(state)
    else:
        print(f"{args.report_id}: {state['state']}" + (f" (of {state['duplicate_of']})" if state["duplicate_of"]
                                                       else ""))
    return 0


def cmd_message(args) -> int:
    from kpfield.coordinator.answer import send_message

    with open_profile(args) as profile:
        sent = send_message(profile, args.report_id, args.text, args.kind, state=args.state)
    if args.json:
        print_json(sent)
    else:
        print(f"sent to device {sent['device_id']}")
    return 0


def cmd_quarantine_list(args) -> int:
    from kpfield.coordinator.review import quarantine_list

    with open_profile(args) as profile:
        items = quarantine_list(profile)
    if args.json:
        print_json(items)
    else:
        if not items:
            print("nothing in quarantine")
        for item in items:
            print(f"envelope {item['server_seq']} from {item['device_id']} report {item['report_id'] or '?'}")
            for reason in item["reasons"]:
                print(f"  - {reason}")
    return 0


def register(sub) -> None:
    """Add the coordinator commands to the ``kpfield`` parser."""
    from kpfield.coordinator.review import STATES

    p = sub.add_parser("coordinators", help="show the coordinator devices (publish: replaced by kpfield org certify)")
    p.add_argument("action", choices=["list", "publish"])
    p.add_argument("--yes", action="store_true", help="publish without asking (after checking the fingerprints)")
    add_profile_options(p)
    p.set_defaults(func=cmd_coordinators)

    p = sub.add_parser("pull", help="fetch, verify and store new reports (coordinators)")
    add_profile_options(p)
    p.set_defaults(func=cmd_pull)

    p = sub.add_parser("review", help="change a received report's review state, assignee, tags or notes")
    add_profile_options(p)
    p.add_argument("report_id", metavar="ID")
    p.add_argument("--state", choices=STATES)
    p.add_argument("--duplicate-of", metavar="ID")
    p.add_argument("--note", metavar="TEXT", help="internal note (never sent)")
    p.add_argument("--assign", metavar="NAME")
    p.add_argument("--tag", metavar="T", action="append")
    p.add_argument("--tell-monitor", action="store_true",
                   help="also send the new state (needs_info, verified, rejected) to the monitor's device")
    p.add_argument("--message", metavar="TEXT", help="text to go with --tell-monitor")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("message", help="send a question or request about a report to the monitor's device")
    add_profile_options(p)
    p.add_argument("report_id", metavar="ID")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--kind", default="question", choices=("question", "request_originals", "state_change"))
    p.add_argument("--state", choices=("needs_info", "verified", "rejected"))
    p.set_defaults(func=cmd_message)

    p = sub.add_parser("quarantine", help="reports that failed a check")
    qsub = p.add_subparsers(dest="quarantine_command", metavar="COMMAND")
    qsub.required = True
    q = qsub.add_parser("list", help="list quarantined envelopes with their reasons")
    add_profile_options(q)
    q.set_defaults(func=cmd_quarantine_list)


def cmd_coordinators(args) -> int:
    """List the server's coordinator devices with fingerprints; ``publish`` signs that list for the monitors."""
    import sys

    from kpfield.coordinator import recipients

    with open_profile(args) as profile:
        devices = recipients.coordinator_devices(profile)
        if args.json and args.action == "list":
            print_json(devices)
            return 0
        for d in devices:
            print(f"{d['fingerprint']}  {d['device_id']}  {d['label']}", file=sys.stderr)
        if args.action == "list":
            return 0
        recipients.publish(profile, devices)  # replaced by organisation certificates: says what to do instead
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageProblem("Check the fingerprints above with each coordinator, then run again with --yes.")
            if input("Are these exactly your coordinators? Type yes to publish: ").strip().lower() != "yes":
                print("Nothing published.", file=sys.stderr)
                return 1
        document = recipients.publish(profile, devices)
    if args.json:
        print_json({"published": len(devices), "issued_at": document["issued_at"]})
    else:
        print(f"Published a list of {len(devices)} coordinators; monitors will encrypt to them from their next sync.")
    return 0
