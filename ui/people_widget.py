"""The report's people: counts of people affected, perpetrators (several), and sources/witnesses (several)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from kpfield.errors import ValidationError
from kpfield.model import PERPETRATOR_CATEGORIES, PeopleAffected, Perpetrator, Witness
from ui.errors import describe

UNKNOWN = -1  # the spin boxes' "not known" value, shown as a dash; stored as None


def _tr(text: str) -> str:
    return QCoreApplication.translate("people", text)


_CATEGORIES = {  # marked for lupdate, translated when shown
    "army": QT_TRANSLATE_NOOP("people", "Army"), "police": QT_TRANSLATE_NOOP("people", "Police"),
    "private_security": QT_TRANSLATE_NOOP("people", "Private security"),
    "company": QT_TRANSLATE_NOOP("people", "Mining company"),
    "syndicate_militia": QT_TRANSLATE_NOOP("people", "Syndicate or militia"),
    "officials": QT_TRANSLATE_NOOP("people", "Officials"), "unknown": QT_TRANSLATE_NOOP("people", "Unknown"),
}


def category_labels() -> dict[str, str]:
    return {code: _tr(text) for code, text in _CATEGORIES.items()}


class PeopleAffectedWidget(QWidget):
    """Five counts; each can stay "not known" (a dash), which is different from zero."""

    changed = Signal()
    FIELDS = ("killed", "injured", "detained", "displaced", "children")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        labels = {"killed": self.tr("&Killed"), "injured": self.tr("&Injured"), "detained": self.tr("&Detained"),
                  "displaced": self.tr("Dis&placed"), "children": self.tr("C&hildren among them")}
        self.spins: dict[str, QSpinBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, name in enumerate(self.FIELDS):
            spin = QSpinBox(self)
            spin.setRange(UNKNOWN, 1_000_000)
            spin.setSpecialValueText("—")
            spin.setValue(UNKNOWN)
            spin.setAccessibleName(labels[name].replace("&", ""))
            spin.setToolTip(self.tr("A dash means not known (different from 0)."))
            label = QLabel(labels[name], self)
            label.setBuddy(spin)
            layout.addWidget(label, i // 3, (i % 3) * 2)
            layout.addWidget(spin, i // 3, (i % 3) * 2 + 1)
            spin.valueChanged.connect(self.changed)
            self.spins[name] = spin

    def value(self) -> PeopleAffected:
        return PeopleAffected(**{n: (None if s.value() == UNKNOWN else s.value()) for n, s in self.spins.items()})

    def set_value(self, people: PeopleAffected) -> None:
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(UNKNOWN if getattr(people, name) is None else getattr(people, name))
            spin.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        return list(self.spins.values())

    def set_read_only(self, read_only: bool) -> None:
        for spin in self.spins.values():
            spin.setReadOnly(read_only)


class _Rows(QWidget):
    """A vertical list of editable rows with an "Add" button; subclasses build one row's widgets."""

    changed = Signal()
    rows_changed = Signal()  # a row was added or removed: the editor redoes the tab order

    def __init__(self, add_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._read_only = False
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._box)
        layout.addWidget(self.add_button)

    def _on_add_button_clicked(self) -> None:
        row = self.add_row()
        row["first"].setFocus()
        self.changed.emit()

    def add_row(self) -> dict:
        container = QWidget(self)
        row = self._build(container)
        row["container"] = container
        remove = QPushButton(self.tr("Remove"), container)
        remove.setAccessibleName(self.tr("Remove this row"))
        remove.clicked.connect(lambda: self._remove(row))
        row["remove"] = remove
        container.layout().addWidget(remove)
        self._rows.append(row)
        self._box.addWidget(container)
        self._apply_read_only(row)
        self.rows_changed.emit()
        return row

    def _remove(self, row: dict) -> None:
        self._rows.remove(row)
        row["container"].deleteLater()
        self.changed.emit()
        self.rows_changed.emit()
        self.add_button.setFocus()

    def clear_rows(self) -> None:
        for row in self._rows:
            row["container"].deleteLater()
        self._rows.clear()

    def rows(self) -> list[dict]:
        return list(self._rows)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self._rows:
            chain.extend(row["chain"])
            chain.append(row["remove"])
        chain.append(self.add_button)
        return chain

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for row in self._rows:
            self._apply_read_only(row)

    def _apply_read_only(self, row: dict) -> None:
        row["remove"].setEnabled(not self._read_only)
        for widget in row["chain"]:
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(self._read_only)
            else:
                widget.setEnabled(not self._read_only)

    def _build(self, container: QWidget) -> dict:
        raise NotImplementedError


class PerpetratorsWidget(_Rows):
    """Perpetrators: a category and a free description each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("people", "Add &perpetrator"), parent)

    def _build(self, container: QWidget) -> dict:
        layout = QHBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        category = QComboBox(container)
        category.setAccessibleName(self.tr("Perpetrator category"))
        for code, label in category_labels().items():
            category.addItem(label, code)
        category.setCurrentIndex(category.findData("unknown"))
        description = QLineEdit(container)
        description.setPlaceholderText(self.tr("Description (unit, uniform, vehicle, names if known)"))
        description.setAccessibleName(self.tr("Perpetrator description"))
        layout.addWidget(category)
        layout.addWidget(description, 1)
        category.currentIndexChanged.connect(self.changed)
        description.textChanged.connect(self.changed)
        return {"category": category, "description": description, "first": category,
                "chain": [category, description]}

    def value(self) -> list[Perpetrator]:
        result = []
        for row in self._rows:
            code = row["category"].currentData()
            result.append(Perpetrator(code if code in PERPETRATOR_CATEGORIES else "unknown",
                                      row["description"].text()))
        return result

    def set_value(self, perpetrators: list[Perpetrator]) -> None:
        self.clear_rows()
        for p in perpetrators:
            row = self.add_row()
            for w in (row["category"], row["description"]):
                w.blockSignals(True)
            row["category"].setCurrentIndex(max(0, row["category"].findData(p.category)))
            row["description"].setText(p.description)
            for w in (row["category"], row["description"]):
                w.blockSignals(False)


class WitnessesWidget(_Rows):
    """Sources and witnesses by pseudonym; contact details are kept only when the user ticks the box."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("people", "Add &source or witness"), parent)

    def _build(self, container: QWidget) -> dict:
        outer = QHBoxLayout(container)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        pseudonym = QLineEdit(container)
        pseudonym.setPlaceholderText(self.tr("Pseudonym (never the real name)"))
        pseudonym.setAccessibleName(self.tr("Witness pseudonym"))
        keep = QCheckBox(self.tr("Keep contact details"), container)
        keep.setToolTip(self.tr("Contact details put the witness at risk if this computer is seized. "
                                "Keep them only if you must."))
        contact = QLineEdit(container)
        contact.setAccessibleName(self.tr("Witness contact details"))
        contact.setEnabled(False)
        consent = QCheckBox(self.tr("Consents to share"), container)
        notes = QLineEdit(container)
        notes.setAccessibleName(self.tr("Notes about the witness"))
        notes.setPlaceholderText(self.tr("Notes"))
        problem = QLabel(container)
        problem.setStyleSheet("color: #b00020")
        problem.hide()
        form.addRow(self.tr("Pseudonym"), pseudonym)
        contact_row = QHBoxLayout()
        contact_row.addWidget(keep)
        contact_row.addWidget(contact, 1)
        form.addRow(self.tr("Contact"), contact_row)
        form.addRow("", consent)
        form.addRow(self.tr("Notes"), notes)
        form.addRow("", problem)
        outer.addLayout(form, 1)
        row = {"pseudonym": pseudonym, "keep": keep, "contact": contact, "consent": consent, "notes": notes,
               "problem": problem, "first": pseudonym, "chain": [pseudonym, keep, contact, consent, notes]}
        keep.toggled.connect(lambda on: self._on_keep_toggled(row, on))
        for edit in (pseudonym, contact, notes):
            edit.textChanged.connect(self.changed)
        consent.toggled.connect(self.changed)
        return row

    def _on_keep_toggled(self, row: dict, on: bool) -> None:
        row["contact"].setEnabled(on and not self._read_only)
        if not on:
            row["contact"].clear()  # unticking forgets the contact at the next save
        self.changed.emit()

    def _apply_read_only(self, row: dict) -> None:
        super()._apply_read_only(row)
        row["contact"].setEnabled(row["keep"].isChecked() and not self._read_only)

    def value(self) -> list[Witness]:
        """Rows that can be kept; a row with details but no pseudonym shows why it is not saved yet."""
        result = []
        for row in self._rows:
            pseudonym = row["pseudonym"].text()
            contact = row["contact"].text() if row["keep"].isChecked() and row["contact"].text() else None
            notes = row["notes"].text()
            if not pseudonym.strip():
                has_content = bool(contact or notes or row["consent"].isChecked())
                row["problem"].setText(self.tr("Give a pseudonym: this witness is not saved until it has one."))
                row["problem"].setVisible(has_content)
                continue
            try:
                result.append(Witness(pseudonym, contact, row["consent"].isChecked(), notes))
                row["problem"].hide()
            except ValidationError as exc:
                row["problem"].setText(describe(exc))
                row["problem"].show()
        return result

    def set_value(self, witnesses: list[Witness]) -> None:
        self.clear_rows()
        for w in witnesses:
            row = self.add_row()
            widgets = [row[k] for k in ("pseudonym", "keep", "contact", "consent", "notes")]
            for widget in widgets:
                widget.blockSignals(True)
            row["pseudonym"].setText(w.pseudonym)
            row["keep"].setChecked(w.contact is not None)
            row["contact"].setEnabled(w.contact is not None and not self._read_only)
            row["contact"].setText(w.contact or "")
            row["consent"].setChecked(w.consent_to_share)
            row["notes"].setText(w.notes)
            for widget in widgets:
                widget.blockSignals(False)
