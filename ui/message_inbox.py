"""A monitor's unread messages from coordinators: the mark in the list, the count in the status bar and the
Report menu ("Unread messages (N)", which shows the next report with unread messages).

Counts are read on the store thread after each list load, store change and sync; a report's messages become read
when the detail pane has shown them. Everything is cleared on lock. Coordinators do not get it (their inbox is the
list of unread received reports).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from kpfield.sync.inbox import unread_message_counts


class MessageInbox(QObject):
    """See the module docstring; ``window`` is the main window."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._session = window._session
        self._counts: dict[str, int] = {}
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.label.setAccessibleName(self.tr("Unread messages from coordinators"))
        self.label.setToolTip(self.tr("Show the next report with unread messages (Ctrl+Shift+N)"))
        self.label.linkActivated.connect(lambda _link: self.show_next())
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("Unread &messages"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.action.setToolTip(self.tr("Show the next report with unread messages (Ctrl+Shift+N)"))
        self.action.triggered.connect(self.show_next)
        window.addAction(self.action)
        window.model.loaded.connect(lambda _total: self.reload())
        window.detail.messages_read.connect(lambda _report_id: self.reload())
        self._session.changed.connect(self._on_session_changed)
        self._session.locked.connect(self.clear)
        self._show()

    @property
    def total(self) -> int:
        return sum(self._counts.values())

    def reload(self) -> None:
        if not self._session.is_unlocked or self._window.is_coordinator:
            self.clear()
            return
        self._session.op(lambda profile: unread_message_counts(profile.db), on_done=self._on_counts,
                         on_error=lambda exc: None)

    def clear(self) -> None:
        self._counts = {}
        self._window.model.set_message_counts({})
        self._show()

    def show_next(self) -> None:
        """Select the first report in the list (as sorted) with unread messages; one not listed: show it anyway."""
        if not self._counts:
            return
        model = self._window.model
        rows = [model.row_of(report_id) for report_id in self._counts]
        listed = sorted(r for r in rows if r >= 0)
        if listed:
            self._window.table.selectRow(listed[0])
            self._window.table.setFocus()
        else:
            self._window.show_report(next(iter(self._counts)))

    def _on_session_changed(self, what: str) -> None:
        if what == "reports" or what.startswith("report:"):
            self.reload()

    def _on_counts(self, counts: dict[str, int]) -> None:
        if not self._session.is_unlocked or self._window.is_coordinator:
            return
        self._counts = counts
        self._window.model.set_message_counts(counts)
        self._show()

    def _show(self) -> None:
        total = self.total
        text = self.tr("Unread messages from coordinators: {count}").format(count=total)
        self.label.setText(f'<a href="next" style="color: #8a5a00;">✉ {text}</a>')
        self.label.setVisible(bool(total))
        self.action.setText(self.tr("Unread &messages ({count})").format(count=total) if total
                            else self.tr("Unread &messages"))
        self.action.setEnabled(bool(total))
