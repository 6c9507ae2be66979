"""The settings dialog: auto-lock, remember on this computer, units, coordinate format, GPS device, language.

Values live in the encrypted store (they can be sensitive); the dialog reads and writes them on the store thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout,
)

from kpfield.store.keyring_support import keyring_status
from ui import i18n
from ui.errors import describe, describe_keyring

KEYS = ("auto_lock_minutes", "units", "coordinate_format", "gps_device", "language")


def list_serial_ports() -> list[str]:
    """Serial devices a GPS receiver may be on (pyserial; run on the worker pool)."""
    from serial.tools import list_ports

    return sorted(port.device for port in list_ports.comports())


class SettingsDialog(QDialog):
    """Edit the profile's settings; emits :attr:`saved` with the new values once they are stored."""

    saved = Signal(dict)

    def __init__(self, session, parent=None, *, keyring_probe: Callable = keyring_status,
                 port_lister: Callable = list_serial_ports, keyring_backend=None):
        super().__init__(parent)
        self._session = session
        self._backend = keyring_backend
        self._loaded: dict = {}
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(540)

        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setRange(1, 240)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.remember_check = QCheckBox(self.tr("Re&member on this computer"))
        self.remember_check.setToolTip(self.tr(
            "KP Field then opens without the passphrase: the key is kept in the system keyring."))
        self.remember_check.setAccessibleName(self.tr("Remember the key on this computer"))
        self.remember_check.setEnabled(False)
        self.remember_reason = QLabel(self.tr("Looking for a secure keyring…"))
        self.remember_reason.setWordWrap(True)
        self.remember_reason.setStyleSheet("color: palette(mid);")
        self.units_combo = QComboBox()
        self.units_combo.addItem(self.tr("Metric (m, km)"), "metric")
        self.units_combo.addItem(self.tr("Imperial (ft, mi)"), "imperial")
        self.units_combo.setAccessibleName(self.tr("Units"))
        self.coordinates_combo = QComboBox()
        self.coordinates_combo.addItem(self.tr("Decimal degrees (17.647800° S)"), "decimal")
        self.coordinates_combo.addItem(self.tr("Degrees, minutes, seconds (17°38'52.1\"S)"), "dms")
        self.coordinates_combo.addItem(self.tr("Degrees and minutes (S17 38.868)"), "dm")
        self.coordinates_combo.setAccessibleName(self.tr("Coordinate format"))
        self.gps_combo = QComboBox()
        self.gps_combo.setEditable(True)
        self.gps_combo.setAccessibleName(self.tr("GPS device"))
        self.gps_combo.lineEdit().setPlaceholderText(self.tr("None (for example /dev/ttyUSB0 or COM3)"))
        self.language_combo = QComboBox()
        # Say which language "the system's" is: "System language" alone read as wrong in an app shown in French.
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language_combo.addItem(self.tr("System language ({language})").format(language=system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Language"))
        language_note = QLabel(self.tr("A new language applies the next time KP Field starts."))
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: palette(mid);")

        form = QFormLayout()
        form.addRow(self.tr("&Lock after idle:"), self.auto_lock_spin)
        form.addRow("", self.remember_check)
        form.addRow("", self.remember_reason)
        form.addRow(self.tr("&Units:"), self.units_combo)
        form.addRow(self.tr("&Coordinates:"), self.coordinates_combo)
        form.addRow(self.tr("&GPS device:"), self.gps_combo)
        form.addRow(self.tr("L&anguage:"), self.language_combo)
        form.addRow("", language_note)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1260d;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)  # until loaded
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        session.op(lambda profile: profile.settings.all(), on_done=self._on_settings_loaded,
                   on_error=self._on_error)
        session.tasks.run_work(keyring_probe, on_done=self._on_keyring_probed,
                               on_error=lambda exc: self._on_keyring_probed(None))
        session.tasks.run_work(port_lister, on_done=self._on_ports_listed, on_error=lambda exc: None)

    def _on_settings_loaded(self, values: dict) -> None:
        if not isValid(self):
            return  # closed (or locked away) before the answer came
        self._loaded = values
        self.auto_lock_spin.setValue(int(values.get("auto_lock_minutes") or 5))
        self.remember_check.setChecked(bool(values.get("remember_key")))
        self._select(self.units_combo, values.get("units"))
        self._select(self.coordinates_combo, values.get("coordinate_format"))
        self.gps_combo.setCurrentText(values.get("gps_device") or "")
        language = values.get("language") or ""
        if not language and i18n.current_language() != i18n.system_language():
            language = i18n.current_language()  # chosen before unlocking (first run, unlock dialog): show it
        self._select(self.language_combo, language)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _on_keyring_probed(self, status) -> None:
        if not isValid(self):
            return  # closed (or locked away) before the answer came
        usable = bool(status and status.usable)
        self.remember_check.setEnabled(usable)
        if usable:
            self.remember_reason.hide()
        else:
            self.remember_reason.setText(self.tr("Not available: no secure keyring on this computer."))
            self.remember_reason.setToolTip(describe_keyring(status))

    def _on_ports_listed(self, ports: list[str]) -> None:
        if not isValid(self):
            return  # closed (or locked away) before the answer came
        current = self.gps_combo.currentText()
        for port in ports:
            if self.gps_combo.findText(port) < 0:
                self.gps_combo.addItem(port)
        self.gps_combo.setCurrentText(current)

    def values(self) -> dict:
        """The settings as the widgets show them."""
        return {
            "auto_lock_minutes": self.auto_lock_spin.value(),
            "units": self.units_combo.currentData(),
            "coordinate_format": self.coordinates_combo.currentData(),
            "gps_device": self.gps_combo.currentText().strip(),
            "language": self.language_combo.currentData() or "",
        }

    def _on_buttons_accepted(self) -> None:
        values = self.values()
        remember = self.remember_check.isChecked() if self.remember_check.isEnabled() else None
        was_remembered = bool(self._loaded.get("remember_key"))
        backend = self._backend

        def work(profile):
            with profile.db.atomic():
                for key, value in values.items():
                    profile.settings.set(key, value)
            if remember is True and not was_remembered:
                profile.remember(backend)
            elif remember is False and was_remembered:
                profile.forget(backend)
            return profile.settings.all()

        self.buttons.setEnabled(False)
        self._session.op(work, changes="settings", on_done=self._on_saved, on_error=self._on_error)

    def _on_saved(self, values: dict) -> None:
        self.saved.emit(values)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if not isValid(self):
            return  # closed (or locked away) before the answer came
        self.buttons.setEnabled(True)
        self.error_label.setText(describe(exc))
        self.error_label.show()
