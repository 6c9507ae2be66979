"""Enrolled test devices for the server tests (kept out of conftest.py so test modules can import them)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import httpx
import nacl.public
import nacl.signing

from serverutil import RunningServer

from kpfield.sync.auth import sign_request
from kpfield.sync.invitation import parse_invitation
from kpfield.sync.transport import ServerClient


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



def enroll(server: RunningServer, role: str, label: str = "", **client_options) -> Device:
    signing_key, box_key = nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate()
    invitation = parse_invitation(server.invite(role, label=label))
    client_options.setdefault("retry_delay", 0.01)
    result = ServerClient.enroll(invitation, signing_key, bytes(box_key.public_key), **client_options)
    return Device(result.device_id, signing_key, box_key, result.client, result.coordinators)
