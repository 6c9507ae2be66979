"""The server's configuration, its Ed25519 key, its stores, and the operations the CLI shares with the HTTP API."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import ssl
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import nacl.signing

from kpfield.errors import KPFieldError
from kpfield.server.storage import BlobStore, DeviceRecord, MetadataStore
from kpfield.sync.auth import DOMAIN_SERVER_DOC, key_fingerprint, sign_document
from kpfield.sync.identity import b64url

KEY_FILE = "server_key"
SETTINGS_FILE = "server.json"
_KEY_MAGIC = b"KPSK\x01"
DEFAULT_URL = "http://127.0.0.1:8765"
MiB = 1 << 20


class ServerSetupError(KPFieldError):
    """The server's data folder or key cannot be used (CLI: exit code 1)."""

    code = "server_setup"


@dataclass
class ServerConfig:
    """How one server instance runs. Defaults suit a small organisation on one machine.

    :param data_dir: the folder holding the key, ``meta.sqlite3`` and ``blobs/``.
    :param public_url: the address devices use (put into invitations).
    :param tls_fingerprint: hex SHA-256 of the DER certificate, pinned by devices when the cert is self-signed.
    :param max_envelope_bytes: largest envelope accepted.
    :param max_chunk_bytes: largest single upload request body.
    :param max_json_bytes: largest JSON request body.
    :param max_message_bytes: largest mailbox / shared-channel message.
    :param clock_window_s: how far a request's timestamp may be from the server clock.
    :param rate_per_s: sustained requests per second allowed per device (and per address before enrolment).
    :param rate_burst: token bucket size.
    :param coordinator_rate_factor: coordinators may make this many times more requests (they download every
        device's envelopes, one request each).
    :param max_header_bytes: largest request head (request line and headers); larger ones get 431.
    :param header_timeout_s: a request head must arrive whole within this time (slow header senders are cut off).
    :param body_idle_timeout_s: longest silence inside a request body before the request is cut off (408).
    :param body_timeout_s: longest time a request body may take in all (408 beyond).
    :param send_timeout_s: longest wait for a client to take the next part of an answer (slow readers are cut off).
    :param keep_alive_s: an idle kept-alive connection is closed after this time.
    :param max_connections: connections open at once; a new one beyond closes the oldest anonymous connection
        (503 only when every slot belongs to an enrolled device; see ``connections.py``).
    :param max_connections_per_address: connections open at once from one client address (same rule).
    :param signed_share: the share of ``max_connections`` that connections not yet authenticated as a device can
        never hold (kept for enrolled devices).
    :param drain_timeout_s: after an answer to a request that is not a device's, the rest of its body must arrive
        within this time (else the connection is closed).
    :param rate_max_keys: rate-limit entries kept in memory (devices and addresses); see ``guard.TokenBuckets``.
    :param max_pending_uploads: unfinished uploads one device may have at once (409 ``quota_exceeded`` beyond).
    :param max_pending_bytes: sum of the declared sizes of one device's unfinished uploads (same answer beyond).
    :param upload_expiry_s: an unfinished upload that received nothing for this long is removed with its bytes.
    :param clock: the server's clock (tests move it).
    """

    data_dir: Path
    public_url: str = DEFAULT_URL
    tls_fingerprint: str | None = None
    max_envelope_bytes: int = 512 * MiB
    max_chunk_bytes: int = 16 * MiB
    max_json_bytes: int = 1 * MiB
    max_message_bytes: int = 256 * 1024
    clock_window_s: int = 300
    rate_per_s: float = 20.0
    rate_burst: int = 120
    coordinator_rate_factor: float = 10.0
    max_header_bytes: int = 64 * 1024
    header_timeout_s: float = 10.0
    body_idle_timeout_s: float = 30.0
    # A 16 MiB chunk at 28 kB/s; the client sizes its chunks to about 30 s of its measured link speed.
    body_timeout_s: float = 600.0
    # 256 KiB blocks at 2 kB/s (a poor satellite link) take ~130 s; a client that takes nothing holds a slot.
    send_timeout_s: float = 300.0
    keep_alive_s: float = 15.0
    max_connections: int = 200
    max_connections_per_address: int = 32
    signed_share: float = 0.25
    drain_timeout_s: float = 10.0
    rate_max_keys: int = 10_000
    max_pending_uploads: int = 64
    max_pending_bytes: int = 2048 * MiB
    upload_expiry_s: int = 7 * 86400
    clock: Callable[[], float] = field(default=time.time)

    def __post_init__(self):
        self.data_dir = Path(self.data_dir)

    @property
    def max_body_bytes(self) -> int:
        """The backstop for every request: twice the largest body any route accepts (at least 32 MiB), refused
        from its ``Content-Length`` before reading.

        Below it each route answers its own, more specific 413 (``chunk_too_large`` makes clients use smaller
        chunks, which they can only learn if the answer reaches them: see ``limits.RequestLimits``).
        """
        return max(2 * max(self.max_chunk_bytes, self.max_json_bytes, self.max_message_bytes), 32 * MiB)


def load_or_create_key(data_dir: Path) -> nacl.signing.SigningKey:
    """The server's Ed25519 key from ``data_dir/server_key``, created (mode 0600) on first use.

    :param data_dir: the server's data folder (created, mode 0700, if missing).
    """
    data_dir = Path(data_dir)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = data_dir / KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        data = path.read_bytes()
        if len(data) != len(_KEY_MAGIC) + 32 or not data.startswith(_KEY_MAGIC):
            raise ServerSetupError(f"{path} is not a KP Field server key (damaged or from another program).")
        return nacl.signing.SigningKey(data[len(_KEY_MAGIC):])
    key = nacl.signing.SigningKey.generate()
    with os.fdopen(fd, "wb") as handle:
        handle.write(_KEY_MAGIC + bytes(key))
        handle.flush()
        os.fsync(handle.fileno())
    return key


def cert_fingerprint(certfile: str | Path) -> str:
    """Hex SHA-256 of a PEM certificate's DER bytes: what devices pin for a self-signed certificate."""
    try:
        pem = Path(certfile).read_text(encoding="ascii")
        der = ssl.PEM_cert_to_DER_cert(pem)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ServerSetupError(f"Cannot read the certificate {certfile}: {exc}.") from None
    return hashlib.sha256(der).hexdigest()


def load_settings(data_dir: Path) -> dict:
    """What ``kpfield server run`` last recorded (public URL, TLS fingerprint), for ``invite``."""
    try:
        return json.loads((Path(data_dir) / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_settings(data_dir: Path, settings: dict) -> None:
    path = Path(data_dir) / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, sort_keys=True, indent=1), encoding="utf-8")
    os.replace(tmp, path)


class ServerContext:
    """One open server: its config, key and stores. Shared by the HTTP app and the admin CLI.

    :param config: the configuration.
    :param metadata: a metadata store (default: SQLite in the data folder).
    :param blobs: a blob store (default: ``data_dir/blobs``).
    """

    def __init__(self, config: ServerConfig, metadata: MetadataStore | None = None, blobs: BlobStore | None = None):
        from kpfield.server.storage_files import FolderBlobStore
        from kpfield.server.storage_sqlite import SqliteMetadataStore

        self.config = config
        self.key = load_or_create_key(config.data_dir)
        self.public_key = bytes(self.key.verify_key)
        self.fingerprint = key_fingerprint(self.public_key)
        self.meta = metadata or SqliteMetadataStore(config.data_dir / "meta.sqlite3")
        self.blobs = blobs or FolderBlobStore(config.data_dir / "blobs")
        from kpfield.server.connections import ConnectionBook
        from kpfield.server.nonces import NONCE_FILE, NonceStore

        self.nonces = NonceStore(config.data_dir / NONCE_FILE)
        self.connections = ConnectionBook.from_config(config)
        self.next_sweep = 0  # when unfinished uploads are next checked for expiry (see housekeeping.py)
        self.started_at = self.now()

    def now(self) -> int:
        return int(self.config.clock())

    def close(self) -> None:
        self.meta.close()
        self.nonces.close()

    def coordinators(self) -> list[dict]:
        """The enrolled, unrevoked coordinators' public keys, as invitations and recipient lists carry them."""
        return [coordinator_entry(d) for d in self.meta.list_devices() if d.role == "coordinator" and not d.revoked_at]

    def server_recipient_list(self) -> dict:
        """The current coordinators, signed by the server key (a monitor's first recipient list)."""
        return sign_document(self.key, DOMAIN_SERVER_DOC, {"v": 1, "kind": "server-recipients",
                                                           "issued_at": self.now(),
                                                           "coordinators": self.coordinators()})

    def issue_invitation(self, role: str, expires_s: int, label: str = "", url: str | None = None) -> str:
        """Create a one-time invitation and return its text; only the token's SHA-256 is stored.

        :param role: ``"monitor"`` or ``"coordinator"``.
        :param expires_s: lifetime in seconds.
        :param label: a name for the device, shown in ``kpfield server devices``.
        :param url: the server address devices should use (default: the configured public URL).
        """
        from kpfield.server.trust_docs import org_key
        from kpfield.sync.invitation import create_invitation

        token = secrets.token_bytes(32)
        now = self.now()
        text = create_invitation(self.key, url=url or self.config.public_url, token=b64url(token), role=role,
                                 expires_at=now + expires_s, label=label, coordinators=self.coordinators(),
                                 tls_fingerprint=self.config.tls_fingerprint,
                                 org_key=org_key(self.config.data_dir))
        self.meta.add_invitation(token_hash(b64url(token)), role, label, now, now + expires_s)
        return text


def token_hash(token: str) -> str:
    """How the server stores an invitation token: hex SHA-256 of its text (a 256-bit random token)."""
    return hashlib.sha256(b"kpfield/invitation-token/v1\0" + token.encode("ascii")).hexdigest()


def coordinator_entry(device: DeviceRecord) -> dict:
    return {"device_id": device.device_id, "sign_key": b64url(device.sign_key), "box_key": b64url(device.box_key),
            "label": device.label}


def device_json(device: DeviceRecord) -> dict:
    """A device record as the API and ``kpfield server devices --json`` show it."""
    return {"device_id": device.device_id, "role": device.role, "label": device.label,
            "sign_key": b64url(device.sign_key), "box_key": b64url(device.box_key),
            "enrolled_at": device.enrolled_at, "revoked_at": device.revoked_at}
