"""A monitor sees coordinators' unread messages: a mark on the report in the list, a count in the status bar and
the Report menu; showing the report marks them read; its editor shows the question being answered."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from ui_helpers import sample_report, unlock

from kpfield.sync.messages import Message, store_message
from ui.report_table_model import COL_TITLE


def _message(report_id: str, kind: str, text: str, day: int) -> Message:
    return Message(str(uuid.uuid4()), report_id, "coordinator-device", kind, text, None, f"2026-03-0{day}T10:00:00Z")


def test_unread_mark_count_and_question_in_the_editor(qtbot, make_profile, make_app):
    ids = []

    def setup(profile):
        ids.extend(profile.reports.create(sample_report(i)).id for i in range(3))
        store_message(profile.db, _message(ids[1], "question", "What time exactly did the convoy pass?", 2))
        store_message(profile.db, _message(ids[1], "request_originals", "", 3))

    make_profile(setup=setup)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    asked = ids[1]
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.total == 2, timeout=10_000)
    assert inbox.label.isVisibleTo(window) and "Unread messages from coordinators: 2" in inbox.label.text()
    assert inbox.action.isEnabled() and "(2)" in inbox.action.text()
    row = window.model.row_of(asked)
    title = window.model.index(row, COL_TITLE)
    assert title.data(Qt.ItemDataRole.FontRole).bold() and not title.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Unread messages from coordinators: 2" in title.data(Qt.ItemDataRole.ToolTipRole)
    other = window.model.index(window.model.row_of(ids[0]), COL_TITLE)
    assert other.data(Qt.ItemDataRole.DecorationRole) is None

    inbox.action.trigger()  # the next report with unread messages: shown, so read
    qtbot.waitUntil(lambda: window.detail.report_id == asked
                    and "What time exactly" in window.detail.messages.text(), timeout=10_000)
    qtbot.waitUntil(lambda: inbox.total == 0, timeout=10_000)
    assert not inbox.label.isVisibleTo(window) and not inbox.action.isEnabled()
    assert window.model.index(row, COL_TITLE).data(Qt.ItemDataRole.DecorationRole) is None

    editor = window.open_editor(asked)
    qtbot.waitUntil(lambda: editor.report_id == asked and editor.form.isEnabled(), timeout=10_000)
    assert editor.questions_box.isVisibleTo(editor)
    lines = editor.questions_label.text().splitlines()
    assert lines == ["2026-03-03 10:00: a coordinator asked for the original photos.",
                     "2026-03-02 10:00: What time exactly did the convoy pass?"]
    plain = window.open_editor(ids[0])
    qtbot.waitUntil(lambda: plain.report_id == ids[0] and plain.form.isEnabled(), timeout=10_000)
    assert not plain.questions_box.isVisibleTo(plain)
