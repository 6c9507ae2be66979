"""Coordinators' feed and downloads, the shared channel, recipient lists, and the client on a faulty network."""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

import httpx
import pytest
from server_devices import enroll

from kpfield.errors import NetworkError, ServerRefused, SignatureInvalid
from kpfield.sync.identity import b64url
from kpfield.sync.invitation import make_recipient_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from netfault import DOWN, UP, FaultProxy  # noqa: E402


def _upload(device, size: int) -> tuple[bytes, str]:
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    device.client.upload(sha, size, lambda o, n: data[o:o + n])
    return data, sha


def test_feed_pages_by_cursor(server, coordinator, monitor):
    shas = [_upload(monitor, 1000 + i)[1] for i in range(5)]
    first, cursor = coordinator.client.list_envelopes(0, limit=2)
    rest, end = coordinator.client.list_envelopes(cursor, limit=100)
    assert [e["sha256"] for e in first + rest] == shas
    assert coordinator.client.list_envelopes(end) == ([], end)
    item = rest[0]
    assert set(item) == {"seq", "sha256", "size", "device_id", "upload_id", "received_at", "receipt"}
    assert item["device_id"] == monitor.device_id


def test_download_with_ranges(server, coordinator, monitor):
    data, sha = _upload(monitor, 200_000)
    target = f"/v1/envelopes/{sha}"
    whole = coordinator.raw(server, "GET", target)
    assert whole.status_code == 200 and whole.content == data
    part = coordinator.raw(server, "GET", target, headers={"Range": "bytes=1000-1999"})
    assert part.status_code == 206 and part.content == data[1000:2000]
    assert part.headers["Content-Range"] == f"bytes 1000-1999/{len(data)}"
    tail = coordinator.raw(server, "GET", target, headers={"Range": "bytes=199000-"})
    assert tail.content == data[199000:]
    for bad in ("bytes=200000-", "bytes=5-1", "items=0-1", "bytes=0-1,5-6"):
        response = coordinator.raw(server, "GET", target, headers={"Range": bad})
        assert response.status_code == 416, bad
    assert coordinator.raw(server, "GET", "/v1/envelopes/" + "0" * 64).status_code == 404


def test_download_resumes_after_truncated_responses(server, coordinator, monitor):
    data, sha = _upload(monitor, 900_000)
    envelope = coordinator.client.list_envelopes(0)[0][0]
    with FaultProxy(server.port, seed=3) as proxy:
        coordinator.client.base_url = proxy.url
        proxy.truncate_responses(300_000, count=2, path_prefix="/v1/envelopes/")
        out = bytearray()
        assert coordinator.client.download(envelope, out.extend) == len(data)
        assert bytes(out) == data and proxy.stats().truncations == 2


def test_upload_survives_cuts_and_server_errors(server, monitor):
    data = os.urandom(1_500_000)
    sha = hashlib.sha256(data).hexdigest()
    with FaultProxy(server.port, seed=5) as proxy:
        monitor.client.base_url = proxy.url
        proxy.cut_after(400_000, UP, count=None)  # every connection dies after 400 kB sent
        proxy.fail_requests(503, count=2, retry_after_s=None, method="PATCH")
        sent = []
        receipt = monitor.client.upload(sha, len(data), lambda o, n: sent.append(n) or data[o:o + n],
                                        chunk_size=512 * 1024)
        stats = proxy.stats()
    assert receipt.size == len(data) and stats.cuts >= 2 and stats.http_errors == 2
    assert server.ctx.blobs.open_envelope(sha).read() == data
    # Resuming from the server's offset: far less re-sent than a restart from zero after each fault would be.
    assert sum(sent) < 3 * len(data)


def test_a_stalled_link_raises_instead_of_hanging(server, monitor):
    from kpfield.sync.transport import ServerClient

    with FaultProxy(server.port, seed=1) as proxy:
        client = ServerClient(proxy.url, monitor.device_id, monitor.signing_key, server.ctx.public_key,
                              timeout=httpx.Timeout(1.0), max_attempts=2, retry_delay=0.01)
        proxy.stall_after(0, DOWN, count=None)  # every connection: the server's answers never arrive
        started = time.monotonic()
        with pytest.raises(NetworkError):
            client.upload("ab" * 32, 10, lambda o, n: bytes(n))
        assert time.monotonic() - started < 10
        proxy.unstall()
        client.close()


def test_shared_channel_is_for_coordinators(server, coordinator):
    other = enroll(server, "coordinator")
    first = coordinator.client.shared_post(b"\x01opaque review state")
    other.client.shared_post(b"\x02more")
    messages, cursor = other.client.shared_fetch(0)
    assert [m["data"] for m in messages] == [b"\x01opaque review state", b"\x02more"]
    assert messages[0]["sender"] == coordinator.device_id and messages[0]["message_id"] == first["message_id"]
    assert coordinator.client.shared_fetch(cursor) == ([], cursor)
    assert coordinator.client.mailbox_fetch(0) == ([], 0)  # the shared channel is not anybody's mailbox
    other.client.close()


def _entry(device) -> dict:
    return {"device_id": device.device_id, "sign_key": b64url(bytes(device.signing_key.verify_key)),
            "box_key": b64url(bytes(device.box_key.public_key)), "label": "c"}


def test_recipient_list_signed_by_a_trusted_coordinator(server, coordinator, monitor):
    second = enroll(server, "coordinator")
    assert monitor.client.recipients([bytes(coordinator.signing_key.verify_key)]) is None
    now = int(time.time())
    document = make_recipient_document(coordinator.signing_key, [_entry(coordinator), _entry(second)], now)
    coordinator.client.publish_recipients(document)
    trusted = [bytes(coordinator.signing_key.verify_key)]
    body = monitor.client.recipients(trusted)
    assert [c["device_id"] for c in body["coordinators"]] == [coordinator.device_id, second.device_id]
    assert body["signer"] == coordinator.device_id
    # A monitor that does not (yet) trust the signer refuses the list.
    with pytest.raises(SignatureInvalid):
        monitor.client.recipients([bytes(second.signing_key.verify_key)])
    # The server keeps only newer lists, and only those signed by the posting coordinator.
    with pytest.raises(ServerRefused) as info:
        second.client.publish_recipients(make_recipient_document(second.signing_key, [_entry(second)], now))
    assert info.value.details["error"] == "stale_document"
    with pytest.raises(ServerRefused) as info:
        second.client.publish_recipients(document)
    assert info.value.details["error"] == "bad_document"
    tampered = {**document, "coordinators": [_entry(second)], "issued_at": now + 5}
    with pytest.raises(ServerRefused):
        coordinator.client.publish_recipients(tampered)
    with pytest.raises(ServerRefused) as info:
        monitor.client.publish_recipients(make_recipient_document(monitor.signing_key, [], now + 9))
    assert info.value.details["status"] == 403
    second.client.close()
