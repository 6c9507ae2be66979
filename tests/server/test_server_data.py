"""What the server keeps on disk and in its logs: opaque bytes and routing metadata, never tokens or payloads."""

from __future__ import annotations

import hashlib
import logging
import os
import stat

from server_devices import enroll

from kpfield.server.context import ServerConfig, ServerContext, load_or_create_key
from kpfield.server.storage_files import FolderBlobStore
from kpfield.sync.invitation import parse_invitation

LABEL = "Marange-monitor-Tendai"


def _all_files(root):
    for path in root.rglob("*"):
        if path.is_file():
            yield path, path.read_bytes()


def test_server_folder_holds_no_tokens_and_no_payload_outside_blobs(server, caplog):
    caplog.set_level(logging.INFO, logger="kpfield.server")
    invitation = server.invite("monitor", label=LABEL)
    token = parse_invitation(invitation).token
    coordinator = enroll(server, "coordinator", label="Desk")
    monitor = enroll(server, "monitor", label=LABEL)
    ciphertext = os.urandom(150_000)
    sha = hashlib.sha256(ciphertext).hexdigest()
    monitor.client.upload(sha, len(ciphertext), lambda o, n: ciphertext[o:o + n])
    note = os.urandom(2000)
    coordinator.client.mailbox_post(monitor.device_id, note)
    server.stop()  # checkpoint the WAL so the database file holds everything

    secrets_ = {"token": token.encode(), "token (hex)": token.encode().hex().encode(),
                "coordinator signing key": bytes(coordinator.signing_key), "monitor box key": bytes(monitor.box_key)}
    blob_paths = []
    for path, content in _all_files(server.data_dir):
        for name, secret in secrets_.items():
            assert secret not in content, f"{name} found in {path}"
        if ciphertext[:4096] in content:
            blob_paths.append(str(path.relative_to(server.data_dir)))
        if LABEL.encode() in content:  # the operator's device names live in the metadata database only
            assert path.name.startswith("meta.sqlite3"), path
        if path.name == "server_key" or path.name.startswith("meta.sqlite3"):
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, f"{path} is readable by others"
    assert blob_paths == [os.path.join("blobs", "envelopes", sha[:2], sha)]
    # Logs: routing metadata only.
    log_text = "\n".join(r.getMessage() for r in caplog.records)
    assert "envelope_received" in log_text
    for forbidden in (token, LABEL, sha, "KPF-Signature", invitation[:40]):
        assert forbidden not in log_text
    coordinator.client.close()
    monitor.client.close()


def test_server_key_is_created_once_and_kept(tmp_path):
    first = load_or_create_key(tmp_path / "d")
    assert bytes(load_or_create_key(tmp_path / "d")) == bytes(first)
    assert stat.S_IMODE((tmp_path / "d" / "server_key").stat().st_mode) == 0o600
    ctx = ServerContext(ServerConfig(data_dir=tmp_path / "d"))
    assert ctx.public_key == bytes(first.verify_key) and len(ctx.fingerprint.split("-")) == 8
    ctx.close()


def test_blob_store_appends_truncates_and_completes_atomically(tmp_path):
    blobs = FolderBlobStore(tmp_path / "b")
    with blobs.appender("u1", 0) as writer:
        writer.write(b"hello ")
    with blobs.appender("u1", 6) as writer:
        writer.write(b"world!!")
    blobs.truncate("u1", 11)
    assert blobs.length("u1") == 11
    sha = hashlib.sha256(b"hello world").hexdigest()
    assert blobs.upload_sha256("u1") == sha
    blobs.complete("u1", sha)
    assert blobs.length("u1") == 0 and blobs.has_envelope(sha)
    with blobs.open_envelope(sha) as handle:
        assert handle.read() == b"hello world"
    try:
        with blobs.appender("u2", 5):
            raise AssertionError("appending at the wrong offset must fail")
    except ValueError:
        pass
    for bad in ("../x", "a/b", ""):
        try:
            blobs.length(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} accepted as an upload id")
