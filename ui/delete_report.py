"""Report → Delete report… (Delete in the list): delete the selected draft or report after a confirmation.

The confirmation says what goes (photos, messages) and, for a report already sent, that the coordinators keep
their copy and only this device's copy is deleted. An editor open on the report is closed first (its last save
runs before the deletion on the store thread). A coordinator's received reports are evidence: the action is
hidden for coordinators and refuses if reached. See :mod:`kpfield.store.deletion`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from kpfield.store.deletion import delete_report, deletion_plan
from ui.errors import describe


class ReportDeleter(QObject):
    """The delete action of the main window (see the module docstring)."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.prompt: QMessageBox | None = None
        self.action = QAction(self.tr("&Delete report…"), window)
        # Delete in the list (text fields keep their own Delete key: they claim it first).
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action.setToolTip(self.tr("Delete the selected report from this device ({shortcut})").format(
            shortcut=self.action.shortcut().toString()))
        self.action.triggered.connect(self.start)
        window.addAction(self.action)

    def set_coordinator(self, on: bool) -> None:
        self.action.setVisible(not on)
        self.action.setEnabled(not on)

    def start(self) -> None:
        """Ask about the selected report (its plan is read on the store thread first)."""
        window = self._window
        report_id = window.selected_report_id()
        if not report_id or not window._session.is_unlocked:
            return
        if window.is_coordinator:
            window.statusBar().showMessage(self.tr(
                "Received reports are evidence: they cannot be deleted one by one."), 8000)
            return
        window._session.op(lambda profile: deletion_plan(profile, report_id), on_done=self._ask,
                           on_error=lambda exc: window.statusBar().showMessage(describe(exc), 8000))

    def _ask(self, plan) -> None:
        if not self._window._session.is_unlocked:
            return
        text = self.tr("Delete this report from this device? It cannot be recovered.")
        details = [self.tr("Photos: {count}").format(count=plan.photos)]
        if plan.messages:
            details.append(self.tr("Messages from coordinators: {count}").format(count=plan.messages))
        if plan.sent:
            text = self.tr("This report was already sent. The coordinators keep their copy; only the copy on this "
                           "device will be deleted. It cannot be recovered here.")
        elif plan.waiting:
            details.append(self.tr("It is waiting to be sent: it will never be sent. Coordinators will see that "
                                   "an envelope from this device is missing."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete report"), text,
                          QMessageBox.StandardButton.NoButton, self._window)
        box.setInformativeText("\n".join(details))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._on_answer(box.clickedButton() is delete, plan))
        self.prompt = box
        box.open()

    def _on_answer(self, confirmed: bool, plan) -> None:
        self.prompt = None
        window = self._window
        if not confirmed or not window._session.is_unlocked:
            return
        report_id = plan.report_id
        editor = window.editors.get(report_id)
        if editor is not None:
            editor.close()  # queues its last save: it runs before the deletion below
        if window.detail.report_id == report_id:
            window.detail.clear()
        window._session.op(lambda profile: delete_report(profile, report_id, confirm_sent=True), changes="reports",
                           on_done=lambda _plan: window.statusBar().showMessage(self.tr("Report deleted."), 5000),
                           on_error=lambda exc: window.statusBar().showMessage(describe(exc), 8000))
