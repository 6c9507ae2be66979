"""Messages from coordinators to a monitor's device: questions, requests and state changes about a report.

A message is an envelope of kind ``message`` (same format as reports: signed manifest, sealed to the device's
X25519 key) posted to the device's mailbox on the server. The device opens it with its box key and accepts it only
if its signature verifies against the key of a coordinator its pinned organisation certified and has not revoked.
"""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass

from sqlite_utils import Database

from kpfield.errors import EnvelopeError, SignatureInvalid
from kpfield.model import iso, utcnow
from kpfield.sync.envelope import open_envelope_bytes, seal_envelope
from kpfield.sync.identity import DeviceKeys, derive_device_id
from kpfield.sync.manifest import build_manifest, sign_manifest

MESSAGE_KINDS = ("question", "request_originals", "state_change", "note")
MAX_MESSAGE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Message:
    id: str
    report_id: str | None
    sender: str
    kind: str
    text: str
    state: str | None
    sent_at: str


def make_message(sender: DeviceKeys, seq: int, prev_envelope_sha256: str | None, recipient_box_key: bytes, *,
                 report_id: str | None, text: str, kind: str = "question", state: str | None = None) -> bytes:
    """Seal a coordinator's message to one device (the caller keeps its own chain position)."""
    if kind not in MESSAGE_KINDS:
        raise ValueError(f"unknown message kind {kind!r}")
    body = {"message_id": str(uuid.uuid4()), "report_id": report_id, "type": kind, "text": text, "state": state}
    manifest = build_manifest(device_id=sender.device_id, kind="message", seq=seq,
                              prev_envelope_sha256=prev_envelope_sha256, created_at=utcnow(), body=body)
    signed = sign_manifest(sender, manifest)
    out = io.BytesIO()
    for piece in seal_envelope(signed, [], [recipient_box_key]):
        out.write(piece)
    data = out.getvalue()
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValueError("message too large")
    return data


def open_message(data: bytes, keys: DeviceKeys, trusted_sign_keys: list[bytes]) -> Message:
    """Open and verify a mailbox blob; raises an EnvelopeError/SignatureInvalid subclass if anything is wrong.

    :param trusted_sign_keys: the signing keys of the certified, unrevoked coordinators (from the trust view).
    """
    opened = open_envelope_bytes(data, keys.box_key)
    signed = opened.signed_manifest
    by_id = {derive_device_id(k): k for k in trusted_sign_keys}
    key = by_id.get(signed.device_id)
    if key is None:
        raise SignatureInvalid("The message is not from a coordinator this device trusts.")
    signed.verify(key)
    manifest = signed.manifest
    body = manifest["body"]
    if manifest["kind"] != "message" or not isinstance(body, dict) or body.get("type") not in MESSAGE_KINDS:
        raise EnvelopeError("The mailbox item is not a coordinator message.")
    return Message(str(body.get("message_id")), body.get("report_id"), signed.device_id, body["type"],
                   str(body.get("text") or ""), body.get("state"), manifest["created_at"])


def store_message(db: Database, message: Message) -> bool:
    """Keep a message (idempotent by id); returns False when it was already there."""
    cur = db.execute(
        "INSERT OR IGNORE INTO mailbox (id, report_id, sender, kind, body, sent_at, received_at) VALUES (?,?,?,?,?,?,?)",
        [message.id, message.report_id, message.sender, message.kind,
         json.dumps({"text": message.text, "state": message.state}, ensure_ascii=False), message.sent_at,
         iso(utcnow())],
    )
    return cur.rowcount > 0


def messages_for(db: Database, report_id: str) -> list[Message]:
    """The messages about one report, oldest first."""
    out = []
    for mid, rid, sender, kind, body, sent_at in db.execute(
            "SELECT id, report_id, sender, kind, body, sent_at FROM mailbox WHERE report_id = ? ORDER BY sent_at",
            [report_id]):
        b = json.loads(body)
        out.append(Message(mid, rid, sender, kind, b.get("text", ""), b.get("state"), sent_at))
    return out


def all_messages(db: Database) -> list[Message]:
    """Every message from coordinators, about any report, oldest first."""
    out = []
    for mid, rid, sender, kind, body, sent_at in db.execute(
            "SELECT id, report_id, sender, kind, body, sent_at FROM mailbox ORDER BY sent_at, id"):
        b = json.loads(body)
        out.append(Message(mid, rid, sender, kind, b.get("text", ""), b.get("state"), sent_at))
    return out
