"""Fixtures for the sync server tests: a real server on 127.0.0.1, enrolled devices, raw signed requests."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serverutil import RunningServer  # noqa: E402
from server_devices import enroll  # noqa: E402


@pytest.fixture
def server(tmp_path):
    with RunningServer(tmp_path / "server", rate_burst=10_000, rate_per_s=1000.0) as running:
        yield running


@pytest.fixture
def coordinator(server):
    device = enroll(server, "coordinator", label="Coordinator A")
    yield device
    device.client.close()


@pytest.fixture
def monitor(server, coordinator):
    device = enroll(server, "monitor", label="Monitor 1")
    yield device
    device.client.close()


class LogEvent(logging.Handler):
    """Sets a threading.Event when the server logs a line containing ``needle`` (synchronisation without sleeps)."""

    def __init__(self, needle: str):
        super().__init__(logging.INFO)
        self.needle, self.event = needle, threading.Event()

    def emit(self, record):
        if self.needle in record.getMessage():
            self.event.set()


@pytest.fixture
def server_log():
    """``server_log("chunk_interrupted")`` returns an Event set when the server logs that event."""
    logger = logging.getLogger("kpfield.server")
    old_level = logger.level
    logger.setLevel(logging.INFO)
    handlers = []

    def watch(needle: str) -> threading.Event:
        handler = LogEvent(needle)
        logger.addHandler(handler)
        handlers.append(handler)
        return handler.event

    yield watch
    for handler in handlers:
        logger.removeHandler(handler)
    logger.setLevel(old_level)
