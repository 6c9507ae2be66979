"""Invitations: what they carry, and every way a bad one is refused (malformed, tampered, expired, reused)."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time

import nacl.public
import nacl.signing
import pytest
from server_devices import enroll

from kpfield.errors import InvitationError, ServerRefused
from kpfield.server.context import ServerConfig, ServerContext
from kpfield.sync.identity import b64url, unb64url
from kpfield.sync.invitation import PREFIX, load_invitation, parse_invitation
from kpfield.sync.transport import ServerClient

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _payload(text: str) -> dict:
    return json.loads(unb64url(text[len(PREFIX):]))


def _repack(data: dict) -> str:
    from kpfield.sync.canonical import canonical_json

    return PREFIX + b64url(canonical_json(data))


@pytest.fixture
def ctx(tmp_path):
    context = ServerContext(ServerConfig(data_dir=tmp_path / "srv", public_url="https://kp.example.org"))
    yield context
    context.close()


def test_invitation_carries_server_identity_and_role(ctx):
    inv = parse_invitation(ctx.issue_invitation("coordinator", 3600, label="Harare desk"))
    assert (inv.url, inv.role, inv.label) == ("https://kp.example.org", "coordinator", "Harare desk")
    assert inv.server_key == ctx.public_key and inv.server_fingerprint == ctx.fingerprint
    assert inv.tls_fingerprint is None and inv.coordinators == ()
    assert inv.token not in repr(inv)  # the one-time token never shows up in logs or tracebacks


def test_tampered_invitation_is_refused(ctx):
    data = _payload(ctx.issue_invitation("monitor", 3600))
    data["role"] = "coordinator"
    with pytest.raises(InvitationError, match="altered"):
        parse_invitation(_repack(data))
    data = _payload(ctx.issue_invitation("monitor", 3600))
    data["url"] = "http://evil.example"
    with pytest.raises(InvitationError, match="altered"):
        parse_invitation(_repack(data))


def test_invitation_signed_by_another_key_is_refused(ctx):
    data = _payload(ctx.issue_invitation("monitor", 3600))
    data["server_key"] = b64url(bytes(nacl.signing.SigningKey.generate().verify_key))
    with pytest.raises(InvitationError):
        parse_invitation(_repack(data))


def test_expired_invitation_is_refused(ctx):
    text = ctx.issue_invitation("monitor", 60)
    with pytest.raises(InvitationError, match="expired"):
        parse_invitation(text, now=time.time() + 61)
    assert parse_invitation(text).role == "monitor"


@pytest.mark.parametrize("text", ["", "hello", "KPF1-", "KPF1-!!!!", "KPF1-" + "A" * 50,
                                  PREFIX + base64.urlsafe_b64encode(b'{"v":1}').decode().rstrip("="),
                                  PREFIX + b64url(b"\xff\xfe not json"), "KPF1-" + "x" * 70000])
def test_malformed_invitations_are_refused_clearly(text):
    with pytest.raises(InvitationError) as info:
        parse_invitation(text)
    assert str(info.value) and "Traceback" not in str(info.value)


def test_invitation_inside_text_and_files(ctx, tmp_path):
    text = ctx.issue_invitation("monitor", 3600)
    wrapped = "\n".join(text[i:i + 60] for i in range(0, len(text), 60))  # as a mail program wraps it
    assert parse_invitation(wrapped).token == parse_invitation(text).token
    assert parse_invitation(f"Hello,\nhere is your invitation: {text}\nRegards").role == "monitor"
    path = tmp_path / "invite.txt"
    path.write_text(f"{text}\n", encoding="utf-8")
    assert load_invitation(path).token == parse_invitation(text).token
    assert load_invitation(str(path)).role == "monitor"


def test_invitation_lists_current_coordinators(server):
    coordinator = enroll(server, "coordinator", label="C1")
    inv = parse_invitation(server.invite("monitor"))
    assert [c["device_id"] for c in inv.coordinators] == [coordinator.device_id]
    assert inv.coordinators[0]["box_key"] == b64url(bytes(coordinator.box_key.public_key))
    coordinator.client.close()


def test_invitation_cannot_be_used_twice(server):
    text = server.invite("monitor")
    key, box = nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate()
    ok = ServerClient.enroll(parse_invitation(text), key, bytes(box.public_key))
    ok.client.close()
    key2, box2 = nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate()
    with pytest.raises(ServerRefused, match="already been used") as info:
        ServerClient.enroll(parse_invitation(text), key2, bytes(box2.public_key))
    assert info.value.details["status"] == 409
    assert [d.device_id for d in server.ctx.meta.list_devices()] == [ok.device_id]


def test_expired_invitation_is_refused_by_the_server(server):
    text = server.ctx.issue_invitation("monitor", 5, url=server.url)
    server.ctx.config.clock = lambda: time.time() + 3600  # the server's clock moves past the expiry
    key, box = nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate()
    with pytest.raises(ServerRefused, match="expired"):
        # The device's own check passes (its clock says not yet), the server's does not.
        ServerClient.enroll(parse_invitation(text), key, bytes(box.public_key))


def test_cli_invite_prints_only_the_invitation(tmp_path):
    data = tmp_path / "srv"
    out = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "invite", "--data", str(data),
                          "--role", "coordinator", "--expires", "2d", "--label", "Desk",
                          "--url", "https://kp.example.org:8443"], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    lines = out.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX)
    inv = parse_invitation(lines[0])
    assert inv.url == "https://kp.example.org:8443" and inv.role == "coordinator" and inv.label == "Desk"
    assert 2 * 86400 - 60 < inv.expires_at - time.time() <= 2 * 86400
    assert inv.token.encode() not in (data / "meta.sqlite3").read_bytes()  # stored hashed only
    bad = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "invite", "--data", str(data),
                          "--role", "monitor", "--expires", "soon"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and bad.stdout == "" and "duration" in bad.stderr
