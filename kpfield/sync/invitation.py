"""Invitations (how a device learns a server, its key and the coordinators) and signed recipient lists.

An invitation is ``KPF1-`` followed by base64url of canonical JSON signed by the server key. It carries no secret
but a one-time enrolment token, which the server stores only hashed and refuses the second time.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import nacl.signing

from kpfield.errors import InvitationError, SignatureInvalid
from kpfield.sync.auth import (DOMAIN_INVITATION, DOMAIN_RECIPIENTS, DOMAIN_SERVER_DOC, is_sha256_hex,
                               key_fingerprint, sign_document, verify_document)
from kpfield.sync.canonical import canonical_json, parse_canonical
from kpfield.sync.identity import b64url, derive_device_id, unb64url

PREFIX = "KPF1-"
ROLES = ("monitor", "coordinator")
MAX_INVITATION_CHARS = 64 * 1024
_TOKEN = re.compile(r"KPF1-[A-Za-z0-9_-]+(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9_-]+(?=[ \t]*(?:\r?\n|$)))*")
_MAX_TRAILING_WORDS = 8
_FIELDS = {"v", "kind", "url", "token", "role", "expires_at", "label", "server_key", "server_fingerprint",
           "tls_fingerprint", "coordinators", "sig"}
# An invitation may also carry the organisation's public key (``org_key``, base64url) and its fingerprint
# (``org_fingerprint``); invitations made before the organisation existed lack both.
_ORG_FIELDS = {"org_key", "org_fingerprint"}


@dataclass(frozen=True)
class Invitation:
    """A parsed, signature-checked, unexpired invitation.

    :param url: the server's address.
    :param token: the one-time enrolment token (send it only to that server).
    :param role: ``"monitor"`` or ``"coordinator"``.
    :param expires_at: server time (seconds since the epoch) after which the server refuses it.
    :param label: the device name the server operator chose.
    :param server_key: the server's Ed25519 public key (pin it: it signs receipts).
    :param server_fingerprint: human-comparable fingerprint of ``server_key``.
    :param tls_fingerprint: hex SHA-256 of the server's self-signed TLS certificate, or ``None``.
    :param coordinators: ``[{"device_id", "sign_key", "box_key", "label"}]`` (keys base64url) as the server knew
        them: the first recipients a monitor encrypts to.
    """

    url: str
    token: str = field(repr=False)  # a one-time secret: keep it out of logs and tracebacks
    role: str
    expires_at: int
    label: str
    server_key: bytes
    server_fingerprint: str
    tls_fingerprint: str | None
    coordinators: tuple[dict, ...]
    org_key: bytes | None = None
    org_fingerprint: str | None = None


def create_invitation(server_key: nacl.signing.SigningKey, *, url: str, token: str, role: str, expires_at: int,
                      label: str = "", coordinators: Iterable[dict] = (), tls_fingerprint: str | None = None,
                      org_key: bytes | None = None) -> str:
    """The text of a new invitation signed by ``server_key`` (the server stores the token's hash separately).

    :param server_key: the server's Ed25519 key.
    :param url: the address devices should use.
    :param token: the one-time token (base64url).
    :param role: ``"monitor"`` or ``"coordinator"``.
    :param expires_at: expiry, seconds since the epoch.
    :param label: the future device's name.
    :param coordinators: the current coordinators' public keys.
    :param tls_fingerprint: hex SHA-256 of a self-signed certificate to pin.
    :param org_key: the organisation's Ed25519 public key, which the device pins (after the fingerprint check).
    """
    if role not in ROLES:
        raise InvitationError(f"The role must be one of {', '.join(ROLES)}, not {role!r}.")
    public = bytes(server_key.verify_key)
    body = {"v": 1, "kind": "invitation", "url": url, "token": token, "role": role, "expires_at": int(expires_at),
            "label": label, "server_key": b64url(public), "server_fingerprint": key_fingerprint(public),
            "tls_fingerprint": tls_fingerprint, "coordinators": [dict(c) for c in coordinators]}
    if org_key is not None:
        from kpfield.trust.keys import org_fingerprint

        body.update(org_key=b64url(org_key), org_fingerprint=org_fingerprint(org_key))
    return PREFIX + b64url(canonical_json(sign_document(server_key, DOMAIN_INVITATION, body)))


def _extract(text: str) -> list[str]:
    """Candidate invitations in ``text``, longest first (a mail program may have wrapped one over lines)."""
    compact = "".join(text.split())
    if compact.startswith(PREFIX):  # the invitation alone, perhaps wrapped over several lines
        return [compact]
    match = _TOKEN.search(text)
    if not match:
        raise InvitationError("This is not a KP Field invitation (it should start with KPF1-).",
                              code="invitation_not_one")
    # Inside other text, following lines made only of base64url characters may continue it -- or be a word
    # such as "Thanks": try the longest join first, then drop a few trailing lines one by one (a few only: each
    # try costs a pass over the text, and hostile text may hold thousands of such lines).
    lines = match.group(0).split("\n")
    joined = ["".join(line.split()) for line in lines]
    return ["".join(joined[:n]) for n in range(len(lines), max(len(lines) - _MAX_TRAILING_WORDS, 0), -1)]


def check_coordinators(entries: Any) -> tuple[dict, ...]:
    """Validate a list of coordinator key entries; raises :class:`InvitationError`."""
    if not isinstance(entries, list) or len(entries) > 256:
        raise InvitationError("The coordinator list is malformed.")
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != {"device_id", "sign_key", "box_key", "label"}:
            raise InvitationError("A coordinator entry is malformed.")
        try:
            sign_key = unb64url(entry["sign_key"], "signing key")
            box_key = unb64url(entry["box_key"], "box key")
        except Exception:
            raise InvitationError("A coordinator's key is not base64url.") from None
        if len(sign_key) != 32 or len(box_key) != 32 or not isinstance(entry["label"], str):
            raise InvitationError("A coordinator's key is not 32 bytes.")
        if entry["device_id"] != derive_device_id(sign_key):
            raise InvitationError("A coordinator's device id does not match its key.")
    return tuple(entries)


def parse_invitation(text: str, now: float | None = None) -> Invitation:
    """Read, verify and check the expiry of an invitation.

    :param text: the invitation, alone or inside other text (an e-mail, a file's content).
    :param now: the current time (default: this machine's clock; pass the server's time when known).
    Raises :class:`InvitationError` for malformed, tampered (bad signature) and expired invitations.
    """
    if not isinstance(text, str) or len(text) > MAX_INVITATION_CHARS:
        raise InvitationError("This is not a KP Field invitation.", code="invitation_not_one")
    for token in _extract(text):
        try:
            data = parse_canonical(unb64url(token[len(PREFIX):], "invitation"))
            break
        except Exception:
            continue
    else:
        raise InvitationError("The invitation is damaged: it was cut short or altered. Ask for it again.")
    if not isinstance(data, dict) or set(data) not in (_FIELDS, _FIELDS | _ORG_FIELDS) or data.get("v") != 1 \
            or data.get("kind") != "invitation":
        raise InvitationError("The invitation is damaged or of a version this KP Field does not understand.")
    try:
        server_key = unb64url(data["server_key"], "server key")
        if len(server_key) != 32:
            raise ValueError
        verify_document(server_key, DOMAIN_INVITATION, data)
    except (SignatureInvalid, ValueError, Exception):
        raise InvitationError("The invitation's signature does not match: it was altered. Ask for it again.",
                              code="invitation_signature") from None
    if data["server_fingerprint"] != key_fingerprint(server_key):
        raise InvitationError("The invitation's server fingerprint does not match its key.",
                              code="invitation_signature")
    for name, kind in (("url", str), ("token", str), ("label", str), ("expires_at", int)):
        if not isinstance(data[name], kind) or isinstance(data[name], bool):
            raise InvitationError(f"The invitation's {name} is malformed.")
    if data["role"] not in ROLES or not data["url"].startswith(("http://", "https://")):
        raise InvitationError("The invitation's role or server address is malformed.")
    tls = data["tls_fingerprint"]
    if tls is not None and not is_sha256_hex(tls):
        raise InvitationError("The invitation's certificate fingerprint is malformed.")
    coordinators = check_coordinators(data["coordinators"])
    org_key = org_fpr = None
    if "org_key" in data:
        from kpfield.trust.keys import org_fingerprint, parse_org_key

        try:
            org_key = parse_org_key(data["org_key"])
        except Exception:
            raise InvitationError("The invitation's organisation key is malformed.") from None
        org_fpr = org_fingerprint(org_key)
        if data["org_fingerprint"] != org_fpr:
            raise InvitationError("The invitation's organisation fingerprint does not match its key.")
    if data["expires_at"] < (time.time() if now is None else now):
        raise InvitationError("This invitation has expired. Ask the server operator for a new one.",
                              code="invitation_expired")
    return Invitation(data["url"].rstrip("/"), data["token"], data["role"], data["expires_at"], data["label"],
                      server_key, data["server_fingerprint"], tls, coordinators, org_key, org_fpr)


def load_invitation(source: str | Path, now: float | None = None) -> Invitation:
    """:func:`parse_invitation` of ``source``, or of the content of the file it names."""
    text = str(source)
    is_file = False
    if not text.lstrip().startswith(PREFIX) and len(text) <= 4096:
        try:  # text that cannot be a path (too long, NUL bytes) is read as an invitation, not a file name
            is_file = Path(source).is_file()
        except (OSError, ValueError):
            is_file = False
    if is_file:
        path = Path(source)
        try:
            with open(path, "rb") as handle:
                # Bounded read: a device file or /proc entry may claim size 0 and never end.
                data = handle.read(MAX_INVITATION_CHARS + 1)
        except OSError as exc:
            raise InvitationError(f"Cannot read the invitation file {path}: {exc}.", code="invitation_file_unreadable",
                                  name=Path(path).name) from None
        if len(data) > MAX_INVITATION_CHARS:
            raise InvitationError(f"{path} is too large to be an invitation.", code="invitation_file_not_one",
                                  name=Path(path).name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvitationError(f"{path} is not a text file, so not an invitation.", code="invitation_file_not_one",
                                  name=Path(path).name) from None
    return parse_invitation(text, now)


# --- recipient lists -------------------------------------------------------------------------------------
def make_recipient_document(signing_key: nacl.signing.SigningKey, coordinators: Iterable[dict],
                            issued_at: int) -> dict:
    """A recipient list signed by a coordinator (posted to ``POST /v1/recipients``).

    :param signing_key: the coordinator's Ed25519 key.
    :param coordinators: the coordinator entries monitors must encrypt to.
    :param issued_at: seconds since the epoch; a newer list replaces an older one.
    """
    signer = derive_device_id(bytes(signing_key.verify_key))
    body = {"v": 1, "kind": "recipients", "issued_at": int(issued_at), "signer": signer,
            "coordinators": list(check_coordinators([dict(c) for c in coordinators]))}
    return sign_document(signing_key, DOMAIN_RECIPIENTS, body)


def verify_recipient_document(document: Any, trusted_sign_keys: Iterable[bytes]) -> dict:
    """The body of a coordinator-signed recipient list, if a coordinator key we already trust signed it.

    :param document: the document as received.
    :param trusted_sign_keys: Ed25519 public keys of coordinators this device trusts.
    Returns ``{"issued_at", "signer", "coordinators"}``; raises :class:`SignatureInvalid` otherwise.
    """
    if not isinstance(document, dict) or document.get("kind") != "recipients" or document.get("v") != 1:
        raise SignatureInvalid("This is not a recipient list.")
    by_id = {derive_device_id(bytes(k)): bytes(k) for k in trusted_sign_keys}
    key = by_id.get(document.get("signer"))
    if key is None:
        raise SignatureInvalid("The recipient list was not signed by a coordinator this device trusts.")
    body = verify_document(key, DOMAIN_RECIPIENTS, document)
    if not isinstance(body.get("issued_at"), int) or set(body) != {"v", "kind", "issued_at", "signer",
                                                                  "coordinators"}:
        raise SignatureInvalid("The recipient list is malformed.")
    try:
        check_coordinators(body["coordinators"])
    except InvitationError as exc:
        raise SignatureInvalid(f"The recipient list is malformed: {exc}") from None
    return body


def verify_server_recipient_list(document: Any, server_key: bytes) -> list[dict]:
    """The coordinators in a server-signed list (returned at enrolment), checked with the pinned server key."""
    body = verify_document(server_key, DOMAIN_SERVER_DOC, document)
    if body.get("kind") != "server-recipients":
        raise SignatureInvalid("This is not the server's recipient list.")
    try:
        return list(check_coordinators(body.get("coordinators")))
    except InvitationError as exc:
        raise SignatureInvalid(f"The server's recipient list is malformed: {exc}") from None
