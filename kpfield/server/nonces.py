"""Replay protection: the request nonces the server has seen recently, kept in memory."""

from __future__ import annotations

import threading


class NonceCache:
    """Nonces seen in the last ``2 * window`` seconds, in memory.

    A restart forgets them; the server then refuses timestamps older than its start (see ``_check_signed``), so a
    request captured before the restart cannot be replayed after it. Memory is bounded by the per-device rate
    limit times the retention.
    """

    def __init__(self):
        self._seen: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self._next_prune = 0

    def add(self, device_id: str, nonce: str, expires_at: int, now: int) -> bool:
        """Record a nonce; False when it was already seen (a replay)."""
        with self._lock:
            if now >= self._next_prune:
                self._seen = {k: v for k, v in self._seen.items() if v >= now}
                self._next_prune = now + 10
            key = (device_id, nonce)
            if key in self._seen:
                return False
            self._seen[key] = expires_at
            return True
