"""Connect this profile to a sync server: paste (or open) an invitation, compare the server key aloud, enrol.

The fingerprint comparison is the only defence against a forged invitation that names an impostor's server, so the
dialog shows it large and asks for it to be read out with the operator before anything is sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QVBoxLayout,
)

from kpfield.sync import account as accounts
from kpfield.sync.invitation import Invitation, load_invitation, parse_invitation
from ui.errors import describe
from ui.file_dialogs import home_folder

ENROLL_TIMEOUT_S = 15.0


class EnrollDialog(QDialog):
    """Enrol the profile with the server named in an invitation; emits :attr:`enrolled` (server URL) on success.

    :param session: the GUI's :class:`~ui.session.Session`.
    :param file_picker: returns a path or "" (tests replace the file dialog).
    """

    enrolled = Signal(str)

    def __init__(self, session, parent=None, *, file_picker=None):
        super().__init__(parent)
        self._session = session
        self._invitation: Invitation | None = None
        self._parse_serial = 0
        self._file_picker = file_picker or self._pick_file
        self.setWindowTitle(self.tr("Connect to a sync server"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("Paste the invitation the server operator sent you, or open the file it came in."))
        intro.setWordWrap(True)
        self.invitation_edit = QPlainTextEdit()
        self.invitation_edit.setPlaceholderText("KPF1-…")
        self.invitation_edit.setAccessibleName(self.tr("Invitation"))
        self.invitation_edit.setTabChangesFocus(True)
        self.invitation_edit.setMaximumHeight(110)
        intro.setBuddy(self.invitation_edit)
        self.file_button = QPushButton(self.tr("&Open invitation file…"))
        self.file_button.setAccessibleName(self.tr("Open an invitation file"))

        self.server_label = QLabel("—")
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label = QLabel("—")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setAccessibleName(self.tr("Server key fingerprint"))
        # The organisation key decides which coordinators this device encrypts to: compared aloud like the server's.
        self.org_label = QLabel("—")
        self.org_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.org_label.setFont(mono)
        self.org_label.setWordWrap(True)
        self.org_label.setAccessibleName(self.tr("Organisation fingerprint"))
        self.role_label = QLabel("—")
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Name of this device"))
        self.compare_note = QLabel(self.tr(
            "Before you connect, read both fingerprints aloud: the server's with the server operator, the "
            "organisation's with your coordinator (in person or by phone). If one character differs, do not "
            "connect: the invitation may be forged."))
        self.compare_note.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Connecting"))
        self.busy.hide()

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.server_label)
        form.addRow(self.tr("Server key fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Organisation fingerprint:"), self.org_label)
        form.addRow(self.tr("Role:"), self.role_label)
        form.addRow(self.tr("Device &name:"), self.label_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("The fingerprints match — &connect"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setEnabled(False)
        self.connect_button.setAccessibleName(self.tr("Connect to this server"))

        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.invitation_edit)
        layout.addLayout(form)
        layout.addWidget(self.compare_note)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.invitation_edit.textChanged.connect(self._on_invitation_edit_text_changed)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # --- reading the invitation (crypto on the task pool) ------------------------------------------------
    def _on_invitation_edit_text_changed(self) -> None:
        text = self.invitation_edit.toPlainText()
        self._show(None)
        if not text.strip():
            self.message_label.clear()
            return
        self._parse(parse_invitation, text)

    def _on_file_button_clicked(self) -> None:
        path = self._file_picker()
        if path:
            self._parse(load_invitation, str(path))

    def _pick_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an invitation"), home_folder(),
                                              self.tr("Invitations (*.txt *.kpf);;All files (*)"))
        return path

    def _parse(self, fn, source: str) -> None:
        self._parse_serial += 1
        serial = self._parse_serial

        def done(invitation):
            if serial == self._parse_serial:  # a later edit supersedes this answer
                self._show(invitation)

        def error(exc):
            if serial == self._parse_serial:
                self._show(None)
                self._say(describe(exc, situation="enrol"), error=True)

        self._session.tasks.run_work(fn, source, on_done=done, on_error=error)

    def _show(self, invitation: Invitation | None) -> None:
        self._invitation = invitation
        if invitation is None:
            for label in (self.server_label, self.fingerprint_label, self.org_label, self.role_label):
                label.setText("—")
            self.connect_button.setEnabled(False)
            return
        self.server_label.setText(invitation.url)
        groups = invitation.server_fingerprint.split("-")
        # Two lines of four groups: it fits, and it is read aloud in two breaths.
        self.fingerprint_label.setText("-".join(groups[:4]) + "-\n" + "-".join(groups[4:]))
        self.fingerprint_label.setAccessibleDescription(invitation.server_fingerprint)
        if invitation.org_fingerprint:
            org = invitation.org_fingerprint.split("-")
            self.org_label.setText("-".join(org[:4]) + "-\n" + "-".join(org[4:]))
            self.org_label.setAccessibleDescription(invitation.org_fingerprint)
        else:
            self.org_label.setText(self.tr("None in this invitation: nothing will be sent until your coordinator "
                                           "gives you the organisation fingerprint."))
            self.org_label.setAccessibleDescription("")
        self.role_label.setText(self.tr("Coordinator") if invitation.role == "coordinator" else self.tr("Monitor"))
        if not self.label_edit.text():
            self.label_edit.setText(invitation.label)
        self._say(self.tr("The invitation is valid. Compare the fingerprint before you connect."))
        self.connect_button.setEnabled(True)

    # --- enrolling -----------------------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        invitation = self._invitation
        if invitation is None:
            return
        label = self.label_edit.text().strip() or None
        self._set_busy(True)
        self._say(self.tr("Connecting to the server…"))

        # One Session.op for the network call AND the store write: enrolment is one short request with a timeout,
        # done once per profile, and splitting it would need the device keys outside the store. The store thread
        # is blocked for at most ENROLL_TIMEOUT_S meanwhile; the busy bar says so.
        def work(profile):
            accounts.enroll(profile.db, invitation, label=label, timeout=ENROLL_TIMEOUT_S)
            return invitation.url

        self._session.op(work, on_done=self._on_enrolled, on_error=self._on_enroll_failed, changes="sync")

    def _on_enrolled(self, url: str) -> None:
        self._set_busy(False)
        self.enrolled.emit(url)
        self.accept()

    def _on_enroll_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(describe(exc, situation="enrol"), error=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.invitation_edit, self.file_button, self.label_edit, self.connect_button):
            widget.setEnabled(not busy)
        if not busy:
            self.connect_button.setEnabled(self._invitation is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: palette(highlight);" if not error else "color: #b00020;")

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # the enrolment is under way on the store thread; it ends within the timeout
        super().reject()
