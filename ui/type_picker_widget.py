"""The incident-type picker: type to filter the taxonomy, tick one or several types (labels in the UI language)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from kpfield import taxonomy
from ui.i18n import current_language

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class TypePickerWidget(QWidget):
    """A filter field over a checkable list of incident types; :meth:`codes` gives the ticked codes in order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Type to filter incident types"))
        self.filter_edit.setAccessibleName(self.tr("Filter incident types"))
        self.filter_edit.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        language = current_language()
        for kind in taxonomy.incident_types():
            item = QStandardItem(kind.label(language))
            item.setData(kind.code, CODE_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Unchecked)
            self._model.appendRow(item)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list_view = QListView(self)
        self.list_view.setModel(self._proxy)
        self.list_view.setAccessibleName(self.tr("Incident types (Space ticks a type)"))
        self.list_view.setMinimumHeight(120)
        # Ticks say what is chosen; a highlighted (selected) row would look chosen while unticked. The current row
        # still shows a focus frame for keyboard users, and Space ticks it.
        self.list_view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view)
        layout.addWidget(self.summary)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self._model.itemChanged.connect(self._on_model_item_changed)
        self._update_summary()

    # --- public ------------------------------------------------------------------------------------------
    def codes(self) -> list[str]:
        """The ticked codes, in taxonomy order."""
        return [self._model.item(row).data(CODE_ROLE) for row in range(self._model.rowCount())
                if self._model.item(row).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        """Tick exactly ``codes`` (without emitting :attr:`changed`); unknown codes are ignored."""
        wanted = set(codes)
        self._model.blockSignals(True)
        try:
            for row in range(self._model.rowCount()):
                item = self._model.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)
        finally:
            self._model.blockSignals(False)
        self.list_view.viewport().update()
        self._update_summary()

    def set_code_checked(self, code: str, checked: bool) -> None:
        """Tick or untick one type, as the user would (emits :attr:`changed`)."""
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(code)

    def visible_codes(self) -> list[str]:
        """The codes the filter currently shows."""
        return [self._proxy.index(row, 0).data(CODE_ROLE) for row in range(self._proxy.rowCount())]

    def set_read_only(self, read_only: bool) -> None:
        """Show the ticks but refuse changes (a ready report is frozen)."""
        self._model.blockSignals(True)
        try:
            for row in range(self._model.rowCount()):
                item = self._model.item(row)
                flags = item.flags()
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable if read_only
                              else flags | Qt.ItemFlag.ItemIsUserCheckable)
        finally:
            self._model.blockSignals(False)

    # --- slots -------------------------------------------------------------------------------------------
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        if self._proxy.rowCount():
            self.list_view.setCurrentIndex(self._proxy.index(0, 0))

    def _on_filter_edit_return_pressed(self) -> None:
        """Enter in the filter ticks (or unticks) the first match: type, Enter, type the next one."""
        index = self.list_view.currentIndex()
        if not index.isValid() and self._proxy.rowCount():
            index = self._proxy.index(0, 0)
        if not index.isValid():
            return
        item = self._model.itemFromIndex(self._proxy.mapToSource(index))
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
        self.filter_edit.clear()

    def _on_model_item_changed(self, _item: QStandardItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        language = current_language()
        labels = [taxonomy.get(code).label(language) for code in self.codes()]
        self.summary.setText(self.tr("Chosen: %s") % ", ".join(labels) if labels else self.tr("No type chosen yet."))
