"""Sharing review changes between coordinators through the server's shared channel, end-to-end encrypted.

Each local change travels as an envelope of kind ``review`` signed by its coordinator and sealed to every
coordinator the organisation certified and has not revoked (the sender included); the server sees only ciphertext
and cannot add a reader. Received changes are applied in channel order by
:func:`kpfield.coordinator.review.apply_change`, which flags conflicts, and only when signed by a certified,
unrevoked coordinator; a change whose author is not certified yet is held and applied once its certificate arrives.
"""

from __future__ import annotations

import hashlib
import json

from kpfield.errors import KPFieldError, NotForUs
from kpfield.model import utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync.envelope import open_envelope_bytes, seal_envelope
from kpfield.sync import trust_store
from kpfield.sync.identity import b64url, unb64url
from kpfield.trust import TrustView
from kpfield.trust.view import UNCERTIFIED
from kpfield.sync.manifest import build_manifest, sign_manifest
from kpfield.coordinator.review import STATES, apply_change

_CHANGE_FIELDS = {"change_id", "report_id", "base_revision", "fields", "who", "at"}


MAX_HELD = 1000  # review changes kept aside until their author's certificate arrives


def _coordinators(db) -> list[bytes]:
    """Box keys of every coordinator the organisation certified and has not revoked (the sender included).

    Never the server's device list: a server that adds a coordinator row of its own gets nothing sealed to it.
    """
    return sorted({r.box_key for r in accounts.recipients(db)})


def share_reviews(profile: Profile, *, client_options: dict | None = None) -> dict:
    """Post this coordinator's unshared review changes, then fetch and apply the other coordinators'.

    :param profile: an unlocked, enrolled coordinator profile.
    Returns ``{"posted", "applied", "conflicts", "rejected"}``, plus ``"held"`` (changes whose author is not
    certified yet) when there are any. Raises :class:`~kpfield.trust.NoOrgPinned` when no organisation is pinned.
    """
    db = profile.db
    account = accounts.require_account(db)
    out = {"posted": 0, "applied": 0, "conflicts": 0, "rejected": 0}
    with account.client(**(client_options or {})) as client:
        trust_store.refresh(db, client)
        unshared = db.execute("SELECT change_id, report_id, base_revision, fields, who, at FROM review_changes "
                              "WHERE origin = 'local' AND shared = 0 ORDER BY rowid").fetchall()
        boxes = _coordinators(db) if unshared else []
        for change_id, report_id, base, fields, who, at in unshared:
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
        view = trust_store.view(db)
        cursor = accounts.get_state(db, "shared_cursor", 0)
        with db.atomic():  # changes held until their author was certified: try them again first
            held, still = accounts.get_state(db, "held_reviews", []), []
            for text in held:
                if _apply_item(profile, account, unb64url(text, "held change"), view, out) == "held":
                    still.append(text)
            accounts.set_state(db, "held_reviews", still)
        while True:
            items, next_cursor = client.shared_fetch(cursor)
            with db.atomic():
                held = accounts.get_state(db, "held_reviews", [])
                for item in items:
                    if _apply_item(profile, account, item["data"], view, out) == "held" and len(held) < MAX_HELD:
                        held.append(b64url(item["data"]))
                accounts.set_state(db, "held_reviews", held)
                accounts.set_state(db, "shared_cursor", next_cursor)
            cursor = next_cursor
            if len(items) < 100:
                break
        held_count = len(accounts.get_state(db, "held_reviews", []))
        if held_count:  # changes by coordinators not certified yet, applied once their certificate arrives
            out["held"] = held_count
    return out


def _apply_item(profile: Profile, account, data: bytes, view: TrustView, out: dict) -> str | None:
    """Apply one shared item; returns ``"held"`` when its author is not certified yet (kept to try again)."""
    try:
        opened = open_envelope_bytes(data, account.keys.box_key)
    except NotForUs:
        return None  # sealed before this coordinator enrolled: not ours to read
    except KPFieldError:
        out["rejected"] += 1
        return None
    signed = opened.signed_manifest
    standing = view.standing(signed.device_id)
    if standing.status == UNCERTIFIED:
        return "held"
    cert = view.certified(signed.device_id, role="coordinator")
    try:
        if cert is None:  # revoked, a monitor, or a certificate that does not verify: never applied
            raise KPFieldError("not signed by a certified coordinator")
        signed.verify(cert.sign_key)
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
    label = cert.label
    change = {**change, "who": f"{signed.device_id} ({label})" if label else signed.device_id}
    before = profile.db.execute("SELECT 1 FROM review_changes WHERE change_id = ?", [change["change_id"]]).fetchone()
    conflicts = apply_change(profile, change, "remote")
    if not before:
        out["applied"] += 1
        out["conflicts"] += len(conflicts)
    return None


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
