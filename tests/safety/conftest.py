"""Fixtures for field-safety tests: fast (test-only) Argon2id, profiles made with a cover store."""

from __future__ import annotations

import pytest
from safety_helpers import PASSPHRASE

from kpfield.safety.duress import create_profile
from kpfield.store import KdfParams


@pytest.fixture
def fast_kdf() -> KdfParams:
    return KdfParams.fast_for_tests()


@pytest.fixture
def home(tmp_path, fast_kdf):
    """A closed profile folder made the way the app makes them (main store + cover store)."""
    path = tmp_path / "profile"
    create_profile(path, PASSPHRASE, kdf=fast_kdf).close()
    return path
