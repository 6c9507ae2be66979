"""First run: explain what the passphrase protects, choose it twice with a strength meter, create the profile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QVBoxLayout,
)

from kpfield.store.passphrase import MIN_LENGTH, assess
from ui.errors import describe, describe_advice
from ui.resources import icon


class FirstRunDialog(QDialog):
    """Creates a new profile in ``session.home``; accepted once it exists and is unlocked.

    :param assess_fn: passphrase strength function (``kpfield.store.passphrase.assess``).
    """

    created = Signal()

    def __init__(self, session, parent=None, *, assess_fn: Callable = assess):
        super().__init__(parent)
        self._session = session
        self._assess = assess_fn
        self._busy = False
        self.setWindowTitle(self.tr("Welcome to KP Field"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(520)

        welcome = QLabel(self.tr(
            "<h3>Welcome to KP Field</h3>"
            "<p>KP Field keeps your incident reports and photos <b>encrypted</b> on this computer. "
            "Your passphrase is the only way to open them: if the computer is lost or taken, nobody can read "
            "them without it.</p>"
            "<p><b>The passphrase cannot be recovered or reset.</b> If you forget it, the reports are lost for "
            "good. Choose several unrelated words that you will remember, and never write it down next to the "
            "computer.</p>"))
        welcome.setWordWrap(True)
        welcome.setTextFormat(Qt.TextFormat.RichText)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_check = QCheckBox(self.tr("S&how the passphrase"))
        self.show_check.toggled.connect(self._on_show_check_toggled)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.match_label = QLabel()

        # The role is fixed for the life of the profile: a monitor writes and sends reports, a coordinator receives,
        # verifies and reviews them (and never edits them).
        self.monitor_radio = QRadioButton(self.tr("&Monitor: I document incidents in the field"))
        self.coordinator_radio = QRadioButton(self.tr("C&oordinator: I receive and review monitors' reports"))
        self.role_group = QButtonGroup(self)
        for button in (self.monitor_radio, self.coordinator_radio):
            button.setAccessibleName(button.text().replace("&", ""))
            self.role_group.addButton(button)
        self.monitor_radio.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("This profile is for:"), self.monitor_radio)
        form.addRow("", self.coordinator_radio)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat it:"), self.confirm_edit)
        form.addRow("", self.show_check)
        form.addRow(self.tr("Strength:"), self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow("", self.match_label)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1260d;")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("Creating your encrypted profile. This takes a few seconds…"))
        self.progress.setAccessibleName(self.tr("Creating the profile"))
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("&Create profile"))
        self.create_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(welcome)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.passphrase_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self._update()

    def _on_show_check_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _strength_text(self, passphrase: str, strength) -> str:
        if not passphrase:
            return self.tr("Use at least {count} characters; several unrelated words work well.").format(
                count=MIN_LENGTH)
        if len(passphrase) < MIN_LENGTH:
            return self.tr("Too short: use at least {count} characters.").format(count=MIN_LENGTH)
        if not strength.acceptable:
            return self.tr("Too easy to guess. {advice}").format(advice=describe_advice(strength))
        return self.tr("Strong") if strength.score >= 4 else self.tr("Good")

    def _update(self) -> None:
        passphrase, confirm = self.passphrase_edit.text(), self.confirm_edit.text()
        strength = self._assess(passphrase)
        self.strength_bar.setValue(strength.score if passphrase else 0)
        self.strength_label.setText(self._strength_text(passphrase, strength))
        matches = bool(passphrase) and passphrase == confirm
        if not confirm:
            self.match_label.setText("")
        elif matches:
            self.match_label.setText(self.tr("The two passphrases match."))
        else:
            self.match_label.setText(self.tr("The two passphrases are different."))
        self.create_button.setEnabled(strength.acceptable and matches and not self._busy)

    @property
    def acceptable(self) -> bool:
        """Whether "Create profile" is allowed now."""
        return self.create_button.isEnabled()

    def _on_create_button_clicked(self) -> None:
        if not self.acceptable:
            return
        passphrase = self.passphrase_edit.text()
        self._busy = True
        for widget in (self.passphrase_edit, self.confirm_edit, self.show_check, self.create_button,
                       self.quit_button, self.monitor_radio, self.coordinator_radio):
            widget.setEnabled(False)
        self.error_label.hide()
        self.progress.show()  # calibrating Argon2id always takes seconds: show progress at once
        self._session.create(passphrase, role=self.role, on_done=self._on_create_done,
                             on_error=self._on_create_failed)

    @property
    def role(self) -> str:
        """The role chosen: ``monitor`` or ``coordinator``."""
        return "coordinator" if self.coordinator_radio.isChecked() else "monitor"

    def _on_create_done(self, _role) -> None:
        self._busy = False
        self.passphrase_edit.setText("")  # setText, unlike clear(), also drops the undo history
        self.confirm_edit.setText("")
        self.progress.hide()
        self.created.emit()
        self.accept()

    def _on_create_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.progress.hide()
        for widget in (self.passphrase_edit, self.confirm_edit, self.show_check, self.quit_button,
                       self.monitor_radio, self.coordinator_radio):
            widget.setEnabled(True)
        self.error_label.setText(describe(exc))
        self.error_label.show()
        self._update()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
