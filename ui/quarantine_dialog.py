"""The quarantine: every received envelope that failed a check, with its device, sequence and reasons.

Nothing in quarantine is dropped or mixed with verified reports; this dialog is where it stays visible. A
quarantined envelope may still turn verified later (a chain gap closes when the late envelope arrives).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from ui.review_ops import load_quarantine
from ui.verification_view import check_reasons, hint_lines


def plain_reasons(item: dict) -> list[str]:
    """Each failed check as "<check name>: <what is wrong>" (the check names translated)."""
    return check_reasons(item["verification"])


class QuarantineDialog(QDialog):
    """A table of the quarantined envelopes; the selected one's reasons in full below it."""

    COLUMNS = 5

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._items: list[dict] = []
        self.setWindowTitle(self.tr("Quarantine"))
        self.resize(900, 520)
        intro = QLabel(self.tr("These envelopes failed a check. They are kept here, apart from the verified "
                               "reports, and never silently dropped. Read the reasons before trusting any of "
                               "their content."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Monitor (device)"),
                                              self.tr("Device seq"), self.tr("Report"), self.tr("Reasons")])
        self.table.setAccessibleName(self.tr("Quarantined envelopes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                            Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.detail.setAccessibleName(self.tr("Why this envelope is in quarantine"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 160])
        self.empty_label = QLabel(self.tr("Nothing is in quarantine: every received envelope passed its checks."))
        self.empty_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.reload()

    @property
    def items(self) -> list[dict]:
        return list(self._items)

    def reload(self) -> None:
        self._session.op(load_quarantine, on_done=self._on_loaded, on_error=lambda exc: None)

    def _on_loaded(self, data: dict) -> None:
        self._items = data["items"]
        devices = data["devices"]
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            device = devices.get(item["device_id"]) or {}
            label = device.get("label") or ""
            device_text = f"{label} ({item['device_id'][:12]})" if label else item["device_id"]
            reasons = plain_reasons(item)
            cells = [(item.get("processed_at") or "")[:16].replace("T", " "), device_text,
                     str(item["seq"]) if item.get("seq") is not None else "?",
                     item.get("title") or item.get("report_id") or self.tr("(could not be opened)"),
                     "; ".join(reasons)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip("\n".join(reasons) if column == 4 else text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty_label.setVisible(not self._items)
        if self._items:
            self.table.selectRow(0)

    def _on_table_current_cell_changed(self, row: int, *_args) -> None:
        if not 0 <= row < len(self._items):
            self.detail.clear()
            return
        item = self._items[row]
        unknown = self.tr("unknown")
        lines = [self.tr("Envelope {sha} (server feed {server_seq}), device {device}, report {report}, version "
                         "{version}").format(sha=item["envelope_sha256"], server_seq=item["server_seq"],
                                              device=item["device_id"], report=item.get("report_id") or unknown,
                                              version=item.get("version") or unknown), ""]
        lines += [f"• {reason}" for reason in plain_reasons(item)]
        hints = hint_lines(item)
        if hints:
            lines += ["", self.tr("Consistency hints:")] + [f"• {hint}" for hint in hints]
        self.detail.setText("\n".join(lines))

    def done(self, result: int) -> None:  # Qt override: drop what was shown
        self.table.setRowCount(0)
        self.detail.clear()
        self._items = []
        super().done(result)
