"""The charts: the view draws the right bars with translated labels; the dock follows the list's filter and the
store's changes from View → Charts, and forgets everything on lock."""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QCategoryAxis, QHorizontalBarSeries
from PySide6.QtGui import QKeySequence
from ui_helpers import PASSPHRASE, sample_report, unlock

from kpfield.model import Perpetrator
from kpfield.stats import NO_PERPETRATOR, NO_SITE, OTHER_SITES, ReportStats
from ui import i18n
from ui.charts_view import ChartsView

LONG_SITE = "Lunda Norte, Cuango river concession block 7, north bank of the river near the old ferry"


def _stats() -> ReportStats:
    return ReportStats(
        total=6,
        by_type=[("shooting", 4), ("beating_torture", 2), ("killing", 0)],
        by_month=[("2025-11", 2), ("2025-12", 0), ("2026-01", 4)],
        by_site=[("Chiadzwa", 3), (LONG_SITE, 1), (NO_SITE, 1), (OTHER_SITES, 1)],
        by_perpetrator=[("army", 3), ("police", 1), (NO_PERPETRATOR, 2)],
    )


def _bar_values(view: ChartsView) -> list[float]:
    (series,) = view.chart.series()
    (bars,) = series.barSets()
    return [bars.at(i) for i in range(bars.count())]


def _table(view: ChartsView) -> list[tuple[str, str]]:
    return [(view.table.item(r, 0).text(), view.table.item(r, 1).text()) for r in range(view.table.rowCount())]


def _category_labels(view: ChartsView, series) -> list[str]:
    axis = next(a for a in view.chart.axes() if a in series.attachedAxes() and hasattr(a, "categories"))
    return list(axis.categories())


def test_type_chart_shows_translated_labels_most_reported_at_the_top(qtbot):
    view = ChartsView()
    qtbot.addWidget(view)
    view.resize(520, 520)
    view.set_stats(_stats())
    assert view.kind() == "type"
    # Types without reports are not drawn; the summary says how many were left out (their names in its tooltip).
    assert view.entries() == [("Shooting", 4), ("Beating or torture", 2)]
    (series,) = view.chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    assert _bar_values(view) == [2, 4]  # a horizontal chart draws its first value at the bottom
    assert [label.rstrip("\u200b") for label in _category_labels(view, series)] == [
        "Beating or torture", "Shooting"]
    assert series.isLabelsVisible()  # the counts are written on the bars
    assert view.chart_view.accessibleDescription() == "Shooting: 4; Beating or torture: 2"
    assert view.summary_label.text() == ("Reports: 6. A report with several types counts once for each. "
                                         "Categories with no report, not drawn: 1.")
    assert view.summary_label.toolTip() == "Killing"


def test_type_labels_follow_the_gui_language(qtbot):
    view = ChartsView()
    qtbot.addWidget(view)
    try:
        i18n.install("fr")
        view.set_stats(_stats())
        assert view.entries()[0] == ("Tirs / fusillade", 4)
    finally:
        i18n.uninstall()  # the source texts again, as other tests expect


def test_the_selector_switches_between_the_four_charts(qtbot):
    view = ChartsView()
    qtbot.addWidget(view)
    view.resize(520, 520)
    view.show()
    view.set_stats(_stats())

    view.selector.setCurrentIndex(view.selector.findData("month"))
    assert view.entries() == [("2025-11", 2), ("2025-12", 0), ("2026-01", 4)]
    (series,) = view.chart.series()
    assert isinstance(series, QBarSeries) and not isinstance(series, QHorizontalBarSeries)
    assert _bar_values(view) == [2, 0, 4]  # time runs left to right, the empty month included
    month_axis = next(a for a in view.chart.axes() if isinstance(a, QCategoryAxis))
    assert month_axis.categoriesLabels() == ["2025-11", "2025-12", "2026-01"]  # three months: room for each

    view.set_kind("site")
    assert view.entries() == [("Chiadzwa", 3), (LONG_SITE, 1), ("(no site)", 1), ("Other sites", 1)]
    # Qt Charts elides a long name on the axis; the bars keep half the width or more, the table has the name whole.
    qtbot.waitUntil(lambda: view.chart.plotArea().left() > 40)  # laid out, with room for the labels
    assert view.chart.plotArea().width() > 0.5 * view.chart_view.width()
    assert (LONG_SITE, "1") in _table(view)

    view.set_kind("perpetrator")
    assert view.entries() == [("Army", 3), ("Police", 1), ("None recorded", 2)]
    assert _bar_values(view) == [2, 1, 3]


def test_the_table_is_a_keyboard_reachable_text_alternative(qtbot):
    view = ChartsView()
    qtbot.addWidget(view)
    view.show()
    view.set_stats(_stats())
    assert view.stack.currentWidget() is view.chart_area
    view.table_check.setChecked(True)
    assert view.stack.currentWidget() is view.table
    assert _table(view) == [("Shooting", "4"), ("Beating or torture", "2"), ("Killing", "0")]
    view.set_kind("perpetrator")
    assert _table(view)[-1] == ("None recorded", "2")
    for widget in (view.selector, view.table_check, view.table):
        assert widget.accessibleName() and widget.focusPolicy() != 0
    assert view.focusProxy() is view.selector


def test_no_matching_report_shows_a_sentence_not_an_empty_chart(qtbot):
    view = ChartsView()
    qtbot.addWidget(view)
    view.set_stats(ReportStats(total=0, by_type=[("shooting", 0)]))
    assert view.stack.currentWidget() is view.placeholder
    assert view.placeholder.text() == "No report matches the search and filters."
    assert view.chart.series() == []


def test_a_chart_whose_counts_were_not_made_says_so_and_asks_for_them(qtbot):
    view = ChartsView()
    qtbot.addWidget(view)
    stats = _stats()
    stats.by_perpetrator = None
    view.set_stats(stats)
    assert not view.needs_counts()
    with qtbot.waitSignal(view.kind_changed) as signal:
        view.set_kind("perpetrator")
    assert signal.args == ["perpetrator"] and view.needs_counts()
    assert view.entries() == [] and view.stack.currentWidget() is view.placeholder
    assert view.placeholder.text() == "Counting reports…"


def test_clear_forgets_every_label_and_count(qtbot):
    view = ChartsView()
    qtbot.addWidget(view)
    view.set_stats(_stats())
    view.set_kind("site")
    view.clear()
    assert view.stats is None and view.entries() == []
    assert view.table.rowCount() == 0 and view.chart.series() == [] and view.chart.axes() == []
    assert view.chart_view.accessibleDescription() == "" and view.summary_label.text() == ""


# --- the dock in the real application ---------------------------------------------------------------------------
def _charts_action(window):
    view_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.menu() is not None and window.find_action in a.menu().actions())
    return next(a for a in view_menu.actions() if a.text() == "&Charts")


def test_view_menu_opens_the_dock_which_follows_filters_and_changes_and_forgets_on_lock(qtbot, make_profile,
                                                                                         make_app):
    def extra(profile):
        profile.reports.create(sample_report(90, site="Koidu", types=["shooting", "smuggling"],
                                             perpetrators=[Perpetrator("army"), Perpetrator("army", "second")]))

    make_profile(n=6, setup=extra)  # sample reports alternate shooting / beating
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    dock = window.charts_dock
    view = dock.widget()
    assert not dock.isVisible() and view.stats is None  # nothing is counted while the dock is hidden

    action = _charts_action(window)
    assert action.shortcut() == QKeySequence("Ctrl+Shift+G")
    action.trigger()
    assert dock.isVisible()
    qtbot.waitUntil(lambda: view.stats is not None and view.stats.total == 7, timeout=10_000)
    assert view.entries()[:3] == [("Shooting", 4), ("Beating or torture", 3), ("Smuggling or illicit trade", 1)]
    assert view.stats.by_perpetrator is None  # the one count that reads every row: only when its chart is shown
    view.set_kind("perpetrator")
    qtbot.waitUntil(lambda: view.entries() != [], timeout=10_000)
    assert view.entries()[0] == ("Army", 1) and view.entries()[-1] == ("None recorded", 6)

    filters = window.filter_widget
    filters.type_combo.setCurrentIndex(filters.type_combo.findData("shooting"))
    qtbot.waitUntil(lambda: view.stats.total == 4, timeout=10_000)
    assert view.entries()[-1] == ("None recorded", 3)

    dock.controller.change_delay_ms = 20  # autosave's changes are throttled to one recount per 3 s
    app.session.op(lambda profile: profile.reports.create(sample_report(91, types=["shooting"])),
                   changes="reports")
    qtbot.waitUntil(lambda: view.stats.total == 5, timeout=10_000)

    action.trigger()  # hidden: changes are noted, not counted, until the dock is shown again
    assert not dock.isVisible()
    app.session.call_sync(lambda profile: profile.reports.create(sample_report(92, types=["shooting"])))
    app.session.changed.emit("reports")
    assert not dock.controller._timer.isActive() and view.stats.total == 5
    action.trigger()
    qtbot.waitUntil(lambda: view.stats.total == 6, timeout=10_000)

    app.lock()
    assert view.stats is None and view.entries() == [] and view.table.rowCount() == 0
    assert view.chart.series() == [] and view.chart_view.accessibleDescription() == ""

    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.passphrase_edit.isEnabled())
    app.dialog.passphrase_edit.setText(PASSPHRASE)
    app.dialog.unlock_button.click()  # the dock is still open: it counts again, for the reset filter
    qtbot.waitUntil(lambda: view.stats is not None and view.stats.total == 9, timeout=10_000)
    assert view.kind() == "perpetrator" and view.entries()[-1] == ("None recorded", 8)
