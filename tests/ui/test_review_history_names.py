"""The review history names one coordinator one way: messages sent from here carry this coordinator's name, as
its own review changes do (not "this computer" beside "Harare desk")."""

from __future__ import annotations

from ui.review_panel_widget import ReviewPanel


def test_one_name_for_this_coordinator(qtbot, sync_session):
    panel = ReviewPanel(sync_session)
    qtbot.addWidget(panel)
    me = "k2x7 (Harare desk)"
    history = [{"at": "2026-03-02T10:00:00Z", "who": me, "field": "state", "old": "new", "new": "in_review"}]
    messages = [{"at": "2026-03-02T10:05:00Z", "kind": "question", "state": None}]
    panel._show_history(history, messages, me)
    who = [panel.history.topLevelItem(i).text(1) for i in range(panel.history.topLevelItemCount())]
    assert who == ["Harare desk", "Harare desk"]
    assert panel.history.topLevelItem(1).toolTip(1) == me
