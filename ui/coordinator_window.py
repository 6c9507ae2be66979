"""The coordinator's part of the main window: switching to the coordinator's layout, its actions and dialogs.

A mixin of :class:`ui.main_window.MainWindow` (it uses the window's model, filter widget, review panel, actions
and session); kept apart so that the main window stays an assembly of widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from kpfield.coordinator.review import mark_read
from ui.report_table_model import COL_DATE, COL_MONITOR, COL_STATE, COL_TYPE, COL_VERIFICATION
from ui.review_ops import coordinator_overview

# Marked for lupdate in the "MainWindow" context, where ``self.tr`` of the window looks them up at run time.
_TEXTS = (QT_TRANSLATE_NOOP("MainWindow", "Re&view report"), QT_TRANSLATE_NOOP("MainWindow", "&Open report"),
          QT_TRANSLATE_NOOP("MainWindow", "&Quarantine ({count})…"),
          QT_TRANSLATE_NOOP("MainWindow", "&Quarantine…"),
          QT_TRANSLATE_NOOP("MainWindow", "{count} in quarantine"),
          QT_TRANSLATE_NOOP("MainWindow", "Envelopes that failed a check: View → Quarantine (Ctrl+Shift+Q)"),
          QT_TRANSLATE_NOOP("MainWindow", "Message sent."))


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CoordinatorWindowMixin:
    """Coordinator features of the main window (see the module docstring).

    Its texts are translated in the "MainWindow" context (see ``_TEXTS``): ``self.tr`` would look them up there
    at run time, but lupdate would file them under this class.
    """

    def set_coordinator(self, on: bool) -> None:
        """Switch between the monitor's window and the coordinator's (columns, filters, review panel, actions)."""
        if on != self._coordinator:
            self._coordinator = on
            self.model.set_coordinator(on)
            self.filter_widget.set_coordinator(on)
            header = self.table.horizontalHeader()
            em = self.fontMetrics().horizontalAdvance("M")
            if on and not getattr(self, "_sort_guard", False):
                self._sort_guard = True
                header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
            if on:
                for column, width in ((COL_DATE, 9), (COL_STATE, 11), (COL_MONITOR, 8), (COL_VERIFICATION, 9),
                                      (COL_TYPE, 11)):
                    header.resizeSection(column, width * em)
                header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # unread first, then newest
            else:
                header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
            if not on:
                self.review_panel.clear(forget_drafts=True)
        self._show_coordinator_actions(on)
        if on:
            self._load_coordinator_data()

    def _on_header_sort_indicator_changed(self, column: int, _order) -> None:
        """A column the store cannot sort by keeps no indicator: show the order the list really has."""
        if column < 0 or self.model.sort_key(column) is not None:
            return
        header = self.table.horizontalHeader()
        shown = next((c for c in range(self.model.columnCount()) if self.model.sort_key(c) == self.model.query.sort),
                     -1)
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        blocked = header.blockSignals(True)
        try:
            header.setSortIndicator(shown, order)
        finally:
            header.blockSignals(blocked)

    @property
    def is_coordinator(self) -> bool:
        return self._coordinator

    def _show_coordinator_actions(self, on: bool) -> None:
        # Coordinators do not write field reports, and received reports are evidence: no "New", no editor.
        self.new_action.setVisible(not on)
        self.new_action.setEnabled(not on)
        self.deleter.set_coordinator(on)  # received reports are evidence: not deletable one by one
        self.inbox.action.setVisible(not on)  # a coordinator's inbox is the list's unread received reports
        self.open_action.setText(_tr("Re&view report") if on else _tr("&Open report"))
        for action in (self.message_action, self.mark_unread_action, self.review_action, self.quarantine_action,
                       self.devices_action):
            action.setVisible(on)
            action.setEnabled(on)

    def _load_coordinator_data(self) -> None:
        """The monitors for the filter and the quarantine count (store thread)."""
        def done(result):
            if self._session.is_unlocked and self._coordinator:
                self.filter_widget.set_devices(result[0])
                self._set_quarantine_count(result[1])

        self._session.op(coordinator_overview, on_done=done, on_error=lambda exc: None)

    def _set_quarantine_count(self, count: int) -> None:
        self._quarantined = count
        self.quarantine_action.setText(_tr("&Quarantine ({count})…").format(count=count) if count
                                       else _tr("&Quarantine…"))
        self.quarantine_label.setText(_tr("{count} in quarantine").format(count=count))
        self.quarantine_label.setToolTip(_tr("Envelopes that failed a check: View → Quarantine (Ctrl+Shift+Q)"))
        self.quarantine_label.setVisible(bool(count) and self._coordinator)

    @property
    def quarantined(self) -> int:
        return self._quarantined

    def focus_review(self) -> None:
        if self.review_panel.isVisible():
            self.review_panel.state_combo.setFocus()

    def open_message_dialog(self, report_id: str | None = None) -> None:
        """Write to the monitor who sent the selected report (coordinators)."""
        from ui.message_dialog import MessageDialog

        if not isinstance(report_id, str):  # QAction.triggered passes its checked state
            report_id = None
        report_id = report_id or self.review_panel.report_id or self.selected_report_id()
        if not self._coordinator or not report_id or not self._session.is_unlocked:
            return
        dialog = MessageDialog(self._session, report_id, self, client_options=self.review_panel.client_options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(lambda _result: self.statusBar().showMessage(_tr("Message sent."), 5000))
        self.message_dialog = dialog
        dialog.open()

    def open_quarantine(self) -> None:
        from ui.quarantine_dialog import QuarantineDialog

        if not self._coordinator or not self._session.is_unlocked:
            return
        if self._quarantine_dialog is not None:
            self._quarantine_dialog.raise_()
            return
        dialog = QuarantineDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "_quarantine_dialog", None))
        self._quarantine_dialog = dialog
        dialog.open()

    def open_devices_dialog(self) -> None:
        """Tools → Devices: certify and revoke devices with the organisation key (coordinators)."""
        from ui.devices_dialog import DevicesDialog

        if not self._coordinator or not self._session.is_unlocked:
            return
        dialog = DevicesDialog(self._session, self, client_options=self.review_panel.client_options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.devices_dialog = dialog
        dialog.open()

    @property
    def quarantine_dialog(self):
        return self._quarantine_dialog

    def mark_selected_unread(self) -> None:
        report_id = self.selected_report_id()
        if not self._coordinator or not report_id:
            return
        self._session.op(lambda profile: mark_read(profile, report_id, False),
                         on_done=lambda _r: self.model.set_read(report_id, False))

    def focus_search(self) -> None:
        self.filter_widget.search_edit.setFocus()
        self.filter_widget.search_edit.selectAll()

    def selected_report_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.report_id(index.row()) if index.isValid() else None
