"""The main window driven through its real widgets: search, filters, sorting, details, lock, auto-lock, titles."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import sample_report, unlock, visible_texts

from kpfield.geo.location import Location, LocationSource
from kpfield.model import Occurrence
from ui.report_table_model import COL_SITE, COL_TITLE
from ui.unlock_dialog import UnlockDialog


def _titles(window) -> list[str]:
    model = window.model
    return [model.index(row, COL_TITLE).data() for row in range(model.rowCount())]


def _set_query_and_wait(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.model.loaded, timeout=5_000):
        action()


def test_search_as_you_type_shows_only_the_latest_querys_results(qtbot, make_profile, make_app):
    def extra(profile):
        profile.reports.create(sample_report(900, title="Soldiers at the washing plant",
                                             narrative="They searched the diggers"))
        profile.reports.create(sample_report(901, title="Convoy at night", narrative="Trucks without plates"))

    make_profile(n=20, setup=extra)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    applied = []
    window.model.loaded.connect(applied.append)
    search = window.filter_widget.search_edit
    with qtbot.waitSignal(window.model.loaded, timeout=5_000):
        qtbot.keyClicks(search, "soldiers")  # typed quickly: one query after the pause, not eight
    assert applied == [1]
    assert _titles(window) == ["Soldiers at the washing plant"]
    _set_query_and_wait(qtbot, window, lambda: search.setText("plates"))  # narrative matches too
    assert _titles(window) == ["Convoy at night"]
    _set_query_and_wait(qtbot, window, lambda: search.setText("nothing like this"))
    assert window.model.rowCount() == 0
    assert "0" in window.count_label.text()
    assert window.detail.placeholder.text() == "No report matches the search and filters."


def test_stale_search_results_are_dropped(qtbot, make_profile, make_app):
    make_profile(n=10)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    query = window.filter_widget.query()
    query.text = "0001"
    window.model.set_query(query)  # this page will arrive second-to-last…
    query2 = window.filter_widget.query()
    query2.text = "0002"
    with qtbot.waitSignal(window.model.loaded, timeout=5_000) as loaded:
        window.model.set_query(query2)  # …and only this one may be applied
    qtbot.waitUntil(lambda: app.session.tasks.pending == 0)  # the first query's late page arrived and was ignored
    assert loaded.args == [1]
    assert _titles(window) == ["Report 0002 guards at the fence"]


def test_filters_by_type_state_site_and_date(qtbot, make_profile, make_app):
    def extra(profile):
        ready = profile.reports.create(sample_report(50, title="Ready one", site="Koidu"))
        profile.reports.mark_ready(ready.id)
        profile.reports.create(sample_report(51, title="Old one", site="Koidu",
                                             occurred=Occurrence(datetime(2025, 1, 5, tzinfo=timezone.utc))))

    make_profile(n=6, setup=extra)
    app = make_app()
    unlock(qtbot, app)
    window, filters = app.window, app.window.filter_widget
    assert window.model.total == 8
    qtbot.waitUntil(lambda: filters.site_combo.findData("Koidu") >= 0)

    _set_query_and_wait(qtbot, window, lambda: filters.state_combo.setCurrentIndex(filters.state_combo.findData(
        "ready")))
    assert _titles(window) == ["Ready one"]
    _set_query_and_wait(qtbot, window, lambda: filters.state_combo.setCurrentIndex(0))
    _set_query_and_wait(qtbot, window, lambda: filters.site_combo.setCurrentIndex(filters.site_combo.findData(
        "Koidu")))
    assert sorted(_titles(window)) == ["Old one", "Ready one"]
    filters.from_date.setDate(QDate(2026, 1, 1))
    _set_query_and_wait(qtbot, window, lambda: filters.from_check.setChecked(True))
    assert _titles(window) == ["Ready one"]
    _set_query_and_wait(qtbot, window, lambda: filters.site_combo.setCurrentIndex(0))
    _set_query_and_wait(qtbot, window, lambda: filters.type_combo.setCurrentIndex(filters.type_combo.findData(
        "shooting")))
    assert window.model.total == 4  # sample reports 0, 2, 4 and 50 are shootings, all from 2026
    assert all(window.model.index(row, 1).data() == "Shooting" for row in range(window.model.rowCount()))


def test_header_click_sorts_in_the_store(qtbot, make_profile, make_app):
    make_profile(n=9)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    header = window.table.horizontalHeader()
    _set_query_and_wait(qtbot, window, lambda: header.setSortIndicator(COL_SITE, Qt.SortOrder.AscendingOrder))
    sites = [window.model.index(row, COL_SITE).data() for row in range(window.model.rowCount())]
    assert sites == sorted(sites, key=str.lower)
    assert window.model.query.sort == "site" and not window.model.query.descending


def test_detail_pane_shows_fields_location_and_thumbnails(qtbot, make_profile, make_app, photos_dir):
    def extra(profile):
        report = profile.reports.create(sample_report(
            7, title="Detained at the checkpoint", place="Road to Mutare",
            location=Location(-19.7, 32.5, LocationSource.GPS, accuracy_m=12.0)))
        profile.photos.import_bytes(report.id, (photos_dir / "landscape_1.jpg").read_bytes(), "landscape_1.jpg",
                                    caption="the gate")

    make_profile(setup=extra)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.title_label.text() == "Detained at the checkpoint", timeout=5_000)
    fields = window.detail.fields
    assert fields["place"].text() == "Road to Mutare"
    assert "GPS receiver" in fields["location"].text() and "±12 m" in fields["location"].text()
    assert "19.7" in fields["location"].text()
    qtbot.waitUntil(lambda: window.detail.thumbs_layout.count() == 1)
    thumb = window.detail.thumbs_layout.itemAt(0).widget()
    assert not thumb.pixmap().isNull() and thumb.toolTip() == "the gate"
    assert window.model.index(0, 4).data() == "1"  # the photos column


def test_lock_leaves_no_report_text_in_any_widget(qtbot, make_profile, make_app, photos_dir):
    make_profile(n=5)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.table.selectRow(1)
    qtbot.waitUntil(lambda: window.detail.title_label.text().startswith("Report"), timeout=5_000)
    window.filter_widget.search_edit.setText("guards")
    window.open_settings()
    assert any("guards at the fence" in text for text in visible_texts())  # the check below can see text
    # the lock shortcut, typed while the (modal) settings dialog is open
    qtbot.keyClick(window.settings_dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not app.session.is_unlocked
    QApplication.processEvents()
    texts = visible_texts()
    for needle in ("guards", "Report 000", "Narrative number", "Chiadzwa", "Marange", "Cafunfo"):
        assert not any(needle in text for text in texts), needle
    assert window.model.rowCount() == 0 and not window.isVisible()
    assert window.settings_dialog is None
    assert isinstance(app.dialog, UnlockDialog) and app.dialog.isVisible()
    # and unlocking again brings the list back
    app.dialog.passphrase_edit.setText("granite river seventeen lanterns")
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        app.dialog.unlock_button.click()
    assert window.model.rowCount() == 5


def test_idle_auto_lock_fires_and_activity_postpones_it(qtbot, make_profile, make_app):
    make_profile(n=1)
    app = make_app()
    unlock(qtbot, app)
    assert app.idle.timeout_ms == 5 * 60_000  # the default: 5 minutes
    # Activity restarts the countdown: read off the countdown itself, so a slow machine cannot make it flaky.
    app.idle.set_timeout_ms(10_000)
    app.idle.start()
    qtbot.waitUntil(lambda: 0 <= app.idle.remaining_ms <= 9_000, timeout=20_000)
    qtbot.keyClick(app.window.table, Qt.Key.Key_Down)
    assert app.idle.remaining_ms > 9_000 and app.session.is_unlocked
    # and with no activity it locks
    with qtbot.waitSignal(app.session.locked, timeout=20_000):
        app.idle.set_timeout_ms(300)
    assert not app.window.isVisible()


def test_auto_lock_minutes_come_from_the_store(qtbot, make_profile, make_app):
    make_profile(setup=lambda profile: profile.settings.set("auto_lock_minutes", 2))
    app = make_app()
    unlock(qtbot, app)
    qtbot.waitUntil(lambda: app.idle.timeout_ms == 2 * 60_000)
    assert app.idle.active


def test_window_title_never_contains_report_text(qtbot, make_profile, make_app):
    make_profile(n=3)
    app = make_app()
    titles = set()
    app.start()
    titles.add(app.dialog.windowTitle())
    qtbot.waitUntil(app.dialog.passphrase_edit.isEnabled)
    app.dialog.passphrase_edit.setText("granite river seventeen lanterns")
    with qtbot.waitSignal(app.window.model.loaded, timeout=10_000):
        app.dialog.unlock_button.click()
    for row in range(3):
        app.window.table.selectRow(row)
        qtbot.waitUntil(lambda: app.window.detail.title_label.text().startswith("Report"), timeout=5_000)
        titles.add(app.window.windowTitle())
    app.window.open_settings()
    titles.add(app.window.settings_dialog.windowTitle())
    for widget in QApplication.topLevelWidgets():
        titles.add(widget.windowTitle())
    assert not any("Report" in t or "guards" in t or "Chiadzwa" in t for t in titles), titles
    assert app.window.windowTitle() == "KP Field"


def test_interrupted_edit_is_offered_again_after_unlock(qtbot, make_profile, make_app):
    ids = {}

    def extra(profile):
        ids["titled"] = profile.reports.create(sample_report(1, title="Half-written report")).id
        ids["untitled"] = profile.reports.create(sample_report(2, title="")).id
        profile.settings.set("editing_reports", [ids["titled"], ids["untitled"], "0b5e0000-0000-4000-8000-0000"])

    make_profile(setup=extra)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    qtbot.waitUntil(lambda: len(window.prompts) == 2)
    texts = [box.text() for box in window.prompts]
    assert any("Half-written report" in t for t in texts) and any("untitled draft" in t for t in texts)
    untitled = next(box for box in window.prompts if "untitled draft" in box.text())
    untitled.done(QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: app.session.call_sync(
        lambda p: p.settings.get("editing_reports")) == [ids["titled"]])
    titled = window.prompts[0]
    titled.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: ids["titled"] in window.editors)
    editor = window.editors[ids["titled"]]
    assert editor.isVisible()
    app.lock()  # the editor saves and closes with the lock
    qtbot.waitUntil(lambda: not window.editors)


def test_a_change_refreshes_the_list_without_losing_the_selected_report(qtbot, make_profile, make_app):
    make_profile(n=400)
    app = make_app()
    unlock(qtbot, app)
    window = app.window

    def scrolled_to_the_end():  # the first page is only what the view shows; the rest comes a page at a time
        window.model.fetchMore()
        return window.model.rowCount() == 400

    qtbot.waitUntil(scrolled_to_the_end, timeout=5_000)
    window.table.selectRow(350)
    chosen = window.model.report_id(350)
    qtbot.waitUntil(lambda: window.detail.report_id == chosen, timeout=5_000)

    def rename(profile):
        report = profile.reports.get(chosen)
        report.title = "Renamed while the list was open"
        profile.reports.save_draft(report, audit=False)

    with qtbot.waitSignal(window.model.loaded, timeout=5_000):
        app.session.op(rename, changes=f"report:{chosen}")  # what the editor's autosave does
    assert window.model.rowCount() == 400  # not thrown back to the first page
    assert window.selected_report_id() == chosen
    assert window.model.index(window.model.row_of(chosen), COL_TITLE).data() == "Renamed while the list was open"
    qtbot.waitUntil(lambda: window.detail.title_label.text() == "Renamed while the list was open", timeout=5_000)
