"""The coordinator devices the server lists, with their fingerprints (``kpfield coordinators list``).

Monitors no longer take a recipient list signed by one coordinator: they seal to exactly the coordinators the
organisation key certified (``kpfield org certify``), so no single coordinator key can add or exclude anyone.
"""

from __future__ import annotations

from kpfield.errors import SyncError
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync.identity import PublicIdentity, unb64url
from kpfield.trust import TrustError


def coordinator_devices(profile: Profile, client_options: dict | None = None) -> list[dict]:
    """The server's non-revoked coordinator devices, each with its human-comparable fingerprint."""
    account = accounts.require_account(profile.db)
    if account.role != "coordinator":
        raise SyncError("Only a coordinator profile can list the coordinators.")
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
    """Replaced by organisation certificates: always refuses, saying what to do instead."""
    raise TrustError("Monitors no longer accept a coordinator list signed by one coordinator. Certify each "
                     "coordinator with the organisation key instead: kpfield org certify DEVICE_ID --fingerprint "
                     "FPR --role coordinator.")
