"""Tools → Safety…: the duress passphrase, wiping after failed unlocks, a key backup file and recovery shares.

Every change asks for the current passphrase first, checked on the store thread: someone who finds the laptop
unlocked must not be able to copy the key out or turn these protections off. Nothing here writes a file the
user did not choose; recovery shares are only shown (and printed, if the user asks).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from shiboken6 import isValid
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from kpfield.safety import backup, duress, unlock_guard
from kpfield.store.passphrase import assess
from ui.errors import describe, describe_advice

SAFETY_SHORTCUT = "Ctrl+Shift+K"


def verify_passphrase(profile, passphrase: str) -> None:
    """Store thread: :class:`WrongPassphrase` unless ``passphrase`` opens the real store now open."""
    duress._verify_main(profile, passphrase)  # noqa: SLF001 - the same check set_duress makes


def open_decoy_for_preparation(session, duress_passphrase: str, *, on_done=None, on_error=None) -> None:
    """Switch the session from the real store to the decoy store, to fill it with believable reports.

    Never shreds anything, even when the duress passphrase is set to do so at the unlock screen: the open real
    profile proves that the owner, not a coercer, is asking (kpfield.safety.duress.open_decoy). The session is
    locked (everything shown is dropped), then unlocked on the decoy; locking again closes it.
    """
    def opened(decoy) -> None:
        session.lock()  # queued before the install below: the real store closes first

        def install():
            session._profile = decoy  # noqa: SLF001 - store thread, after the real profile was closed
            return decoy.role

        session.tasks.run_store(install, on_done=session._after_unlock(on_done), on_error=on_error)  # noqa: SLF001

    session.op(lambda profile: duress.open_decoy(profile, duress_passphrase), on_done=opened, on_error=on_error)


class SafetyDialog(QDialog):
    """The field-safety settings of the unlocked profile, one tab each."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._busy = False
        self.setWindowTitle(self.tr("Safety — KP Field"))
        self.setMinimumWidth(620)

        self.passphrase_edit = self._password(self.tr("Current passphrase"))
        top = QFormLayout()
        top.addRow(self.tr("Current &passphrase:"), self.passphrase_edit)
        note = QLabel(self.tr("Every change below asks for your current passphrase."))
        note.setStyleSheet("color: palette(mid);")
        top.addRow("", note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._duress_tab(), self.tr("&Duress passphrase"))
        self.tabs.addTab(self._wipe_tab(), self.tr("&Failed unlocks"))
        self.tabs.addTab(self._backup_tab(), self.tr("Key &backup"))
        self.tabs.addTab(self._shares_tab(), self.tr("Recovery &shares"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Result"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        session.about_to_lock.connect(self.reject)
        session.tasks.run_work(unlock_guard.read_state, session.home, on_done=self._on_guard_state_read,
                               on_error=lambda exc: None)

    # --- building ------------------------------------------------------------------------------------------
    def _password(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def _text(self, html: str) -> QLabel:
        label = QLabel(html)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _duress_tab(self) -> QWidget:
        tab = QWidget()
        self.duress_edit = self._password(self.tr("Duress passphrase"))
        self.duress_confirm_edit = self._password(self.tr("Repeat the duress passphrase"))
        self.duress_strength = QLabel()
        self.shred_check = QCheckBox(self.tr("Also silently destro&y this profile when the duress passphrase is used"))
        self.set_duress_button = QPushButton(self.tr("S&et duress passphrase"))
        self.clear_duress_button = QPushButton(self.tr("&Remove duress passphrase"))
        self.open_decoy_button = QPushButton(self.tr("&Open the decoy to prepare it…"))
        self.open_decoy_button.setToolTip(self.tr("Locks, then opens the decoy with the duress passphrase typed "
                                                  "above. Never destroys anything."))
        form = QFormLayout()
        form.addRow(self.tr("D&uress passphrase:"), self.duress_edit)
        form.addRow(self.tr("Repeat i&t:"), self.duress_confirm_edit)
        form.addRow("", self.duress_strength)
        form.addRow("", self.shred_check)
        row = QHBoxLayout()
        for button in (self.set_duress_button, self.clear_duress_button, self.open_decoy_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self._text(self.tr(
            "<p>A second passphrase for when you are forced to unlock. Entered at the unlock screen, it opens a "
            "<b>decoy profile</b> instead of your reports. Prepare the decoy with believable reports: set the "
            "duress passphrase, then use <i>Open the decoy to prepare it</i> and add them; lock when done.</p>"
            "<p>If you tick the box, using the duress passphrase at the unlock screen also destroys your real "
            "reports, silently. Setting it again empties the decoy. KP Field cannot show whether a duress "
            "passphrase is set: by design, nothing in the files tells.</p>")))
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        self.duress_edit.textChanged.connect(self._update_duress)
        self.duress_confirm_edit.textChanged.connect(self._update_duress)
        self.set_duress_button.clicked.connect(self._on_set_duress_button_clicked)
        self.clear_duress_button.clicked.connect(self._on_clear_duress_button_clicked)
        self.open_decoy_button.clicked.connect(self._on_open_decoy_button_clicked)
        self._update_duress()
        return tab

    def _wipe_tab(self) -> QWidget:
        tab = QWidget()
        self.wipe_check = QCheckBox(self.tr("&Wipe the profile after this many wrong passphrases in a row:"))
        self.wipe_spin = QSpinBox()
        self.wipe_spin.setRange(3, 50)
        self.wipe_spin.setValue(10)
        self.wipe_spin.setAccessibleName(self.tr("Wrong passphrases before the wipe"))
        self.wipe_spin.setEnabled(False)
        self.wipe_check.toggled.connect(self.wipe_spin.setEnabled)
        self.save_wipe_button = QPushButton(self.tr("S&ave"))
        row = QHBoxLayout()
        row.addWidget(self.wipe_check)
        row.addWidget(self.wipe_spin)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self._text(self.tr(
            "<p>After each wrong passphrase KP Field waits longer before the next try. You can also have it "
            "destroy everything after a number of wrong passphrases in a row (off by default). Nothing warns the "
            "person typing. A typing mistake counts too: choose a number you will never reach by accident.</p>")))
        layout.addLayout(row)
        layout.addWidget(self.save_wipe_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.save_wipe_button.clicked.connect(self._on_save_wipe_button_clicked)
        return tab

    def _backup_tab(self) -> QWidget:
        tab = QWidget()
        self.backup_edit = self._password(self.tr("Backup passphrase"))
        self.backup_confirm_edit = self._password(self.tr("Repeat the backup passphrase"))
        self.backup_strength = QLabel()
        self.write_backup_button = QPushButton(self.tr("&Write key backup…"))
        form = QFormLayout()
        form.addRow(self.tr("Bac&kup passphrase:"), self.backup_edit)
        form.addRow(self.tr("Repeat it:"), self.backup_confirm_edit)
        form.addRow("", self.backup_strength)
        layout = QVBoxLayout(tab)
        layout.addWidget(self._text(self.tr(
            "<p>Writes your store key, encrypted under a separate <b>backup passphrase</b>, to a file you choose "
            "(for example on a USB stick). With it you can set a new passphrase if you forget yours, or open a "
            "copy of your profile. It holds the key, not the reports: keep it away from this computer, and the "
            "backup passphrase away from the file.</p>")))
        layout.addLayout(form)
        layout.addWidget(self.write_backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.backup_edit.textChanged.connect(self._update_backup)
        self.backup_confirm_edit.textChanged.connect(self._update_backup)
        self.write_backup_button.clicked.connect(self._on_write_backup_button_clicked)
        self._update_backup()
        return tab

    def _shares_tab(self) -> QWidget:
        tab = QWidget()
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(2, 16)
        self.threshold_spin.setValue(2)
        self.threshold_spin.setAccessibleName(self.tr("Shares needed to recover"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(2, 16)
        self.count_spin.setValue(3)
        self.count_spin.setAccessibleName(self.tr("Shares to make"))
        self.threshold_spin.valueChanged.connect(lambda k: self.count_spin.setMinimum(k))
        self.make_shares_button = QPushButton(self.tr("&Make shares"))
        self.print_shares_button = QPushButton(self.tr("Pri&nt…"))
        self.print_shares_button.setEnabled(False)
        self.shares_view = QPlainTextEdit()
        self.shares_view.setReadOnly(True)
        self.shares_view.setAccessibleName(self.tr("Recovery shares"))
        self.shares_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.shares_view.setPlaceholderText(self.tr("The shares appear here; nothing is saved."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Any")))
        row.addWidget(self.threshold_spin)
        row.addWidget(QLabel(self.tr("of")))
        row.addWidget(self.count_spin)
        row.addWidget(QLabel(self.tr("shares recover the key.")))
        row.addStretch(1)
        row.addWidget(self.make_shares_button)
        row.addWidget(self.print_shares_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self._text(self.tr(
            "<p>Splits your store key into word lists, <b>one per trusted colleague</b>. Any chosen number of them "
            "together can give you access again; fewer reveal nothing. <b>Anyone holding that many shares can "
            "open your reports</b>: hand them out on paper, to different people, never photograph them or keep "
            "them together. They disappear from this screen when the dialog closes.</p>")))
        layout.addLayout(row)
        layout.addWidget(self.shares_view, 1)
        self.make_shares_button.clicked.connect(self._on_make_shares_button_clicked)
        self.print_shares_button.clicked.connect(self._on_print_shares_button_clicked)
        return tab

    # --- helpers -------------------------------------------------------------------------------------------
    def _strength_text(self, first: str, second: str) -> tuple[str, bool]:
        strength = assess(first)
        if not first:
            return "", False
        if not strength.acceptable:
            return self.tr("Too easy to guess. {advice}").format(advice=describe_advice(strength)), False
        if second != first:
            return (self.tr("The two passphrases are different.") if second else ""), False
        return (self.tr("Strong") if strength.score >= 4 else self.tr("Good")), True

    def _update_duress(self) -> None:
        text, ok = self._strength_text(self.duress_edit.text(), self.duress_confirm_edit.text())
        self.duress_strength.setText(text)
        self.set_duress_button.setEnabled(ok and not self._busy)
        self.open_decoy_button.setEnabled(bool(self.duress_edit.text()) and not self._busy)

    def _update_backup(self) -> None:
        text, ok = self._strength_text(self.backup_edit.text(), self.backup_confirm_edit.text())
        self.backup_strength.setText(text)
        self.write_backup_button.setEnabled(ok and not self._busy)

    def _current(self) -> str | None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._say(self.tr("Enter your current passphrase first."), error=True)
            self.passphrase_edit.setFocus()
            return None
        return passphrase

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #a1260d;" if error else "")
        self.status_label.setText(text)

    def _run(self, fn, done_text: str, on_done=None) -> None:
        """Check the current passphrase and run ``fn(profile, passphrase)`` on the store thread."""
        passphrase = self._current()
        if passphrase is None or self._busy:
            return
        self._set_busy(True)
        self._say(self.tr("Working…"))

        def work(profile):
            verify_passphrase(profile, passphrase)
            return fn(profile, passphrase)

        def done(result):
            self._set_busy(False)
            self._say(done_text)
            if on_done:
                on_done(result)

        self._session.op(work, on_done=done, on_error=self._on_failed, changes="settings")

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, FileExistsError):
            text = self.tr("That file already exists: choose a new name. Nothing was written.")
        else:
            text = describe(exc)
        self._say(text, error=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.clear_duress_button, self.save_wipe_button, self.make_shares_button):
            button.setEnabled(not busy)
        self._update_duress()
        self._update_backup()

    # --- actions -------------------------------------------------------------------------------------------
    def _on_set_duress_button_clicked(self) -> None:
        duress_passphrase, shred = self.duress_edit.text(), self.shred_check.isChecked()
        if duress_passphrase == self.passphrase_edit.text():
            self._say(self.tr("The duress passphrase must differ from your real passphrase."), error=True)
            return
        self._run(lambda profile, passphrase: duress.set_duress(profile, passphrase, duress_passphrase,
                                                               shred_real=shred),
                  self.tr("Duress passphrase set. Now open the decoy and add believable reports."))

    def _on_clear_duress_button_clicked(self) -> None:
        self._run(lambda profile, passphrase: duress.clear_duress(profile, passphrase),
                  self.tr("The duress passphrase was removed (if one was set) and the decoy emptied."))

    def _on_open_decoy_button_clicked(self) -> None:
        duress_passphrase = self.duress_edit.text()
        if not duress_passphrase or self._busy:
            return
        self._set_busy(True)

        def failed(exc: BaseException) -> None:
            if isValid(self):  # the dialog closes with the lock that precedes the switch
                self._on_failed(exc)

        open_decoy_for_preparation(self._session, duress_passphrase, on_error=failed)

    def _on_guard_state_read(self, state) -> None:
        self.wipe_check.setChecked(bool(state.wipe_after))
        if state.wipe_after:
            self.wipe_spin.setValue(state.wipe_after)

    def _on_save_wipe_button_clicked(self) -> None:
        n = self.wipe_spin.value() if self.wipe_check.isChecked() else None
        self._run(lambda profile, _p: unlock_guard.set_wipe_after(profile, n),
                  self.tr("Saved: the profile is wiped after {n} wrong passphrases in a row.").format(n=n) if n
                  else self.tr("Saved: the profile is never wiped after wrong passphrases."))

    def _on_write_backup_button_clicked(self) -> None:
        if self._current() is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Write the key backup"), "kpfield-key-backup.kpfkey",
            self.tr("KP Field key backup (*.kpfkey)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.write_backup(path)

    def write_backup(self, path: str) -> None:
        """Write the key backup to ``path`` (what the file dialog calls; tests call it directly)."""
        if not self.write_backup_button.isEnabled():
            return  # no acceptable, confirmed backup passphrase (or busy)
        secret = self.backup_edit.text()
        kdf = getattr(self._session, "_kdf", None)  # tests' fast parameters; None calibrates on this machine
        self._run(lambda profile, _p: backup.write_key_backup(profile, path, secret, kdf=kdf),
                  self.tr("Key backup written to {path}. Keep it away from this computer.").format(path=path),
                  on_done=lambda _r: self._clear(self.backup_edit, self.backup_confirm_edit))

    def _on_make_shares_button_clicked(self) -> None:
        k, n = self.threshold_spin.value(), self.count_spin.value()
        self._run(lambda profile, _p: backup.recovery_shares(profile, k, n),
                  self.tr("Give each share to a different colleague. Any {k} of them recover the key.").format(k=k),
                  on_done=lambda shares: self._show_shares(shares, k))

    def _show_shares(self, shares: list[str], k: int) -> None:
        blocks = [self.tr("Share {i} of {n} (any {k} recover the key):").format(i=i, n=len(shares), k=k) + "\n"
                  + share for i, share in enumerate(shares, 1)]
        self.shares_view.setPlainText("\n\n".join(blocks))
        self.print_shares_button.setEnabled(True)

    def _on_print_shares_button_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setDefaultFont(self.shares_view.font())
            document.setPlainText(self.shares_view.toPlainText())
            document.print_(printer)
            document.clear()

    @staticmethod
    def _clear(*edits: QLineEdit) -> None:
        for edit in edits:
            edit.setText("")  # setText, unlike clear(), also drops the undo history

    def done(self, result: int) -> None:
        """Closing drops every secret and the shares from the widgets."""
        self._clear(self.passphrase_edit, self.duress_edit, self.duress_confirm_edit, self.backup_edit,
                    self.backup_confirm_edit)
        self.shares_view.setPlainText("")
        try:
            self._session.about_to_lock.disconnect(self.reject)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


def attach_safety(app) -> None:
    """Add Tools → Safety… to ``app``'s main window."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence

    from ui.quick_delete import _tools_menu

    window = app.window
    action = QAction(QCoreApplication.translate("SafetyDialog", "&Safety…"), window)
    action.setShortcut(QKeySequence(SAFETY_SHORTCUT))
    action.setToolTip(QCoreApplication.translate("SafetyDialog", "Duress passphrase, wipe after failed unlocks, key "
                                                 "backup and recovery shares ({shortcut})").format(
        shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    action.triggered.connect(lambda: _open(app))
    window.addAction(action)
    tools = _tools_menu(window)
    if tools is not None:
        tools.addAction(action)
    app.safety_action = action


def _open(app) -> None:
    if not app.session.is_unlocked:
        return
    dialog = SafetyDialog(app.session, app.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    app.safety_dialog = dialog
    dialog.open()
