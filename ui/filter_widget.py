"""The search box (full-text, as you type, debounced) and the filters for type, state, site and date range.

A coordinator's profile gets a second row: the inbox (unread only), review state, monitor (sending device) and
verification result.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections import deque
from datetime import datetime, timezone

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kpfield import taxonomy
from kpfield.coordinator.review import STATES as REVIEW_STATES
from kpfield.store import ReportQuery
from ui import i18n
from ui.report_table_model import review_state_label
from ui.resources import icon

# Typing pauses this long before a search is sent: the longest wait (until the store has answered once), and
# the shortest (one frame, so that a burst of key events or a paste sends one query). In between, the wait follows
# the store: twice its recent median answer time, so a fast store searches almost at once and a slow one is not
# sent a query per keystroke. A query superseded by a newer one is skipped anyway (ui/report_table_model.py).
SEARCH_DEBOUNCE_MS = 150
SEARCH_MIN_DEBOUNCE_MS = 16
_RECENT_ANSWERS = 5


def _local_bound(day: QDate, end: bool) -> datetime:
    """The first (or last) second of a local calendar day, as an aware datetime."""
    moment = datetime(day.year(), day.month(), day.day(), *((23, 59, 59) if end else (0, 0, 0)))
    return moment.astimezone().astimezone(timezone.utc)


class FilterWidget(QWidget):
    """Emits :attr:`query_changed` with a fresh :class:`ReportQuery` whenever the search or a filter changes."""

    query_changed = Signal(object)

    def __init__(self, parent=None, *, debounce_ms: int = SEARCH_DEBOUNCE_MS):
        super().__init__(parent)
        self._quiet = False
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search reports (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search reports"))
        self.search_edit.setClearButtonEnabled(True)
        search_icon = self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        search_icon.setToolTip(self.tr("Search reports"))

        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Filter by incident type"))
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Filter by state"))
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Filter by site"))
        self.site_combo.setMinimumContentsLength(12)
        self.from_check = QCheckBox(self.tr("&From"))
        self.from_check.setAccessibleName(self.tr("Filter from a date"))
        self.from_date = QDateEdit(QDate.currentDate().addMonths(-1))
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("yyyy-MM-dd")
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_check = QCheckBox(self.tr("&To"))
        self.to_check.setAccessibleName(self.tr("Filter up to a date"))
        self.to_date = QDateEdit(QDate.currentDate())
        self.to_date.setCalendarPopup(True)
        self.to_date.setDisplayFormat("yyyy-MM-dd")
        self.to_date.setAccessibleName(self.tr("To date"))
        self._fill_static_combos()
        self.inbox_check = QCheckBox(self.tr("&Inbox (unread only)"))
        self.inbox_check.setAccessibleName(self.tr("Show only unread reports"))
        self.review_combo = QComboBox()
        self.review_combo.setAccessibleName(self.tr("Filter by review state"))
        self.review_combo.addItem(self.tr("Any review state"), "")
        for state in REVIEW_STATES:
            self.review_combo.addItem(review_state_label(state), state)
        self.monitor_combo = QComboBox()
        self.monitor_combo.setAccessibleName(self.tr("Filter by monitor (device)"))
        self.monitor_combo.setMinimumContentsLength(14)
        self.monitor_combo.addItem(self.tr("All monitors"), "")
        self.verification_combo = QComboBox()
        self.verification_combo.setAccessibleName(self.tr("Filter by verification result"))
        self.verification_combo.addItem(self.tr("Any verification"), "")
        self.verification_combo.addItem(self.tr("Verified"), "verified")
        self.verification_combo.addItem(self.tr("Newest version quarantined"), "quarantined")
        self._coordinator = False
        # The list must be able to give way to the detail and review panes: with room, combos are as wide as their
        # longest item; without, they shrink to a few characters (their whole texts are in the drop-down) instead
        # of holding the list at the width of their longest item.
        for combo, chars in ((self.type_combo, 12), (self.state_combo, 8), (self.site_combo, 10),
                             (self.review_combo, 9), (self.monitor_combo, 8), (self.verification_combo, 9)):
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("x" * chars) + 36)
        # The incident types are long: that combo asks for about 18 characters, not its longest type, so that the
        # other filters keep their whole texts first.
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(18)
        for combo in (self.type_combo, self.state_combo, self.site_combo, self.review_combo, self.monitor_combo,
                      self.verification_combo):  # a narrowed combo's whole choice stays readable on hover
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.setToolTip(combo.currentText())

        filters = QHBoxLayout()
        for widget in (self.type_combo, self.state_combo, self.site_combo, self.from_check, self.from_date,
                       self.to_check, self.to_date):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        self.coordinator_row = QWidget()
        review_filters = QHBoxLayout(self.coordinator_row)
        review_filters.setContentsMargins(0, 0, 0, 0)
        for widget in (self.inbox_check, self.review_combo, self.monitor_combo, self.verification_combo):
            review_filters.addWidget(widget)
        review_filters.addStretch(1)
        layout.addWidget(self.coordinator_row)
        self.coordinator_row.hide()

        self._max_debounce_ms = debounce_ms
        self._answers: deque[float] = deque(maxlen=_RECENT_ANSWERS)
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self._emit)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        for combo in (self.type_combo, self.state_combo, self.site_combo, self.review_combo, self.monitor_combo,
                      self.verification_combo):
            combo.currentIndexChanged.connect(self._emit)
        for check in (self.from_check, self.to_check, self.inbox_check):
            check.toggled.connect(self._emit)
        self.from_date.dateChanged.connect(self._on_date_changed)
        self.to_date.dateChanged.connect(self._on_date_changed)
        self._sync_dates()

    def _fill_static_combos(self) -> None:
        self.type_combo.addItem(self.tr("All types"), "")
        language = i18n.current_language()
        for incident in taxonomy.incident_types():
            self.type_combo.addItem(incident.label(language), incident.code)
        self.state_combo.addItem(self.tr("Any state"), "")
        self.state_combo.addItem(self.tr("Draft"), "draft")
        self.state_combo.addItem(self.tr("Ready"), "ready")
        self.site_combo.addItem(self.tr("All sites"), "")

    @property
    def coordinator(self) -> bool:
        return self._coordinator

    def set_coordinator(self, on: bool) -> None:
        """Show the coordinator's filters (and hide the draft/ready filter, meaningless for received reports)."""
        self._coordinator = on
        self.coordinator_row.setVisible(on)
        self.state_combo.setVisible(not on)

    def set_devices(self, devices: list[dict]) -> None:
        """Offer these monitors' devices (``device_id``, ``label``); keeps the current choice when still there."""
        current = self.monitor_combo.currentData() or ""
        self._quiet = True
        try:
            self.monitor_combo.clear()
            self.monitor_combo.addItem(self.tr("All monitors"), "")
            for device in devices:
                if device.get("role", "monitor") != "monitor":
                    continue
                label = device.get("label") or device["device_id"][:12]
                if device.get("revoked_at"):
                    label = self.tr("{label} (revoked)").format(label=label)
                self.monitor_combo.addItem(label, device["device_id"])
            index = self.monitor_combo.findData(current)
            self.monitor_combo.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        if current and self.monitor_combo.currentData() != current:
            self._emit()

    def set_sites(self, sites: list[str]) -> None:
        """Offer these site names (keeps the current choice when it is still there)."""
        current = self.site_combo.currentData() or ""
        self._quiet = True
        try:
            self.site_combo.clear()
            self.site_combo.addItem(self.tr("All sites"), "")
            for site in sites:
                self.site_combo.addItem(site, site)
            index = self.site_combo.findData(current)
            self.site_combo.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        if current and self.site_combo.currentData() != current:
            self._emit()

    @property
    def debounce_ms(self) -> int:
        """How long a pause in typing sends a search now (see ``SEARCH_DEBOUNCE_MS``)."""
        return self._debounce.interval()

    def set_store_time(self, milliseconds: float) -> None:
        """The store answered a query in ``milliseconds``: adapt the search's wait (see ``SEARCH_DEBOUNCE_MS``)."""
        self._answers.append(max(0.0, float(milliseconds)))
        wait = 2 * statistics.median(self._answers)
        self._debounce.setInterval(int(min(self._max_debounce_ms, max(SEARCH_MIN_DEBOUNCE_MS, wait))))

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()  # restart: only a pause in typing sends a query

    def _on_date_changed(self, _date) -> None:
        self._sync_dates()
        self._emit()

    def _sync_dates(self) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())

    def query(self) -> ReportQuery:
        """The query the widgets describe now."""
        self._sync_dates()
        code, state, site = (self.type_combo.currentData() or "", self.state_combo.currentData() or "",
                             self.site_combo.currentData() or "")
        query = ReportQuery(
            text=self.search_edit.text().strip(),
            types=[code] if code else [],
            states=[state] if state and not self._coordinator else [],
            site=site,
            date_from=_local_bound(self.from_date.date(), end=False) if self.from_check.isChecked() else None,
            date_to=_local_bound(self.to_date.date(), end=True) if self.to_check.isChecked() else None,
        )
        if self._coordinator:
            review, device = self.review_combo.currentData() or "", self.monitor_combo.currentData() or ""
            verification = self.verification_combo.currentData() or ""
            wanted = {"review_states": [review] if review else [], "devices": [device] if device else [],
                      "unread_only": self.inbox_check.isChecked(),
                      "verifications": [verification] if verification else []}
            known = {f.name for f in dataclasses.fields(ReportQuery)}
            query = dataclasses.replace(query, **{k: v for k, v in wanted.items() if k in known})
        return query

    def _emit(self, *_args) -> None:
        if self._quiet:
            return
        self._debounce.stop()
        self.query_changed.emit(self.query())

    def reset(self) -> None:
        """Clear the search and every filter without emitting (on lock: the search text may be sensitive)."""
        self._quiet = True
        try:
            self._debounce.stop()
            self.search_edit.setText("")  # unlike clear(), also empties the undo history (Ctrl+Z)
            self.type_combo.setCurrentIndex(0)
            self.state_combo.setCurrentIndex(0)
            self.review_combo.setCurrentIndex(0)
            self.verification_combo.setCurrentIndex(0)
            self.inbox_check.setChecked(False)
            self.monitor_combo.clear()
            self.monitor_combo.addItem(self.tr("All monitors"), "")
            self.site_combo.clear()
            self.site_combo.addItem(self.tr("All sites"), "")
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
            self._sync_dates()
        finally:
            self._quiet = False
        self._debounce.stop()
