"""Deleting one report from a monitor's store: the draft or unsent report, or a sent report's local copy.

Everything the report left in the store goes in one transaction: its row and search-index row, its frozen
versions, its photos and their bytes, its sealed envelopes waiting to be sent, and the coordinators' messages
about it. The store runs with ``secure_delete``, so freed pages are overwritten with zeros; the full-text index
is then merged (``optimize``) so that no old index segment still lists the report's words, and the write-ahead
log is checkpointed and truncated. The audit trail keeps that a report with this id existed and was deleted
(it holds hashes and ids, never report text).

What is not deletable this way: a coordinator's received reports (evidence, with their verification and review
history). A report whose envelope the server already acknowledged is deleted here only when the caller confirms
(``confirm_sent``): the coordinators keep their copy; only this device's copy goes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kpfield.errors import KPFieldError, NotFound

EDITING_KEY = "editing_reports"  # the app's list of reports open for editing (ids only)


class NotDeletable(KPFieldError):
    """This report cannot be deleted here (a coordinator's received evidence)."""

    code = "not_deletable"


class SentNeedsConfirmation(KPFieldError):
    """The report was sent: deleting only removes this device's copy, and the caller must say it knows that."""

    code = "delete_sent_unconfirmed"


@dataclass(frozen=True)
class DeletionPlan:
    """What deleting ``report_id`` would remove, for the confirmation the user sees."""

    report_id: str
    state: str  # draft or ready
    version: int
    sent: bool  # a version reached the server (its receipt verified): coordinators have it
    waiting: bool  # an envelope is sealed but not sent yet: it will never be sent
    photos: int
    messages: int

    def to_dict(self) -> dict:
        return asdict(self)


def deletion_plan(profile, report_id: str) -> DeletionPlan:
    """What deleting the report would remove; raises :class:`NotFound` or :class:`NotDeletable`."""
    db = profile.db
    if profile.role == "coordinator" or db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'received'").fetchone() and db.execute(
            "SELECT 1 FROM received WHERE report_id = ? LIMIT 1", [report_id]).fetchone():
        raise NotDeletable("Received reports are evidence and cannot be deleted one by one: their verification and "
                           "review history stay with them.", report_id=report_id)
    row = db.execute("SELECT state, version FROM reports WHERE id = ?", [report_id]).fetchone()
    if row is None:
        raise NotFound(f"No report with id {report_id}.")
    states = [r[0] for r in db.execute("SELECT state FROM outbox WHERE report_id = ?", [report_id])]
    photos = db.execute("SELECT count(*) FROM photos WHERE report_id = ?", [report_id]).fetchone()[0]
    messages = db.execute("SELECT count(*) FROM mailbox WHERE report_id = ?", [report_id]).fetchone()[0]
    return DeletionPlan(report_id, row[0], row[1], sent="sent" in states,
                        waiting=any(s != "sent" for s in states), photos=photos, messages=messages)


def delete_report(profile, report_id: str, *, confirm_sent: bool = False) -> DeletionPlan:
    """Delete the report and everything about it from this store (see the module docstring).

    :raises SentNeedsConfirmation: the report was sent and ``confirm_sent`` is false (nothing is changed).
    """
    plan = deletion_plan(profile, report_id)
    if plan.sent and not confirm_sent:
        raise SentNeedsConfirmation("This report was already sent: the coordinators keep their copy. Confirm to "
                                    "delete the copy on this device only.", report_id=report_id)
    db = profile.db
    with db.atomic():
        db.execute("DELETE FROM mailbox WHERE report_id = ?", [report_id])
        db.execute("DELETE FROM outbox WHERE report_id = ?", [report_id])  # its blobs follow (foreign key)
        db.execute("DELETE FROM photos WHERE report_id = ?", [report_id])  # their bytes follow (foreign key)
        editing = profile.settings.get(EDITING_KEY) or []
        if report_id in editing:
            profile.settings.set(EDITING_KEY, [i for i in editing if i != report_id])
        profile.reports.delete(report_id)  # row, search-index row, frozen versions; audits "deleted"
    purge_freed_pages(profile)
    return plan


def purge_freed_pages(profile) -> None:
    """Merge the search index (no segment keeps deleted words) and checkpoint the log (no old page left in it)."""
    db = profile.db
    db.execute("INSERT INTO report_fts (report_fts) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
