"""Answering a monitor: questions, requests for originals and review-state changes, sealed to its device."""

from __future__ import annotations

import hashlib

from kpfield.errors import NotFound, ValidationError
from kpfield.model import iso, utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync import trust_store
from kpfield.sync.messages import make_message

SENT_STATES = ("needs_info", "verified", "rejected")  # the review states a monitor is told about
MAX_TEXT = 20_000


def send_message(profile: Profile, report_id: str, text: str, kind: str = "question", *, state: str | None = None,
                 client_options: dict | None = None) -> dict:
    """Seal a message about a received report to the device that sent it and post it to that device's mailbox.

    :param report_id: a report this coordinator received (and whose signature verified).
    :param text: the message.
    :param kind: ``question``, ``request_originals`` or ``state_change``.
    :param state: for ``state_change``: one of :data:`SENT_STATES`.
    Returns ``{"device_id", "message_seq", "sha256"}``.
    """
    if kind not in ("question", "request_originals", "state_change"):
        raise ValidationError("The message kind must be question, request_originals or state_change.")
    if kind == "state_change" and state not in SENT_STATES:
        raise ValidationError(f"A state change sent to a monitor must be one of: {', '.join(SENT_STATES)}.")
    if not isinstance(text, str) or len(text) > MAX_TEXT or (kind != "state_change" and not text.strip()):
        raise ValidationError(f"A message must hold text (at most {MAX_TEXT} characters).")
    db = profile.db
    account = accounts.require_account(db)
    # Only answer a device whose signature on this report verified: never message whoever merely claims it.
    row = db.execute("SELECT device_id FROM received WHERE report_id = ? AND json_extract(verification, "
                     "'$.signature.ok') = 1 ORDER BY server_seq DESC LIMIT 1", [report_id]).fetchone()
    if row is None:
        raise NotFound(f"No received report {report_id} from a verified device.")
    device_id = row[0]
    with account.client(**(client_options or {})) as client:
        box_key = certified_box_key(db, client, device_id)
        chain = accounts.get_state(db, "message_chain", {"seq": 0, "prev": None})
        blob = make_message(account.keys, chain["seq"] + 1, chain["prev"], box_key,
                            report_id=report_id, text=text, kind=kind, state=state)
        sha = hashlib.sha256(blob).hexdigest()
        client.mailbox_post(device_id, blob)
    with db.atomic():
        accounts.set_state(db, "message_chain", {"seq": chain["seq"] + 1, "prev": sha})
        profile.audit.append("message_sent", report_id, detail={"device_id": device_id, "kind": kind, "state": state,
                                                                "sha256": sha, "at": iso(utcnow())})
    return {"device_id": device_id, "message_seq": chain["seq"] + 1, "sha256": sha}


def certified_box_key(db, client, device_id: str) -> bytes:
    """The box key in ``device_id``'s certificate, after fetching the organisation's latest documents.

    Never a key the server hands out: a server that swapped a monitor's key gets nothing it can open. Raises
    :class:`ValidationError` (nothing sent) when the device is not certified as a monitor, or was revoked.
    """
    trust_store.refresh(db, client)
    standing = trust_store.view(db).standing(device_id)
    if not standing.ok or standing.certificate.role != "monitor":
        raise ValidationError(f"Device {device_id} is not a certified, unrevoked monitor ({standing.detail}): the "
                              f"message was not sent.", reason=standing.status)
    return standing.certificate.box_key
