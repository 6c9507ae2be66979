"""Uploads under abuse, against a real server on 127.0.0.1: receipts only for bytes a device sent, per-device
quotas on unfinished uploads, expiry of abandoned uploads, and their removal when a device is revoked."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from server_devices import enroll
from serverutil import RunningServer

from kpfield.errors import ServerQuotaExceeded
from kpfield.server.context import MiB

ROOT = Path(__file__).resolve().parents[2]


def _envelope(size: int) -> tuple[bytes, str]:
    data = os.urandom(size)
    return data, hashlib.sha256(data).hexdigest()


def _declare(device, sha: str, size: int) -> dict:
    return device.client._json("POST", "/v1/uploads", {"sha256": sha, "size": size})


def _parts(server) -> list[Path]:
    return sorted((server.data_dir / "blobs" / "uploads").glob("*.part"))


def test_knowing_anothers_hash_and_size_gives_no_receipt(server, coordinator, monitor):
    """Monitor B learns the hash and size of A's envelope (e.g. from A's receipt) and declares it: it gets a fresh
    upload at offset 0, never a receipt naming itself for bytes it did not send."""
    data, sha = _envelope(20_000)
    receipt = monitor.client.upload(sha, len(data), lambda o, n: data[o:o + n])
    assert receipt.device_id == monitor.device_id
    other = enroll(server, "monitor", label="Monitor 2")
    state = _declare(other, sha, len(data))
    assert state["complete"] is False and state["receipt"] is None and state["offset"] == 0
    again = other.client.upload_status(state["upload_id"])  # asking again does not finish it either
    assert again["complete"] is False and again["offset"] == 0
    feed = coordinator.client.list_envelopes(0)[0]
    assert [e["device_id"] for e in feed] == [monitor.device_id]
    # Sending the bytes itself is a real upload, and only then is there a receipt naming it.
    own = other.client.upload(sha, len(data), lambda o, n: data[o:o + n])
    assert own.device_id == other.device_id
    other.client.close()


def test_unfinished_uploads_are_bounded_per_device(tmp_path):
    with RunningServer(tmp_path / "srv", max_pending_uploads=2, max_pending_bytes=3 * MiB) as server:
        monitor, neighbour = enroll(server, "monitor"), enroll(server, "monitor")
        # Declared with nothing sent: what a device that announces huge envelopes would do.
        _declare(monitor, _envelope(10)[1], MiB)
        _declare(monitor, _envelope(10)[1], MiB)
        data, sha = _envelope(5000)
        with pytest.raises(ServerQuotaExceeded) as info:  # a third envelope: the count quota
            monitor.client.upload(sha, len(data), lambda o, n: data[o:o + n])
        assert info.value.details["error"] == "quota_exceeded" and info.value.details["status"] == 409
        assert info.value.details["pending_uploads"] == 2
        # Another device is not affected; its own byte quota holds too.
        _declare(neighbour, _envelope(10)[1], 2 * MiB)
        with pytest.raises(ServerQuotaExceeded):
            _declare(neighbour, _envelope(10)[1], 2 * MiB)
        assert len(_parts(server)) == 0  # nothing was allocated for any of them
        for device in (monitor, neighbour):
            device.client.close()


def test_abandoned_uploads_expire_and_free_the_quota(tmp_path):
    now = [1_900_000_000]
    with RunningServer(tmp_path / "srv", clock=lambda: now[0], max_pending_uploads=1,
                       upload_expiry_s=3600) as server:
        monitor = enroll(server, "monitor")
        data, sha = _envelope(50_000)
        state = _declare(monitor, sha, len(data))
        # Half of it arrives, then the device goes silent.
        response = monitor.client._request("PATCH", f"/v1/uploads/{state['upload_id']}", body=data[:20_000],
                                           headers={"Upload-Offset": "0",
                                                    "Content-Type": "application/offset+octet-stream"})
        assert response.status_code == 200 and len(_parts(server)) == 1
        other, other_sha = _envelope(10)
        with pytest.raises(ServerQuotaExceeded):
            _declare(monitor, other_sha, len(other))
        now[0] += 3600 * 24 * 365  # long after the expiry (also after the real time the bytes were written)
        # The next declaration runs the sweep: the abandoned upload and its bytes are gone, the quota is free.
        receipt = monitor.client.upload(other_sha, len(other), lambda o, n: other[o:o + n])
        assert receipt.device_id == monitor.device_id
        assert _parts(server) == []
        assert server.ctx.meta.get_upload(state["upload_id"]) is None
        monitor.client.close()


def test_revoking_a_device_removes_its_unfinished_uploads(tmp_path):
    with RunningServer(tmp_path / "srv") as server:
        monitor, keeper = enroll(server, "monitor"), enroll(server, "monitor")
        for device in (monitor, keeper):
            data, sha = _envelope(30_000)
            state = _declare(device, sha, len(data))
            device.client._request("PATCH", f"/v1/uploads/{state['upload_id']}", body=data[:10_000],
                                   headers={"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        assert len(_parts(server)) == 2
        done = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "revoke", "--data",
                               str(server.data_dir), monitor.device_id], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0 and "removed 1 unfinished upload" in done.stderr
        assert len(_parts(server)) == 1  # only the other device's upload remains
        assert server.ctx.meta.unfinished_uploads(device_id=monitor.device_id) == []
        assert len(server.ctx.meta.unfinished_uploads(device_id=keeper.device_id)) == 1
        for device in (monitor, keeper):
            device.client.close()


def test_server_run_takes_the_limits_as_flags(tmp_path):
    import socket

    import httpx
    import nacl.public
    import nacl.signing

    from kpfield.sync.invitation import parse_invitation
    from kpfield.sync.transport import ServerClient

    bad = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "run", "--data", str(tmp_path / "x"),
                          "--device-share", "1.5"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "--device-share" in bad.stderr and not (tmp_path / "x").exists()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = tmp_path / "srv"
    process = subprocess.Popen([sys.executable, "-m", "kpfield.cli.main", "server", "run", "--data", str(data),
                                "--port", str(port), "--max-pending-uploads", "1", "--max-pending-mib", "1",
                                "--upload-expiry", "2h", "--max-connections", "20",
                                "--max-connections-per-address", "10", "--device-share", "0.5",
                                "--drain-timeout", "5"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        for line in process.stderr:  # uvicorn's own "running" line: no sleeps, no polling
            if "Uvicorn running" in line or "startup complete" in line.lower():
                break
        invite = subprocess.run([sys.executable, "-m", "kpfield.cli.main", "server", "invite", "--data", str(data),
                                 "--role", "monitor"], cwd=ROOT, capture_output=True, text=True, check=True)
        result = ServerClient.enroll(parse_invitation(invite.stdout), nacl.signing.SigningKey.generate(),
                                     bytes(nacl.public.PrivateKey.generate().public_key), retry_delay=0.01)
        client = result.client
        with pytest.raises(ServerQuotaExceeded):  # 2 MiB declared against a 1 MiB quota
            client._json("POST", "/v1/uploads", {"sha256": _envelope(10)[1], "size": 2 * MiB})
        client._json("POST", "/v1/uploads", {"sha256": _envelope(10)[1], "size": 1000})
        with pytest.raises(ServerQuotaExceeded) as info:  # one unfinished upload at most
            client._json("POST", "/v1/uploads", {"sha256": _envelope(10)[1], "size": 1000})
        assert info.value.details["max_pending_uploads"] == 1
        assert httpx.get(f"http://127.0.0.1:{port}/v1/time", trust_env=False).status_code == 200
        client.close()
    finally:
        process.terminate()
        process.communicate(timeout=20)
