"""HTTPS with a self-signed certificate pinned by fingerprint, and ``kpfield server run`` as a real process."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import nacl.public
import nacl.signing
import pytest
from serverutil import RunningServer

from kpfield.errors import NetworkError, TLSPinMismatch
from kpfield.server.context import cert_fingerprint
from kpfield.sync.invitation import parse_invitation
from kpfield.sync.transport import ServerClient

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-subj", "/CN=kpfield-test", "-days", "2", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


def _keys():
    return nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate()


def test_self_signed_certificate_is_pinned_from_the_invitation(tmp_path, self_signed):
    cert, key = self_signed
    fingerprint = cert_fingerprint(cert)
    with RunningServer(tmp_path / "srv", ssl_certfile=str(cert), ssl_keyfile=str(key),
                       tls_fingerprint=fingerprint) as server:
        invitation = parse_invitation(server.invite("coordinator"))
        assert invitation.tls_fingerprint == fingerprint and invitation.url.startswith("https://")
        signing, box = _keys()
        enrolled = ServerClient.enroll(invitation, signing, bytes(box.public_key))
        data = os.urandom(70_000)
        receipt = enrolled.client.upload(hashlib.sha256(data).hexdigest(), len(data), lambda o, n: data[o:o + n])
        assert receipt.size == len(data)
        enrolled.client.close()
        # Another certificate fingerprint: refused before any request is sent.
        with pytest.raises(TLSPinMismatch):
            ServerClient(server.url, enrolled.device_id, signing, server.ctx.public_key, tls_fingerprint="ab" * 32)
        # Without the pin, ordinary verification refuses the self-signed certificate.
        plain = ServerClient(server.url, enrolled.device_id, signing, server.ctx.public_key, retry_delay=0.01)
        with pytest.raises(NetworkError):
            plain.me()
        plain.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_server_run_command_serves_and_records_its_address(tmp_path):
    data, port = tmp_path / "srv", _free_port()
    process = subprocess.Popen([sys.executable, "-m", "kpfield.cli.main", "server", "run", "--data", str(data),
                                "--port", str(port)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        seen = []
        for line in process.stderr:  # wait for uvicorn's own "running" line: no sleeps, no polling
            seen.append(line)
            if "Uvicorn running" in line or "startup complete" in line.lower():
                break
        answer = httpx.get(f"http://127.0.0.1:{port}/v1/time").json()
        assert answer["server_fingerprint"] in "".join(seen)
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()["info"]["title"] == "KP Field sync server"
        invite = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "invite", "--data", str(data),
                                 "--role", "monitor"], cwd=ROOT, capture_output=True, text=True, check=True)
        assert parse_invitation(invite.stdout).url == f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.communicate(timeout=20)


def test_plain_http_beyond_loopback_is_warned_about():
    from kpfield.server.cli import plain_http_warning

    assert "without TLS" in plain_http_warning("0.0.0.0", tls=False)
    assert "without TLS" in plain_http_warning("192.168.1.10", tls=False)
    assert plain_http_warning("192.168.1.10", tls=True) is None
    assert plain_http_warning("127.0.0.1", tls=False) is None and plain_http_warning("::1", tls=False) is None
    assert plain_http_warning("localhost", tls=False) is None
