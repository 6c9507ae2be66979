"""Telling monitors who the coordinators are: a recipient list signed by a coordinator they already trust.

Publishing is a deliberate act: the coordinator checks the fingerprints of the coordinator devices the server
lists (a server must never be able to slip in a key of its own) and signs the list; monitors accept it only when
it is signed by a coordinator key they already trust, and encrypt to exactly that list from then on.
"""

from __future__ import annotations

import time

from kpfield.errors import SyncError
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync.identity import PublicIdentity, unb64url
from kpfield.sync.invitation import make_recipient_document


def coordinator_devices(profile: Profile, client_options: dict | None = None) -> list[dict]:
    """The server's non-revoked coordinator devices, each with its human-comparable fingerprint."""
    account = accounts.require_account(profile.db)
    if account.role != "coordinator":
        raise SyncError("Only a coordinator profile can publish the list of coordinators.")
    with account.client(**(client_options or {})) as client:
        devices = client.devices()
    out = []
    for d in devices:
        if d["role"] != "coordinator" or d.get("revoked_at"):
            continue
        identity = PublicIdentity(unb64url(d["sign_key"], "sign key"), unb64url(d["box_key"], "box key"))
        out.append({"device_id": d["device_id"], "sign_key": d["sign_key"], "box_key": d["box_key"],
                    "label": d.get("label") or "", "fingerprint": identity.fingerprint})
    return out


def publish(profile: Profile, coordinators: list[dict], client_options: dict | None = None) -> dict:
    """Sign ``coordinators`` (entries as from :func:`coordinator_devices`, after the user checked them) with this
    coordinator's key and post the list; this device must be in it."""
    account = accounts.require_account(profile.db)
    entries = [{k: c[k] for k in ("device_id", "sign_key", "box_key", "label")} for c in coordinators]
    if account.device_id not in {e["device_id"] for e in entries}:
        raise SyncError("The list must include this coordinator.")
    document = make_recipient_document(account.keys.signing_key, entries, int(time.time()))
    with account.client(**(client_options or {})) as client:
        client.publish_recipients(document)
    with profile.db.atomic():
        accounts.set_recipients(profile.db, entries, document["issued_at"])
    return document
