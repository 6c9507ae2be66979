"""The incident report and its parts, as plain dataclasses with strict JSON conversion and validation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from kpfield.errors import ValidationError
from kpfield.geo.location import Location


class ReportState(str, Enum):
    DRAFT = "draft"
    READY = "ready"


PERPETRATOR_CATEGORIES = (
    "army", "police", "private_security", "company", "syndicate_militia", "officials", "unknown",
)
SEVERITIES = {1: "low", 2: "moderate", 3: "serious", 4: "severe", 5: "critical"}
MAX_TEXT = 200_000  # characters in a narrative; far beyond any real report, small enough to refuse garbage
MAX_SHORT = 500
#: What a report still needs before it can be marked ready, by code (the GUI words each code, translated).
READY_MESSAGES = {
    "ready_no_type": "Choose at least one incident type.",
    "ready_no_time": "Say when the incident happened (an approximate time is fine).",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def local_offset_minutes(moment: datetime | None = None) -> int:
    """The computer's UTC offset at ``moment`` (now by default), in minutes."""
    moment = moment or utcnow()
    offset = moment.astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 in UTC with a trailing Z; None stays None."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        raise ValidationError("Times must carry a time zone.", code="time_without_zone")
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_iso(text: str | None) -> datetime | None:
    if text is None or text == "":
        return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        raise ValidationError(f"{text!r} is not a date and time in ISO 8601 form.", code="time_not_iso",
                              text=text) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def _int_or_none(value: Any, name: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{name} must be a whole number.", code="count_not_whole")
    if value < 0:
        raise ValidationError(f"{name} cannot be negative.", code="count_negative")
    return value


def _text(value: Any, name: str, limit: int = MAX_SHORT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be text.", code="text_not_text")
    if len(value) > limit:
        raise ValidationError(f"{name} is too long ({len(value)} characters; at most {limit}).",
                              code="text_too_long", length=len(value), limit=limit)
    return value


@dataclass(frozen=True)
class Occurrence:
    """When the incident happened: a moment or a range, possibly approximate."""

    start: datetime | None = None
    end: datetime | None = None
    approximate: bool = False

    def __post_init__(self):
        for value in (self.start, self.end):
            if value is not None and value.tzinfo is None:
                raise ValidationError("Incident times must carry a time zone.", code="time_without_zone")
        if self.start and self.end and self.end < self.start:
            raise ValidationError("The incident cannot end before it starts.", code="incident_ends_before_start")

    def to_dict(self) -> dict:
        return {"start": iso(self.start), "end": iso(self.end), "approximate": self.approximate}

    @classmethod
    def from_dict(cls, d: dict | None) -> "Occurrence":
        d = d or {}
        return cls(parse_iso(d.get("start")), parse_iso(d.get("end")), bool(d.get("approximate", False)))


@dataclass(frozen=True)
class PeopleAffected:
    killed: int | None = None
    injured: int | None = None
    detained: int | None = None
    displaced: int | None = None
    children: int | None = None

    def __post_init__(self):
        for f in fields(self):
            _int_or_none(getattr(self, f.name), f"People {f.name}")

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, d: dict | None) -> "PeopleAffected":
        d = d or {}
        return cls(**{f.name: d.get(f.name) for f in fields(cls)})


@dataclass(frozen=True)
class Perpetrator:
    category: str = "unknown"
    description: str = ""

    def __post_init__(self):
        if self.category not in PERPETRATOR_CATEGORIES:
            raise ValidationError(
                f"Unknown perpetrator category {self.category!r}; use one of: {', '.join(PERPETRATOR_CATEGORIES)}.",
                code="perpetrator_category_unknown", category=self.category)
        _text(self.description, "Perpetrator description", 2000)

    def to_dict(self) -> dict:
        return {"category": self.category, "description": self.description}

    @classmethod
    def from_dict(cls, d: dict) -> "Perpetrator":
        return cls(d.get("category", "unknown"), d.get("description", "") or "")


@dataclass(frozen=True)
class Witness:
    """A source or witness: a pseudonym; contact details only if the user chooses to keep them."""

    pseudonym: str
    contact: str | None = None
    consent_to_share: bool = False
    notes: str = ""

    def __post_init__(self):
        if not self.pseudonym.strip():
            raise ValidationError("A witness needs at least a pseudonym.", code="witness_without_pseudonym")
        _text(self.pseudonym, "Witness pseudonym")
        _text(self.contact, "Witness contact")
        _text(self.notes, "Witness notes", 5000)

    def to_dict(self) -> dict:
        return {"pseudonym": self.pseudonym, "contact": self.contact, "consent_to_share": self.consent_to_share,
                "notes": self.notes}

    @classmethod
    def from_dict(cls, d: dict) -> "Witness":
        return cls(d.get("pseudonym", ""), d.get("contact"), bool(d.get("consent_to_share", False)),
                   d.get("notes", "") or "")


@dataclass
class Report:
    """One incident report. ``id`` is a UUID; times are UTC with the capture's local offset kept beside them."""

    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    version: int = 1
    state: ReportState = ReportState.DRAFT
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    tz_offset_min: int = field(default_factory=local_offset_minutes)
    occurred: Occurrence = field(default_factory=Occurrence)
    types: list[str] = field(default_factory=list)
    title: str = ""
    narrative: str = ""
    site: str = ""
    place: str = ""
    location: Location | None = None
    people: PeopleAffected = field(default_factory=PeopleAffected)
    perpetrators: list[Perpetrator] = field(default_factory=list)
    witnesses: list[Witness] = field(default_factory=list)
    severity: int | None = None
    tags: list[str] = field(default_factory=list)
    photo_count: int = 0

    def validate_fields(self) -> None:
        """Checks every draft must pass (types of values, lengths, known codes are checked by the store)."""
        try:
            uuid.UUID(self.id)
        except (ValueError, TypeError, AttributeError):
            raise ValidationError(f"{self.id!r} is not a report id (a UUID).", code="report_id_invalid",
                                  id=self.id) from None
        _text(self.title, "Title")
        _text(self.narrative, "Narrative", MAX_TEXT)
        _text(self.site, "Site")
        _text(self.place, "Place")
        if self.severity is not None and self.severity not in SEVERITIES:
            raise ValidationError("Severity must be from 1 (low) to 5 (critical).", code="severity_range")
        for tag in self.tags:
            _text(tag, "Tag", 100)
        if not all(isinstance(t, str) for t in self.types):
            raise ValidationError("Incident types must be codes.", code="incident_types_not_codes")

    def ready_problems(self) -> list[str]:
        """The codes of what is missing before the report can be marked ready (keys of READY_MESSAGES)."""
        problems = []
        if not self.types:
            problems.append("ready_no_type")
        if self.occurred.start is None:
            problems.append("ready_no_time")
        return problems

    def validate_ready(self) -> list[str]:
        """What is missing before the report can be marked ready, in English (empty list: nothing)."""
        return [READY_MESSAGES[code] for code in self.ready_problems()]

    def to_dict(self) -> dict:
        """JSON-safe form (also the basis of the state hash and of the signed manifest)."""
        return {
            "id": self.id,
            "version": self.version,
            "state": self.state.value,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "tz_offset_min": self.tz_offset_min,
            "occurred": self.occurred.to_dict(),
            "types": list(self.types),
            "title": self.title,
            "narrative": self.narrative,
            "site": self.site,
            "place": self.place,
            "location": self.location.to_dict() if self.location else None,
            "people": self.people.to_dict(),
            "perpetrators": [p.to_dict() for p in self.perpetrators],
            "witnesses": [w.to_dict() for w in self.witnesses],
            "severity": self.severity,
            "tags": list(self.tags),
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Report":
        try:
            return cls(
                id=d["id"],
                version=int(d.get("version", 1)),
                state=ReportState(d.get("state", "draft")),
                created_at=parse_iso(d.get("created_at")) or utcnow(),
                updated_at=parse_iso(d.get("updated_at")) or utcnow(),
                tz_offset_min=int(d.get("tz_offset_min") or 0),
                occurred=Occurrence.from_dict(d.get("occurred")),
                types=list(d.get("types") or []),
                title=d.get("title") or "",
                narrative=d.get("narrative") or "",
                site=d.get("site") or "",
                place=d.get("place") or "",
                location=Location.from_dict(d["location"]) if d.get("location") else None,
                people=PeopleAffected.from_dict(d.get("people")),
                perpetrators=[Perpetrator.from_dict(p) for p in d.get("perpetrators") or []],
                witnesses=[Witness.from_dict(w) for w in d.get("witnesses") or []],
                severity=d.get("severity"),
                tags=list(d.get("tags") or []),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(f"The report data is malformed: {exc}", code="report_data_malformed") from None

    def copy(self, **changes) -> "Report":
        return replace(self, **changes)


@dataclass(frozen=True)
class Photo:
    """A photo attached to a report: metadata in a row, the bytes (original, thumbnail, preview) as blobs."""

    id: str
    report_id: str
    position: int
    filename: str
    caption: str
    sha256: str
    size: int
    mime: str
    width: int
    height: int
    display_width: int
    display_height: int
    orientation: int
    taken_at: str | None
    make: str | None
    model: str | None
    gps: Location | None
    added_at: str

    def to_dict(self) -> dict:
        return {
            "id": self.id, "report_id": self.report_id, "position": self.position, "filename": self.filename,
            "caption": self.caption, "sha256": self.sha256, "size": self.size, "mime": self.mime,
            "width": self.width, "height": self.height, "display_width": self.display_width,
            "display_height": self.display_height, "orientation": self.orientation, "taken_at": self.taken_at,
            "make": self.make, "model": self.model, "gps": self.gps.to_dict() if self.gps else None,
            "added_at": self.added_at,
        }


@dataclass(frozen=True)
class ReportSummary:
    """One row of the report list: what the table shows, nothing more."""

    rowid: int
    id: str
    title: str
    types: list[str]
    site: str
    occurred_start: str | None
    updated_at: str
    state: str
    photo_count: int
    version: int
    sync_state: str | None = None  # the latest version's envelope: queued, uploading, sent, failed (or None)
    # A coordinator's received reports only (None / False in a monitor's store):
    review_state: str | None = None  # new, in_review, needs_info, verified, rejected, duplicate, escalated
    unread: bool = False  # a version no coordinator on this profile has opened yet
    device_id: str | None = None  # the sending device
    monitor: str | None = None  # the sending device's label (the monitor's pseudonym)
    verification: str | None = None  # the newest envelope's result: verified or quarantined
