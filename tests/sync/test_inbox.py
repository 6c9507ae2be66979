"""Unread messages per report, marking them read, and the questions asked (a real store)."""

from __future__ import annotations

from kpfield.model import Report
from kpfield.store import KdfParams, Profile
from kpfield.sync.inbox import mark_messages_read, questions_for, unread_message_counts
from kpfield.sync.messages import Message, store_message


def test_counts_mark_read_and_questions(tmp_path):
    with Profile.create(tmp_path / "p", "granite river seventeen lanterns", kdf=KdfParams.fast_for_tests()) as p:
        a, b = p.reports.create(Report(title="a")).id, p.reports.create(Report(title="b")).id
        for i, (rid, kind, text) in enumerate([(a, "question", "What time exactly?"), (a, "state_change", ""),
                                               (a, "request_originals", ""), (b, "question", "Who saw it?")]):
            store_message(p.db, Message(f"m{i}", rid, "coordinator-device", kind, text, None,
                                        f"2026-03-0{i + 1}T10:00:00Z"))
        assert unread_message_counts(p.db) == {a: 3, b: 1}
        assert [m.kind for m in questions_for(p.db, a)] == ["request_originals", "question"]
        assert mark_messages_read(p.db, a) == 3 and mark_messages_read(p.db, a) == 0
        assert unread_message_counts(p.db) == {b: 1}
