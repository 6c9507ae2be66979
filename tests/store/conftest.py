"""Fixtures for store tests: profiles with fast (test-only) Argon2id parameters in tmp_path."""

from __future__ import annotations

import pytest

from kpfield.store import KdfParams, Profile

PASSPHRASE = "granite river seventeen lanterns"


@pytest.fixture
def fast_kdf() -> KdfParams:
    return KdfParams.fast_for_tests()


@pytest.fixture
def profile(tmp_path, fast_kdf):
    p = Profile.create(tmp_path / "profile", PASSPHRASE, kdf=fast_kdf)
    yield p
    p.close()
