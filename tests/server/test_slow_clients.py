"""Slow and oversized clients are cut off early (slowloris heads, slow bodies, huge heads and bodies, too many
connections) while a normal client is still served. Raw sockets against a real uvicorn on 127.0.0.1; waits are
socket reads with timeouts, never sleeps."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time

import httpx
import pytest
from server_devices import enroll
from serverutil import RunningServer

from kpfield.sync.auth import sign_request

HEAD_TIMEOUT = 1.0
BODY_IDLE = 0.6
BODY_TOTAL = 1.5
READ_TIMEOUT = 10.0  # far above every limit: hitting it means the server did NOT cut the client off


@pytest.fixture
def limited(tmp_path):
    with RunningServer(tmp_path / "srv", header_timeout_s=HEAD_TIMEOUT, body_idle_timeout_s=BODY_IDLE,
                       body_timeout_s=BODY_TOTAL, keep_alive_s=5, max_header_bytes=16 * 1024,
                       max_connections=50) as server:
        yield server


def _connect(server) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=READ_TIMEOUT)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _read_answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (fails if it never does)."""
    sock.settimeout(READ_TIMEOUT)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass
    return data


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def _json(answer: bytes) -> dict:
    return json.loads(answer.split(b"\r\n\r\n", 1)[1])


def _trickle(sock: socket.socket, pieces, every: float) -> bytes:
    """Send ``pieces`` one by one, ``every`` seconds apart, until the server answers; returns what it sent.

    The pause between pieces is a read with a timeout, so an answer (the cut-off) ends the trickle at once.
    """
    for piece in pieces:
        try:
            sock.sendall(piece)
        except (BrokenPipeError, ConnectionResetError):
            break
        sock.settimeout(every)
        try:
            first = sock.recv(65536)
        except socket.timeout:
            continue
        return first + _read_answer(sock)
    return _read_answer(sock)


def _normal_request_works(server) -> None:
    answer = httpx.get(server.url + "/v1/time", timeout=READ_TIMEOUT, trust_env=False)
    assert answer.status_code == 200 and "time" in answer.json()


def test_slowloris_head_is_cut_off_while_others_are_served(limited):
    sock = _connect(limited)
    started = time.monotonic()
    pieces = [b"GET /v1/time HTTP/1.1\r\nHost: x\r\n"] + [b"X-Slow-%d: y\r\n" % i for i in range(200)]
    result = {}

    def slow():
        result["answer"] = _trickle(sock, pieces, 0.1)
        result["elapsed"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    _normal_request_works(limited)  # served while the slow client is still dripping headers
    thread.join(READ_TIMEOUT * 2)
    sock.close()
    assert _status(result["answer"]) == 408 and _json(result["answer"])["error"] == "request_timeout"
    assert HEAD_TIMEOUT * 0.9 <= result["elapsed"] < HEAD_TIMEOUT + 3


def test_connection_that_says_nothing_is_closed(limited):
    sock = _connect(limited)
    started = time.monotonic()
    assert _read_answer(sock) == b""  # closed without a word (no request was started)
    assert time.monotonic() - started < HEAD_TIMEOUT + 3
    sock.close()
    _normal_request_works(limited)


def test_slow_body_is_cut_off_with_408(limited):
    sock = _connect(limited)
    started = time.monotonic()
    sock.sendall(b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 100\r\n\r\n{\"tok")
    answer = _read_answer(sock)  # nothing more is sent: the server must give up on its own
    elapsed = time.monotonic() - started
    sock.close()
    assert _status(answer) == 408 and _json(answer)["error"] == "request_timeout"
    assert BODY_IDLE * 0.9 <= elapsed < BODY_IDLE + 3
    _normal_request_works(limited)


def test_trickled_body_hits_the_overall_body_deadline(limited):
    """One byte every 0.2 s never trips the idle timeout, but the whole body has BODY_TOTAL seconds."""
    sock = _connect(limited)
    started = time.monotonic()
    sock.sendall(b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
    answer = _trickle(sock, [b"x"] * 1000, 0.2)
    elapsed = time.monotonic() - started
    sock.close()
    assert _status(answer) == 408
    assert BODY_TOTAL * 0.9 <= elapsed < BODY_TOTAL + 3


def test_slow_upload_chunk_keeps_what_arrived(limited):
    """A chunk cut off by the deadline is answered 408; the bytes that did arrive still count for the upload."""
    device = enroll(limited, "monitor")
    data = b"\x01" * 5000
    state = device.client._json("POST", "/v1/uploads", {"sha256": hashlib.sha256(data).hexdigest(), "size": 5000})
    target = f"/v1/uploads/{state['upload_id']}"
    signed = sign_request(device.signing_key, device.device_id, "PATCH", target, hashlib.sha256(data).hexdigest(),
                          int(time.time()))
    head = [f"PATCH {target} HTTP/1.1", "Host: x", "Upload-Offset: 0", "Content-Length: 5000",
            *[f"{k}: {v}" for k, v in signed.items()]]
    sock = _connect(limited)
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + data[:1200])
    answer = _read_answer(sock)
    sock.close()
    assert _status(answer) == 408
    assert device.client.upload_status(state["upload_id"])["offset"] == 1200
    device.client.close()


@pytest.mark.parametrize("method,target", [("POST", "/v1/enroll"), ("PATCH", "/v1/uploads/abc"),
                                           ("POST", "/v1/shared"), ("GET", "/v1/time"), ("POST", "/nowhere")])
def test_absurd_content_length_is_refused_before_the_body(limited, method, target):
    sock = _connect(limited)
    # No body byte is ever sent: an answer at all proves the server did not wait for (or read) the body.
    sock.sendall(f"{method} {target} HTTP/1.1\r\nHost: x\r\nContent-Length: {10**15}\r\n\r\n".encode())
    answer = _read_answer(sock)
    sock.close()
    assert _status(answer) == 413
    assert _json(answer)["error"] == "body_too_large" and b"connection: close" in answer.lower()
    _normal_request_works(limited)


def test_chunked_body_beyond_every_limit_is_refused_while_streaming(limited):
    piece = b"%x\r\n%s\r\n" % (65536, b"z" * 65536)
    sock = _connect(limited)
    sock.sendall(b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
    answer = _trickle(sock, [piece] * 40, 0.001)  # 2.5 MB against the 1 MiB JSON limit of /v1/enroll
    sock.close()
    assert _status(answer) == 413


def test_absurd_header_is_refused(limited):
    sock = _connect(limited)
    head = b"GET /v1/time HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n"
    answer = b""
    try:
        sock.sendall(head)
    except (BrokenPipeError, ConnectionResetError):
        pass  # refused while we were still sending: the server stopped reading long before 1 MB
    else:
        answer = _read_answer(sock)
    sock.close()
    if answer:  # when the reset did not swallow it, the answer says why
        assert _status(answer) == 431
    _normal_request_works(limited)


def test_head_just_over_the_limit_gets_431(limited):
    sock = _connect(limited)
    sock.sendall(b"GET /v1/time HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (17 * 1024))
    answer = _read_answer(sock)
    sock.close()
    assert _status(answer) == 431 and _json(answer)["error"] == "headers_too_large"


def test_unread_body_that_never_comes_closes_the_connection(limited):
    """A route answers without reading the body; the rest of it does not come: the connection is closed."""
    sock = _connect(limited)
    started = time.monotonic()
    sock.sendall(b"GET /v1/time HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 1000)
    answer = _read_answer(sock)  # returns only because the server closed the connection
    sock.close()
    assert _status(answer) == 200 and b"connection: close" in answer.lower()
    assert time.monotonic() - started < BODY_IDLE + 3


def test_refused_body_that_is_sent_whole_gets_its_answer_and_keeps_the_connection(limited):
    """A client sends its whole body before reading: a route refusing early must still reach it (e.g. a 413
    chunk_too_large tells the client to send smaller chunks), and the connection stays usable."""
    sock = _connect(limited)
    body = b"x" * 300_000
    sock.sendall(b"POST /v1/shared HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    sock.sendall(b"GET /v1/time HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    answers = _read_answer(sock)
    sock.close()
    assert answers.startswith(b"HTTP/1.1 413") and b"body_too_large" in answers  # the message limit: 256 KiB
    assert answers.count(b"HTTP/1.1 ") == 2 and b'"time"' in answers  # the same connection served the next one


def test_connection_beyond_the_limit_closes_the_oldest_anonymous_one(tmp_path):
    """Changed with the per-address caps and device slots (connections.py): a new connection beyond the limit is
    no longer refused with 503 while anonymous connections hold the slots; the oldest anonymous one is closed.
    (The 503 when every slot belongs to a device: test_abuse_limits.py.)"""
    with RunningServer(tmp_path / "srv", max_connections=3, header_timeout_s=30) as server:
        idle = [_connect(server) for _ in range(3)]
        # Each idle connection is accepted; make sure the server has registered all three before the 4th asks.
        for sock in idle:
            sock.sendall(b"GET /v1/time HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.settimeout(READ_TIMEOUT)
            assert sock.recv(12).startswith(b"HTTP/1.1")
        answer = httpx.get(server.url + "/v1/time", timeout=READ_TIMEOUT, trust_env=False)
        assert answer.status_code == 200
        rest = b""
        while piece := idle[0].recv(65536):  # the rest of its answer, then the close
            rest += piece
        for sock in idle:
            sock.close()


def test_client_that_stops_reading_an_answer_is_cut_off(tmp_path, server_log):
    """A coordinator that asks for an 8 MiB envelope and reads nothing loses the connection after send_timeout_s."""
    cut = server_log("slow_reader_cut")
    with RunningServer(tmp_path / "srv", send_timeout_s=1.0) as server:
        monitor, coordinator = enroll(server, "monitor"), enroll(server, "coordinator")
        data = bytes(range(256)) * (32 * 1024)
        sha = hashlib.sha256(data).hexdigest()
        monitor.client.upload(sha, len(data), lambda o, n: data[o:o + n], chunk_size=4 << 20)
        target = f"/v1/envelopes/{sha}"
        signed = sign_request(coordinator.signing_key, coordinator.device_id, "GET", target,
                              hashlib.sha256(b"").hexdigest(), int(time.time()))
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # so the server's side backs up quickly
        sock.connect(("127.0.0.1", server.port))
        head = [f"GET {target} HTTP/1.1", "Host: x", *[f"{k}: {v}" for k, v in signed.items()]]
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        started = time.monotonic()
        assert cut.wait(READ_TIMEOUT), "the server kept waiting for a client that reads nothing"
        assert time.monotonic() - started < 1.0 + 5
        _normal_request_works(server)
        received = _read_answer(sock)  # what was already on its way, then the close
        sock.close()
        assert _status(received) == 200 and len(received) < len(data)
        monitor.client.close()
        coordinator.client.close()
