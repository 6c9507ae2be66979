"""Sharing review changes between coordinators through the server's shared channel, end-to-end encrypted.

Each local change travels as an envelope of kind ``review`` signed by its coordinator and sealed to every current
coordinator (including the sender's other devices and itself); the server sees only ciphertext. Received changes
are applied in channel order by :func:`kpfield.coordinator.review.apply_change`, which flags conflicts.
"""

from __future__ import annotations

import hashlib
import json

from kpfield.errors import KPFieldError, NotForUs
from kpfield.model import utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync.envelope import open_envelope_bytes, seal_envelope
from kpfield.sync.identity import unb64url
from kpfield.sync.manifest import build_manifest, sign_manifest
from kpfield.coordinator.review import STATES, apply_change

_CHANGE_FIELDS = {"change_id", "report_id", "base_revision", "fields", "who", "at"}


def _coordinators(db, devices: list[dict]) -> list[bytes]:
    """Box keys of every non-revoked coordinator the server lists, plus those this profile already trusts."""
    keys = {unb64url(d["box_key"], "box key") for d in devices if d["role"] == "coordinator" and not d["revoked_at"]}
    keys |= {r.box_key for r in accounts.recipients(db)}
    return sorted(keys)


def share_reviews(profile: Profile, *, client_options: dict | None = None) -> dict:
    """Post this coordinator's unshared review changes, then fetch and apply the other coordinators'.

    :param profile: an unlocked, enrolled coordinator profile.
    Returns ``{"posted", "applied", "conflicts", "rejected"}``.
    """
    db = profile.db
    account = accounts.require_account(db)
    out = {"posted": 0, "applied": 0, "conflicts": 0, "rejected": 0}
    with account.client(**(client_options or {})) as client:
        devices = client.devices()
        boxes = _coordinators(db, devices)
        for change_id, report_id, base, fields, who, at in db.execute(
                "SELECT change_id, report_id, base_revision, fields, who, at FROM review_changes "
                "WHERE origin = 'local' AND shared = 0 ORDER BY rowid").fetchall():
            change = {"change_id": change_id, "report_id": report_id, "base_revision": base,
                      "fields": json.loads(fields), "who": who, "at": at}
            chain = accounts.get_state(db, "review_chain", {"seq": 0, "prev": None})
            manifest = build_manifest(device_id=account.device_id, kind="review", seq=chain["seq"] + 1,
                                      prev_envelope_sha256=chain["prev"], created_at=utcnow(), body=change)
            blob = b"".join(seal_envelope(sign_manifest(account.keys, manifest), [], boxes))
            client.shared_post(blob)
            with db.atomic():
                db.execute("UPDATE review_changes SET shared = 1 WHERE change_id = ?", [change_id])
                accounts.set_state(db, "review_chain", {"seq": chain["seq"] + 1,
                                                        "prev": hashlib.sha256(blob).hexdigest()})
            out["posted"] += 1
        signers = {d["device_id"]: unb64url(d["sign_key"], "sign key") for d in devices if d["role"] == "coordinator"}
        labels = {d["device_id"]: d.get("label") for d in devices}
        cursor = accounts.get_state(db, "shared_cursor", 0)
        while True:
            items, next_cursor = client.shared_fetch(cursor)
            with db.atomic():
                for item in items:
                    _apply_item(profile, account, item["data"], signers, labels, out)
                accounts.set_state(db, "shared_cursor", next_cursor)
            cursor = next_cursor
            if len(items) < 100:
                break
    return out


def _apply_item(profile: Profile, account, data: bytes, signers: dict, labels: dict, out: dict) -> None:
    try:
        opened = open_envelope_bytes(data, account.keys.box_key)
    except NotForUs:
        return  # sealed before this coordinator enrolled: not ours to read
    except KPFieldError:
        out["rejected"] += 1
        return
    signed = opened.signed_manifest
    key = signers.get(signed.device_id)
    try:
        if key is None:
            raise KPFieldError("not signed by a coordinator")
        signed.verify(key)
    except KPFieldError:
        out["rejected"] += 1
        return
    manifest = signed.manifest
    change = manifest.get("body")
    if manifest.get("kind") != "review" or not isinstance(change, dict) or set(change) != _CHANGE_FIELDS \
            or not isinstance(change["fields"], dict) or not isinstance(change["base_revision"], int):
        out["rejected"] += 1
        return
    if signed.device_id == account.device_id:
        return  # our own change, already applied when it was made
    if not _valid_fields(change["fields"]):
        out["rejected"] += 1
        return
    # The author is the signing device, whatever the change claims.
    label = labels.get(signed.device_id)
    change = {**change, "who": f"{signed.device_id} ({label})" if label else signed.device_id}
    before = profile.db.execute("SELECT 1 FROM review_changes WHERE change_id = ?", [change["change_id"]]).fetchone()
    conflicts = apply_change(profile, change, "remote")
    if not before:
        out["applied"] += 1
        out["conflicts"] += len(conflicts)


def _valid_fields(fields: dict) -> bool:
    """Only well-formed values reach the store (a bad one would otherwise abort the whole batch)."""
    if not set(fields) <= {"state", "assignee", "tags_added", "note"}:
        return False
    state = fields.get("state", ["new", None])
    if not (isinstance(state, list) and len(state) == 2 and state[0] in STATES
            and (state[1] is None or isinstance(state[1], str))):
        return False
    if not (fields.get("assignee") is None or isinstance(fields["assignee"], str)):
        return False
    tags = fields.get("tags_added", [])
    if not (isinstance(tags, list) and all(isinstance(t, str) and t for t in tags)):
        return False
    return fields.get("note") is None or isinstance(fields["note"], str)


def pull_and_share(profile: Profile, progress=None, cancel=None, client_options: dict | None = None) -> dict:
    """What ``kpfield sync`` does for a coordinator: :func:`~kpfield.coordinator.receive.pull`, then
    :func:`share_reviews`. Returns ``{"pull": PullResult.to_dict(), "reviews": {...}}``."""
    from kpfield.coordinator.receive import pull

    result = pull(profile, progress=progress, cancel=cancel, client_options=client_options)
    reviews = share_reviews(profile, client_options=client_options) if not result.cancelled else None
    return {"ok": result.ok, "pull": result.to_dict(), "reviews": reviews}
