"""Invitations are outside input (pasted from mail, read from files): any text, any damage to a real invitation, and
any content a hostile server signs must end in a parsed invitation of the right types or an InvitationError."""

from __future__ import annotations

import time

import nacl.signing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpfield.errors import InvitationError
from kpfield.sync.auth import DOMAIN_INVITATION, key_fingerprint, sign_document
from kpfield.sync.canonical import canonical_json
from kpfield.sync.identity import b64url, derive_device_id
from kpfield.sync.invitation import (PREFIX, Invitation, create_invitation, load_invitation, parse_invitation,
                                     verify_recipient_document)

SERVER = nacl.signing.SigningKey(bytes(range(32)))
COORDINATOR = nacl.signing.SigningKey(bytes(range(1, 33)))
ENTRY = {"device_id": derive_device_id(bytes(COORDINATOR.verify_key)),
         "sign_key": b64url(bytes(COORDINATOR.verify_key)), "box_key": b64url(bytes(32)), "label": "Coordinator"}
GOOD = create_invitation(SERVER, url="https://kp.example.org", token="t" * 43, role="monitor",
                         expires_at=int(time.time()) + 86400, label="Monitor 1", coordinators=[ENTRY])
FUZZ = settings(max_examples=200, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


def _outcome(text, now=None):
    """The parsed invitation, or None when refused with InvitationError (any other exception fails the test)."""
    try:
        invitation = parse_invitation(text, now)
    except InvitationError as exc:
        assert exc.message and isinstance(exc.message, str)
        return None
    _well_typed(invitation)
    return invitation


def _well_typed(invitation: Invitation) -> None:
    assert isinstance(invitation.url, str) and invitation.url.startswith(("http://", "https://"))
    assert isinstance(invitation.token, str) and invitation.role in ("monitor", "coordinator")
    assert type(invitation.expires_at) is int and isinstance(invitation.label, str)
    assert isinstance(invitation.server_key, bytes) and len(invitation.server_key) == 32
    assert invitation.tls_fingerprint is None or len(invitation.tls_fingerprint) == 64


@FUZZ
@given(st.one_of(st.text(), st.text(alphabet="KPF1-_abcXYZ0123456789 \n", min_size=5),
                 st.builds(lambda tail: PREFIX + tail, st.text())))
def test_any_text_is_refused_cleanly(text):
    assert _outcome(text) is None


@FUZZ
@given(st.data())
def test_damaged_invitations_are_refused(data):
    payload = GOOD[len(PREFIX):]
    kind = data.draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
    at = data.draw(st.integers(0, len(payload) - 1))
    if kind == "flip":
        new = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/*"))
        damaged = payload[:at] + new + payload[at + 1:]
    elif kind == "truncate":
        damaged = payload[:at]
    elif kind == "insert":
        damaged = payload[:at] + data.draw(st.text(min_size=1, max_size=3)) + payload[at:]
    else:
        damaged = payload[:at] + payload[at + data.draw(st.integers(1, 20)):]
    result = _outcome(PREFIX + damaged)
    if result is not None:  # only a change that leaves the signed content intact may pass (e.g. a space)
        assert result == parse_invitation(GOOD)


@FUZZ
@given(st.text(max_size=300), st.text(max_size=300))
def test_an_invitation_inside_other_text_is_found_or_refused(before, after):
    result = _outcome(before + "\n" + GOOD + "\n" + after)
    if result is not None:
        assert result == parse_invitation(GOOD)


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text(max_size=30),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                   max_size=4), max_leaves=12)


def _signed(body: dict, key=SERVER) -> str:
    return PREFIX + b64url(canonical_json(sign_document(key, DOMAIN_INVITATION, body)))


def _body() -> dict:
    public = bytes(SERVER.verify_key)
    return {"v": 1, "kind": "invitation", "url": "https://kp.example.org", "token": "t" * 43, "role": "monitor",
            "expires_at": int(time.time()) + 86400, "label": "x", "server_key": b64url(public),
            "server_fingerprint": key_fingerprint(public), "tls_fingerprint": None, "coordinators": [ENTRY]}


@FUZZ
@given(st.sampled_from(sorted(_body())), _JSON)
def test_hostile_content_signed_by_a_server_is_refused_or_well_typed(name, value):
    """A server (or whoever made the invitation) signs whatever it likes: wrong types, huge numbers, deep lists."""
    body = _body()
    body[name] = value
    try:
        text = _signed(body)
    except Exception:  # a value with no canonical JSON form (e.g. a float) cannot even be signed
        return
    _outcome(text)


@settings(FUZZ, max_examples=60)
@given(st.lists(st.dictionaries(st.sampled_from(["device_id", "sign_key", "box_key", "label", "x"]), _JSON),
                max_size=3))
def test_hostile_coordinator_lists_are_refused(entries):
    body = _body()
    body["coordinators"] = entries
    try:
        text = _signed(body)
    except Exception:
        return
    assert _outcome(text) is None or all(set(e) == set(ENTRY) for e in entries)


@FUZZ
@given(_JSON)
def test_hostile_recipient_documents_are_refused(document):
    from kpfield.errors import SignatureInvalid

    for candidate in (document, {"v": 1, "kind": "recipients", "signer": ENTRY["device_id"], "sig": "AAAA",
                                 "issued_at": document, "coordinators": document}):
        with pytest.raises(SignatureInvalid):
            verify_recipient_document(candidate, [bytes(COORDINATOR.verify_key)])


def test_expired_and_wrong_key_invitations_are_refused():
    body = _body()
    body["expires_at"] = int(time.time()) - 1
    with pytest.raises(InvitationError, match="expired"):
        parse_invitation(_signed(body))
    body = _body()
    other = nacl.signing.SigningKey(bytes(range(2, 34)))
    with pytest.raises(InvitationError, match="signature"):
        parse_invitation(_signed(body, key=other))  # signed by a key other than the one it names


@pytest.mark.parametrize("source", ["x" * 5000, "a\0b", "/dev/zero", "/proc/self/status", "/", "~", ""])
def test_load_invitation_of_hostile_paths_and_text(source):
    with pytest.raises(InvitationError):
        load_invitation(source)


def test_load_invitation_refuses_big_binary_and_unreadable_files(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"K" * (70 * 1024))
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10)
    unreadable = tmp_path / "secret.txt"
    unreadable.write_text(GOOD)
    unreadable.chmod(0)
    for path in (big, binary) + ((unreadable,) if not _root() else ()):
        with pytest.raises(InvitationError):
            load_invitation(path)
    wrapped = tmp_path / "mail.txt"
    wrapped.write_text("Hello,\n\nyour invitation:\n" + "\n".join(GOOD[i:i + 60] for i in range(0, len(GOOD), 60)))
    assert load_invitation(wrapped) == parse_invitation(GOOD)
    wrapped.write_text(wrapped.read_text() + "\nThanks\nMaria\n")  # words after it are not part of it
    assert load_invitation(wrapped) == parse_invitation(GOOD)


def _root() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.parametrize("text", ["x KPF1-" + "A" * 60000 + "!", "x KPF1-A" + "\nAAAA" * 12000 + "!",
                                  "x " + "KPF1-A\n" * 9000, "KPF1-" + "A\n" * 30000, "\n" * 60000 + "KPF1-"])
def test_pathological_text_is_refused_quickly(text):
    started = time.monotonic()
    assert _outcome(text) is None
    assert time.monotonic() - started < 2.0
