"""Who may do what: enrolment, signatures, replays, clocks, roles, revocation, mailboxes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import nacl.signing
import pytest
from server_devices import Device, enroll

from kpfield.errors import AuthError, DeviceRevoked, ServerRefused
from kpfield.sync.auth import sign_request
from kpfield.sync.identity import derive_device_id

ROOT = Path(__file__).resolve().parents[2]


def _error(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]


def test_enrolled_devices_are_listed_for_coordinators(server, coordinator, monitor):
    records = {d["device_id"]: d for d in coordinator.client.devices()}
    assert records[monitor.device_id]["role"] == "monitor"
    assert records[monitor.device_id]["label"] == "Monitor 1"
    assert records[coordinator.device_id]["role"] == "coordinator"
    assert set(records[monitor.device_id]) == {"device_id", "role", "label", "sign_key", "box_key", "enrolled_at",
                                               "revoked_at"}
    assert monitor.client.me()["device_id"] == monitor.device_id
    assert [c["device_id"] for c in monitor.coordinators] == [coordinator.device_id]


def test_monitor_may_not_list_devices_envelopes_or_post_messages(server, coordinator, monitor):
    for call in (monitor.client.devices, lambda: monitor.client.list_envelopes(0),
                 lambda: monitor.client.mailbox_post(coordinator.device_id, b"x"),
                 lambda: monitor.client.shared_post(b"x"), lambda: monitor.client.shared_fetch(0),
                 lambda: monitor.client.download({"sha256": "0" * 64, "size": 1}, lambda b: None)):
        with pytest.raises(ServerRefused) as info:
            call()
        assert (info.value.details["status"], info.value.details["error"]) == (403, "forbidden_role")


def test_unenrolled_key_is_refused(server, coordinator):
    stranger = nacl.signing.SigningKey.generate()
    device = Device(derive_device_id(bytes(stranger.verify_key)), stranger, None, None, [])
    assert _error(device.raw(server, "GET", "/v1/me")) == (401, "unknown_device")


def test_unsigned_and_forged_requests_are_refused(server, coordinator):
    assert _error(httpx.get(server.url + "/v1/me")) == (401, "unsigned")
    forger = nacl.signing.SigningKey.generate()
    # Claims to be the coordinator but signs with another key.
    assert _error(coordinator.raw(server, "GET", "/v1/devices", key=forger)) == (401, "bad_signature")
    # A valid signature for another request target does not carry over.
    signed = sign_request(coordinator.signing_key, coordinator.device_id, "GET", "/v1/me",
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", int(time.time()))
    assert _error(httpx.get(server.url + "/v1/devices", headers=signed)) == (401, "bad_signature")


def test_replayed_request_is_refused(server, coordinator):
    signed = sign_request(coordinator.signing_key, coordinator.device_id, "GET", "/v1/devices",
                          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", int(time.time()))
    assert httpx.get(server.url + "/v1/devices", headers=signed).status_code == 200
    assert _error(httpx.get(server.url + "/v1/devices", headers=signed)) == (401, "replayed")


def test_replay_is_refused_after_a_server_restart(tmp_path):
    """The restarted server forgot its nonces, so it refuses requests signed before it started."""
    from serverutil import RunningServer

    shift = {"s": 0}
    with RunningServer(tmp_path / "srv", clock=lambda: time.time() + shift["s"]) as server:
        coordinator = enroll(server, "coordinator")
        signed = sign_request(coordinator.signing_key, coordinator.device_id, "GET", "/v1/me",
                              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", int(time.time()))
        assert httpx.get(server.url + "/v1/me", headers=signed).status_code == 200
        shift["s"] = 3  # the restart happens (on the server's clock) after the request was signed
        server.restart()
        assert _error(httpx.get(server.url + "/v1/me", headers=signed)) == (401, "stale_timestamp")
        assert coordinator.client.me()["device_id"] == coordinator.device_id  # fresh requests are fine
        coordinator.client.close()


def test_stale_timestamp_beyond_the_window_is_refused(server, coordinator):
    server.ctx.config.clock = lambda: time.time() + 600  # ten minutes pass on the server after its start
    for skew in (-310, 310, -3 * 3600):  # a few seconds beyond the window: whole-second rounding never matters
        response = coordinator.raw(server, "GET", "/v1/me", timestamp=time.time() + 600 + skew)
        assert _error(response) == (401, "stale_timestamp")
        assert abs(response.json()["server_time"] - (time.time() + 600)) < 5
    for skew in (-250, 250):
        assert coordinator.raw(server, "GET", "/v1/me", timestamp=time.time() + 600 + skew).status_code == 200


@pytest.mark.parametrize("hours", [3, -3, 26])
def test_client_clock_hours_off_still_works(server, coordinator, hours):
    device = enroll(server, "monitor", clock=lambda: time.time() + hours * 3600)
    assert device.client.me()["role"] == "monitor"
    assert abs(device.client.server_time_offset() + hours * 3600) < 3
    device.client.close()


def test_client_recovers_when_its_clock_jumps(server, coordinator):
    skew = {"s": 0.0}
    device = enroll(server, "monitor", clock=lambda: time.time() + skew["s"])
    device.client.me()
    skew["s"] = 2 * 3600  # the laptop's clock is changed after the offset was learned
    assert device.client.me()["device_id"] == device.device_id  # one stale_timestamp, re-sync, retry
    device.client.close()


def test_revoked_device_is_refused_with_a_clear_error(server, coordinator, monitor):
    out = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "revoke", "--data",
                          str(server.data_dir), monitor.device_id], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    with pytest.raises(DeviceRevoked, match="revoked") as info:
        monitor.client.me()
    assert info.value.details["status"] == 403
    record = {d["device_id"]: d for d in coordinator.client.devices()}[monitor.device_id]
    assert record["revoked_at"] is not None
    listing = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "devices", "--data",
                              str(server.data_dir), "--json"], capture_output=True, text=True, cwd=ROOT, check=True)
    assert f'"{monitor.device_id}"' in listing.stdout and "revoked_at" in listing.stdout
    # Coordinators may no longer post to a revoked device's mailbox either.
    with pytest.raises(ServerRefused):
        coordinator.client.mailbox_post(monitor.device_id, b"ciphertext")


def test_a_device_reads_and_acks_only_its_own_mailbox(server, coordinator, monitor):
    other = enroll(server, "monitor")
    sent = coordinator.client.mailbox_post(monitor.device_id, b"for monitor 1")
    assert other.client.mailbox_fetch(0) == ([], 0)
    assert other.client.mailbox_ack([sent["message_id"]]) == 0  # someone else's id: nothing happens
    messages, cursor = monitor.client.mailbox_fetch(0)
    assert [m["data"] for m in messages] == [b"for monitor 1"] and messages[0]["sender"] == coordinator.device_id
    # There is no way to name another device's mailbox when reading.
    assert other.raw(server, "GET", f"/v1/devices/{monitor.device_id}/mailbox").status_code == 405
    assert monitor.client.mailbox_ack([sent["message_id"]]) == 1
    assert monitor.client.mailbox_fetch(0) == ([], 0)
    other.client.close()


def test_enrolment_must_be_signed_by_the_enrolled_key(server):
    from kpfield.sync.identity import b64url
    from kpfield.sync.invitation import parse_invitation

    inv = parse_invitation(server.invite("monitor"))
    new, other = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    body = (f'{{"token":"{inv.token}","role":"monitor","label":"x","sign_key":"{b64url(bytes(new.verify_key))}",'
            f'"box_key":"{b64url(bytes(32))}"}}').encode()
    device = Device(derive_device_id(bytes(new.verify_key)), new, None, None, [])
    assert _error(device.raw(server, "POST", "/v1/enroll", body, key=other)) == (401, "bad_signature")
    assert device.raw(server, "POST", "/v1/enroll", body).status_code == 200  # the token was not consumed


def test_role_cannot_be_upgraded_at_enrolment(server):
    from kpfield.sync.identity import b64url
    from kpfield.sync.invitation import parse_invitation

    inv = parse_invitation(server.invite("monitor"))
    key = nacl.signing.SigningKey.generate()
    body = (f'{{"token":"{inv.token}","role":"coordinator","label":"x","sign_key":"{b64url(bytes(key.verify_key))}",'
            f'"box_key":"{b64url(bytes(32))}"}}').encode()
    device = Device(derive_device_id(bytes(key.verify_key)), key, None, None, [])
    assert _error(device.raw(server, "POST", "/v1/enroll", body)) == (403, "invitation_role_mismatch")


def test_auth_errors_are_typed_on_the_client(server, coordinator):
    stranger = nacl.signing.SigningKey.generate()
    from kpfield.sync.transport import ServerClient

    client = ServerClient(server.url, derive_device_id(bytes(stranger.verify_key)), stranger,
                          server.ctx.public_key)
    with pytest.raises(AuthError) as info:
        client.me()
    assert info.value.details["error"] == "unknown_device"
    client.close()


def test_requests_beyond_the_rate_limit_get_429_with_retry_after(tmp_path):
    from serverutil import RunningServer

    frozen = time.time()  # the server's clock stands still: nothing refills, whatever the machine's load
    with RunningServer(tmp_path / "srv", rate_per_s=0.5, rate_burst=5, clock=lambda: frozen) as server:
        device = enroll(server, "monitor")  # enrolment counts against the address, not the device
        answers = [device.raw(server, "GET", "/v1/me") for _ in range(6)]
        assert [a.status_code for a in answers] == [200] * 5 + [429]
        assert answers[-1].json()["error"] == "rate_limited" and int(answers[-1].headers["Retry-After"]) >= 1
        other = enroll(server, "monitor")  # each device has its own bucket
        assert other.client.me()["device_id"] == other.device_id
        # A coordinator's requests cost a tenth of a token: it pulls every device's envelopes, one by one.
        coordinator = enroll(server, "coordinator")
        served = 0
        while (answer := coordinator.raw(server, "GET", "/v1/me")).status_code == 200 and served < 100:
            served += 1
        assert 50 <= served < 100 and answer.status_code == 429  # 10x the monitor's 5, plus what refilled meanwhile
        for d in (device, other, coordinator):
            d.client.close()


# --- the authorisation matrix: every route the app serves, who may call it ------------------------------------
ANYONE, ENROLMENT, DEVICE, OWN_UPLOAD, COORDINATOR = "anyone", "enrolment", "device", "own upload", "coordinator"
MATRIX = {
    ("GET", "/openapi.json"): ANYONE, ("HEAD", "/openapi.json"): ANYONE,
    ("GET", "/docs"): ANYONE, ("HEAD", "/docs"): ANYONE,
    ("GET", "/docs/oauth2-redirect"): ANYONE, ("HEAD", "/docs/oauth2-redirect"): ANYONE,
    ("GET", "/redoc"): ANYONE, ("HEAD", "/redoc"): ANYONE,
    ("GET", "/v1/time"): ANYONE,
    ("POST", "/v1/enroll"): ENROLMENT,
    ("GET", "/v1/me"): DEVICE,
    ("GET", "/v1/devices"): COORDINATOR,
    ("GET", "/v1/recipients"): DEVICE,
    ("POST", "/v1/recipients"): COORDINATOR,
    ("POST", "/v1/uploads"): DEVICE,
    ("GET", "/v1/uploads/{upload_id}"): OWN_UPLOAD,
    ("HEAD", "/v1/uploads/{upload_id}"): OWN_UPLOAD,
    ("PATCH", "/v1/uploads/{upload_id}"): OWN_UPLOAD,
    ("PUT", "/v1/uploads/{upload_id}"): OWN_UPLOAD,
    ("GET", "/v1/envelopes"): COORDINATOR,
    ("GET", "/v1/envelopes/{sha256}"): COORDINATOR,
    ("POST", "/v1/devices/{device_id}/mailbox"): COORDINATOR,
    ("GET", "/v1/mailbox"): DEVICE,
    ("POST", "/v1/mailbox/ack"): DEVICE,
    ("POST", "/v1/shared"): COORDINATOR,
    ("GET", "/v1/shared"): COORDINATOR,
    ("GET", "/v1/trust"): DEVICE,
    ("POST", "/v1/trust"): COORDINATOR,
}


def app_routes(app) -> set[tuple[str, str]]:
    """Every (method, path) the application routes, walking included routers."""
    found = set()

    def walk(routes, prefix):
        for route in routes:
            if hasattr(route, "original_router"):  # FastAPI keeps included routers nested
                walk(route.original_router.routes, prefix + route.include_context.prefix)
            else:
                found.update((method, prefix + route.path) for method in route.methods or ())

    walk(app.routes, "")
    return found


def test_every_route_has_an_authorisation_matrix_entry(tmp_path):
    from kpfield.server.app import create_app
    from kpfield.server.context import ServerConfig

    app = create_app(ServerConfig(data_dir=tmp_path / "d"))
    routes = app_routes(app)
    assert routes - set(MATRIX) == set(), "a route without an authorisation matrix entry: add it to MATRIX"
    assert set(MATRIX) - routes == set(), "a matrix entry for a route that no longer exists"


def _target(template: str, ids: dict) -> str:
    return template.format(upload_id=ids["upload_id"], sha256=ids["sha256"], device_id=ids["device_id"])


def _body(method: str, template: str, signer_key) -> tuple[bytes, dict]:
    from kpfield.sync.identity import b64url

    if template == "/v1/enroll":
        return (f'{{"token":"{"t" * 43}","role":"monitor","sign_key":"{b64url(bytes(signer_key.verify_key))}",'
                f'"box_key":"{b64url(bytes(32))}"}}').encode(), {}
    if method in ("PATCH", "PUT"):
        return b"abc", {"Upload-Offset": "0"}
    if template == "/v1/uploads":
        return b'{"sha256":"' + b"1" * 64 + b'","size":10}', {}
    if template == "/v1/mailbox/ack":
        return b'{"message_ids":[]}', {}
    if method == "POST":
        return b"opaque", {}
    return b"", {}


def _call(server, device: Device | None, method: str, template: str, ids: dict) -> httpx.Response:
    target = _target(template, ids)
    body, headers = _body(method, template, device.signing_key if device else nacl.signing.SigningKey.generate())
    if device is None:
        return httpx.request(method, server.url + target, content=body, headers=headers, trust_env=False)
    return device.raw(server, method, target, body, headers=headers)


def _code(response: httpx.Response) -> tuple[int, str | None]:
    try:
        return response.status_code, response.json().get("error")
    except ValueError:
        return response.status_code, None  # HEAD answers carry no body


def test_authorisation_matrix_holds_for_every_route(server, coordinator, monitor):
    """Unsigned, unknown, revoked, wrong-role and wrong-owner callers are refused on every route; allowed
    callers pass the checks (their answer may still refuse the made-up content, but never with 401/403/5xx)."""
    import hashlib

    revoked = enroll(server, "coordinator", label="revoked")
    server.ctx.meta.revoke_device(revoked.device_id, server.ctx.now())
    stranger_key = nacl.signing.SigningKey.generate()
    stranger = Device(derive_device_id(bytes(stranger_key.verify_key)), stranger_key, None, None, [])
    data = b"monitor's envelope"
    upload = monitor.client._json("POST", "/v1/uploads", {"sha256": hashlib.sha256(data).hexdigest(),
                                                          "size": len(data)})
    ids = {"upload_id": upload["upload_id"], "sha256": "0" * 64, "device_id": monitor.device_id}
    for (method, template), who in sorted(MATRIX.items()):
        where = f"{method} {template}"
        unsigned = _call(server, None, method, template, ids)
        if who == ANYONE:
            assert unsigned.status_code == 200, where
            continue
        assert _code(unsigned)[0] == 401, where
        if who == ENROLMENT:
            # Signed, but by a key other than the one being enrolled (here: an enrolled coordinator's).
            other = Device(coordinator.device_id, coordinator.signing_key, None, None, [])
            body, _ = _body(method, template, stranger_key)
            answer = other.raw(server, method, template, body)
            assert _code(answer) == (401, "bad_signature"), where
            continue
        assert _code(_call(server, stranger, method, template, ids))[0] == 401, where
        assert _code(_call(server, revoked, method, template, ids))[0] == 403, where
        if method != "HEAD":
            assert _code(_call(server, revoked, method, template, ids)) == (403, "device_revoked"), where
        as_monitor = _call(server, monitor, method, template, ids)
        as_coordinator = _call(server, coordinator, method, template, ids)
        if who == COORDINATOR:
            assert _code(as_monitor)[0] == 403, where
            if method != "HEAD":
                assert _code(as_monitor) == (403, "forbidden_role"), where
        else:
            assert as_monitor.status_code not in (401, 403) and as_monitor.status_code < 500, where
        assert as_coordinator.status_code not in (401, 403) and as_coordinator.status_code < 500, where
        if who == OWN_UPLOAD:  # the monitor's upload does not exist for anybody else
            assert _code(as_coordinator)[0] == 404, where
            assert as_monitor.status_code != 404, where
    revoked.client.close()
