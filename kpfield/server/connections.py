"""Connection slots: per-address caps, and slots that anonymous connections can never take from enrolled devices.

Every connection starts anonymous. It becomes a *device connection* once a request on it carried a valid signature
from an enrolled, unrevoked device (``guard.authenticate_sync`` calls :meth:`ConnectionBook.mark_signed`); it stays
one for the rest of its life (keep-alive included).

When a new connection arrives, :meth:`ConnectionBook.admit` makes room instead of refusing it:

* an address holds at most ``max_per_address`` connections: beyond that, its oldest anonymous connection is closed
  (or, when all of them are device connections, the new one is refused with 503);
* anonymous connections hold at most ``max_connections - signed_reserve`` slots: beyond that, the oldest anonymous
  connection anywhere is closed;
* at ``max_connections`` in all, the oldest anonymous connection is closed; only when every slot belongs to a
  device is the new connection refused (503 ``too_many_connections``).

So connections that hold a slot without authenticating -- slowloris heads, bodies trickled one byte every 20 s,
idle keep-alives -- can never shut enrolled devices out: a device's new connection pushes the oldest anonymous one
out, and once its request is authenticated it cannot be pushed out. Anonymous requests (``/v1/time``,
enrolment) are served while there is no pressure.

Used from the event loop (connections opening and closing) and from worker threads (``mark_signed``): a lock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class _Slot:
    protocol: object
    address: str
    client: tuple | None
    signed: bool = False


class ConnectionBook:
    """The open connections of one server and the rules above.

    :param max_connections: connections open at once.
    :param max_per_address: connections from one client address at once.
    :param signed_reserve: slots anonymous connections may never hold (kept for device connections).
    """

    def __init__(self, max_connections: int, max_per_address: int, signed_reserve: int):
        self.max_connections = max(1, max_connections)
        self.max_per_address = max(1, max_per_address)
        self.max_anonymous = max(1, self.max_connections - max(0, signed_reserve))
        self._lock = threading.Lock()
        self._slots: OrderedDict[int, _Slot] = OrderedDict()  # by id(protocol), in the order they opened
        self._by_client: dict[tuple, int] = {}
        self.evicted = 0  # how many connections were closed to make room (for the log and tests)

    @classmethod
    def from_config(cls, config) -> ConnectionBook:
        return cls(config.max_connections, config.max_connections_per_address,
                   int(config.max_connections * config.signed_share))

    def admit(self, protocol, client: tuple | None) -> tuple[bool, list]:
        """Register a new connection; returns (admitted, the protocols of connections to close to make room)."""
        address = client[0] if client else "?"
        with self._lock:
            victims: list[_Slot] = []
            mine = [s for s in self._slots.values() if s.address == address]
            if len(mine) >= self.max_per_address:
                victim = next((s for s in mine if not s.signed), None)
                if victim is None:
                    return False, []
                victims.append(victim)
            anonymous = [s for s in self._slots.values() if not s.signed and s not in victims]
            total = len(self._slots) - len(victims)
            if total >= self.max_connections or len(anonymous) >= self.max_anonymous:
                if not anonymous:
                    return False, []
                victims.append(anonymous[0])
            for victim in victims:
                self._forget(victim.protocol)
            self._slots[id(protocol)] = _Slot(protocol, address, tuple(client) if client else None)
            if client:
                self._by_client[tuple(client)] = id(protocol)
            self.evicted += len(victims)
            return True, [v.protocol for v in victims]

    def mark_signed(self, client) -> None:
        """The connection from ``client`` (``(host, port)``) carried a device's valid signed request."""
        if not client:
            return
        with self._lock:
            key = self._by_client.get(tuple(client))
            if key is not None and key in self._slots:
                self._slots[key].signed = True

    def release(self, protocol) -> None:
        """The connection closed (a no-op for one already evicted)."""
        with self._lock:
            self._forget(protocol)

    def _forget(self, protocol) -> None:
        slot = self._slots.pop(id(protocol), None)
        if slot is not None and slot.client is not None and self._by_client.get(slot.client) == id(protocol):
            del self._by_client[slot.client]

    def counts(self) -> dict:
        """Open connections: ``total``, ``signed``, ``anonymous``."""
        with self._lock:
            signed = sum(1 for s in self._slots.values() if s.signed)
            return {"total": len(self._slots), "signed": signed, "anonymous": len(self._slots) - signed}
