"""An in-memory keyring for tests, trusted explicitly as an encrypting OS keyring would be (the real ones need a
desktop session). Import it as ``from tests.memory_keyring import MemoryKeyring``."""

from __future__ import annotations

import keyring.backend

from kpfield.store.keyring_support import trust_backend


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict, gone with the process."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items = {}

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def get_password(self, service, username):
        return self.items.get((service, username))

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


trust_backend(MemoryKeyring)
