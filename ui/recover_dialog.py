"""Recover access from the unlock dialog: a key backup file and its passphrase, or k recovery shares; then a new
passphrase. The work runs on the store thread (kpfield.safety.backup); nothing is written but the key file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from kpfield.safety import backup
from kpfield.store.passphrase import assess
from ui.errors import describe, describe_advice
from ui.file_dialogs import home_folder


def split_shares(text: str) -> list[str]:
    """Shares typed or pasted: one per line, or blocks separated by blank lines when a share spans lines."""
    blocks = [" ".join(b.split()) for b in text.replace("\r", "").split("\n\n") if b.strip()]
    if len(blocks) > 1:
        return blocks
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _recover(home, source: str, secret: str, material, new_passphrase: str, kdf) -> None:
    """Store thread: read the backup or combine the shares, then re-wrap the key under the new passphrase."""
    if source == "backup":
        backup.recover(home, new_passphrase, record=backup.read_key_backup(material, secret), kdf=kdf)
    else:
        backup.recover(home, new_passphrase, key=backup.key_from_shares(material), kdf=kdf)


class RecoverDialog(QDialog):
    """Sets a new passphrase from a key backup or recovery shares; emits :attr:`recovered` and closes on success."""

    recovered = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._busy = False
        self.setWindowTitle(self.tr("Recover access — KP Field"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Set a new passphrase with the <b>key backup file</b> you made (and its backup passphrase), or with "
            "the <b>recovery shares</b> your colleagues keep: type or paste as many shares as were needed, one "
            "per line."))
        intro.setWordWrap(True)

        self.backup_radio = QRadioButton(self.tr("From a key &backup file"))
        self.shares_radio = QRadioButton(self.tr("From recovery &shares"))
        self.backup_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.backup_radio)
        group.addButton(self.shares_radio)

        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Key backup file"))
        self.file_edit.setPlaceholderText(self.tr("The key backup file"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the key backup file"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.backup_passphrase_edit = self._password(self.tr("Backup passphrase"))
        self.backup_box = QGroupBox(self.tr("Key backup"))
        backup_form = QFormLayout(self.backup_box)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_edit)
        backup_form.addRow(file_label, file_row)
        backup_form.addRow(self.tr("Backup &passphrase:"), self.backup_passphrase_edit)

        self.shares_edit = QPlainTextEdit()
        self.shares_edit.setAccessibleName(self.tr("Recovery shares, one per line"))
        self.shares_edit.setPlaceholderText(self.tr("One share per line (its words separated by spaces)"))
        self.shares_edit.setTabChangesFocus(True)
        self.shares_box = QGroupBox(self.tr("Recovery shares"))
        QVBoxLayout(self.shares_box).addWidget(self.shares_edit)

        self.new_edit = self._password(self.tr("New passphrase"))
        self.confirm_edit = self._password(self.tr("Repeat the new passphrase"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        new_form = QFormLayout()
        new_form.addRow(self.tr("&New passphrase:"), self.new_edit)
        new_form.addRow(self.tr("&Repeat it:"), self.confirm_edit)
        new_form.addRow("", self.strength_label)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1260d;")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Recovering…"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.recover_button = QPushButton(self.tr("Re&cover"))
        self.recover_button.setDefault(True)
        self.buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.recover_button.clicked.connect(self._on_recover_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        radios = QHBoxLayout()
        radios.addWidget(self.backup_radio)
        radios.addWidget(self.shares_radio)
        radios.addStretch(1)
        layout.addLayout(radios)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.shares_box)
        layout.addLayout(new_form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.backup_radio.toggled.connect(self._update)
        for edit in (self.file_edit, self.backup_passphrase_edit, self.new_edit, self.confirm_edit):
            edit.textChanged.connect(self._update)
        self.shares_edit.textChanged.connect(self._update)
        self._update()

    def _password(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    @property
    def source(self) -> str:
        return "backup" if self.backup_radio.isChecked() else "shares"

    def _update(self) -> None:
        backup_chosen = self.source == "backup"
        self.backup_box.setVisible(backup_chosen)
        self.shares_box.setVisible(not backup_chosen)
        new, confirm = self.new_edit.text(), self.confirm_edit.text()
        strength = assess(new)
        if not new:
            self.strength_label.setText("")
        elif not strength.acceptable:
            self.strength_label.setText(
                self.tr("Too easy to guess. {advice}").format(advice=describe_advice(strength)))
        elif confirm and confirm != new:
            self.strength_label.setText(self.tr("The two passphrases are different."))
        else:
            self.strength_label.setText(self.tr("Strong") if strength.score >= 4 else self.tr("Good"))
        have_source = (bool(self.file_edit.text().strip() and self.backup_passphrase_edit.text()) if backup_chosen
                       else len(split_shares(self.shares_edit.toPlainText())) >= 2)
        self.recover_button.setEnabled(have_source and strength.acceptable and new == confirm and not self._busy)

    def _on_browse_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the key backup file"), home_folder(),
                                                    self.tr("KP Field key backup (*.kpfkey);;All files (*)"))
        if path:
            self.file_edit.setText(path)

    def _on_recover_button_clicked(self) -> None:
        if not self.recover_button.isEnabled():
            return
        if self.source == "backup":
            material, secret = self.file_edit.text().strip(), self.backup_passphrase_edit.text()
        else:
            material, secret = split_shares(self.shares_edit.toPlainText()), ""
        new = self.new_edit.text()
        self._set_busy(True)
        self.error_label.hide()
        kdf = getattr(self._session, "_kdf", None)  # tests' fast parameters, if a key file must be made anew
        self._session.tasks.run_store(_recover, self._session.home, self.source, secret, material, new, kdf,
                                      on_done=self._on_recovered, on_error=self._on_failed)

    def _on_recovered(self, _result) -> None:
        self._set_busy(False)
        self._clear_secrets()
        self.recovered.emit()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error_label.setText(describe(exc))
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.backup_radio, self.shares_radio, self.backup_box, self.shares_box, self.new_edit,
                       self.confirm_edit, self.cancel_button):
            widget.setEnabled(not busy)
        self._update()

    def _clear_secrets(self) -> None:
        for edit in (self.backup_passphrase_edit, self.new_edit, self.confirm_edit):
            edit.setText("")  # setText, unlike clear(), also drops the undo history
        self.shares_edit.setPlainText("")

    def reject(self) -> None:
        if self._busy:
            return  # the store thread is rewriting the key file: let it finish
        self._clear_secrets()
        super().reject()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected and self._busy:
            return
        super().done(result)

