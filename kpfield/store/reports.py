"""Reports in the store: drafts, frozen versions, search and filters. Every change is one transaction with its
audit entry and its full-text index row."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from kpfield import taxonomy
from kpfield.errors import NotFound, ReportFrozen, ValidationError
from kpfield.geo.location import Location
from kpfield.model import (
    Occurrence, PeopleAffected, Perpetrator, Report, ReportState, ReportSummary, Witness, iso, parse_iso, utcnow,
)
from kpfield.store.audit import AuditLog


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# Each sort order has an index on exactly its expression (schema.py). Page queries name it, so SQLite walks the
# index in order and stops after one page, instead of fetching every match and sorting: with 100,000 reports and
# a search word in 20,000 of them, that is the difference between milliseconds and a second.
SORT_COLUMNS = {
    "occurred": ("COALESCE(r.occurred_start, r.created_at)", "reports_when"),
    "updated": ("r.updated_at", "reports_updated"),
    "created": ("r.created_at", "reports_created"),
    "title": ("r.title COLLATE NOCASE", "reports_title"),
    "site": ("r.site COLLATE NOCASE", "reports_site"),
    "type": ("r.primary_type", "reports_primary_type"),
    "state": ("r.state", "reports_state"),
    "photos": ("r.photo_count", "reports_photo_count"),
    # A coordinator's inbox and columns, from the review joined to each report (reviews, known_devices): unread
    # first, then by incident time; the review state in the order of the work (not of the codes' spelling); the
    # monitor's name (the device id when it has none); the newest envelope's verification result. No index can
    # serve an order taken from another table, so :meth:`ReportStore.query` picks the page's rows from the small
    # indexes alone and reads only those rows.
    "unread": ("COALESCE(v.unread, 0) DESC, COALESCE(r.occurred_start, r.created_at)", None),
    "review_state": ("CASE v.state WHEN 'new' THEN 0 WHEN 'in_review' THEN 1 WHEN 'needs_info' THEN 2 "
                     "WHEN 'escalated' THEN 3 WHEN 'verified' THEN 4 WHEN 'rejected' THEN 5 WHEN 'duplicate' "
                     "THEN 6 ELSE 7 END", None),
    "monitor": ("COALESCE(NULLIF(d.label, ''), v.device_id, '') COLLATE NOCASE", None),
    "verification": ("COALESCE(v.verification, '')", None),
}

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn what a user types into a safe FTS5 query: every word must match, the last as a prefix.

    Quotes every token, so FTS5 operators (``AND``, ``NEAR``, ``*``, ``:``) in user input are plain words.
    """
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


@dataclass
class ReportQuery:
    """What to show: free text (FTS), filters, and an order."""

    text: str = ""
    types: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    site: str = ""
    date_from: datetime | None = None
    date_to: datetime | None = None
    sort: str = "occurred"
    descending: bool = True
    # A coordinator's filters over received reports (review state, sending device, not yet opened).
    review_states: list[str] = field(default_factory=list)
    devices: list[str] = field(default_factory=list)
    unread_only: bool = False
    verifications: list[str] = field(default_factory=list)  # "verified" / "quarantined" (newest envelope's result)

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        match = fts_query(self.text)
        if match:
            clauses.append("r.rowid IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ?)")
            params.append(match)
        if self.types:
            marks = ",".join("?" * len(self.types))
            clauses.append(f"r.rowid IN (SELECT report_rowid FROM report_types WHERE code IN ({marks}))")
            params.extend(self.types)
        if self.states:
            clauses.append(f"r.state IN ({','.join('?' * len(self.states))})")
            params.extend(self.states)
        if self.site:
            clauses.append("r.site = ? COLLATE NOCASE")
            params.append(self.site)
        if self.review_states:
            marks = ",".join("?" * len(self.review_states))
            clauses.append(f"r.id IN (SELECT report_id FROM reviews WHERE state IN ({marks}))")
            params.extend(self.review_states)
        if self.devices:
            marks = ",".join("?" * len(self.devices))
            clauses.append(f"r.id IN (SELECT report_id FROM reviews WHERE device_id IN ({marks}))")
            params.extend(self.devices)
        if self.unread_only:
            clauses.append("r.id IN (SELECT report_id FROM reviews WHERE unread = 1)")
        if self.verifications:
            marks = ",".join("?" * len(self.verifications))
            clauses.append(f"r.id IN (SELECT report_id FROM reviews WHERE verification IN ({marks}))")
            params.extend(self.verifications)
        when = "COALESCE(r.occurred_start, r.created_at)"
        if self.date_from:
            clauses.append(f"{when} >= ?")
            params.append(iso(self.date_from))
        if self.date_to:
            clauses.append(f"{when} <= ?")
            params.append(iso(self.date_to))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _sort(self) -> tuple[str, str]:
        if self.sort not in SORT_COLUMNS:
            raise ValidationError(f"Cannot sort by {self.sort!r}; choose one of {', '.join(SORT_COLUMNS)}.")
        return SORT_COLUMNS[self.sort]

    def order_by(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        return f" ORDER BY {self._sort()[0]} {direction}, r.rowid {direction}"

    def index(self) -> str | None:
        """The index that serves this order (see :data:`SORT_COLUMNS`), None when the order has none."""
        return self._sort()[1]

    @property
    def text_only(self) -> bool:
        return bool(fts_query(self.text)) and not (self.types or self.states or self.site or self.date_from
                                                    or self.date_to or self.review_states or self.devices
                                                    or self.unread_only or self.verifications)


# The send state of a report's newest envelope, for the list (one indexed lookup per row of a page).
_SYNC_STATE = ("(SELECT o.state FROM outbox o WHERE o.report_id = r.id AND o.kind = 'report' "
               "ORDER BY o.report_version DESC LIMIT 1)")

# A list row: the report's summary, its review (a coordinator's store), the sending device's name.
_SUMMARY = ("r.rowid, r.id, r.title, r.types, r.site, r.occurred_start, r.updated_at, r.state, r.photo_count, "
            f"r.version, {_SYNC_STATE}, v.state, v.unread, v.device_id, d.label, v.verification")
_REVIEW_JOINS = (" LEFT JOIN reviews v ON v.report_id = r.id"
                 " LEFT JOIN known_devices d ON d.device_id = v.device_id")

_COLUMNS = ("rowid, id, version, state, created_at, updated_at, tz_offset_min, occurred_start, occurred_end, "
            "occurred_approx, types, title, narrative, site, place, location, people, perpetrators, witnesses, "
            "severity, tags, photo_count")


def _row_to_report(row) -> Report:
    (_rowid, id_, version, state, created, updated, tz, occ_start, occ_end, occ_approx, types, title, narrative,
     site, place, location, people, perps, witnesses, severity, tags, photo_count) = row
    return Report(
        id=id_, version=version, state=ReportState(state), created_at=parse_iso(created),
        updated_at=parse_iso(updated), tz_offset_min=tz,
        occurred=Occurrence(parse_iso(occ_start), parse_iso(occ_end), bool(occ_approx)),
        types=json.loads(types), title=title, narrative=narrative, site=site, place=place,
        location=Location.from_dict(json.loads(location)) if location else None,
        people=PeopleAffected.from_dict(json.loads(people)),
        perpetrators=[Perpetrator.from_dict(p) for p in json.loads(perps)],
        witnesses=[Witness.from_dict(w) for w in json.loads(witnesses)],
        severity=severity, tags=json.loads(tags), photo_count=photo_count,
    )


class ReportStore:
    """Create, save, freeze, find and delete reports."""

    def __init__(self, db: Database, audit: AuditLog):
        self.db = db
        self.audit = audit

    # --- reading -----------------------------------------------------------------------------------------
    def get(self, report_id: str) -> Report:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is None:
            raise NotFound(f"No report with id {report_id}.")
        return _row_to_report(row)

    def exists(self, report_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM reports WHERE id = ?", [report_id]).fetchone() is not None

    def query(self, q: ReportQuery | None = None, *, limit: int = 200, offset: int = 0) -> list[ReportSummary]:
        """One page of summaries matching ``q`` in its order."""
        q = q or ReportQuery()
        where, params = q.where()
        if q.sort == "unread":
            return self._inbox_page(q, where, params, limit, offset)
        if q.index():
            sql = (f"SELECT {_SUMMARY} FROM reports r INDEXED BY {q.index()}{_REVIEW_JOINS}{where}{q.order_by()} "
                   "LIMIT ? OFFSET ?")
        else:  # an order from the joined review: choose the page's rowids first, then read only those rows
            sql = (f"SELECT {_SUMMARY} FROM reports r{_REVIEW_JOINS} WHERE r.rowid IN (SELECT r.rowid FROM reports r"
                   f"{_REVIEW_JOINS}{where}{q.order_by()} LIMIT ? OFFSET ?){q.order_by()}")
        return self._summaries(self.db.execute(sql, [*params, limit, offset]).fetchall())

    def _inbox_page(self, q: ReportQuery, where: str, params: list, limit: int, offset: int) -> list[ReportSummary]:
        """The inbox order (unread first, then by incident time) as two walks of the incident-time index: the
        unread reports, then the others. Each stops after ``offset + limit`` rows, and neither reads a report row
        it does not return (unread is matched by rowid, through the reviews' unread index)."""
        direction = "DESC" if q.descending else "ASC"
        unread = ("r.rowid IN (SELECT u.rowid FROM reviews v INDEXED BY reviews_unread JOIN reports u "
                  "ON u.id = v.report_id WHERE v.unread = 1)")
        parts = []
        for clause in (unread, f"NOT {unread}"):
            part_where = f"{where} AND {clause}" if where else f" WHERE {clause}"
            parts.append(f"SELECT rid FROM (SELECT r.rowid AS rid FROM reports r INDEXED BY reports_when{part_where}"
                         f" ORDER BY COALESCE(r.occurred_start, r.created_at) {direction}, r.rowid {direction}"
                         " LIMIT ?)")
        page = (f"SELECT {_SUMMARY} FROM reports r{_REVIEW_JOINS} WHERE r.rowid IN "
                f"(SELECT rid FROM ({parts[0]} UNION ALL {parts[1]}) LIMIT ? OFFSET ?){q.order_by()}")
        bound = offset + limit
        return self._summaries(self.db.execute(page, [*params, bound, *params, bound, limit, offset]).fetchall())

    @staticmethod
    def _summaries(rows) -> list[ReportSummary]:
        return [ReportSummary(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                              review_state=r[11], unread=bool(r[12]), device_id=r[13], monitor=r[14] or None,
                              verification=r[15])
                for r in rows]

    def count(self, q: ReportQuery | None = None) -> int:
        q = q or ReportQuery()
        if q.text_only:  # the full-text index alone knows how many documents match
            return self.db.execute("SELECT count(*) FROM report_fts WHERE report_fts MATCH ?",
                                   [fts_query(q.text)]).fetchone()[0]
        where, params = q.where()
        return self.db.execute(f"SELECT count(*) FROM reports r{where}", params).fetchone()[0]

    def search(self, text: str, *, limit: int = 200) -> list[ReportSummary]:
        """Full-text search over title, narrative, site, place, tags and photo captions, best match first."""
        match = fts_query(text)
        if not match:
            return []
        sql = (
            "SELECT r.rowid, r.id, r.title, r.types, r.site, r.occurred_start, r.updated_at, r.state, "
            "r.photo_count, r.version FROM report_fts f JOIN reports r ON r.rowid = f.rowid "
            "WHERE report_fts MATCH ? ORDER BY f.rank LIMIT ?"
        )
        rows = self.db.execute(sql, [match, limit]).fetchall()
        return [ReportSummary(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7], r[8], r[9]) for r in rows]

    def send_state(self, report_id: str) -> str | None:
        """How far the report's newest envelope got (queued, uploading, sent, failed; None: never queued).

        The one source for what the list and the detail pane say about sending (see ``_SYNC_STATE``).
        """
        row = self.db.execute(f"SELECT {_SYNC_STATE} FROM reports r WHERE r.id = ?", [report_id]).fetchone()
        return row[0] if row else None

    def sites(self) -> list[str]:
        """Every site name used so far, for filters and completion."""
        rows = self.db.execute("SELECT DISTINCT site FROM reports WHERE site != '' ORDER BY site COLLATE NOCASE")
        return [r[0] for r in rows]

    def state_of(self, report_id: str) -> dict:
        """The report's state as hashed in the audit trail: its fields and its photos' SHA-256s."""
        report = self.get(report_id)
        photos = self.db.execute(
            "SELECT sha256 FROM photos WHERE report_id = ? AND removed_at IS NULL ORDER BY position", [report_id]
        ).fetchall()
        return {"report": report.to_dict(), "photos": [p[0] for p in photos]}

    # --- writing -----------------------------------------------------------------------------------------
    def create(self, report: Report | None = None) -> Report:
        """Store a new draft (``report`` or an empty one) and return it."""
        report = report or Report()
        if self.exists(report.id):
            raise ValidationError(f"A report with id {report.id} already exists.")
        report.state = ReportState.DRAFT
        with self.db.atomic():
            self._write(report, insert=True)
            self.audit.append("created", report.id, state=self.state_of(report.id))
        return self.get(report.id)

    def save_draft(self, report: Report, *, audit: bool = True) -> Report:
        """Save every field of a draft. Ready reports are frozen: call :meth:`new_version` first.

        :param audit: False for autosave, which runs every few seconds; the editor records one "edited" entry
            when the user finishes instead of one per keystroke pause.
        """
        with self.db.atomic():
            row = self.db.execute("SELECT state FROM reports WHERE id = ?", [report.id]).fetchone()
            if row is None:
                self._write(report.copy(state=ReportState.DRAFT), insert=True)
                if audit:
                    self.audit.append("created", report.id, state=self.state_of(report.id))
            else:
                if row[0] != ReportState.DRAFT.value:
                    raise ReportFrozen("This report was marked ready and is frozen; editing creates a new version.")
                self._write(report.copy(state=ReportState.DRAFT), insert=False)
                if audit:
                    self.audit.append("edited", report.id, state=self.state_of(report.id))
        return self.get(report.id)

    def record_edit(self, report_id: str) -> None:
        """One audit entry for edits made by autosave since the last one."""
        with self.db.atomic():
            self.audit.append("edited", report_id, state=self.state_of(report_id))

    def _write(self, report: Report, *, insert: bool) -> None:
        report.validate_fields()
        types = taxonomy.validate_codes(report.types)
        now = utcnow()
        values = {
            "id": report.id, "version": report.version, "state": report.state.value,
            "created_at": iso(report.created_at), "updated_at": iso(now), "tz_offset_min": report.tz_offset_min,
            "occurred_start": iso(report.occurred.start), "occurred_end": iso(report.occurred.end),
            "occurred_approx": int(report.occurred.approximate), "types": _dumps(types),
            "primary_type": types[0] if types else None, "title": report.title, "narrative": report.narrative,
            "site": report.site.strip(), "place": report.place, "location": _dumps(report.location.to_dict())
            if report.location else None, "people": _dumps(report.people.to_dict()),
            "perpetrators": _dumps([p.to_dict() for p in report.perpetrators]),
            "witnesses": _dumps([w.to_dict() for w in report.witnesses]), "severity": report.severity,
            "tags": _dumps([t.strip() for t in report.tags if t.strip()]),
        }
        if insert:
            cols = ", ".join(values)
            self.db.execute(f"INSERT INTO reports ({cols}) VALUES ({', '.join('?' * len(values))})",
                            list(values.values()))
        else:
            del values["created_at"]
            sets = ", ".join(f"{k} = ?" for k in values if k != "id")
            self.db.execute(f"UPDATE reports SET {sets} WHERE id = ?",
                            [v for k, v in values.items() if k != "id"] + [report.id])
        rowid = self.db.execute("SELECT rowid FROM reports WHERE id = ?", [report.id]).fetchone()[0]
        self.db.execute("DELETE FROM report_types WHERE report_rowid = ?", [rowid])
        for code in types:
            self.db.execute("INSERT INTO report_types (code, report_rowid) VALUES (?, ?)", [code, rowid])
        self.db.execute("DELETE FROM report_perpetrators WHERE report_rowid = ?", [rowid])
        for category in sorted({p.category for p in report.perpetrators if p.category}):
            self.db.execute("INSERT INTO report_perpetrators (category, report_rowid) VALUES (?, ?)",
                            [category, rowid])
        self.reindex(report.id)

    def reindex(self, report_id: str) -> None:
        """Refresh the report's full-text row (fields, tags and its photos' captions)."""
        row = self.db.execute(
            "SELECT rowid, title, narrative, site, place, tags FROM reports WHERE id = ?", [report_id]
        ).fetchone()
        if row is None:
            return
        rowid, title, narrative, site, place, tags = row
        captions = " ".join(
            c for (c,) in self.db.execute(
                "SELECT caption FROM photos WHERE report_id = ? AND removed_at IS NULL AND caption != ''",
                [report_id],
            )
        )
        self.db.execute("DELETE FROM report_fts WHERE rowid = ?", [rowid])
        self.db.execute(
            "INSERT INTO report_fts (rowid, title, narrative, site, place, tags, captions) VALUES (?,?,?,?,?,?,?)",
            [rowid, title, narrative, site, place, " ".join(json.loads(tags)), captions],
        )

    def mark_ready(self, report_id: str) -> Report:
        """Validate, freeze this version (snapshot with its photos' hashes) and record it in the audit trail."""
        with self.db.atomic():
            report = self.get(report_id)
            if report.state == ReportState.READY:
                return report
            problems = report.validate_ready()
            if problems:
                raise ValidationError("The report is not ready yet: " + " ".join(problems), code="report_not_ready",
                                      problems=problems, problem_codes=report.ready_problems())
            self.db.execute("UPDATE reports SET state = 'ready', updated_at = ? WHERE id = ?",
                            [iso(utcnow()), report_id])
            self.db.execute("UPDATE photos SET frozen = 1 WHERE report_id = ? AND removed_at IS NULL", [report_id])
            state = self.state_of(report_id)
            snapshot = self.snapshot_of(report_id)
            blob = _dumps(snapshot)
            self.db.execute(
                "INSERT INTO report_versions (report_id, version, frozen_at, snapshot, sha256) VALUES (?,?,?,?,?)",
                [report_id, report.version, iso(utcnow()), blob, hashlib.sha256(blob.encode()).hexdigest()],
            )
            self.audit.append("marked_ready", report_id, state=state, detail={"version": report.version})
        return self.get(report_id)

    def snapshot_of(self, report_id: str) -> dict:
        """The report and its photos' metadata as they are now (what a frozen version keeps)."""
        from kpfield.store.photos import PhotoStore  # photos import reports' helpers; avoid a cycle

        return {
            "report": self.get(report_id).to_dict(),
            "photos": [p.to_dict() for p in PhotoStore(self.db, self.audit, self).list(report_id)],
        }

    def versions(self, report_id: str) -> list[dict]:
        """Every frozen version of the report, oldest first: version, frozen_at, sha256, snapshot."""
        rows = self.db.execute(
            "SELECT version, frozen_at, sha256, snapshot FROM report_versions WHERE report_id = ? ORDER BY version",
            [report_id],
        ).fetchall()
        return [{"version": v, "frozen_at": f, "sha256": s, "snapshot": json.loads(snap)} for v, f, s, snap in rows]

    def new_version(self, report_id: str) -> Report:
        """Reopen a ready report for editing as version n+1; version n stays frozen in ``report_versions``."""
        with self.db.atomic():
            report = self.get(report_id)
            if report.state == ReportState.DRAFT:
                return report
            self.db.execute(
                "UPDATE reports SET state = 'draft', version = version + 1, updated_at = ? WHERE id = ?",
                [iso(utcnow()), report_id],
            )
            self.audit.append("new_version", report_id, state=self.state_of(report_id),
                              detail={"version": report.version + 1})
        return self.get(report_id)

    def delete(self, report_id: str) -> None:
        """Remove the report, its versions, photos and index row; the audit trail keeps that it existed."""
        with self.db.atomic():
            row = self.db.execute("SELECT rowid FROM reports WHERE id = ?", [report_id]).fetchone()
            if row is None:
                raise NotFound(f"No report with id {report_id}.")
            self.db.execute("DELETE FROM report_fts WHERE rowid = ?", [row[0]])
            self.db.execute("DELETE FROM report_versions WHERE report_id = ?", [report_id])
            self.db.execute("DELETE FROM reports WHERE id = ?", [report_id])
            self.audit.append("deleted", report_id)
