"""``kpfield server org``: configure (or show) the organisation public key the server puts into invitations.

The key comes from the coordinator who ran ``kpfield org init``. Devices do not trust the server for it: each
compares its fingerprint aloud at enrolment before pinning it.
"""

from __future__ import annotations

import sys

from kpfield.server import trust_docs
from kpfield.trust import org_fingerprint, parse_org_key


def cmd_org(args) -> int:
    from pathlib import Path

    data = Path(args.data)
    data.mkdir(mode=0o700, parents=True, exist_ok=True)
    if args.key:
        key = parse_org_key(args.key.strip())
        held = trust_docs.org_key(data)
        if held is not None and held != key and not args.replace:
            print(f"kpfield: this server already names organisation {org_fingerprint(held)}; add --replace to "
                  f"change it (devices that pinned the old one will refuse the new one).", file=sys.stderr)
            return 1
        trust_docs.set_org_key(data, key)
    key = trust_docs.org_key(data)
    if key is None:
        print("No organisation key is configured (kpfield server org --data DIR --key KEY).", file=sys.stderr)
        return 1
    print(f"Organisation fingerprint: {org_fingerprint(key)}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("org", help="set or show the organisation key that invitations carry")
    common(p)
    p.add_argument("--key", help="the organisation public key printed by 'kpfield org init' (base64url)")
    p.add_argument("--replace", action="store_true", help="replace a different key already configured")
    p.set_defaults(func=cmd_org)
