"""Fixtures for the sync server tests: a real server on 127.0.0.1, enrolled devices, raw signed requests."""

from __future__ import annotations

import hashlib
import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import nacl.public
import nacl.signing
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serverutil import RunningServer  # noqa: E402

from kpfield.sync.auth import sign_request  # noqa: E402
from kpfield.sync.invitation import parse_invitation  # noqa: E402
from kpfield.sync.transport import ServerClient  # noqa: E402


@dataclass
class Device:
    """An enrolled test device: its keys and a ready client."""

    device_id: str
    signing_key: nacl.signing.SigningKey
    box_key: nacl.public.PrivateKey
    client: ServerClient
    coordinators: list

    def raw(self, server: RunningServer, method: str, target: str, body: bytes = b"", *, timestamp=None,
            headers=None, key=None) -> httpx.Response:
        """A hand-signed request outside ServerClient (to test what the server accepts)."""
        signed = sign_request(key or self.signing_key, self.device_id, method, target,
                              hashlib.sha256(body).hexdigest(), int(timestamp if timestamp is not None
                                                                    else time.time()))
        return httpx.request(method, server.url + target, content=body, headers={**(headers or {}), **signed},
                             trust_env=False)


@pytest.fixture
def server(tmp_path):
    with RunningServer(tmp_path / "server", rate_burst=10_000, rate_per_s=1000.0) as running:
        yield running


def enroll(server: RunningServer, role: str, label: str = "", **client_options) -> Device:
    signing_key, box_key = nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate()
    invitation = parse_invitation(server.invite(role, label=label))
    client_options.setdefault("retry_delay", 0.01)
    result = ServerClient.enroll(invitation, signing_key, bytes(box_key.public_key), **client_options)
    return Device(result.device_id, signing_key, box_key, result.client, result.coordinators)


@pytest.fixture
def coordinator(server):
    device = enroll(server, "coordinator", label="Coordinator A")
    yield device
    device.client.close()


@pytest.fixture
def monitor(server, coordinator):
    device = enroll(server, "monitor", label="Monitor 1")
    yield device
    device.client.close()


class LogEvent(logging.Handler):
    """Sets a threading.Event when the server logs a line containing ``needle`` (synchronisation without sleeps)."""

    def __init__(self, needle: str):
        super().__init__(logging.INFO)
        self.needle, self.event = needle, threading.Event()

    def emit(self, record):
        if self.needle in record.getMessage():
            self.event.set()


@pytest.fixture
def server_log():
    """``server_log("chunk_interrupted")`` returns an Event set when the server logs that event."""
    logger = logging.getLogger("kpfield.server")
    old_level = logger.level
    logger.setLevel(logging.INFO)
    handlers = []

    def watch(needle: str) -> threading.Event:
        handler = LogEvent(needle)
        logger.addHandler(handler)
        handlers.append(handler)
        return handler.event

    yield watch
    for handler in handlers:
        logger.removeHandler(handler)
    logger.setLevel(old_level)
