"""Setting up a deployment's organisation in tests: one place, used by every end-to-end test.

It follows the documented path (docs/PROTOCOL.md, "Migrating a deployment"): the first coordinator creates the
organisation key (``kpfield org init``), the operator configures its public key on the server
(``kpfield server org``), every other device pins the fingerprint read aloud (``kpfield org pin``) and the
coordinator certifies each device after comparing its fingerprint (``kpfield org certify``).
"""

from __future__ import annotations

from kpfield.coordinator import org
from kpfield.server import trust_docs
from kpfield.sync import account as accounts
from kpfield.trust import parse_org_key


def create_org(server, holder) -> dict:
    """``org init`` on ``holder`` (a coordinator profile) and ``server org --key`` on the server."""
    made = org.init_org(holder)
    trust_docs.set_org_key(server.data_dir, parse_org_key(made["org_key"]))
    org.publish_all(holder)
    return made


def certify(holder, profile, *, role: str | None = None) -> None:
    """Pin the organisation on ``profile`` (if its invitation did not) and certify it with ``holder``'s key."""
    from kpfield.sync import trust_store

    fingerprint = org.load_org_key(holder).fingerprint
    if trust_store.pinned_org(profile.db) is None:
        org.pin_from_server(profile, fingerprint)
    account = accounts.require_account(profile.db)
    org.certify_device(holder, account.device_id, account.keys.public.fingerprint, role=role)


def certify_all(server, profiles) -> dict:
    """Create the organisation on the first coordinator of ``profiles`` and certify every other one."""
    profiles = list(profiles)
    holder = next(p for p in profiles if accounts.require_account(p.db).role == "coordinator")
    made = create_org(server, holder)
    for profile in profiles:
        if profile is not holder:
            certify(holder, profile)
    return made
