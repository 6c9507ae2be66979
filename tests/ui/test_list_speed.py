"""What keeps the list instant at any size (no timing is asserted; the behaviour that makes it fast is):
a new query fetches only the rows the view shows, a query superseded before the store reached it is never run nor
painted, the search waits only as long as the store needs, and a coordinator's columns sort in the store."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QTableView
from ui_helpers import PASSPHRASE, bulk_reports

from kpfield.store import KdfParams, Profile, ReportQuery
from ui.filter_widget import SEARCH_DEBOUNCE_MS, SEARCH_MIN_DEBOUNCE_MS, FilterWidget
from ui.report_table_model import (
    COL_MONITOR, COL_STATE, COL_TITLE, COL_VERIFICATION, FIRST_PAGE_MARGIN, PAGE_SIZE, ReportTableModel,
    VisibleRowsTracker,
)
from ui.session import Session
from ui.tasks import TaskManager

MANY = 600


@pytest.fixture(scope="module")
def many_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("many") / "profile"
    with Profile.create(home, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as profile:
        bulk_reports(profile, MANY)
    return home


@pytest.fixture
def session(qtbot, many_home):
    tasks = TaskManager()
    session = Session(tasks, many_home)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock(PASSPHRASE)
    yield session
    session.lock()
    tasks.shutdown(wait=True)


class QuerySpy:
    """Records every page query the store runs (the real method still runs: a spy, not a stand-in)."""

    def __init__(self, session):
        self.texts: list[str] = []
        self.limits: list[int] = []
        self._session = session

        def install(profile):
            real = profile.reports.query

            def query(q=None, *, limit=200, offset=0):
                self.texts.append(q.text if q else "")
                self.limits.append(limit)
                return real(q, limit=limit, offset=offset)

            profile.reports.query = query

        session.call_sync(install)

    def remove(self):
        self._session.call_sync(lambda profile: profile.reports.__dict__.pop("query", None))


def test_a_new_query_fetches_only_the_rows_the_view_shows(qtbot, session):
    model = ReportTableModel(session)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    tracker = VisibleRowsTracker(view, model)
    visible = view.viewport().height() // view.verticalHeader().defaultSectionSize() + 1
    assert model.first_page_size == visible + FIRST_PAGE_MARGIN < PAGE_SIZE
    spy = QuerySpy(session)
    try:
        with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
            model.reload()
        assert loaded.args == [MANY]  # the count is of every match …
        assert spy.limits == [visible + FIRST_PAGE_MARGIN]  # … the rows read only those shown
        assert model.rowCount() == visible + FIRST_PAGE_MARGIN and model.canFetchMore()
        view.resize(600, 600)  # a taller view: the next query fetches more
        tracker.update()
        assert model.first_page_size > visible + FIRST_PAGE_MARGIN

        def scrolled_to_end():  # scrolling fetches the rest, a page at a time
            view.scrollToBottom()
            return model.rowCount() == MANY

        qtbot.waitUntil(scrolled_to_end, timeout=20_000)
        assert all(limit == PAGE_SIZE for limit in spy.limits[1:])
    finally:
        spy.remove()


def test_a_superseded_query_is_never_run_nor_painted(qtbot, session):
    model = ReportTableModel(session)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    spy = QuerySpy(session)
    gate, waiting = threading.Event(), threading.Event()
    inserted: list[int] = []
    loaded: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    model.loaded.connect(loaded.append)
    try:
        session.op(lambda profile: (waiting.set(), gate.wait(10)))  # the store thread is busy …
        assert waiting.wait(10)
        for text in ("00", "000", "0007"):  # … while the user types three keystrokes
            model.set_query(ReportQuery(text=text))
        gate.set()
        qtbot.waitUntil(lambda: session.tasks.pending == 0, timeout=10_000)
        assert spy.texts == ["0007"]  # the first two were skipped on the store thread, not run
        assert model.skipped == 2
        assert loaded == [1] and inserted == [1]  # painted once: the newest query's one result
        assert model.index(0, COL_TITLE).data() == "Report 0007 guards at the fence"
    finally:
        gate.set()
        spy.remove()


def test_a_page_superseded_while_waiting_is_not_read(qtbot, session):
    model = ReportTableModel(session)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    spy = QuerySpy(session)
    gate, waiting = threading.Event(), threading.Event()
    try:
        session.op(lambda profile: (waiting.set(), gate.wait(10)))
        assert waiting.wait(10)
        model.fetchMore()  # scrolling asked for the next page …
        model.set_query(ReportQuery(text="0007"))  # … then a search replaced the list
        gate.set()
        qtbot.waitUntil(lambda: session.tasks.pending == 0, timeout=10_000)
        assert spy.texts == ["0007"]
        assert model.rowCount() == 1
    finally:
        gate.set()
        spy.remove()


def test_the_search_waits_only_as_long_as_the_store_needs(qtbot):
    widget = FilterWidget()
    qtbot.addWidget(widget)
    assert widget.debounce_ms == SEARCH_DEBOUNCE_MS  # before the store has answered once
    for store_ms in (4, 6, 5):
        widget.set_store_time(store_ms)
    assert widget.debounce_ms == SEARCH_MIN_DEBOUNCE_MS  # a fast store: search almost at once
    for store_ms in (40, 45, 50):
        widget.set_store_time(store_ms)
    assert widget.debounce_ms == 80  # twice the recent median (40, 45, 50, 5, 6 -> 40)
    for store_ms in (400, 300, 500):
        widget.set_store_time(store_ms)
    assert widget.debounce_ms == SEARCH_DEBOUNCE_MS  # never longer than the longest wait
    with qtbot.waitSignal(widget.query_changed, timeout=2_000) as sent:
        widget.search_edit.setText("fence")
    assert sent.args[0].text == "fence"


def test_a_coordinators_columns_sort_in_the_store(qtbot, session):
    model = ReportTableModel(session)
    model.set_coordinator(True)
    assert model.query.sort == "unread"
    for column, key in ((COL_STATE, "review_state"), (COL_MONITOR, "monitor"), (COL_VERIFICATION, "verification")):
        assert model.sort_key(column) == key
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.sort(column)
        assert model.query.sort == key and model.rowCount() > 0


def test_a_click_shows_the_report_at_once_and_arrowing_loads_where_the_user_stops(qtbot, make_profile, make_app):
    from ui_helpers import unlock

    make_profile(n=20)
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    qtbot.waitUntil(lambda: not window._selection_timer.isActive())  # no selection change in the last moment
    window.table.selectRow(3)  # a click: no wait before the details are asked for
    assert window.detail.report_id == window.model.report_id(3)
    for row in (4, 5, 6):  # arrowing on: the rows passed over may be skipped …
        window.table.selectRow(row)
    qtbot.waitUntil(lambda: window.detail.report_id == window.model.report_id(6), timeout=5_000)  # … not the last
    qtbot.waitUntil(lambda: window.detail.title_label.text() != "", timeout=5_000)
