"""A monitor's unread messages from coordinators: counts per report, marking them read, the questions asked.

Messages arrive with sync (see :mod:`kpfield.sync.messages`) and stay unread until the monitor has seen them on
the report they concern (the app's detail pane, or ``kpfield messages``).
"""

from __future__ import annotations

from sqlite_utils import Database

from kpfield.sync.messages import Message, messages_for

QUESTION_KINDS = ("question", "request_originals")


def unread_message_counts(db: Database) -> dict[str, int]:
    """Unread messages per report id (reports with none are left out)."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT report_id, count(*) FROM mailbox WHERE read = 0 AND report_id IS NOT NULL GROUP BY report_id")}


def mark_messages_read(db: Database, report_id: str) -> int:
    """Mark the report's messages read; returns how many were unread."""
    return db.execute("UPDATE mailbox SET read = 1 WHERE report_id = ? AND read = 0", [report_id]).rowcount


def questions_for(db: Database, report_id: str) -> list[Message]:
    """What coordinators asked about the report (questions, requests for originals), newest first."""
    return [m for m in reversed(messages_for(db, report_id)) if m.kind in QUESTION_KINDS]
