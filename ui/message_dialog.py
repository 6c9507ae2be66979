"""Answering the field: a question, a request for the original photos or a review state, sent to the monitor.

The message is sealed to the device that sent the report and posted to its mailbox on the server
(:func:`kpfield.coordinator.answer.send_message`); the monitor sees it on the report after their next sync. Sending
needs the server: when it cannot be reached, the dialog stays open with the text and says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QRadioButton, QVBoxLayout,
)

from kpfield.coordinator.answer import MAX_TEXT, SENT_STATES
from ui.errors import describe
from ui.report_table_model import QUARANTINED_COLOUR, review_state_label

KINDS = ("question", "request_originals", "state_change")


class MessageDialog(QDialog):
    """Compose and send one message about ``report_id``; :attr:`sent` fires once the server took it."""

    sent = Signal(dict)

    def __init__(self, session, report_id: str, parent=None, *, kind: str = "question", state: str | None = None,
                 client_options: dict | None = None):
        super().__init__(parent)
        self._session = session
        self._report_id = report_id
        self._client_options = client_options
        self._busy = False
        self.setWindowTitle(self.tr("Message the monitor"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("Sent encrypted to the device that sent this report; the monitor sees it on the "
                               "report after their next sync. Internal notes are never sent."))
        intro.setWordWrap(True)
        self.kind_buttons = QButtonGroup(self)
        texts = {"question": self.tr("&Question (for example: what time exactly?)"),
                 "request_originals": self.tr("&Request the original photos"),
                 "state_change": self.tr("Tell the monitor the review &state:")}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Review state to send"))
        for value in SENT_STATES:
            self.state_combo.addItem(review_state_label(value), value)
        for i, value in enumerate(KINDS):
            button = QRadioButton(texts[value])
            button.setAccessibleName(texts[value].replace("&", ""))
            self.kind_buttons.addButton(button, i)
            if value == "state_change":
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.state_combo)
                row.addStretch(1)
                layout.addLayout(row)
            else:
                layout.addWidget(button)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Message text"))
        self.text_edit.setTabChangesFocus(True)
        layout.addWidget(self.text_edit, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {QUARANTINED_COLOUR.name()};")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(self.tr("S&end"))
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.kind_buttons.idToggled.connect(self._on_kind_buttons_toggled)
        self.text_edit.textChanged.connect(self._update)
        session.locked.connect(self._on_session_locked)
        self.kind_buttons.button(KINDS.index(kind if kind in KINDS else "question")).setChecked(True)
        if state in SENT_STATES:
            self.state_combo.setCurrentIndex(SENT_STATES.index(state))
        self._update()

    @property
    def kind(self) -> str:
        return KINDS[max(0, self.kind_buttons.checkedId())]

    def _on_kind_buttons_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        placeholders = {"question": self.tr("Your question"),
                        "request_originals": self.tr("Please send the original photos of this report, not the "
                                                     "reduced ones."),
                        "state_change": self.tr("Optional: a few words on the decision")}
        self.text_edit.setPlaceholderText(placeholders[self.kind])
        if self.kind == "request_originals" and not self.text_edit.toPlainText().strip():
            self.text_edit.setPlainText(placeholders["request_originals"])
        self._update()

    def _update(self) -> None:
        self.state_combo.setEnabled(self.kind == "state_change" and not self._busy)
        text = self.text_edit.toPlainText()
        has_text = bool(text.strip()) or self.kind == "state_change"
        self.send_button.setEnabled(has_text and len(text) <= MAX_TEXT and not self._busy)

    def send(self) -> None:
        """Post the message on the store thread (it talks to the server; the dialog waits, the app does not)."""
        if not self.send_button.isEnabled():
            return
        from kpfield.coordinator.answer import send_message

        report_id, kind, options = self._report_id, self.kind, self._client_options
        text = self.text_edit.toPlainText().strip()
        state = self.state_combo.currentData() if kind == "state_change" else None
        self._busy = True
        self.error_label.hide()
        self.send_button.setText(self.tr("Sending…"))
        self._update()
        self._session.op(lambda profile: send_message(profile, report_id, text, kind, state=state,
                                                      client_options=options),
                         changes=f"report:{report_id}", on_done=self._on_sent, on_error=self._on_send_failed)

    def _on_sent(self, result: dict) -> None:
        self._busy = False
        self.text_edit.setPlainText("")  # the text lives on only in the monitor's sealed mailbox copy
        self.sent.emit(result)
        self.accept()

    def _on_send_failed(self, exc) -> None:
        self._busy = False
        self.send_button.setText(self.tr("S&end"))
        self.error_label.setText(describe(exc, situation="send"))
        self.error_label.show()
        self._update()

    def _on_session_locked(self) -> None:
        self._busy = False  # the store is closing: the send is over either way, and nothing may stay shown
        self.text_edit.setPlainText("")
        super().done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        if not self._busy:
            self.text_edit.setPlainText("")
            super().reject()

    def done(self, result: int) -> None:  # Qt override: never leave while the server is being asked
        if self._busy and result == QDialog.DialogCode.Rejected:
            return
        super().done(result)

