"""Resumable, exactly-once uploads: chunks, cuts mid-body, restarts, duplicates, receipts, limits."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time

import pytest

from kpfield.errors import ReceiptInvalid, ServerRefused, SyncCancelled
from kpfield.sync.auth import Receipt, sign_request


def _envelope(size: int) -> tuple[bytes, str]:
    data = os.urandom(size)  # stands in for ciphertext: random bytes, no marker
    return data, hashlib.sha256(data).hexdigest()


class Reader:
    """``read_at`` over bytes that records which ranges the client asked for."""

    def __init__(self, data: bytes):
        self.data, self.reads = data, []

    def __call__(self, offset: int, length: int) -> bytes:
        self.reads.append((offset, length))
        return self.data[offset:offset + length]

    @property
    def bytes_read(self) -> int:
        return sum(n for _, n in self.reads)


def _declare(device, server, sha, size) -> dict:
    body = json.dumps({"sha256": sha, "size": size}).encode()
    response = device.raw(server, "POST", "/v1/uploads", body)
    assert response.status_code in (200, 201), response.text
    return response.json()


def _cut_chunk(device, server, upload_id: str, offset: int, chunk: bytes, send: int) -> None:
    """Send a PATCH announcing ``chunk`` but only its first ``send`` bytes, then drop the connection."""
    target = f"/v1/uploads/{upload_id}"
    signed = sign_request(device.signing_key, device.device_id, "PATCH", target, hashlib.sha256(chunk).hexdigest(),
                          int(time.time()))
    head = [f"PATCH {target} HTTP/1.1", f"Host: 127.0.0.1:{server.port}", f"Content-Length: {len(chunk)}",
            f"Upload-Offset: {offset}", "Content-Type: application/offset+octet-stream"]
    head += [f"{k}: {v}" for k, v in signed.items()]
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + chunk[:send])
        sock.shutdown(socket.SHUT_RDWR)


def _read_response(sock: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length"))
    while len(body) < length:
        body += sock.recv(65536)
    return (head + b"\r\n\r\n" + body).decode("latin-1")


def test_upload_in_chunks_returns_a_verified_receipt(server, coordinator, monitor):
    data, sha = _envelope(700_000)
    seen = []
    receipt = monitor.client.upload(sha, len(data), Reader(data), progress=lambda a, b: seen.append(a),
                                    chunk_size=100_000)
    assert isinstance(receipt, Receipt)
    assert (receipt.envelope_sha256, receipt.size, receipt.device_id) == (sha, len(data), monitor.device_id)
    assert len(seen) > 1 and seen == sorted(seen) and seen[-1] == len(data)
    envelopes, cursor = coordinator.client.list_envelopes(0)
    assert [e["sha256"] for e in envelopes] == [sha] and cursor == receipt.seq
    assert envelopes[0]["receipt"] == receipt.to_dict()
    assert coordinator.client.verify_receipt(envelopes[0]["receipt"], sha, len(data), monitor.device_id) == receipt


def test_cut_mid_chunk_keeps_the_prefix_and_resume_sends_only_the_rest(server, monitor, server_log):
    data, sha = _envelope(300_000)
    upload = _declare(monitor, server, sha, len(data))
    interrupted = server_log("chunk_interrupted")
    _cut_chunk(monitor, server, upload["upload_id"], 0, data[:200_000], send=123_457)
    assert interrupted.wait(10)
    status = monitor.client.upload_status(upload["upload_id"])
    assert 0 < status["offset"] <= 123_457 and not status["complete"]
    kept = status["offset"]
    reader = Reader(data)
    receipt = monitor.client.upload(sha, len(data), reader)
    assert reader.reads[0][0] == kept and reader.bytes_read == len(data) - kept
    assert receipt.upload_id == upload["upload_id"]
    assert server.ctx.blobs.open_envelope(sha).read() == data


def test_client_cancelled_mid_body_resumes_from_the_servers_offset(server, monitor, server_log):
    data, sha = _envelope(1_000_000)
    interrupted = server_log("chunk_interrupted")
    calls = {"n": 0}

    def cancel_in_the_middle() -> bool:  # checked before each 64 KiB piece of the body
        calls["n"] += 1
        return calls["n"] == 6

    with pytest.raises(SyncCancelled):
        monitor.client.upload(sha, len(data), Reader(data), cancel=cancel_in_the_middle, chunk_size=1_000_000)
    assert interrupted.wait(10)
    kept = _declare(monitor, server, sha, len(data))["offset"]
    assert kept > 0
    reader = Reader(data)
    monitor.client.upload(sha, len(data), reader)
    assert reader.reads[0][0] == kept and reader.bytes_read == len(data) - kept


def test_server_restart_mid_upload_resumes(server, monitor, server_log):
    data, sha = _envelope(400_000)
    upload = _declare(monitor, server, sha, len(data))
    interrupted = server_log("chunk_interrupted")
    _cut_chunk(monitor, server, upload["upload_id"], 0, data[:300_000], send=250_000)
    assert interrupted.wait(10)
    monitor.client.me()  # the client now holds a keep-alive connection that the restart will break
    server.restart()
    reader = Reader(data)
    receipt = monitor.client.upload(sha, len(data), reader)
    assert 0 < reader.reads[0][0] <= 250_000 and reader.bytes_read == len(data) - reader.reads[0][0]
    assert monitor.client.verify_receipt(receipt.to_dict(), sha, len(data)) == receipt


def test_same_envelope_declared_twice_is_one_upload_and_one_receipt(server, coordinator, monitor):
    data, sha = _envelope(50_000)
    first, second = _declare(monitor, server, sha, len(data)), _declare(monitor, server, sha, len(data))
    assert first["upload_id"] == second["upload_id"]
    receipt = monitor.client.upload(sha, len(data), Reader(data))
    reader = Reader(data)
    again = monitor.client.upload(sha, len(data), reader)
    assert again == receipt and reader.reads == []  # nothing sent the second time
    assert _declare(monitor, server, sha, len(data))["receipt"] == receipt.to_dict()
    assert len(coordinator.client.list_envelopes(0)[0]) == 1


def test_declaring_the_same_envelope_with_another_size_conflicts(server, monitor):
    _declare(monitor, server, "ab" * 32, 10)
    response = monitor.raw(server, "POST", "/v1/uploads", json.dumps({"sha256": "ab" * 32, "size": 11}).encode())
    assert (response.status_code, response.json()["error"]) == (409, "size_conflict")


def test_tampered_receipt_does_not_verify(server, monitor):
    data, sha = _envelope(10_000)
    receipt = monitor.client.upload(sha, len(data), Reader(data)).to_dict()
    for field, value in (("size", 10_001), ("seq", 99), ("device_id", "x" * 24), ("envelope_sha256", "0" * 64)):
        with pytest.raises(ReceiptInvalid):
            monitor.client.verify_receipt({**receipt, field: value})
    with pytest.raises(ReceiptInvalid):
        monitor.client.verify_receipt({**receipt, "sig": receipt["sig"][::-1]})
    with pytest.raises(ReceiptInvalid):  # valid signature, but for another envelope than the one we sent
        monitor.client.verify_receipt(receipt, "1" * 64, len(data))
    from kpfield.sync.transport import ServerClient
    import nacl.signing

    wrong_pin = ServerClient(server.url, monitor.device_id, monitor.signing_key,
                             bytes(nacl.signing.SigningKey.generate().verify_key))
    with pytest.raises(ReceiptInvalid):
        wrong_pin.verify_receipt(receipt)
    wrong_pin.close()


def test_chunk_not_matching_its_hash_is_discarded(server, monitor):
    data, sha = _envelope(20_000)
    upload = _declare(monitor, server, sha, len(data))
    target = f"/v1/uploads/{upload['upload_id']}"
    good = monitor.raw(server, "PATCH", target, data[:5000], headers={"Upload-Offset": "0"})
    assert good.json()["offset"] == 5000
    signed = sign_request(monitor.signing_key, monitor.device_id, "PATCH", target,
                          hashlib.sha256(b"other bytes").hexdigest(), int(time.time()))
    import httpx

    bad = httpx.patch(server.url + target, content=data[5000:9000], headers={**signed, "Upload-Offset": "5000"})
    assert (bad.status_code, bad.json()["error"]) == (400, "chunk_checksum_mismatch")
    assert monitor.client.upload_status(upload["upload_id"])["offset"] == 5000


def test_whole_envelope_checksum_mismatch_resets_the_upload(server, monitor):
    data, _ = _envelope(8000)
    upload = _declare(monitor, server, "cd" * 32, len(data))  # declared hash is not the data's
    response = monitor.raw(server, "PATCH", f"/v1/uploads/{upload['upload_id']}", data,
                           headers={"Upload-Offset": "0"})
    assert (response.status_code, response.json()["error"], response.json()["offset"]) == (409, "checksum_mismatch", 0)
    assert monitor.client.upload_status(upload["upload_id"])["offset"] == 0


def test_wrong_offset_is_refused_with_the_current_offset(server, monitor):
    data, sha = _envelope(9000)
    upload = _declare(monitor, server, sha, len(data))
    response = monitor.raw(server, "PATCH", f"/v1/uploads/{upload['upload_id']}", data[100:200],
                           headers={"Upload-Offset": "100"})
    assert (response.status_code, response.json()["error"], response.json()["offset"]) == (409, "offset_mismatch", 0)
    assert response.headers["Upload-Offset"] == "0"
    head = monitor.raw(server, "HEAD", f"/v1/uploads/{upload['upload_id']}")
    assert head.status_code == 200 and head.headers["Upload-Offset"] == "0" and head.headers["Upload-Length"] == "9000"


def test_another_devices_upload_does_not_exist_for_you(server, coordinator, monitor):
    data, sha = _envelope(1000)
    upload = _declare(monitor, server, sha, len(data))
    response = coordinator.raw(server, "GET", f"/v1/uploads/{upload['upload_id']}")
    assert (response.status_code, response.json()["error"]) == (404, "no_such_upload")
    response = coordinator.raw(server, "PATCH", f"/v1/uploads/{upload['upload_id']}", data,
                               headers={"Upload-Offset": "0"})
    assert response.status_code == 404


def test_size_limits_answer_413(tmp_path):
    from server_devices import enroll
    from serverutil import RunningServer

    with RunningServer(tmp_path / "small", max_envelope_bytes=100_000, max_json_bytes=4096,
                       max_message_bytes=1000, max_chunk_bytes=50_000) as server:
        monitor, coordinator = enroll(server, "monitor"), enroll(server, "coordinator")
        with pytest.raises(ServerRefused) as info:
            monitor.client.upload("ab" * 32, 100_001, lambda o, n: b"")
        assert (info.value.details["status"], info.value.details["error"]) == (413, "envelope_too_large")
        big = monitor.raw(server, "POST", "/v1/uploads", b"[" + b"1," * 5000 + b"1]")
        assert (big.status_code, big.json()["error"]) == (413, "body_too_large")
        with pytest.raises(ServerRefused) as info:
            coordinator.client.mailbox_post(monitor.device_id, os.urandom(1001))
        assert info.value.details["status"] == 413
        data, sha = _envelope(90_000)
        upload = _declare(monitor, server, sha, len(data))
        chunk = monitor.raw(server, "PATCH", f"/v1/uploads/{upload['upload_id']}", data[:60_000],
                            headers={"Upload-Offset": "0"})
        assert (chunk.status_code, chunk.json()["error"]) == (413, "chunk_too_large")
        small = _declare(monitor, server, "ef" * 32, 1000)
        past = monitor.raw(server, "PATCH", f"/v1/uploads/{small['upload_id']}", os.urandom(1001),
                           headers={"Upload-Offset": "0"})
        assert (past.status_code, past.json()["error"]) == (413, "upload_too_large")
        # Within the limits the same envelope goes through, in chunks the server accepts.
        assert monitor.client.upload(sha, len(data), Reader(data), chunk_size=40_000).size == len(data)
        monitor.client.close()
        coordinator.client.close()


def test_oversize_body_is_refused_before_it_is_sent(server, monitor):
    """The 413 comes back after the headers alone: the server never waits for (or stores) the huge body."""
    target = "/v1/uploads"
    signed = sign_request(monitor.signing_key, monitor.device_id, "POST", target, "0" * 64, int(time.time()))
    head = [f"POST {target} HTTP/1.1", f"Host: 127.0.0.1:{server.port}", "Content-Length: 1000000000",
            "Content-Type: application/json"] + [f"{k}: {v}" for k, v in signed.items()]
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        answer = _read_response(sock)
    assert answer.startswith("HTTP/1.1 413") and "body_too_large" in answer


def test_malformed_input_gets_4xx_never_5xx(server, monitor):
    bodies = [b"{", b"null", b"[]", b'{"sha256": 5, "size": "x"}', b'{"sha256": "' + b"g" * 64 + b'", "size": 1}',
              b'{"sha256": "' + b"a" * 64 + b'", "size": -1}', b"\xff\xfe", b'{"size": 1e309}',
              b'{"sha256": "' + b"a" * 64 + b'", "size": true}', b"[" * 100_000]
    for body in bodies:
        response = monitor.raw(server, "POST", "/v1/uploads", body)
        assert 400 <= response.status_code < 500, (body[:40], response.status_code)
        assert response.json()["error"]
    for target in ("/v1/envelopes?after=-1", "/v1/mailbox?after=abc", "/v1/mailbox?limit=0",
                   "/v1/uploads/" + "x" * 500, "/v1/envelopes/../../etc/passwd"):
        response = monitor.raw(server, "GET", target)
        assert 400 <= response.status_code < 500, (target, response.status_code)
    import httpx

    for headers in ({"KPF-Device": "a", "KPF-Timestamp": "x"}, {"KPF-Device": "../..", "KPF-Timestamp": "1",
                                                                "KPF-Nonce": "n" * 20, "KPF-Content-SHA256": "0" * 64,
                                                                "KPF-Signature": "%%%"}):
        response = httpx.get(server.url + "/v1/me", headers=headers)
        assert response.status_code == 401
    response = httpx.post(server.url + "/v1/enroll", content=b"not json")
    assert response.status_code == 400
    response = httpx.post(server.url + "/v1/enroll", content=b'{"token": 1}')
    assert 400 <= response.status_code < 500
