"""Reviewing received reports: state, duplicate link, assignee, tags, internal notes, and who changed what.

Notes are internal: they live only in this store and are never sent to a monitor. Queries for the verified and
quarantined lists and the per-report JSON for ``kpfield report list/show`` live here too.
"""

from __future__ import annotations

import json
import uuid

from kpfield.coordinator.hints import hint_text
from kpfield.errors import NotFound, ReviewChanged, ValidationError
from kpfield.model import iso, utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.coordinator import ownership
# Read marks and the device list belong to the working copy; the review screens use them with the functions here.
from kpfield.coordinator.working_copy import known_devices, mark_read  # noqa: F401 - re-exported

STATES = ("new", "in_review", "needs_info", "verified", "rejected", "duplicate", "escalated")
MAX_NOTE = 20_000


def who(profile: Profile) -> str:
    """The acting coordinator, as ``device_id (label)``, or ``local`` before enrolment."""
    account = accounts.load_account(profile.db)
    if account is None:
        return "local"
    return f"{account.device_id} ({account.label})" if account.label else account.device_id


def _review_row(db, report_id: str):
    return db.execute("SELECT state, duplicate_of, assignee, tags, revision, updated_at FROM reviews "
                      "WHERE report_id = ?", [report_id]).fetchone()


def review(profile: Profile, report_id: str, *, state: str | None = None, duplicate_of: str | None = None,
           note: str | None = None, assignee: str | None = None, tags: list[str] | None = None,
           expect_revision: int | None = None) -> dict:
    """Change a received report's review; every change is kept in its history (and the audit trail).

    :param report_id: a report received by this coordinator.
    :param state: one of :data:`STATES`; ``duplicate`` needs ``duplicate_of``.
    :param duplicate_of: the id of the report this one duplicates.
    :param note: an internal note (never sent).
    :param assignee: who handles it ("" to unassign).
    :param tags: tags to add.
    :param expect_revision: the revision the user saw; a state or assignee change raises :class:`ReviewChanged`
        (and saves nothing) when another change, e.g. another coordinator's applied by a sync, came in between.
    Raises :class:`NotFound` for an unknown report and :class:`ValidationError` for bad values; changes nothing then.
    """
    db = profile.db
    row = _review_row(db, report_id)
    if row is None:
        raise NotFound(f"No received report {report_id}.")
    if state is not None and state not in STATES:
        raise ValidationError(f"Review state must be one of: {', '.join(STATES)}.")
    if state == "duplicate":
        if not duplicate_of or duplicate_of == report_id or _review_row(db, duplicate_of) is None:
            raise ValidationError("A duplicate must name another received report (--duplicate-of ID).",
                                  code="duplicate_needs_other")
    elif duplicate_of is not None:
        raise ValidationError("--duplicate-of goes with the state 'duplicate'.")
    if note is not None and (not note.strip() or len(note) > MAX_NOTE):
        raise ValidationError(f"A note must hold text (at most {MAX_NOTE} characters).", code="note_invalid",
                              limit=MAX_NOTE)
    if tags is not None and any(not isinstance(t, str) or not t.strip() or len(t) > 100 for t in tags):
        raise ValidationError("Tags must be non-empty text of at most 100 characters.", code="tags_invalid", limit=100)
    old_state, old_dup, old_assignee, old_tags_json, revision, _ = row
    old_tags = json.loads(old_tags_json)
    fields: dict = {}
    if state is not None and (state, duplicate_of) != (old_state, old_dup):
        fields["state"] = [state, duplicate_of]
    if assignee is not None and (assignee or None) != old_assignee:
        fields["assignee"] = assignee or None
    added = [t for t in dict.fromkeys(t.strip() for t in tags or []) if t not in old_tags]
    if added:
        fields["tags_added"] = added
    if note is not None:
        fields["note"] = note
    if fields:
        with db.atomic():  # the revision is read again inside the transaction that writes the change
            revision = db.execute("SELECT revision FROM reviews WHERE report_id = ?", [report_id]).fetchone()[0]
            if expect_revision is not None and revision != expect_revision and {"state", "assignee"} & set(fields):
                raise ReviewChanged(f"The review of {report_id} was changed by someone else (revision {revision}, "
                                    f"you saw {expect_revision}); nothing was saved.", revision=revision)
            change = {"change_id": str(uuid.uuid4()), "report_id": report_id, "base_revision": revision,
                      "fields": fields, "who": who(profile), "at": iso(utcnow())}
            apply_change(profile, change, "local")
    return review_state(profile, report_id)


def _state_text(value) -> str | None:
    if value is None:
        return None
    state, dup = value
    return f"{state}:{dup}" if dup else state


CONFLICTING = ("state", "assignee")  # tags and notes only add, so they never conflict


def apply_change(profile: Profile, change: dict, origin: str) -> list[str]:
    """Apply one review change (inside the caller's transaction); returns the fields found in conflict.

    A change to ``state`` or ``assignee`` made on the same base revision as another change to that field is a
    conflict: both values are kept in ``review_conflicts`` and the value already shown is left as it is (never
    silently overwritten); a later change, made on a newer revision, resolves it. Idempotent by ``change_id``.
    """
    db = profile.db
    if db.execute("SELECT 1 FROM review_changes WHERE change_id = ?", [change["change_id"]]).fetchone():
        return []
    report_id, fields = change["report_id"], change["fields"]
    db.execute("INSERT OR IGNORE INTO reviews (report_id, updated_at) VALUES (?, ?)", [report_id, change["at"]])
    conflicts = []
    for other_id, other_fields, other_who in db.execute(
            "SELECT change_id, fields, who FROM review_changes WHERE report_id = ? AND base_revision = ?",
            [report_id, change["base_revision"]]).fetchall():
        other_fields = json.loads(other_fields)
        for name in CONFLICTING:
            if name in fields and name in other_fields and fields[name] != other_fields[name]:
                conflicts.append(name)
                show = _state_text if name == "state" else (lambda v: v)
                db.execute("INSERT OR IGNORE INTO review_conflicts (report_id, field, base_revision, change_a, "
                           "value_a, who_a, change_b, value_b, who_b, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                           [report_id, name, change["base_revision"], other_id, show(other_fields[name]), other_who,
                            change["change_id"], show(fields[name]), change["who"], iso(utcnow())])
    old_state, old_dup, old_assignee, old_tags_json, _, _ = _review_row(db, report_id)
    tags = json.loads(old_tags_json)
    state, dup, assignee = old_state, old_dup, old_assignee
    history = []
    if "state" in fields and "state" not in conflicts:
        state, dup = fields["state"]
        history.append(("state", _state_text([old_state, old_dup]), _state_text(fields["state"])))
    if "assignee" in fields and "assignee" not in conflicts:
        assignee = fields["assignee"]
        history.append(("assignee", old_assignee, assignee))
    added = [t for t in fields.get("tags_added", []) if t not in tags]
    if added:
        history.append(("tags", json.dumps(tags), json.dumps(tags + added)))
        tags = tags + added
    if fields.get("note"):
        history.append(("note", None, fields["note"]))
    for name in conflicts:
        history.append(("conflict", None, f"{name}: changed by two coordinators on revision "
                                          f"{change['base_revision']}"))
    db.execute("INSERT INTO review_changes (change_id, report_id, base_revision, fields, who, at, origin, shared) "
               "VALUES (?,?,?,?,?,?,?,?)", [change["change_id"], report_id, change["base_revision"],
                                            json.dumps(fields, ensure_ascii=False), change["who"], change["at"],
                                            origin, int(origin == "remote")])
    revision = db.execute("SELECT count(*) FROM review_changes WHERE report_id = ?", [report_id]).fetchone()[0]
    db.execute("UPDATE reviews SET state = ?, duplicate_of = ?, assignee = ?, tags = ?, revision = ?, updated_at = ? "
               "WHERE report_id = ?", [state, dup, assignee, json.dumps(tags), revision, iso(utcnow()), report_id])
    for name, old, new in history:
        db.execute("INSERT INTO review_history (report_id, at, who, field, old, new) VALUES (?,?,?,?,?,?)",
                   [report_id, change["at"], change["who"], name, old, new])
    # The audit names what changed, not a note's text: the audit is for integrity, notes stay in the history.
    profile.audit.append("reviewed", report_id, detail={"by": change["who"], "fields": sorted(fields),
                                                        "origin": origin, "change_id": change["change_id"],
                                                        "conflicts": conflicts})
    return conflicts


def review_state(profile: Profile, report_id: str) -> dict:
    """The review of one report, with its full history (notes included)."""
    row = _review_row(profile.db, report_id)
    if row is None:
        raise NotFound(f"No received report {report_id}.")
    state, dup, assignee, tags, revision, updated_at = row
    history = [{"at": at, "who": w, "field": f, "old": o, "new": n} for at, w, f, o, n in profile.db.execute(
        "SELECT at, who, field, old, new FROM review_history WHERE report_id = ? ORDER BY id", [report_id])]
    return {"state": state, "duplicate_of": dup, "assignee": assignee, "tags": json.loads(tags),
            "revision": revision, "updated_at": updated_at, "history": history,
            "notes": [h["new"] for h in history if h["field"] == "note"],
            "conflicts": [{"field": f, "base_revision": b,
                           "values": [{"value": va, "who": wa}, {"value": vb, "who": wb}]}
                          for f, b, va, wa, vb, wb in profile.db.execute(
                              "SELECT field, base_revision, value_a, who_a, value_b, who_b FROM review_conflicts "
                              "WHERE report_id = ? ORDER BY id", [report_id])]}


def _received(row) -> dict:
    (server_seq, sha, device_id, kind, seq, report_id, version, report, photos, verification, hints, status,
     processed_at) = row
    verification = json.loads(verification)
    report = json.loads(report) if report else None
    items = json.loads(hints)  # {"code", "params"} each (plain English strings in stores made before codes)
    return {"server_seq": server_seq, "envelope_sha256": sha, "device_id": device_id, "kind": kind, "seq": seq,
            "report_id": report_id, "version": version, "title": (report or {}).get("title"),
            "photos": len(json.loads(photos)), "status": status, "verification": verification,
            "reasons": [f"{k}: {v['detail']}" for k, v in verification.items() if not v.get("ok")],
            "hints": [h if isinstance(h, str) else hint_text(h) for h in items], "hint_items": items,
            "processed_at": processed_at}


_COLUMNS = ("server_seq, envelope_sha256, device_id, kind, seq, report_id, report_version, report, photos, "
            "verification, hints, status, processed_at")


def received_list(profile: Profile, status: str | None = None) -> list[dict]:
    """Received envelopes, oldest first; ``status`` "verified" or "quarantined" to filter."""
    sql, params = f"SELECT {_COLUMNS} FROM received", []
    if status is not None:
        sql += " WHERE status = ?"
        params.append(status)
    return [_received(r) for r in profile.db.execute(sql + " ORDER BY server_seq", params)]


def quarantine_list(profile: Profile) -> list[dict]:
    """Everything kept in quarantine, each with the precise reasons."""
    return received_list(profile, "quarantined")


def _owned(profile: Profile, report_id: str) -> tuple[str, list]:
    """The SQL condition selecting a report's envelopes from its owner only (every envelope while nobody owns it):
    another device's envelope naming the same report id is shown in quarantine, never under the report."""
    owner = ownership.owner_of(profile.db, report_id)
    if owner is None:
        return "report_id = ?", [report_id]
    return "report_id = ? AND device_id = ?", [report_id, owner]


def received_report(profile: Profile, report_id: str) -> dict:
    """The latest version of a report received from its owner: content, photo metadata, manifest, receipt and
    checks."""
    where, params = _owned(profile, report_id)
    row = profile.db.execute(
        "SELECT report, photos, signed_manifest, receipt, " + _COLUMNS + " FROM received WHERE " + where +
        " ORDER BY report_version DESC, server_seq DESC LIMIT 1", params).fetchone()
    if row is None:
        raise NotFound(f"No received report {report_id}.")
    out = _received(row[4:])
    out.update(report=json.loads(row[0]) if row[0] else None, photo_meta=json.loads(row[1]),
               signed_manifest=json.loads(row[2]) if row[2] else None, receipt=json.loads(row[3]) if row[3] else None)
    return out


def report_extra_json(profile: Profile, report_id: str) -> dict:
    """Verification and review of a received report, for ``kpfield report list/show --json`` (empty if none)."""
    where, params = _owned(profile, report_id)
    rows = [_received(r) for r in profile.db.execute(
        f"SELECT {_COLUMNS} FROM received WHERE {where} ORDER BY server_seq", params)]
    if not rows:
        return {}
    latest = rows[-1]
    return {"received": {"device_id": latest["device_id"], "version": latest["version"],
                         "envelope_sha256": latest["envelope_sha256"], "status": latest["status"],
                         "verification": latest["verification"], "reasons": latest["reasons"],
                         "hints": latest["hints"],
                         "envelopes": [{k: r[k] for k in ("server_seq", "version", "status", "envelope_sha256")}
                                       for r in rows]},
            "review": review_state(profile, report_id)}

