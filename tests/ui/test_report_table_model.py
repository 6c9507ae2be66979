"""The report table model: Qt's model contract, lazy paging from the store thread, stale pages dropped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from ui_helpers import PASSPHRASE, bulk_reports

from kpfield.store import KdfParams, Profile, ReportQuery
from ui.report_table_model import COL_DATE, COL_TITLE, PAGE_SIZE, ReportIdRole, ReportTableModel
from ui.session import Session
from ui.tasks import TaskManager

MANY = 2_000


@pytest.fixture(scope="module")
def big_home(tmp_path_factory):
    """A profile with 2,000 reports, made once for this module (the tests only read it)."""
    home = tmp_path_factory.mktemp("big") / "profile"
    with Profile.create(home, PASSPHRASE, kdf=KdfParams.fast_for_tests()) as profile:
        bulk_reports(profile, MANY)
    return home


@pytest.fixture
def session(qtbot, big_home):
    tasks = TaskManager()
    session = Session(tasks, big_home)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock(PASSPHRASE)
    yield session
    session.lock()
    tasks.shutdown(wait=True)


def _loaded(qtbot, model: ReportTableModel, query: ReportQuery | None = None) -> int:
    with qtbot.waitSignal(model.loaded, timeout=10_000) as blocker:
        model.set_query(query or ReportQuery()) if query is not None else model.reload()
    return blocker.args[0]


def test_model_contract(qtbot, qtmodeltester, session):
    model = ReportTableModel(session)
    assert _loaded(qtbot, model) == MANY
    qtmodeltester.check(model)
    assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == "Title"
    assert model.index(0, 0).data(ReportIdRole) == model.report_id(0)


def test_first_page_only_then_pages_on_demand(qtbot, session):
    model = ReportTableModel(session)
    assert _loaded(qtbot, model) == MANY
    assert model.rowCount() == PAGE_SIZE  # opens at once: one page, not 2,000 rows
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()  # a second call while the page is in flight does not ask twice
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    qtbot.waitUntil(lambda: session.tasks.pending == 0)  # every late delivery has arrived (and was ignored)
    assert model.rowCount() == 2 * PAGE_SIZE
    # newest first, without gaps or duplicates between pages
    ids = [model.report_id(row) for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    dates = [model.index(row, COL_DATE).data() for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_scrolling_a_view_to_the_end_fetches_every_report(qtbot, session):
    model = ReportTableModel(session)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    _loaded(qtbot, model)

    def scrolled_to_end():
        view.scrollToBottom()  # the view calls canFetchMore/fetchMore; pages arrive from the store thread
        return model.rowCount() == MANY

    qtbot.waitUntil(scrolled_to_end, timeout=20_000)
    assert not model.canFetchMore()
    titles = {model.index(row, COL_TITLE).data() for row in range(MANY)}
    assert len(titles) == MANY


def test_a_page_of_an_older_query_is_never_applied(qtbot, session):
    model = ReportTableModel(session)
    _loaded(qtbot, model)
    model.fetchMore()  # in flight for the unfiltered query…
    query = ReportQuery(text="0007")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(query)  # …superseded before it arrives
    qtbot.waitUntil(lambda: session.tasks.pending == 0)  # every late delivery has arrived (and was ignored)
    assert [model.index(row, COL_TITLE).data() for row in range(model.rowCount())] == [
        "Report 0007 guards at the fence"]


def test_clear_forgets_every_row(qtbot, session):
    model = ReportTableModel(session)
    _loaded(qtbot, model)
    model.fetchMore()
    model.clear()
    qtbot.waitUntil(lambda: session.tasks.pending == 0)  # the in-flight page arrived for a dead generation
    assert model.rowCount() == 0 and not model.canFetchMore()
