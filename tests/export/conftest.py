"""A monitor store with sent, signed reports (real server on 127.0.0.1) for the export tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from exportutil import build_store  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory, photos_dir):
    """(monitor profile, [report ids]): two reports sent with verified receipts, one draft never sent."""
    monitor, ids = build_store(tmp_path_factory.mktemp("export"), photos_dir)
    yield monitor, ids
    monitor.close()
