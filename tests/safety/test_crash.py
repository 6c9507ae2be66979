"""Crash consistency: hundreds of SIGKILLs during report and photo saves never damage the store or lose a save."""

from __future__ import annotations

import os
import sys

import pytest
from crash_harness import run_kill_loop
from safety_helpers import PASSPHRASE

KILLS = int(os.environ.get("KPFIELD_CRASH_KILLS", "200"))


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="needs fork() (Linux)")
def test_sigkill_during_saves_never_damages_the_store(home, photos_dir):
    photo = (photos_dir / "image02206.jpg").read_bytes()
    stats = run_kill_loop(home, PASSPHRASE, photo, KILLS, seed=20261127)
    assert stats.problems == []
    assert stats.kills == KILLS
    assert stats.reports_acked > KILLS // 2 and stats.photos_acked > 0
