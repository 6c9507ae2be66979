"""Attacks on the server's availability and replay protection, tried against a real server on 127.0.0.1.

* Slow anonymous connections (one body byte now and then) from many addresses must not shut enrolled devices out;
  one address cannot hold more than its share; a stranger's unread body is drained for seconds, not minutes.
* Enrolment attempts from many addresses must not reset anyone's rate limit.
* A revoked device must not fill the nonce table; a request replayed after a server restart is refused.

Several client addresses come from binding the client socket to other loopback addresses (127.0.0.N is all this
machine); the server itself only ever listens on 127.0.0.1. Waits are reads with timeouts, never sleeps.
"""

from __future__ import annotations

import hashlib
import os
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import nacl.public
import nacl.signing
import pytest
from server_devices import enroll
from serverutil import RunningServer

from kpfield.sync.auth import sign_request
from kpfield.sync.invitation import parse_invitation
from kpfield.sync.transport import ServerClient

ROOT = Path(__file__).resolve().parents[2]
READ_TIMEOUT = 10.0  # far above every limit: hitting it means the server did NOT do what it should


def _connect(server, source: str = "127.0.0.1") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=READ_TIMEOUT, source_address=(source, 0))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _registered(sock: socket.socket) -> None:
    """One complete anonymous request on the connection: once it is answered, the server holds the connection."""
    sock.sendall(b"GET /v1/time HTTP/1.1\r\nHost: x\r\n\r\n")
    answer = b""
    while b"}" not in answer:
        piece = sock.recv(4096)
        assert piece, "the server closed a fresh connection"
        answer += piece
    assert answer.startswith(b"HTTP/1.1 200")


def _start_slow_body(sock: socket.socket) -> None:
    """The attack: a request whose body then comes one byte at a time, far apart (here: never again)."""
    sock.sendall(b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 1000\r\n\r\n{")


def _closed_by_server(socks: list[socket.socket], at_least: int) -> list[socket.socket]:
    """The sockets the server closed, waiting (by select, bounded) until at least ``at_least`` are closed."""
    closed: list[socket.socket] = []
    deadline = time.monotonic() + READ_TIMEOUT
    pending = list(socks)
    while len(closed) < at_least and pending and time.monotonic() < deadline:
        readable, _, _ = select.select(pending, [], [], max(0.0, deadline - time.monotonic()))
        for sock in readable:
            try:
                data = sock.recv(65536)
            except (ConnectionResetError, socket.timeout):
                data = b""
            if not data:  # end of stream: the server closed it
                closed.append(sock)
                pending.remove(sock)
    return closed


@pytest.fixture
def crowded(tmp_path):
    # 12 slots, a quarter kept for devices, 4 per address; body deadlines long, as in production (scaled down).
    with RunningServer(tmp_path / "srv", max_connections=12, max_connections_per_address=4, signed_share=0.25,
                       header_timeout_s=60, body_idle_timeout_s=60, body_timeout_s=600, keep_alive_s=60) as server:
        yield server


def test_slow_anonymous_connections_do_not_shut_out_enrolled_devices(crowded):
    monitor = enroll(crowded, "monitor")
    attackers = []
    for n in range(2, 8):  # 6 addresses x 4 connections = 24, twice the server's 12 slots
        for _ in range(4):
            sock = _connect(crowded, f"127.0.0.{n}")
            _registered(sock)
            _start_slow_body(sock)
            attackers.append(sock)
    # During the attack, a device's signed request is served, and so is an upload.
    assert monitor.client.me()["device_id"] == monitor.device_id
    data = os.urandom(3000)
    receipt = monitor.client.upload(hashlib.sha256(data).hexdigest(), len(data), lambda o, n: data[o:o + n])
    assert receipt.device_id == monitor.device_id
    # Anonymous connections never hold more than their share (12 - 3): the oldest ones were closed.
    closed = _closed_by_server(attackers, len(attackers) - 9)
    assert len(closed) >= len(attackers) - 9
    assert crowded.ctx.connections.counts()["anonymous"] <= 9
    for sock in attackers:
        sock.close()
    monitor.client.close()


def test_one_address_holds_at_most_its_share_of_connections(crowded):
    socks = []
    for _ in range(7):
        sock = _connect(crowded, "127.0.0.9")
        _registered(sock)
        socks.append(sock)
    # The 5th, 6th and 7th connection each pushed out that address's oldest anonymous one.
    closed = _closed_by_server(socks, 3)
    assert set(closed) == set(socks[:3])
    for sock in socks[3:]:  # the newest four still work
        _registered(sock)
    # Another address is not affected by the first one's crowd.
    other = _connect(crowded, "127.0.0.10")
    _registered(other)
    for sock in socks + [other]:
        sock.close()


def _signed_keepalive(server, device, source: str) -> httpx.Client:
    client = httpx.Client(base_url=server.url, trust_env=False, timeout=READ_TIMEOUT,
                          transport=httpx.HTTPTransport(local_address=source))
    headers = sign_request(device.signing_key, device.device_id, "GET", "/v1/me", hashlib.sha256(b"").hexdigest(),
                           int(time.time()))
    assert client.get("/v1/me", headers=headers).status_code == 200  # the connection is now a device's
    return client


def test_device_connections_are_never_pushed_out_and_fill_all_slots_only_then_503(tmp_path):
    with RunningServer(tmp_path / "srv", max_connections=3, max_connections_per_address=3, signed_share=0.34,
                       header_timeout_s=60, keep_alive_s=60) as server:
        devices = [enroll(server, "monitor") for _ in range(3)]
        for device in devices:
            device.client.close()
        held = [_signed_keepalive(server, d, f"127.0.1.{i + 1}") for i, d in enumerate(devices)]
        assert server.ctx.connections.counts() == {"total": 3, "signed": 3, "anonymous": 0}
        sock = _connect(server, "127.0.1.9")
        answer = b""
        while piece := sock.recv(4096):
            answer += piece
        sock.close()
        assert answer.startswith(b"HTTP/1.1 503") and b"too_many_connections" in answer
        assert server.ctx.connections.counts()["signed"] == 3
        for client in held:
            client.close()


def test_stranger_body_is_drained_for_seconds_not_the_body_deadline(tmp_path):
    """A route answers a stranger's request without reading its body; the body then trickles in. The server stops
    waiting after drain_timeout_s (here 1 s) although the body deadline (60 s) and idle timeout (30 s) are far."""
    with RunningServer(tmp_path / "srv", drain_timeout_s=1.0, body_idle_timeout_s=30, body_timeout_s=60) as server:
        sock = _connect(server)
        sock.sendall(b"GET /v1/time HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
        answer = b""
        for _ in range(200):  # at most 200 x 0.1 s of trickling; the server must close long before
            try:
                sock.sendall(b"x")
            except (BrokenPipeError, ConnectionResetError):
                break
            sock.settimeout(0.1)
            try:
                piece = sock.recv(65536)
            except socket.timeout:
                continue
            except ConnectionResetError:
                break
            if not piece:
                break
            answer += piece
        sock.close()
        assert answer.startswith(b"HTTP/1.1 200") and b"connection: close" in answer.lower()


def _enroll_attempt(server, source: str) -> int:
    with httpx.Client(trust_env=False, timeout=READ_TIMEOUT,
                      transport=httpx.HTTPTransport(local_address=source)) as client:
        return client.post(server.url + "/v1/enroll", content=b"{}").status_code


def test_enrolment_attempts_from_many_addresses_never_reset_a_limit(tmp_path):
    # Two attempts per address, refilling one token every 1000 s; room for 4 addresses in the table.
    with RunningServer(tmp_path / "srv", rate_per_s=0.001, rate_burst=2, rate_max_keys=4) as server:
        assert [_enroll_attempt(server, "127.0.2.1") for _ in range(3)][-1] == 429
        for n in range(2, 30):  # 28 more addresses, each using up its attempts
            for _ in range(3):
                _enroll_attempt(server, f"127.0.2.{n}")
        # The first address is still limited: its entry was never dropped to make room.
        assert _enroll_attempt(server, "127.0.2.1") == 429
        assert len(server.app.state.buckets) <= 4


def test_revoked_device_does_not_fill_the_nonce_table(server, coordinator, monitor):
    server.ctx.meta.revoke_device(monitor.device_id, int(time.time()))
    before = server.ctx.nonces.count()
    answers = [monitor.raw(server, "GET", "/v1/me").status_code for _ in range(30)]
    assert answers == [403] * 30
    assert server.ctx.nonces.count() == before


def test_replay_right_after_an_in_process_restart_in_the_same_second_is_refused(tmp_path):
    frozen = int(time.time())
    with RunningServer(tmp_path / "srv", clock=lambda: frozen) as server:
        device = enroll(server, "monitor")
        headers = sign_request(device.signing_key, device.device_id, "GET", "/v1/me",
                               hashlib.sha256(b"").hexdigest(), frozen)
        assert httpx.get(server.url + "/v1/me", headers=headers, trust_env=False).status_code == 200
        server.restart()  # the same second: the server's start is no older than the request
        replay = httpx.get(server.url + "/v1/me", headers=headers, trust_env=False)
        assert replay.status_code == 401 and replay.json()["error"] == "replayed"
        device.client.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_process(data: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "kpfield.cli.main", "server", "run", "--data", str(data),
                                "--port", str(port)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:  # uvicorn's own "running" line: no sleeps, no polling
        if "Uvicorn running" in line or "startup complete" in line.lower():
            return process
    raise AssertionError("the server process did not start")


def test_replay_after_the_server_process_is_killed_and_restarted_is_refused(tmp_path):
    data, port = tmp_path / "srv", _free_port()
    process = _start_process(data, port)
    try:
        invite = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "invite", "--data", str(data),
                                 "--role", "monitor"], cwd=ROOT, capture_output=True, text=True, check=True)
        key = nacl.signing.SigningKey.generate()
        result = ServerClient.enroll(parse_invitation(invite.stdout), key,
                                     bytes(nacl.public.PrivateKey.generate().public_key), retry_delay=0.01)
        result.client.close()
        url = f"http://127.0.0.1:{port}"
        server_time = httpx.get(url + "/v1/time", trust_env=False).json()["time"]
        # Signed for a moment after the restart (within the clock window): "older than the server's start" cannot
        # refuse it; only a nonce that survived the restart can.
        headers = sign_request(key, result.device_id, "GET", "/v1/me", hashlib.sha256(b"").hexdigest(),
                               server_time + 120)
        assert httpx.get(url + "/v1/me", headers=headers, trust_env=False).status_code == 200
        process.send_signal(signal.SIGKILL)  # no clean shutdown
        process.communicate(timeout=20)
        process = _start_process(data, port)
        replay = httpx.get(url + "/v1/me", headers=headers, trust_env=False)
        assert replay.status_code == 401 and replay.json()["error"] == "replayed"
    finally:
        process.terminate()
        process.communicate(timeout=20)
