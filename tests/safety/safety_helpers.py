"""Constants and an in-memory keyring shared by the field-safety tests."""

from __future__ import annotations



PASSPHRASE = "granite river seventeen lanterns"
DURESS = "copper kettle whistles at dawn"
NEW_PASSPHRASE = "seven herons cross the brown water"


from tests.memory_keyring import MemoryKeyring  # noqa: E402,F401 - shared by the test folders
