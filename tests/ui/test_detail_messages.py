"""The detail pane shows coordinators' messages on the report they concern, and forgets them on lock."""

from __future__ import annotations

import uuid

from kpfield.model import Report
from kpfield.sync.messages import Message, store_message
from ui.detail_view import DetailView

PASSPHRASE = "granite river seventeen lanterns"


def test_messages_appear_on_their_report_and_go_on_clear(qtbot, sync_session):
    unlocked = []
    sync_session.create(PASSPHRASE, on_done=unlocked.append)
    qtbot.waitUntil(lambda: bool(unlocked), timeout=10_000)

    def prepare(profile):
        rid = profile.reports.create(Report(title="Convoy at night")).id
        other = profile.reports.create(Report(title="Another")).id
        with profile.db.atomic():
            store_message(profile.db, Message(str(uuid.uuid4()), rid, "coord1", "question",
                                              "What time exactly did the convoy pass?", None, "2026-11-26T10:00:00Z"))
        return rid, other

    rid, other = sync_session.call_sync(prepare)
    view = DetailView(sync_session)
    qtbot.addWidget(view)
    view.show_report(rid)
    qtbot.waitUntil(lambda: "What time exactly" in view.messages.text(), timeout=5_000)
    assert view.messages_label.isVisibleTo(view)
    view.show_report(other)
    qtbot.waitUntil(lambda: view.title_label.text() == "Another", timeout=5_000)
    assert view.messages.text() == "" and not view.messages_label.isVisibleTo(view)
    view.show_report(rid)
    qtbot.waitUntil(lambda: "What time exactly" in view.messages.text(), timeout=5_000)
    view.clear()
    assert view.messages.text() == ""
