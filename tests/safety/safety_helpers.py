"""Constants and an in-memory keyring shared by the field-safety tests."""

from __future__ import annotations

import keyring.backend

from kpfield.store.keyring_support import trust_backend

PASSPHRASE = "granite river seventeen lanterns"
DURESS = "copper kettle whistles at dawn"
NEW_PASSPHRASE = "seven herons cross the brown water"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring, trusted explicitly as an encrypting OS keyring would be."""

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
