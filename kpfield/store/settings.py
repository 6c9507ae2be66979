"""Domain preferences kept inside the encrypted store (they can be sensitive: server, auto-lock, devices)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

DEFAULTS: dict[str, Any] = {
    "role": "monitor",
    "auto_lock_minutes": 5,
    "remember_key": False,
    "coordinate_format": "decimal",
    "units": "metric",
    "gps_device": "",
    "language": "",
    "reduce_photos": True,
    "send_originals_on_request": True,  # a coordinator's request for the original photos queues them at once
    "bandwidth_kbps": 0,  # sync upload cap in kilobits per second; 0 = unlimited
}


class Settings:
    """JSON values by key; unknown keys fall back to :data:`DEFAULTS`."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return DEFAULTS.get(key, default) if default is None else default
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value)],
        )

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        values.update({k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM settings")})
        return values
