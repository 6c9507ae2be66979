"""The detail pane shows only the fields a report has: no "Severity:" or "People affected:" with nothing after."""

from __future__ import annotations

from kpfield.model import PeopleAffected, Report
from ui.detail_view import DetailView

PASSPHRASE = "granite river seventeen lanterns"


def test_empty_fields_are_hidden_and_filled_ones_shown(qtbot, sync_session):
    unlocked = []
    sync_session.create(PASSPHRASE, on_done=unlocked.append)
    qtbot.waitUntil(lambda: bool(unlocked), timeout=10_000)
    bare, full = sync_session.call_sync(lambda p: (
        p.reports.create(Report(title="Only a title", types=["shooting"])).id,
        p.reports.create(Report(title="Full", types=["shooting"], severity=4, site="Chiadzwa", narrative="Shots.",
                                people=PeopleAffected(injured=2))).id))
    view = DetailView(sync_session)
    qtbot.addWidget(view)
    view.show()

    def rows_shown() -> set[str]:
        return {key for key, value in view.fields.items() if view.form.isRowVisible(value)}

    view.show_report(bare)
    qtbot.waitUntil(lambda: view.title_label.text() == "Only a title", timeout=5_000)
    assert rows_shown() == {"state", "types", "when"}
    assert not view.narrative.isVisible() and not view.photos_label.isVisible()
    view.show_report(full)
    qtbot.waitUntil(lambda: view.title_label.text() == "Full", timeout=5_000)
    assert rows_shown() == {"state", "types", "when", "site", "people", "severity"}
    assert view.fields["people"].text() == "2 injured" and view.narrative.isVisible()
