"""Tools → Devices: the enrolled devices, their fingerprints and standing; certify or revoke with the org key.

Certifying is the moment a key becomes trusted by every device of the organisation, so the dialog asks for the
fingerprint the device's owner reads aloud and the core refuses (nothing signed) when it differs from the keys the
server holds. Network and store work run on the store thread (``Session.op``); the GUI never waits on them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ui.errors import describe


class DevicesDialog(QDialog):
    """The organisation's devices (coordinators holding the organisation key may certify and revoke)."""

    def __init__(self, session, parent=None, *, client_options: dict | None = None):
        super().__init__(parent)
        self._session = session
        self._options = client_options
        self._devices: list[dict] = []
        self._pending: str | None = None  # said once the list is reloaded after a certification or revocation
        self.setWindowTitle(self.tr("Devices"))
        self.resize(900, 480)
        intro = QLabel(self.tr("Only devices certified with the organisation key can read reports or send to "
                               "coordinators. Certify a device only after its owner has read its fingerprint "
                               "to you, in person or by phone."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Standing"),
                                              self.tr("Fingerprint")])
        self.table.setAccessibleName(self.tr("Enrolled devices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setPlaceholderText("ABCD-EFGH-…")
        self.fingerprint_edit.setAccessibleName(self.tr("Fingerprint read aloud by the device's owner"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for revoking"))
        self.certify_button = QPushButton(self.tr("&Certify…"))
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        form = QFormLayout()
        form.addRow(self.tr("&Fingerprint read aloud:"), self.fingerprint_edit)
        form.addRow(self.tr("Reason to &revoke:"), self.reason_edit)
        row = QHBoxLayout()
        row.addWidget(self.certify_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.certify_button.clicked.connect(self._on_certify_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self._set_actions(False)
        self.reload()

    @property
    def devices(self) -> list[dict]:
        return list(self._devices)

    def reload(self) -> None:
        from kpfield.coordinator.org import device_list, holds_org_key

        options = self._options
        self._say(self.tr("Fetching the device list…"))
        self._session.op(lambda p: (device_list(p, options), holds_org_key(p)), on_done=self._on_loaded,
                         on_error=self._on_failed)

    def _standing(self, code: str) -> str:
        return {"certified": self.tr("Certified"), "uncertified": self.tr("Not certified"),
                "revoked": self.tr("Revoked"), "wrong_org": self.tr("Another organisation's certificate"),
                "bad_signature": self.tr("Certificate not valid")}.get(code, code)

    def _on_loaded(self, result) -> None:
        devices, holds = result
        self._devices = devices
        self.table.setRowCount(len(devices))
        for row, d in enumerate(devices):
            role = self.tr("Coordinator") if d["role"] == "coordinator" else self.tr("Monitor")
            values = (d["label"] or d["device_id"], role, self._standing(d["standing"]), d["fingerprint"])
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, d["device_id"])
                self.table.setItem(row, column, item)
        self._set_actions(holds)
        self._say("" if holds else self.tr("This profile does not hold the organisation key: it can list devices "
                                           "but not certify or revoke them."))

    def _on_failed(self, exc) -> None:
        self._say(describe(exc), error=True)

    def _set_actions(self, on: bool) -> None:
        for widget in (self.certify_button, self.revoke_button, self.fingerprint_edit, self.reason_edit):
            widget.setEnabled(on)

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        return self._devices[row]["device_id"] if 0 <= row < len(self._devices) else None

    def _on_certify_button_clicked(self) -> None:
        from kpfield.coordinator.org import certify_device

        device_id, fingerprint, options = self._selected(), self.fingerprint_edit.text(), self._options
        if device_id is None or not fingerprint.strip():
            self._say(self.tr("Choose a device and type the fingerprint its owner reads to you."), error=True)
            return
        self._say(self.tr("Certifying…"))
        self._session.op(lambda p: certify_device(p, device_id, fingerprint, client_options=options),
                         on_done=lambda _r: self._done(self.tr("Certified.")), on_error=self._on_failed)

    def _on_revoke_button_clicked(self) -> None:
        from kpfield.coordinator.org import revoke_device

        device_id, reason, options = self._selected(), self.reason_edit.text().strip(), self._options
        if device_id is None or not reason:
            self._say(self.tr("Choose a device and give the reason for revoking it."), error=True)
            return
        self._say(self.tr("Revoking…"))
        self._session.op(lambda p: revoke_device(p, device_id, reason, client_options=options),
                         on_done=lambda _r: self._done(self.tr("Revoked. Every device stops trusting it at its "
                                                               "next sync.")), on_error=self._on_failed)

    def _done(self, text: str) -> None:
        self.fingerprint_edit.clear()
        self.reason_edit.clear()
        self._pending = text
        self.reload()

    def _say(self, text: str, *, error: bool = False) -> None:
        if self._pending and not error and not text:
            text, self._pending = self._pending, None
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
