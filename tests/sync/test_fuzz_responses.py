"""What the device's ServerClient does with a hostile or broken server: wrong JSON shapes and types, non-JSON, deep
nesting, absurd sizes, bad compression, truncated bodies, silence. Every call must return a well-typed value or raise a
KPFieldError subclass, quickly; never another exception, never a hang. A real HTTP server on 127.0.0.1 answers with
hypothesis-generated responses."""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import nacl.signing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpfield.errors import KPFieldError
from kpfield.sync.identity import derive_device_id
from kpfield.sync.invitation import Invitation
from kpfield.sync.transport import MAX_ANSWER_BYTES, ServerClient

KEY = nacl.signing.SigningKey(bytes(range(32)))
SERVER_KEY = bytes(nacl.signing.SigningKey(bytes(range(3, 35))).verify_key)
EXAMPLES = 120


class Hostile(BaseHTTPRequestHandler):
    """Answers every request with the server's current ``answer``: (status, headers, body, mode)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output clean
        pass

    def _any(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        status, headers, body, mode = self.server.answer
        self.server.requests += 1
        if mode == "silent":  # say nothing until the client gives up
            self.server.release.wait(10)
            return
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        declared = len(body) + (1000 if mode == "truncated" else 0)
        self.send_header("Content-Length", str(declared))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    do_GET = do_POST = do_PATCH = do_PUT = do_HEAD = _any


@pytest.fixture(scope="module")
def hostile():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = True
    server.answer, server.requests, server.release = (200, [], b"{}", "plain"), 0, threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


KEYS = ["time", "devices", "envelopes", "cursor", "messages", "acknowledged", "document", "upload_id", "offset",
        "complete", "receipt", "error", "message", "status", "retry_after", "device_id", "role", "recipients",
        "data", "size", "sha256", "server_list"]
_LEAF = (st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True)
         | st.text(max_size=20) | st.sampled_from(["stale_timestamp", "device_revoked", "offset_mismatch",
                                                  "chunk_too_large", "rate_limited", "AAAA", "abc-_0"]))
_JSON = st.recursive(_LEAF, lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=5),
                     max_leaves=15)


def _encode(value) -> bytes:
    return json.dumps(value, allow_nan=True).encode()


BODIES = st.one_of(
    _JSON.map(_encode),
    st.dictionaries(st.sampled_from(KEYS), _JSON, max_size=8).map(_encode),
    st.binary(max_size=200),
    st.sampled_from([b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
                     b"\xff\xfe not utf-8", b"", b"null", b"[]", b'"text"', b"1e999999"]),
)
ANSWERS = st.tuples(st.sampled_from([200, 201, 206, 301, 400, 401, 403, 404, 409, 413, 416, 429, 500, 503]),
                    st.just([("Content-Type", "application/json")]), BODIES,
                    st.sampled_from(["plain"] * 6 + ["truncated"]))


def _client(hostile) -> ServerClient:
    device_id = derive_device_id(bytes(KEY.verify_key))
    client = ServerClient(f"http://127.0.0.1:{hostile.server_address[1]}", device_id, KEY, SERVER_KEY,
                          timeout=1.0, max_attempts=2, retry_delay=0.0, sleep=lambda s: None)
    return client


DATA = b"x" * 100
CALLS = {
    "time": lambda c: c.server_time_offset(refresh=True),
    "me": lambda c: c.me(),
    "devices": lambda c: c.devices(),
    "list_envelopes": lambda c: c.list_envelopes(0),
    "mailbox_fetch": lambda c: c.mailbox_fetch(0),
    "shared_fetch": lambda c: c.shared_fetch(0),
    "mailbox_ack": lambda c: c.mailbox_ack(["a"]),
    "mailbox_post": lambda c: c.mailbox_post("abc", b"m"),
    "shared_post": lambda c: c.shared_post(b"m"),
    "recipients": lambda c: c.recipients([SERVER_KEY]),
    "publish_recipients": lambda c: c.publish_recipients({"v": 1}),
    "upload_status": lambda c: c.upload_status("abc"),
    "upload": lambda c: c.upload(hashlib.sha256(DATA).hexdigest(), len(DATA), lambda o, n: DATA[o:o + n]),
    "download": lambda c: c.download({"sha256": hashlib.sha256(DATA).hexdigest(), "size": len(DATA)},
                                     lambda b: None),
    "enroll": lambda c: ServerClient.enroll(
        Invitation(c.base_url, "t" * 43, "monitor", 2**40, "", SERVER_KEY, "F", None, ()),
        nacl.signing.SigningKey(bytes(range(5, 37))), bytes(32), timeout=2.0, max_attempts=2,
        retry_delay=0.0, sleep=lambda s: None).client.close(),
}
STATS = {"cases": 0, "calls": 0, "typed_errors": 0}


def _exercise(client, name: str) -> None:
    STATS["calls"] += 1
    started = time.monotonic()
    try:
        CALLS[name](client)
    except KPFieldError as exc:
        STATS["typed_errors"] += 1
        assert isinstance(str(exc), str) and len(str(exc)) < 2000
        assert isinstance(exc.details.get("status", 0), int)
    assert time.monotonic() - started < 30, f"{name} took too long"


@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(answer=ANSWERS, names=st.lists(st.sampled_from(sorted(CALLS)), min_size=1, max_size=4, unique=True))
def test_hostile_answers_end_in_a_value_or_a_typed_error(hostile, answer, names):
    STATS["cases"] += 1
    hostile.answer = (*answer,)
    client = _client(hostile)
    client._offset = 0.0  # most calls skip GET /v1/time; "time" asks it explicitly
    try:
        for name in names:
            _exercise(client, name)
    finally:
        client.close()


def test_every_call_survives_every_fixed_hostile_answer(hostile):
    """The worst cases, each against every call: huge, compressed-bomb, deeply nested, silent, truncated."""
    bomb = gzip.compress(b"[" + b"0," * (MAX_ANSWER_BYTES // 2) + b"0]", compresslevel=9)
    cases = [
        (200, [("Content-Type", "application/json")], b"[" * 100_000, "plain"),
        (200, [("Content-Type", "application/json"), ("Content-Encoding", "gzip")], bomb, "plain"),
        (200, [("Content-Type", "application/json"), ("Content-Encoding", "gzip")], b"not gzip at all", "plain"),
        (200, [], b'{"offset": 0, "upload_id": "abc", "complete": false}', "plain"),  # never advances
        (200, [], b'{"time": 1e400, "devices": 1, "envelopes": [1], "cursor": "x", "messages": [{"data": 5}]}',
         "plain"),
        (401, [], b'{"error": "stale_timestamp", "message": {"a": 1}, "status": "x", "retry_after": 10**9}',
         "plain"),
        (200, [], b'{"devices": [], "cursor": 0, "messages": []}', "truncated"),
        (200, [], b"", "silent"),
    ]
    for answer in cases:
        hostile.answer = answer
        # Silence costs a client timeout per attempt: one plain call and the two retrying loops are enough.
        for name in sorted(CALLS) if answer[3] != "silent" else ["me", "upload", "download"]:
            client = _client(hostile)
            client._offset = 0.0
            try:
                _exercise(client, name)
            finally:
                client.close()
    STATS["cases"] += len(cases)


def test_a_huge_answer_is_not_read_whole(hostile):
    hostile.answer = (200, [], b'{"devices": ["' + b"a" * (MAX_ANSWER_BYTES + 10) + b'"]}', "plain")
    client = _client(hostile)
    client._offset = 0.0
    with pytest.raises(KPFieldError, match="too large"):
        client.devices()
    client.close()
