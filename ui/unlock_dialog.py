"""The unlock dialog: passphrase, "remember on this computer", a growing wait after each wrong passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout,
)

from kpfield.safety.unlock_guard import delay_for, read_state
from ui.errors import describe, describe_keyring
from ui.resources import icon

PROGRESS_DELAY_MS = 500  # show a progress bar only for work that lasts longer than this


def probe_keyring():
    """The OS keyring's status (the keyring package loads here, on the worker pool, not before the window shows)."""
    from kpfield.store.keyring_support import keyring_status

    return keyring_status()


def default_delays(failures: int) -> float:
    """Seconds to wait after the ``failures``-th wrong passphrase in a row: 1, 2, 4, … up to a minute."""
    return float(min(2 ** max(failures - 1, 0), 60))


class UnlockDialog(QDialog):
    """Asks for the passphrase and unlocks ``session`` on the store thread. Accepted once unlocked.

    :param delay_schedule: seconds to wait after the n-th consecutive failure (tests inject a short one).
    :param keyring_probe: returns a :class:`KeyringStatus`; run on the worker pool (keyrings may talk D-Bus).
    """

    unlocked = Signal(bool)  # argument: the user asked to remember the key on this computer
    delete_requested = Signal()  # "Delete everything…": ui/quick_delete.py asks once and wipes, no passphrase
    recovered = Signal()  # a new passphrase was set from a key backup or recovery shares

    def __init__(self, session, parent=None, *, delay_schedule: Callable[[int], float] = default_delays,
                 keyring_probe: Callable = probe_keyring):
        super().__init__(parent)
        self._session = session
        self._delays = delay_schedule
        self._failures = 0
        self._wait_left = 0.0
        self._busy = False
        self.setWindowTitle(self.tr("Unlock KP Field"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(460)

        heading = QLabel(self.tr("<b>KP Field is locked.</b> Enter your passphrase to open your reports."))
        heading.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase_edit)
        self.show_check = QCheckBox(self.tr("S&how"))
        self.show_check.setAccessibleName(self.tr("Show the passphrase"))
        self.show_check.toggled.connect(self._on_show_check_toggled)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.show_check)

        self.remember_check = QCheckBox(self.tr("&Remember on this computer"))
        self.remember_check.setAccessibleName(self.tr("Remember the key on this computer"))
        self.remember_check.setEnabled(False)
        self.remember_reason = QLabel(self.tr("Looking for a secure keyring…"))
        self.remember_reason.setWordWrap(True)
        self.remember_reason.setStyleSheet("color: palette(mid);")

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1260d;")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.wait_label = QLabel()
        self.wait_label.hide()
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setAccessibleName(self.tr("Information"))
        self.info_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Unlocking…"))
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(icon("lock"), self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.quit_button.clicked.connect(self.reject)
        # Field safety: recovering a forgotten passphrase, and deleting everything without unlocking first
        # (at a checkpoint there may be no time to unlock).
        self.recover_button = QPushButton(self.tr("Re&cover access…"))
        self.recover_button.setAccessibleName(self.tr("Recover access with a key backup or recovery shares"))
        self.recover_button.setAutoDefault(False)
        self.delete_button = QPushButton(self.tr("&Delete everything…"))
        self.delete_button.setAccessibleName(self.tr("Delete all reports on this computer"))
        self.delete_button.setToolTip(self.tr("Destroys all reports and photos on this computer. Asks once."))
        self.delete_button.setAutoDefault(False)
        self.recover_button.clicked.connect(self._on_recover_button_clicked)
        self.delete_button.clicked.connect(self.delete_requested)
        safety_row = QHBoxLayout()
        safety_row.addWidget(self.recover_button)
        safety_row.addStretch(1)
        safety_row.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.remember_reason)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        layout.addLayout(safety_row)

        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self.progress.show)
        self._wait_timer = QTimer(self, interval=100)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)
        self._set_busy(False)
        session.tasks.run_work(keyring_probe, on_done=self._on_keyring_probed,
                               on_error=lambda exc: self._on_keyring_probed(None))
        self._read_guard_state()

    # --- keyring -------------------------------------------------------------------------------------------
    def _on_keyring_probed(self, status) -> None:
        if not isValid(self):
            return  # the answer came after the dialog was closed (a remembered key unlocked meanwhile)
        usable = bool(status and status.usable)
        self.remember_check.setEnabled(usable and not self._busy)
        self.remember_check.setProperty("available", usable)
        if usable:
            self.remember_reason.hide()
        else:
            self.remember_check.setChecked(False)
            self.remember_reason.setText(self.tr("Not available: no secure keyring on this computer."))
            self.remember_reason.setToolTip(describe_keyring(status))

    @property
    def remember_available(self) -> bool:
        return bool(self.remember_check.property("available"))

    # --- remembered key at start ---------------------------------------------------------------------------
    def try_remembered(self, backend=None) -> None:
        """Try the key remembered in the keyring first (only at start: never right after the user locked)."""
        self._set_busy(True, self.tr("Trying the key remembered on this computer…"))
        self._session.unlock_remembered(backend, on_done=self._on_remembered_done,
                                        on_error=lambda exc: self._on_remembered_done(False))

    def _on_remembered_done(self, ok: bool) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        if ok:
            self.unlocked.emit(False)
            self.accept()

    # --- passphrase ----------------------------------------------------------------------------------------
    def _on_show_check_toggled(self, shown: bool) -> None:
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _on_unlock_button_clicked(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self._busy or self._wait_left > 0 or not passphrase:
            return
        self.passphrase_edit.setText("")  # must not linger in the widget (setText also drops the undo history)
        self.error_label.hide()
        self._set_busy(True, self.tr("Unlocking…"))
        self._session.unlock(passphrase, on_done=self._on_unlock_done, on_error=self._on_unlock_failed)

    def _on_unlock_done(self, _role) -> None:
        self._set_busy(False)
        self._failures = 0
        self.unlocked.emit(self.remember_check.isChecked())
        self.accept()

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(describe(exc))
        if getattr(exc, "code", None) == "wrong_passphrase":
            self._failures += 1
            self._wait_at_least(float(self._delays(self._failures)))
            self._read_guard_state()
        self.passphrase_edit.setFocus()

    def _read_guard_state(self) -> None:
        """The failures counted on disk (kpfield/safety/unlock_guard.py) survive a restart; so does their delay."""
        self._session.tasks.run_work(read_state, self._session.home, on_done=self._on_guard_state_read,
                                     on_error=lambda exc: None)

    def _on_guard_state_read(self, state) -> None:
        if isValid(self):
            self._wait_at_least(delay_for(state.failures))

    def _wait_at_least(self, seconds: float) -> None:
        if seconds <= self._wait_left:
            return
        self._wait_left = seconds
        self._set_inputs_enabled(False)
        self._update_wait_label()
        self.wait_label.show()
        self._fit()
        self._wait_timer.start()

    def _on_wait_timer_timeout(self) -> None:
        self._wait_left -= self._wait_timer.interval() / 1000
        if self._wait_left <= 0:
            self._wait_left = 0.0
            self._wait_timer.stop()
            self.wait_label.hide()
            self._set_inputs_enabled(True)
            self.passphrase_edit.setFocus()
        else:
            self._update_wait_label()

    def _update_wait_label(self) -> None:
        seconds = max(1, round(self._wait_left))
        self.wait_label.setText(self.tr("You can try again in {seconds} s.").format(seconds=seconds))

    @property
    def failures(self) -> int:
        return self._failures

    @property
    def waiting(self) -> bool:
        """True while the delay after a wrong passphrase runs (unlocking is refused meanwhile)."""
        return self._wait_left > 0

    # --- recovery ------------------------------------------------------------------------------------------
    def _on_recover_button_clicked(self) -> None:
        from ui.recover_dialog import RecoverDialog

        dialog = RecoverDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recovered.connect(self._on_recover_dialog_recovered)
        self.recover_dialog = dialog
        dialog.open()

    def _on_recover_dialog_recovered(self) -> None:
        self.error_label.hide()
        self.info_label.setText(self.tr("Access recovered. Unlock with your new passphrase."))
        self.info_label.show()
        self.passphrase_edit.setFocus()
        self.recovered.emit()

    # --- state ---------------------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.info_label.hide()
        self.error_label.setText(text)
        self.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """Grow at once to show a wrapped message whole (a window does not follow its labels' wrapped height)."""
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        # Deleting stays possible during the wait after a wrong passphrase, never while the store thread unlocks.
        self.delete_button.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)
        self._set_inputs_enabled(not busy and self._wait_left <= 0)
        if busy:
            self.progress.setFormat(message)
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
            self.progress.hide()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        self.passphrase_edit.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)
        self.remember_check.setEnabled(enabled and self.remember_available)
        if enabled:
            self.passphrase_edit.setFocus()

    def reject(self) -> None:
        if not self._busy:  # closing while the store thread unlocks would leave an open store behind a dialog
            super().reject()
