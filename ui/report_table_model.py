"""The report list as a lazily fetched table model: pages come from the store thread, painting never queries.

Each reload bumps a generation number. A query superseded before the store thread reached it (typing on) is not
run at all, and a page that arrives for an older generation (an earlier search, a lock) is dropped, so only the
latest query's results are ever painted. The first page of a query is only as long as the view shows
(:meth:`ReportTableModel.set_visible_rows`); the rest comes a page at a time as the user scrolls.
"""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from kpfield import taxonomy
from kpfield.model import ReportSummary
from kpfield.store import ReportQuery
from ui import i18n

PAGE_SIZE = 250  # rows per page fetched while scrolling
FIRST_PAGE_MARGIN = 8  # rows beyond those visible in the first page (a small resize needs no fetch)
MAX_REFRESH_ROWS = 5_000  # a refresh re-reads at most this many rows in one go

COL_DATE, COL_TYPE, COL_TITLE, COL_SITE, COL_PHOTOS, COL_STATE = range(6)
# A coordinator's list has two more columns; its COL_STATE shows the review state (every received report is
# "ready" in the store, so the monitor's state would say nothing).
COL_MONITOR, COL_VERIFICATION = 6, 7
#: Column -> ReportQuery.sort key (header clicks sort in the database, not in memory).
SORT_KEYS = {COL_DATE: "occurred", COL_TYPE: "type", COL_TITLE: "title", COL_SITE: "site",
             COL_PHOTOS: "photos", COL_STATE: "state"}
#: The coordinator's sort keys where they differ (used only if the store knows them: see :func:`_sortable`).
COORDINATOR_SORT_KEYS = {COL_STATE: "review_state", COL_MONITOR: "monitor", COL_VERIFICATION: "verification"}
COORDINATOR_DEFAULT_SORT = "unread"  # the inbox: unread first, then newest

ReportIdRole = Qt.ItemDataRole.UserRole + 1
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_COORDINATOR_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
                                                 Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole))
_ANSWERED_ROLES = _TEXT_ROLES | _COORDINATOR_ROLES | {int(Qt.ItemDataRole.TextAlignmentRole), int(ReportIdRole)}
_HEADERS = {COL_DATE: QT_TRANSLATE_NOOP("ReportTableModel", "Date"),
            COL_TYPE: QT_TRANSLATE_NOOP("ReportTableModel", "Type"),
            COL_TITLE: QT_TRANSLATE_NOOP("ReportTableModel", "Title"),
            COL_SITE: QT_TRANSLATE_NOOP("ReportTableModel", "Site"),
            COL_PHOTOS: QT_TRANSLATE_NOOP("ReportTableModel", "Photos"),
            COL_STATE: QT_TRANSLATE_NOOP("ReportTableModel", "State")}
_COORDINATOR_HEADERS = {COL_STATE: QT_TRANSLATE_NOOP("ReportTableModel", "Review"),
                        COL_MONITOR: QT_TRANSLATE_NOOP("ReportTableModel", "Monitor"),
                        COL_VERIFICATION: QT_TRANSLATE_NOOP("ReportTableModel", "Verification")}
_REVIEW_STATES = {"new": QT_TRANSLATE_NOOP("ReportTableModel", "New"),
                  "in_review": QT_TRANSLATE_NOOP("ReportTableModel", "In review"),
                  "needs_info": QT_TRANSLATE_NOOP("ReportTableModel", "Needs more information"),
                  "verified": QT_TRANSLATE_NOOP("ReportTableModel", "Verified"),
                  "rejected": QT_TRANSLATE_NOOP("ReportTableModel", "Rejected"),
                  "duplicate": QT_TRANSLATE_NOOP("ReportTableModel", "Duplicate"),
                  "escalated": QT_TRANSLATE_NOOP("ReportTableModel", "Escalated")}
VERIFIED_COLOUR = QColor("#1e7b34")
QUARANTINED_COLOUR = QColor("#b3261e")


def review_state_label(state: str | None) -> str:
    """Translated name of a review state (an unknown one shows its code)."""
    if not state:
        return ""
    return QCoreApplication.translate("ReportTableModel", _REVIEW_STATES[state]) if state in _REVIEW_STATES else state


def verification_label(verification: str | None) -> str:
    """"Verified" / "Quarantined" for a received report's newest envelope."""
    if verification == "verified":
        return QCoreApplication.translate("ReportTableModel", "Verified")
    if verification == "quarantined":
        return QCoreApplication.translate("ReportTableModel", "Quarantined")
    return verification or ""


def verification_icon(ok: bool):
    """A check mark or a warning sign from the style (no image file needed)."""
    pixmap = QStyle.StandardPixmap.SP_DialogApplyButton if ok else QStyle.StandardPixmap.SP_MessageBoxWarning
    return QApplication.style().standardIcon(pixmap)


def _sortable(key: str) -> bool:
    """Whether the store can sort by ``key`` (the coordinator's keys arrive with the store that has them)."""
    from kpfield.store import reports

    return key in getattr(reports, "SORT_COLUMNS", {})


def state_label(state: str) -> str:
    """Translated name of a report state (room for sync states: unknown ones show their code)."""
    labels = {"draft": QCoreApplication.translate("ReportTableModel", "Draft"),
              "ready": QCoreApplication.translate("ReportTableModel", "Ready"),
              "queued": QCoreApplication.translate("ReportTableModel", "Waiting to send"),
              "uploading": QCoreApplication.translate("ReportTableModel", "Sending"),
              "sent": QCoreApplication.translate("ReportTableModel", "Sent"),
              "failed": QCoreApplication.translate("ReportTableModel", "Not sent yet")}
    return labels.get(state, state)


def shown_state(state: str, send_state: str | None) -> str:
    """What a monitor sees as a report's state: a ready report shows how far its envelope got ("Sent" only once
    the receipt was verified). Used by the list and the detail pane alike, so that they never disagree."""
    return send_state if state == "ready" and send_state else state


def type_label(code: str, language: str | None = None) -> str:
    try:
        return taxonomy.get(code).label(language or i18n.current_language())
    except Exception:  # noqa: BLE001 - an unknown code (newer taxonomy) still shows, as its code
        return code


def short_date(iso_text: str | None) -> str:
    """``2026-03-14`` in local time from a stored UTC ISO 8601 string."""
    if not iso_text:
        return ""
    try:
        return datetime.fromisoformat(iso_text.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d")
    except ValueError:
        return iso_text[:10]


def row_texts(page: list[ReportSummary], language: str) -> list[tuple[str, str]]:
    """The date and type texts of each row, made with the page on the store thread (painting only looks them up)."""
    return [(short_date(s.occurred_start or s.updated_at), ", ".join(type_label(code, language) for code in s.types))
            for s in page]


class ReportTableModel(QAbstractTableModel):
    """Summaries of reports matching a :class:`ReportQuery`, fetched ``PAGE_SIZE`` at a time."""

    loaded = Signal(int)  # the first page of a new query arrived; argument: how many reports match in total
    failed = Signal(object)  # a page could not be fetched (the exception)
    answered = Signal(float)  # milliseconds the store took for a new query's count and first page

    def __init__(self, session, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._session = session
        self._page_size = page_size
        self._rows: list[ReportSummary] = []
        self._texts: list[tuple[str, str]] = []  # per row: date and types, as shown (see row_texts)
        self._total = 0
        self._query = ReportQuery()
        self._generation = 0
        self._fetching = False
        self._loading = False  # the first page of the current generation has not arrived yet
        self._coordinator = False
        self._message_counts: dict[str, int] = {}  # a monitor's unread messages from coordinators, per report
        self._visible_rows = 0  # rows the view shows (0: unknown, the first page is a whole page)
        self.skipped = 0  # queries superseded before the store thread reached them (never run, never painted)

    # --- state ---------------------------------------------------------------------------------------------
    @property
    def query(self) -> ReportQuery:
        return dataclasses.replace(self._query)

    @property
    def total(self) -> int:
        """How many reports match the current query (known once :attr:`loaded` fired)."""
        return self._total

    @property
    def first_page_size(self) -> int:
        """Rows fetched with a new query's count: what the view shows, plus a margin (a page if unknown)."""
        if self._visible_rows <= 0:
            return self._page_size
        return min(self._page_size, self._visible_rows + FIRST_PAGE_MARGIN)

    def set_visible_rows(self, rows: int) -> None:
        """How many rows the view shows (the main window tells on resize)."""
        self._visible_rows = max(0, int(rows))

    @property
    def is_loading(self) -> bool:
        return self._loading or self._fetching

    def report_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, report_id: str) -> int:
        for i, summary in enumerate(self._rows):
            if summary.id == report_id:
                return i
        return -1

    @property
    def coordinator(self) -> bool:
        return self._coordinator

    def set_coordinator(self, on: bool) -> None:
        """Show a coordinator's columns (monitor, review state, verification) and sort unread first."""
        if on == self._coordinator:
            return
        self.beginResetModel()
        self._coordinator = on
        sort = COORDINATOR_DEFAULT_SORT if on and _sortable(COORDINATOR_DEFAULT_SORT) else "occurred"
        self._query = dataclasses.replace(self._query, sort=sort, descending=True)
        self._generation += 1
        self._rows, self._texts, self._total, self._fetching, self._loading = [], [], 0, False, False
        self.endResetModel()

    def sort_key(self, column: int) -> str | None:
        """The store's sort key for a column (None: the column does not sort)."""
        if self._coordinator and column in COORDINATOR_SORT_KEYS:
            key = COORDINATOR_SORT_KEYS[column]
            return key if _sortable(key) else None
        return SORT_KEYS.get(column)

    def summary(self, row: int) -> ReportSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_read(self, report_id: str, read: bool = True) -> None:
        """Show a report as read (or unread) at once, without reloading the list."""
        row = self.row_of(report_id)
        if row < 0 or not hasattr(self._rows[row], "unread") or self._rows[row].unread == (not read):
            return
        self._rows[row] = dataclasses.replace(self._rows[row], unread=not read)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_message_counts(self, counts: dict[str, int]) -> None:
        """A monitor's unread messages from coordinators per report id: the title shows a mark and a count."""
        changed = {k for k in set(counts) | set(self._message_counts)
                   if counts.get(k) != self._message_counts.get(k)}
        self._message_counts = dict(counts)
        for report_id in changed:
            row = self.row_of(report_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, COL_TITLE), self.index(row, COL_TITLE))

    def unread_messages(self, report_id: str) -> int:
        return self._message_counts.get(report_id, 0)

    def set_query(self, query: ReportQuery) -> None:
        """Show the reports matching ``query`` (keeps the current sort order)."""
        query = dataclasses.replace(query, sort=self._query.sort, descending=self._query.descending)
        self._query = query
        self.reload()

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Drop what is shown and fetch the first page again on the store thread.

        :param keep_loaded: fetch as many rows as are loaded now (up to a limit), so that a refresh after an edit
            does not throw the user back to the top of a long list.
        """
        size = self.first_page_size
        if keep_loaded:
            size = min(max(size, len(self._rows)), MAX_REFRESH_ROWS)
        self._reset()
        if not self._session.is_unlocked:
            return
        generation, query, language = self._generation, self.query, i18n.current_language()
        self._loading = True

        def work(profile):  # on the store thread
            if generation != self._generation:  # superseded while waiting (an int read: no lock needed)
                return None
            started = time.perf_counter()
            total = profile.reports.count(query)
            page = profile.reports.query(query, limit=size, offset=0)
            store_ms = (time.perf_counter() - started) * 1000
            return total, (page, row_texts(page, language)), store_ms

        self._session.op(work, on_done=lambda result: self._on_first_page(generation, result),
                         on_error=lambda exc: self._on_fetch_failed(generation, exc))

    def clear(self) -> None:
        """Forget every row (on lock): nothing of the reports stays in memory here."""
        self._query = ReportQuery(sort=self._query.sort, descending=self._query.descending)
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows, self._texts = [], []
        self._total = 0
        self._fetching = False
        self._loading = False
        self.endResetModel()

    # --- fetching ------------------------------------------------------------------------------------------
    def _on_first_page(self, generation: int, result) -> None:
        if result is None:
            self.skipped += 1  # superseded before it ran
            return
        if generation != self._generation:
            return  # a newer query (or a lock) superseded this one while it ran
        total, page, store_ms = result
        self._loading = False
        self._total = total
        self._append(page)
        self.answered.emit(store_ms)
        self.loaded.emit(total)

    def _on_page(self, generation: int, page: tuple[list[ReportSummary], list] | None) -> None:
        if page is None or generation != self._generation:
            return
        self._fetching = False
        self._append(page)

    def _on_fetch_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = self._fetching = False
        self.failed.emit(exc)

    def _append(self, page: tuple[list[ReportSummary], list[tuple[str, str]]]) -> None:
        summaries, texts = page
        if not summaries:
            self._total = len(self._rows)  # the store has fewer than it counted (deleted meanwhile)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(summaries) - 1)
        self._rows.extend(summaries)
        self._texts.extend(texts)
        self.endInsertRows()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override; no database access here
        if parent.isValid() or self._loading:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self._fetching or not self.canFetchMore() or not self._session.is_unlocked:
            return
        self._fetching = True
        generation, query, size, offset = self._generation, self.query, self._page_size, len(self._rows)
        language = i18n.current_language()

        def work(profile):
            if generation != self._generation:
                return None  # superseded while waiting
            page = profile.reports.query(query, limit=size, offset=offset)
            return page, row_texts(page, language)

        self._session.op(work, on_done=lambda page: self._on_page(generation, page),
                         on_error=lambda exc: self._on_fetch_failed(generation, exc))

    # --- Qt model ------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return len(SORT_KEYS) + (2 if self._coordinator else 0)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called about ten times per cell per paint (once per role): roles nobody answers return first.
        role = int(role)
        if role not in _ANSWERED_ROLES or (role in _COORDINATOR_ROLES and not self._coordinator
                                           and not self._message_counts):
            return None
        row = index.row()
        if not index.isValid() or not (0 <= row < len(self._rows)):
            return None
        summary = self._rows[row]
        column = index.column()
        if column == COL_TITLE and not self._coordinator and summary.id in self._message_counts:
            shown = _message_mark(self._message_counts[summary.id], summary, role)
            if shown is not None:
                return shown
        if role in _TEXT_ROLES:
            if column == COL_DATE:
                return self._texts[row][0]
            if column == COL_TYPE:
                return self._texts[row][1]
            if column == COL_TITLE:
                return summary.title or QCoreApplication.translate("ReportTableModel", "(untitled)")
            if column == COL_SITE:
                return summary.site
            if column == COL_PHOTOS:
                return str(summary.photo_count) if role == Qt.ItemDataRole.DisplayRole else None
            if self._coordinator and column in (COL_STATE, COL_MONITOR, COL_VERIFICATION):
                return self._coordinator_text(summary, column, role)
            if column == COL_STATE:
                # A ready report shows how far its envelope got; "Sent" only once the receipt was verified.
                return state_label(shown_state(summary.state, summary.sync_state))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PHOTOS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ReportIdRole:
            return summary.id
        if self._coordinator:
            return self._coordinator_data(summary, column, role)
        return None

    def _coordinator_text(self, summary, column: int, role: int) -> str:
        translate = QCoreApplication.translate
        if column == COL_STATE:
            return review_state_label(getattr(summary, "review_state", None))
        if column == COL_MONITOR:
            monitor = getattr(summary, "monitor", None)
            device = getattr(summary, "device_id", None) or ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ReportTableModel", "Device {device}").format(device=device) if device else ""
            return monitor or device[:12]
        verification = getattr(summary, "verification", None)
        if role == Qt.ItemDataRole.ToolTipRole and verification == "quarantined":
            return translate("ReportTableModel", "The newest version failed a check: see the review panel or "
                                                 "View → Quarantine.")
        return verification_label(verification)

    def _coordinator_data(self, summary, column: int, role: int):
        if role == Qt.ItemDataRole.FontRole and getattr(summary, "unread", False):
            font = QFont()
            font.setBold(True)  # unread, as in a mail inbox
            return font
        verification = getattr(summary, "verification", None)
        if column == COL_VERIFICATION and verification in ("verified", "quarantined"):
            ok = verification == "verified"
            if role == Qt.ItemDataRole.DecorationRole:
                return verification_icon(ok)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(VERIFIED_COLOUR if ok else QUARANTINED_COLOUR)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_TITLE and getattr(summary, "unread", False):
            return QCoreApplication.translate("ReportTableModel", "{title} (unread)").format(
                title=summary.title or "")
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {**_HEADERS, **_COORDINATOR_HEADERS} if self._coordinator else _HEADERS
        return QCoreApplication.translate("ReportTableModel", headers[section]) if section in headers else None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store (header click): set the query's order and reload."""
        key = self.sort_key(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and (self._rows or self._loading):
            return
        self._query = dataclasses.replace(self._query, sort=key, descending=descending)
        self.reload()


def _message_mark(count: int, summary, role: int):
    """How a report with unread messages from coordinators shows in a monitor's list (title column)."""
    if role == Qt.ItemDataRole.DecorationRole:
        from ui.resources import icon

        return icon("message")
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    text = QCoreApplication.translate("ReportTableModel", "Unread messages from coordinators: {count}").format(
        count=count)
    if role == Qt.ItemDataRole.ToolTipRole:
        return text
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{summary.title or ''} ({text})"
    return None


class VisibleRowsTracker(QObject):
    """Tells a :class:`ReportTableModel` how many rows its table view shows, now and after every resize."""

    def __init__(self, view, model: ReportTableModel):
        super().__init__(view)
        self._view = view
        self._model = model
        view.viewport().installEventFilter(self)
        self.update()

    def update(self) -> None:
        row_height = max(1, self._view.verticalHeader().defaultSectionSize())
        self._model.set_visible_rows(self._view.viewport().height() // row_height + 1)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False
