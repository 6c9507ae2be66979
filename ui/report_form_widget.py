"""The report's fields as a form: fills itself from a :class:`Report` and builds one back from what is shown.

Only *type* and *when* are needed before a report can be marked ready; everything else can be added later.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from kpfield.errors import ValidationError
from kpfield.geo.sites import site_names
from kpfield.model import SEVERITIES, Occurrence, Report
from ui.errors import describe
from ui.location_widget import LocationWidget
from ui.people_widget import PeopleAffectedWidget, PerpetratorsWidget, WitnessesWidget
from ui.type_picker_widget import TypePickerWidget

DATE_FORMAT = "yyyy-MM-dd HH:mm"


def _to_qt(moment: datetime) -> QDateTime:
    """An aware datetime shown in this computer's local time."""
    return QDateTime(moment.astimezone().replace(tzinfo=None))


def _from_qt(value: QDateTime) -> datetime:
    """The edit's local wall-clock time as an aware datetime (the store keeps UTC)."""
    return value.toPython().replace(second=0, microsecond=0).astimezone()


class ReportFormWidget(QWidget):
    """Every field of a report; :attr:`changed` fires on each edit the user makes (not when loading)."""

    changed = Signal()

    def __init__(self, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        # --- what happened
        self.types = TypePickerWidget(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("A short title (optional)"))
        self.narrative_edit = QPlainTextEdit(self)
        self.narrative_edit.setAccessibleName(self.tr("Narrative"))
        self.narrative_edit.setPlaceholderText(self.tr("What happened, in your words. Who, what, how."))
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setMinimumHeight(140)
        # --- when
        self.when_check = QCheckBox(self.tr("&When (required)"), self)
        self.when_check.setAccessibleName(self.tr("The start time is known"))
        self.start_edit = self._datetime_edit(self.tr("Start date and time"))
        self.end_check = QCheckBox(self.tr("&Until"), self)
        self.end_check.setAccessibleName(self.tr("The incident lasted until a known time"))
        self.end_edit = self._datetime_edit(self.tr("End date and time"))
        self.approximate_check = QCheckBox(self.tr("Times are &approximate"), self)
        self.when_message = QLabel(self)
        self.when_message.setStyleSheet("color: #b00020")
        # --- where
        self.site_combo = QComboBox(self)
        self.site_combo.setEditable(True)
        self.site_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.site_combo.lineEdit().setPlaceholderText(self.tr("Mine, concession or field"))
        completer = QCompleter(self.site_combo.model(), self.site_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.site_combo.setCompleter(completer)
        self.place_edit = QLineEdit(self)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("Village, road, landmark"))
        self.location = LocationWidget(tasks, self)
        # --- people
        self.people = PeopleAffectedWidget(self)
        self.perpetrators = PerpetratorsWidget(self)
        self.witnesses = WitnessesWidget(self)
        # --- assessment
        self.severity_combo = QComboBox(self)
        self.severity_combo.setAccessibleName(self.tr("Severity"))
        self.severity_combo.addItem(self.tr("— not assessed"), None)
        names = {1: self.tr("low"), 2: self.tr("moderate"), 3: self.tr("serious"), 4: self.tr("severe"),
                 5: self.tr("critical")}
        for level in SEVERITIES:
            self.severity_combo.addItem(f"{level} — {names[level]}", level)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))

        self._lay_out()
        for signal in (self.types.changed, self.title_edit.textChanged, self.narrative_edit.textChanged,
                       self.start_edit.dateTimeChanged, self.end_edit.dateTimeChanged,
                       self.approximate_check.toggled, self.site_combo.editTextChanged,
                       self.place_edit.textChanged, self.location.changed, self.people.changed,
                       self.perpetrators.changed, self.witnesses.changed, self.severity_combo.currentIndexChanged,
                       self.tags_edit.textChanged):
            signal.connect(self._on_field_changed)
        self.when_check.toggled.connect(self._on_when_check_toggled)
        self.end_check.toggled.connect(self._on_end_check_toggled)
        self.perpetrators.rows_changed.connect(self.update_tab_order)
        self.witnesses.rows_changed.connect(self.update_tab_order)
        self._on_when_check_toggled(False)
        self._on_end_check_toggled(False)

    def _datetime_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDateTime(QDateTime.currentDateTime())
        return edit

    def _lay_out(self) -> None:
        what = QGroupBox(self.tr("What happened"), self)
        form = QFormLayout(what)
        types_label = QLabel(self.tr("&Type (required)"), what)
        types_label.setBuddy(self.types.filter_edit)
        form.addRow(types_label, self.types)
        for text, widget in ((self.tr("T&itle"), self.title_edit), (self.tr("&Narrative"), self.narrative_edit)):
            label = QLabel(text, what)
            label.setBuddy(widget)
            form.addRow(label, widget)

        when = QGroupBox(self.tr("When"), self)
        when_form = QFormLayout(when)
        when_form.addRow(self.when_check, self.start_edit)
        when_form.addRow(self.end_check, self.end_edit)
        when_form.addRow("", self.approximate_check)
        when_form.addRow("", self.when_message)

        where = QGroupBox(self.tr("Where"), self)
        where_form = QFormLayout(where)
        for text, widget in ((self.tr("&Site"), self.site_combo), (self.tr("Pla&ce"), self.place_edit)):
            label = QLabel(text, where)
            label.setBuddy(widget)
            where_form.addRow(label, widget)
        location_label = QLabel(self.tr("&Location"), where)
        location_label.setBuddy(self.location.manual_edit)
        where_form.addRow(location_label, self.location)

        people = QGroupBox(self.tr("People"), self)
        people_form = QFormLayout(people)
        people_form.addRow(self.tr("Affected"), self.people)
        people_form.addRow(self.tr("Perpetrators"), self.perpetrators)
        people_form.addRow(self.tr("Sources and witnesses"), self.witnesses)

        assessment = QGroupBox(self.tr("Assessment"), self)
        assessment_form = QFormLayout(assessment)
        for text, widget in ((self.tr("Se&verity"), self.severity_combo), (self.tr("Ta&gs"), self.tags_edit)):
            label = QLabel(text, assessment)
            label.setBuddy(widget)
            assessment_form.addRow(label, widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(when, 1)
        top.addWidget(assessment, 1)
        for box in (what,):
            layout.addWidget(box)
        layout.addLayout(top)
        layout.addWidget(where)
        layout.addWidget(people)

    def focus_chain(self) -> list[QWidget]:
        """The keyboard order: type, title, narrative, when, assessment, where, people."""
        return ([self.types.filter_edit, self.types.list_view, self.title_edit, self.narrative_edit,
                 self.when_check, self.start_edit, self.end_check, self.end_edit, self.approximate_check,
                 self.severity_combo, self.tags_edit, self.site_combo, self.place_edit]
                + self.location.focus_chain() + self.people.focus_chain() + self.perpetrators.focus_chain()
                + self.witnesses.focus_chain())

    def update_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- loading and reading back ------------------------------------------------------------------------
    def set_report(self, report: Report, sites: list[str]) -> None:
        """Show ``report``; ``sites`` (and the shipped mining-area names) feed the site completion."""
        self._loading = True
        try:
            self.types.set_codes(report.types)
            self.title_edit.setText(report.title)
            self.narrative_edit.setPlainText(report.narrative)
            start, end = report.occurred.start, report.occurred.end
            self.when_check.setChecked(start is not None)
            if start is not None:
                self.start_edit.setDateTime(_to_qt(start))
            self.end_check.setChecked(end is not None)
            if end is not None:
                self.end_edit.setDateTime(_to_qt(end))
            self.approximate_check.setChecked(report.occurred.approximate)
            self.site_combo.clear()
            # The sites used so far and the shipped mining-area names (typed freely too).
            self.site_combo.addItems(sorted(set(sites) | set(site_names()), key=str.casefold))
            self.site_combo.setEditText(report.site)
            self.place_edit.setText(report.place)
            self.location.set_location(report.location)
            self.people.set_value(report.people)
            self.perpetrators.set_value(report.perpetrators)
            self.witnesses.set_value(report.witnesses)
            self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(report.severity))
                                                if report.severity is not None else 0)
            self.tags_edit.setText(", ".join(report.tags))
        finally:
            self._loading = False
        self.update_tab_order()

    def report_from(self, base: Report) -> Report:
        """``base`` (id, version, dates) with every field as the form shows it now."""
        self.when_message.setText("")
        start = _from_qt(self.start_edit.dateTime()) if self.when_check.isChecked() else None
        end = _from_qt(self.end_edit.dateTime()) if self.end_check.isChecked() else None
        try:
            occurred = Occurrence(start, end, self.approximate_check.isChecked())
        except ValidationError as exc:
            self.when_message.setText(describe(exc) + " " + self.tr("The end time is not saved until it is fixed."))
            occurred = Occurrence(start, None, self.approximate_check.isChecked())
        return base.copy(
            types=self.types.codes(), title=self.title_edit.text(), narrative=self.narrative_edit.toPlainText(),
            occurred=occurred, site=self.site_combo.currentText().strip(), place=self.place_edit.text(),
            location=self.location.location(), people=self.people.value(), perpetrators=self.perpetrators.value(),
            witnesses=self.witnesses.value(), severity=self.severity_combo.currentData(),
            tags=[t.strip() for t in self.tags_edit.text().split(",") if t.strip()],
        )

    def set_read_only(self, read_only: bool) -> None:
        self.types.set_read_only(read_only)
        self.types.filter_edit.setEnabled(True)
        for edit in (self.title_edit, self.place_edit, self.tags_edit):
            edit.setReadOnly(read_only)
        self.narrative_edit.setReadOnly(read_only)
        for widget in (self.when_check, self.end_check, self.approximate_check, self.severity_combo):
            widget.setEnabled(not read_only)
        self.start_edit.setReadOnly(read_only)
        self.end_edit.setReadOnly(read_only)
        self.site_combo.lineEdit().setReadOnly(read_only)
        self.site_combo.setEnabled(not read_only)
        self.location.set_read_only(read_only)
        self.people.set_read_only(read_only)
        self.perpetrators.set_read_only(read_only)
        self.witnesses.set_read_only(read_only)

    # --- slots -------------------------------------------------------------------------------------------
    def _on_field_changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_when_check_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self._on_field_changed()

    def _on_end_check_toggled(self, on: bool) -> None:
        self.end_edit.setEnabled(on)
        self._on_field_changed()
