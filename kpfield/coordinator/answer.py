"""Answering a monitor: questions, requests for originals and review-state changes, sealed to its device."""

from __future__ import annotations

import hashlib

from kpfield.coordinator import ownership
from kpfield.errors import NotFound, ValidationError
from kpfield.model import iso, utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync import trust_store
from kpfield.sync.messages import make_message

SENT_STATES = ("needs_info", "verified", "rejected")  # the review states a monitor is told about
MAX_TEXT = 20_000


def _owner_device(db, report_id: str) -> str:
    """The device a message about ``report_id`` goes to: the report's owner, the device that first sent it
    verified (never another device that later used the same report id, nor whoever merely claims it)."""
    device_id = ownership.owner_of(db, report_id)
    if device_id is None:
        raise NotFound(f"No received report {report_id} from a verified device.", code="no_verified_report")
    return device_id


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
        raise ValidationError(f"A message must hold text (at most {MAX_TEXT} characters).", code="message_text_invalid",
                              limit=MAX_TEXT)
    db = profile.db
    account = accounts.require_account(db)
    device_id = _owner_device(db, report_id)
    with account.client(**(client_options or {})) as client:
        box_key = certified_box_key(db, client, device_id)
        device = next((d for d in client.devices() if d["device_id"] == device_id), None)
        if device is None or device.get("revoked_at") is not None:  # cut off by the operator: nothing to post to
            raise ValidationError(f"Device {device_id} is revoked or unknown: the message was not sent.",
                                  code="message_device_revoked", device=device_id)
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
                              f"message was not sent.", code="message_device_not_certified", device=device_id,
                              reason=standing.status)
    return standing.certificate.box_key
