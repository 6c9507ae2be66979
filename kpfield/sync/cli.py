"""``kpfield enroll`` and ``kpfield sync`` (device side)."""

from __future__ import annotations

import sys

from kpfield.cli.common import add_profile_options, open_profile, print_json
from kpfield.errors import KPFieldError
from kpfield.sync import account as accounts
from kpfield.sync.engine import run_sync
from kpfield.sync.invitation import load_invitation


def register(sub) -> None:
    p = sub.add_parser("enroll", help="register this profile with a sync server using an invitation")
    add_profile_options(p)
    p.add_argument("invitation", help="the invitation text, or a file holding it")
    p.add_argument("--label", help="this device's name on the server (default: the invitation's)")
    p.set_defaults(func=cmd_enroll)

    p = sub.add_parser("sync", help="send everything due and fetch messages (exit 0 only if all was sent)")
    add_profile_options(p)
    p.set_defaults(func=cmd_sync)


def cmd_enroll(args) -> int:
    invitation = load_invitation(args.invitation)
    with open_profile(args) as profile:
        account = accounts.enroll(profile.db, invitation, label=args.label)
        try:
            coordinators = accounts.recipients(profile.db)
        except KPFieldError:  # no organisation pinned, or none certified yet: said below
            coordinators = []
    info = {"device_id": account.device_id, "role": account.role, "server": account.server_url,
            "server_fingerprint": account.server_fingerprint, "org_fingerprint": invitation.org_fingerprint,
            "fingerprint": account.keys.public.fingerprint,
            "coordinators": [{"device_id": c.device_id, "label": c.label} for c in coordinators]}
    if args.json:
        print_json(info)
    else:
        print(f"Enrolled as {account.role} {account.device_id} with {account.server_url}")
        print(f"Server key fingerprint: {account.server_fingerprint} (compare it with the operator's)")
        if invitation.org_fingerprint:
            print(f"Organisation fingerprint: {invitation.org_fingerprint} (compare it aloud with your coordinator)")
        else:
            print("This invitation names no organisation key: nothing will be sealed until you run "
                  "kpfield org pin FINGERPRINT with the fingerprint your coordinator reads to you.")
        print(f"This device's fingerprint: {account.keys.public.fingerprint} (your coordinator certifies it)")
        print(f"Certified coordinators: {len(coordinators)}")
    return 0


def cmd_sync(args) -> int:
    def progress(event: dict) -> None:
        if args.json:
            return
        if event["phase"] == "upload" and event["total"]:
            pct = 100 * event["done"] // event["total"]
            print(f"\rsending envelope {event['outbox_id']}: {pct:3d}% of {event['total']} bytes", end="",
                  file=sys.stderr)
        elif event["phase"] == "queue":
            print(f"sealing report {event['report_id']} version {event['version']}", file=sys.stderr)

    with open_profile(args) as profile:
        if profile.role == "coordinator":
            return _coordinator_sync(args, profile, progress)
        result = run_sync(profile, progress=progress)
    if args.json:
        print_json(result.to_dict())
    else:
        print(file=sys.stderr)
        print(f"sent {len(result.sent)}, failed {len(result.failed)}, messages {result.messages}")
        for outbox_id, reason in result.failed:
            print(f"envelope {outbox_id} not sent: {reason}", file=sys.stderr)
        for report_id, reason in result.not_queued:
            print(f"report {report_id} not sealed: {reason}", file=sys.stderr)
    return 0 if result.ok else 1


def _coordinator_sync(args, profile, progress) -> int:
    """A coordinator's sync pulls new envelopes, verifies them and shares review changes."""
    from kpfield.coordinator.share import pull_and_share

    outcome = pull_and_share(profile, progress=progress)
    if args.json:
        print_json(outcome)
    else:
        pulled = outcome["pull"]
        print(f"verified {len(pulled.get('verified', []))}, quarantined {len(pulled.get('quarantined', []))}, "
              f"failed {len(pulled.get('failed', []))}")
    return 0 if outcome["ok"] else 1
