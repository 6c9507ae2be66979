"""Property-based fuzzing of every endpoint from the server's own OpenAPI schema (schemathesis), against a real
uvicorn on 127.0.0.1: unsigned, as a monitor and as a coordinator, with valid-looking (positive) and schema-breaking
(negative) input. No answer may be a 5xx, every error must be the documented JSON shape, and the server must still
answer afterwards."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from hypothesis import strategies as st
from schemathesis import GenerationMode
from server_devices import enroll

from kpfield.sync.auth import sign_request

EXAMPLES = {None: 6, "monitor": 6, "coordinator": 10}  # per operation and generation mode
# Upload chunks are opaque bytes, serialised like any octet stream.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")
_CLIENT_SIDE = (requests.exceptions.InvalidHeader, requests.exceptions.InvalidURL, ValueError, UnicodeError)


@dataclass
class FuzzStats:
    """What a fuzzing run tried: requests sent per (operation, caller) and the bad answers it found."""

    sent: int = 0
    unsendable: int = 0  # generated requests the HTTP client itself refuses to send (e.g. non-latin-1 headers)
    unsatisfiable: int = 0  # (operation, mode) pairs with no input to generate
    statuses: dict = field(default_factory=dict)
    failures: list = field(default_factory=list)


def _send(session: requests.Session, base_url: str, case, signer, stats: FuzzStats) -> None:
    kwargs = case.as_transport_kwargs(base_url=base_url)
    kwargs.pop("cookies", None)
    try:
        prepared = session.prepare_request(requests.Request(**kwargs))
        if signer is not None:
            body = prepared.body or b""
            body = body.encode("utf-8") if isinstance(body, str) else body
            prepared.headers.update(sign_request(signer.signing_key, signer.device_id, prepared.method,
                                                 prepared.path_url, hashlib.sha256(body).hexdigest(),
                                                 int(time.time())))
        response = session.send(prepared, timeout=30, allow_redirects=False)
    except _CLIENT_SIDE:
        stats.unsendable += 1
        return
    stats.sent += 1
    where = f"{case.method} {case.path} as {signer.role if signer else 'nobody'}"
    stats.statuses[response.status_code] = stats.statuses.get(response.status_code, 0) + 1
    if response.status_code >= 500:
        stats.failures.append(f"{where}: HTTP {response.status_code} for {case!r}")
    elif response.status_code >= 400 and prepared.method != "HEAD":
        try:
            error = response.json()
        except ValueError:
            error = None
        if not (isinstance(error, dict) and isinstance(error.get("error"), str)
                and isinstance(error.get("message"), str)):
            stats.failures.append(f"{where}: HTTP {response.status_code} without a JSON error body")


def _breakable(operation) -> bool:
    """Whether negative generation can break this operation's input (an opaque body alone cannot be wrong)."""
    if any(True for _ in operation.iter_parameters()):
        return True
    return any("json" in body.media_type for body in operation.body)


def fuzz_schema(base_url: str, signer=None, examples: int = 10, fixed: dict | None = None) -> FuzzStats:
    """Fuzz every operation of the server at ``base_url``; returns what was sent and found.

    :param signer: an enrolled test device (``server_devices.Device`` plus a ``role``) signing each request, or
        ``None`` for unsigned requests.
    :param examples: hypothesis examples per operation and generation mode.
    :param fixed: real path parameter values (``upload_id``, ``sha256``, ``device_id``) mixed in with generated ones
        so that signed requests also reach the code behind the lookups.
    """
    schema = schemathesis.openapi.from_url(base_url + "/openapi.json")
    stats = FuzzStats()
    session = requests.Session()
    session.trust_env = False
    for result in schema.get_all_operations():
        operation = result.ok()
        names = {p.name for p in operation.path_parameters}
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            if mode is GenerationMode.NEGATIVE and not _breakable(operation):
                continue
            strategy = operation.as_strategy(generation_mode=mode)
            known = {k: v for k, v in (fixed or {}).items() if k in names}
            if known and mode is GenerationMode.POSITIVE:
                strategy = st.one_of(strategy, operation.as_strategy(generation_mode=mode, path_parameters=known))

            @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
            @given(case=strategy)
            def run(case):
                _send(session, base_url, case, signer, stats)

            try:
                run()
            except Unsatisfiable:  # nothing to break (e.g. GET /v1/time has no input in negative mode)
                stats.unsatisfiable += 1
    session.close()
    return stats


@pytest.fixture
def enrolled(server):
    coordinator = enroll(server, "coordinator")
    monitor = enroll(server, "monitor")
    coordinator.role, monitor.role = "coordinator", "monitor"
    data = b"an envelope's ciphertext"
    receipt = monitor.client.upload(hashlib.sha256(data).hexdigest(), len(data), lambda o, n: data[o:o + n])
    upload = monitor.client._json("POST", "/v1/uploads", {"sha256": hashlib.sha256(b"half").hexdigest(), "size": 4})
    fixed = {"upload_id": upload["upload_id"], "sha256": receipt.envelope_sha256, "device_id": monitor.device_id}
    yield {"coordinator": coordinator, "monitor": monitor, None: None}, fixed
    coordinator.client.close()
    monitor.client.close()


@pytest.mark.parametrize("caller", [None, "monitor", "coordinator"])
def test_no_endpoint_answers_5xx_or_an_undocumented_error(server, enrolled, caller):
    devices, fixed = enrolled
    stats = fuzz_schema(server.url, devices[caller], EXAMPLES[caller], fixed)
    assert stats.failures == []
    assert stats.sent >= 18 * EXAMPLES[caller], stats  # every operation was really exercised
    if caller is None:  # nothing but the clock, the enrolment and the docs is open to unsigned requests
        assert set(stats.statuses) <= {200, 400, 401, 404, 405, 411, 413, 416}, stats.statuses
    # The server is still whole: a fresh signed request works.
    assert devices["coordinator"].client.me()["role"] == "coordinator"


_HEADER_BYTES = st.binary(max_size=30).map(lambda b: bytes(c for c in b if c > 32 and c != 127))  # what h11 sends
AUTH_HEADERS = ["KPF-Device", "KPF-Timestamp", "KPF-Nonce", "KPF-Content-SHA256", "KPF-Signature"]


@settings(max_examples=150, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(query=st.text(max_size=12), header=_HEADER_BYTES,
       where=st.sampled_from(["after", "limit", "Upload-Offset", "Range", *AUTH_HEADERS]))
def test_hostile_parameter_and_header_text_never_answers_5xx(server, enrolled, query, header, where):
    """What the schema types as integers the routes parse by hand: any text there (e.g. "²", which isdigit()
    accepts and int() refuses) must be a 4xx, signed or not."""
    import urllib.parse

    import httpx

    devices, fixed = enrolled
    coordinator, monitor = devices["coordinator"], devices["monitor"]
    if where in ("after", "limit"):
        for path in ("/v1/envelopes", "/v1/mailbox", "/v1/shared"):
            target = f"{path}?{where}={urllib.parse.quote(query, safe='')}"
            assert coordinator.raw(server, "GET", target).status_code < 500, target
        return
    if where == "Upload-Offset":
        answer = monitor.raw(server, "PATCH", f"/v1/uploads/{fixed['upload_id']}", b"ab",
                             headers={"Upload-Offset": header})
    elif where == "Range":
        answer = coordinator.raw(server, "GET", f"/v1/envelopes/{fixed['sha256']}", headers={"Range": header})
    else:
        signed = sign_request(coordinator.signing_key, coordinator.device_id, "GET", "/v1/me",
                              hashlib.sha256(b"").hexdigest(), int(time.time()))
        answer = httpx.get(server.url + "/v1/me", headers={**signed, where: header}, trust_env=False)
    assert answer.status_code < 500, (where, header)
