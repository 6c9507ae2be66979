"""This device's sync account in the encrypted store: enrolment, its keys, the server it trusts, its coordinators.

Coordinators are trusted only through the organisation key pinned at enrolment (``kpfield.sync.trust_store``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from sqlite_utils import Database

from kpfield.errors import KPFieldError, SyncError
from kpfield.model import iso, utcnow
from kpfield.sync import trust_store
from kpfield.sync.identity import DeviceKeys
from kpfield.sync.invitation import Invitation
from kpfield.sync.transport import ServerClient


log = logging.getLogger(__name__)


class NotEnrolled(SyncError):
    code = "not_enrolled"


@dataclass(frozen=True)
class Recipient:
    """A coordinator this device encrypts to and whose signatures it trusts."""

    device_id: str
    sign_key: bytes
    box_key: bytes
    label: str


@dataclass(frozen=True)
class Account:
    """The enrolled identity: keys, role, server address and pinned server key."""

    keys: DeviceKeys
    device_id: str
    role: str
    label: str
    server_url: str
    server_key: bytes
    server_fingerprint: str
    tls_fingerprint: str | None
    enrolled_at: str

    def client(self, **options) -> ServerClient:
        """A signed-request client for this account (close it when done)."""
        return ServerClient(self.server_url, self.device_id, self.keys.signing_key, self.server_key,
                            self.tls_fingerprint, **options)


def load_account(db: Database) -> Account | None:
    row = db.execute(
        "SELECT device_keys, device_id, role, label, server_url, server_key, server_fingerprint, tls_fingerprint, "
        "enrolled_at FROM sync_identity WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return Account(DeviceKeys.from_bytes(row[0]), *row[1:])


def require_account(db: Database) -> Account:
    account = load_account(db)
    if account is None:
        raise NotEnrolled("This profile is not enrolled with a sync server yet: paste an invitation first "
                          "(kpfield enroll INVITATION).")
    return account


def recipients(db: Database) -> list[Recipient]:
    """The coordinators this device seals to and accepts coordinator signatures from: those the pinned
    organisation key certified and has not revoked (never a list the server or one coordinator hands out).

    Raises :class:`~kpfield.trust.NoOrgPinned` or :class:`~kpfield.trust.NoCertifiedCoordinators` rather than
    return nobody.
    """
    return [Recipient(c.device_id, c.sign_key, c.box_key, c.label) for c in trust_store.coordinators(db)]


def enroll(db: Database, invitation: Invitation, *, label: str | None = None, **client_options) -> Account:
    """Create this device's keys, register them with the invitation's server and keep everything in the store.

    Refuses a second enrolment (one profile, one server identity). The keys are generated here and never leave
    the store in clear. The organisation key the invitation carries (whose fingerprint the user compared aloud)
    is pinned: from then on only devices it certified are trusted.
    """
    if load_account(db) is not None:
        raise SyncError("This profile is already enrolled with a sync server.", code="already_enrolled")
    keys = DeviceKeys.generate()
    enrollment = ServerClient.enroll(invitation, keys.signing_key, bytes(keys.box_key.public_key), label=label,
                                     **client_options)
    enrollment.client.close()
    with db.atomic():
        db.execute(
            "INSERT INTO sync_identity (id, device_keys, device_id, role, label, server_url, server_key, "
            "server_fingerprint, tls_fingerprint, enrolled_at) VALUES (1,?,?,?,?,?,?,?,?,?)",
            [keys.to_bytes(), enrollment.device_id, enrollment.role, label or invitation.label, invitation.url,
             invitation.server_key, invitation.server_fingerprint, invitation.tls_fingerprint, iso(utcnow())],
        )
        db.execute("INSERT OR IGNORE INTO sync_chain (id, last_seq, last_envelope_sha256) VALUES (1, 0, NULL)")
        if invitation.org_key is not None:  # compared aloud with its fingerprint before enrolling
            trust_store.pin_org(db, invitation.org_key)
    account = load_account(db)
    if invitation.org_key is not None:
        try:  # the organisation's certificates now, so that the first report can be sealed at once
            with account.client(**client_options) as client:
                trust_store.refresh(db, client)
        except KPFieldError as exc:  # the next sync fetches them
            log.info("certificates not fetched at enrolment: %s", type(exc).__name__)
    return account


def get_state(db: Database, key: str, default=None):
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_state(db: Database, key: str, value) -> None:
    db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
               "excluded.value", [key, json.dumps(value)])
