"""``kpfield org ...``: the organisation key (create, pin, certify, revoke, shares, forget, restore)."""

from __future__ import annotations

import sys
from pathlib import Path

from kpfield.cli.common import UsageProblem, add_profile_options, open_profile, print_json


def register(sub) -> None:
    org = sub.add_parser("org", help="the organisation key: who may read reports and sign for coordinators")
    osub = org.add_subparsers(dest="org_command", metavar="SUBCOMMAND")
    osub.required = True

    def add(name: str, helptext: str, func):
        p = osub.add_parser(name, help=helptext)
        add_profile_options(p)
        p.set_defaults(func=func)
        return p

    add("init", "create the organisation key (first coordinator only) and certify this device", cmd_init)
    add("status", "the organisation this device trusts and what it holds", cmd_status)
    p = add("pin", "trust the organisation whose fingerprint was read aloud (devices enrolled before it existed)",
            cmd_pin)
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    add("devices", "list enrolled devices, their fingerprints and whether they are certified", cmd_devices)
    p = add("certify", "certify a device after comparing its fingerprint aloud with its owner", cmd_certify)
    p.add_argument("device_id", metavar="DEVICE_ID")
    p.add_argument("--fingerprint", required=True, metavar="FPR", help="the device's fingerprint, as read aloud")
    p.add_argument("--role", choices=("monitor", "coordinator"), help="default: the role it enrolled with")
    p.add_argument("--label", help="default: the label it enrolled with")
    p = add("revoke", "revoke a device for every member of the organisation", cmd_revoke)
    p.add_argument("device_id", metavar="DEVICE_ID")
    p.add_argument("--reason", required=True, help="why (shown to coordinators)")
    add("publish", "send certificates and revocations the server does not have yet", cmd_publish)
    p = add("shares", "split the organisation key into SLIP-39 word lists", cmd_shares)
    p.add_argument("--threshold", type=int, required=True, metavar="K", help="shares needed to restore it")
    p.add_argument("--shares", type=int, required=True, metavar="N", help="shares to make")
    add("forget", "remove the organisation key from this profile (after making shares)", cmd_forget)
    p = add("restore", "put the organisation key back from shares", cmd_restore)
    p.add_argument("files", nargs="+", metavar="FILE", help="files holding shares, one per line")


def _out(args, data: dict, text: str) -> int:
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


def cmd_init(args) -> int:
    from kpfield.coordinator.org import init_org

    with open_profile(args) as profile:
        made = init_org(profile)
    return _out(args, made, f"Organisation fingerprint: {made['fingerprint']}\n"
                            f"Organisation key (give it to the server operator: kpfield server org --key ...):\n"
                            f"{made['org_key']}\n"
                            + ("" if made["published"] else "Not published yet: run kpfield org publish once the "
                                                            "operator has configured the key."))


def cmd_status(args) -> int:
    from kpfield.coordinator.org import holds_org_key
    from kpfield.sync import trust_store
    from kpfield.trust import org_fingerprint

    with open_profile(args) as profile:
        key = trust_store.pinned_org(profile.db)
        info = {"org_fingerprint": org_fingerprint(key) if key else None, "holds_org_key": holds_org_key(profile)}
        if key:
            view = trust_store.view(profile.db)
            info.update(certificates=len(view.certificates), revocations_serial=view.serial,
                        coordinators=[c.device_id for c in view.coordinators()])
    if info["org_fingerprint"] is None:
        return _out(args, info, "No organisation is pinned: this device seals nothing (kpfield org pin FINGERPRINT).")
    return _out(args, info, f"Organisation fingerprint: {info['org_fingerprint']}\n"
                            f"Certified coordinators: {len(info['coordinators'])}; revocation list serial: "
                            f"{info['revocations_serial'] or '-'}; holds the organisation key: "
                            f"{'yes' if info['holds_org_key'] else 'no'}")


def cmd_pin(args) -> int:
    from kpfield.coordinator.org import pin_from_server

    with open_profile(args) as profile:
        fingerprint = pin_from_server(profile, args.fingerprint)
    return _out(args, {"org_fingerprint": fingerprint}, f"This device now trusts organisation {fingerprint}.")


def cmd_devices(args) -> int:
    from kpfield.coordinator.org import device_list

    with open_profile(args) as profile:
        devices = device_list(profile)
    if args.json:
        print_json(devices)
        return 0
    for d in devices:
        flag = "" if d["keys_match_certificate"] else "  KEYS DIFFER FROM CERTIFICATE"
        print(f"{d['fingerprint']}  {d['device_id']}  {d['role']:<11}  {d['standing']:<11}  {d['label']}{flag}")
    return 0


def cmd_certify(args) -> int:
    from kpfield.coordinator.org import certify_device

    with open_profile(args) as profile:
        made = certify_device(profile, args.device_id, args.fingerprint, role=args.role, label=args.label)
    return _out(args, made, f"Certified {made['device_id']} as {made['role']}.")


def cmd_revoke(args) -> int:
    from kpfield.coordinator.org import revoke_device

    with open_profile(args) as profile:
        made = revoke_device(profile, args.device_id, args.reason)
    return _out(args, made, f"Revoked {made['device_id']} (revocation list {made['serial']}).")


def cmd_publish(args) -> int:
    from kpfield.coordinator.org import publish_all

    with open_profile(args) as profile:
        made = publish_all(profile)
    return _out(args, made, f"Published {made['certificates']} certificate(s)"
                            + (f" and revocation list {made['revocations']}." if made["revocations"] else "."))


def cmd_shares(args) -> int:
    from kpfield.coordinator.org import org_shares

    with open_profile(args) as profile:
        shares = org_shares(profile, args.threshold, args.shares)
    if args.json:
        print_json({"threshold": args.threshold, "shares": shares})
        return 0
    for i, share in enumerate(shares, 1):
        print(f"Organisation key share {i} of {len(shares)} (any {args.threshold} restore it):\n{share}\n")
    return 0


def cmd_forget(args) -> int:
    from kpfield.coordinator.org import forget_org_key

    with open_profile(args) as profile:
        forget_org_key(profile)
    return _out(args, {"forgotten": True}, "The organisation key is no longer in this profile.")


def cmd_restore(args) -> int:
    from kpfield.coordinator.org import restore_org_key

    lines = []
    for name in args.files:
        try:
            lines += [ln.strip() for ln in Path(name).read_text(encoding="utf-8").splitlines() if ln.strip()]
        except OSError as exc:
            raise UsageProblem(f"Cannot read {name}: {exc.strerror}.") from None
    with open_profile(args) as profile:
        fingerprint = restore_org_key(profile, lines)
    print(f"The organisation key {fingerprint} is back in this profile.", file=sys.stderr)
    return 0
