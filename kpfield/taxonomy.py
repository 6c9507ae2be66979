"""The incident-type taxonomy shipped in ``resources/taxonomy.json``: stable codes with translated labels."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from kpfield.errors import ValidationError
from kpfield.paths import resources_dir


@dataclass(frozen=True)
class IncidentType:
    code: str
    group: str
    labels: dict[str, str]

    def label(self, language: str = "en") -> str:
        """The label in ``language`` (``fr``, ``pt_BR``...), falling back to English."""
        return self.labels.get(language) or self.labels.get(language.split("_")[0]) or self.labels["en"]


@lru_cache(maxsize=1)
def incident_types() -> tuple[IncidentType, ...]:
    data = json.loads((resources_dir() / "taxonomy.json").read_text(encoding="utf-8"))
    return tuple(IncidentType(t["code"], t["group"], dict(t["label"])) for t in data["types"])


def codes() -> frozenset[str]:
    return frozenset(t.code for t in incident_types())


def get(code: str) -> IncidentType:
    for t in incident_types():
        if t.code == code:
            return t
    raise ValidationError(f"Unknown incident type {code!r}. Known types: {', '.join(sorted(codes()))}.")


def validate_codes(values: list[str]) -> list[str]:
    """Return ``values`` without duplicates, in order, after checking each is a known code."""
    seen: list[str] = []
    for v in values:
        get(v)
        if v not in seen:
            seen.append(v)
    return seen
