"""How one received report was verified: the overall result, where it came from, each check, consistency hints.

Shown at the top of the coordinator's review panel. Check details come from the core in plain words (which
envelope is missing, repeated or forked; when a device was revoked); they are shown as plain text, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ui.elided_label import ElidedLabel
from ui.errors import describe_check, describe_part
from ui.report_table_model import QUARANTINED_COLOUR, VERIFIED_COLOUR, verification_icon

CHECK_ORDER = ("envelope", "signature", "photos", "receipt", "device", "chain")
_CHECKS = {"envelope": QT_TRANSLATE_NOOP("VerificationView", "Envelope"),
           "signature": QT_TRANSLATE_NOOP("VerificationView", "Device signature"),
           "photos": QT_TRANSLATE_NOOP("VerificationView", "Photos (SHA-256)"),
           "receipt": QT_TRANSLATE_NOOP("VerificationView", "Server receipt"),
           "device": QT_TRANSLATE_NOOP("VerificationView", "Device trusted (not revoked)"),
           "chain": QT_TRANSLATE_NOOP("VerificationView", "Device chain (missing, repeated, forked)"),
           "owner": QT_TRANSLATE_NOOP("VerificationView", "Report owner (the device that first sent it verified)")}
HINT_COLOUR = "#8a5a00"


def check_label(name: str) -> str:
    """The translated name of a verification check."""
    return QCoreApplication.translate("VerificationView", _CHECKS[name]) if name in _CHECKS else name


def check_reasons(checks: dict) -> list[str]:
    """Each failed check as "<check name>: <what is wrong>", translated."""
    names = [n for n in CHECK_ORDER if n in checks] + [n for n in checks if n not in CHECK_ORDER]
    return [f"{check_label(n)}: {describe_check(checks[n])}" for n in names if not checks[n].get("ok")]


def hint_lines(received: dict) -> list[str]:
    """The consistency hints of a received envelope, translated."""
    return [describe_part(h) for h in received.get("hint_items", received.get("hints")) or []]


def selectable_label(accessible: str = "") -> QLabel:
    """A wrapping plain-text label the user can select and copy (hashes, ids)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                  Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if accessible:
        label.setAccessibleName(accessible)
    return label


class VerificationView(QWidget):
    """The banner (verified / in quarantine with reasons), the origin, one row per check, and the hints."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.banner = selectable_label(self.tr("Verification result"))
        self.origin_label = ElidedLabel(self.tr("Received from"))  # hashes and ids: elided, whole in the tooltip
        checks = QGroupBox(self.tr("Verification"))
        grid = QGridLayout(checks)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(8)
        self.check_icons, self.check_details = {}, {}
        self.photo_hashes = ElidedLabel(self.tr("Photo SHA-256 hashes"))
        self.photo_hashes.setStyleSheet("font-family: monospace; font-size: 8pt; color: palette(dark);")
        for row, name in enumerate(CHECK_ORDER):
            icon_label, title = QLabel(), QLabel(check_label(name))
            title.setStyleSheet("font-weight: 600;")
            title.setWordWrap(True)
            detail = selectable_label(check_label(name))
            stack = QVBoxLayout()
            stack.setSpacing(1)
            stack.addWidget(title)
            stack.addWidget(detail)
            if name == "photos":
                stack.addWidget(self.photo_hashes)
            grid.addWidget(icon_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(stack, row, 1)
            self.check_icons[name], self.check_details[name] = icon_label, detail
        self.hints_box = QGroupBox(self.tr("Consistency hints (places to look, not proof)"))
        self.hints_label = selectable_label(self.tr("Consistency hints"))
        QVBoxLayout(self.hints_box).addWidget(self.hints_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.banner, self.origin_label, checks, self.hints_box):
            layout.addWidget(widget)

    def show_received(self, received: dict, device: dict) -> None:
        """Show a ``received_report()`` result; ``device`` is the sender's known-device record."""
        checks = received["verification"]
        for name in CHECK_ORDER:
            check = checks.get(name)
            if check is None:
                self.check_icons[name].clear()
                self.check_details[name].setText(self.tr("not checked (the envelope could not be opened)"))
                continue
            self.check_icons[name].setPixmap(verification_icon(check["ok"]).pixmap(16, 16))
            self.check_details[name].setText(describe_check(check))
            self.check_details[name].setStyleSheet("" if check["ok"] else f"color: {QUARANTINED_COLOUR.name()};")
        self.photo_hashes.setText("\n".join(f"{p.get('name') or p.get('id')}  {p.get('sha256', '')}"
                                            for p in received.get("photo_meta") or []))
        ok = received["status"] == "verified"
        if ok:
            text = self.tr("✔ Verified: every check passed for version {version}.").format(
                version=received["version"])
        else:
            text = self.tr("⚠ In quarantine: version {version} failed a check. It is kept, never mixed with "
                           "verified reports:\n{reasons}").format(version=received["version"],
                                                                 reasons="\n".join(check_reasons(checks)))
        self.banner.setText(text)
        colour = VERIFIED_COLOUR if ok else QUARANTINED_COLOUR
        self.banner.setStyleSheet(f"background: {colour.name()}; color: white; padding: 6px; font-weight: 600;")
        monitor = device.get("label") or self.tr("unnamed monitor")
        if device.get("revoked_at"):
            monitor = self.tr("{monitor}, revoked").format(monitor=monitor)
        self.origin_label.setText(self.tr(
            "From {monitor} (device {device})\nReport {report}\nEnvelope {seq}: {sha}").format(
            report=received["report_id"], monitor=monitor, device=received["device_id"],
            seq=received.get("seq") or "?", sha=received["envelope_sha256"]))
        if device.get("fingerprint"):
            self.origin_label.setText(self.origin_label.text() + "\n" + self.tr(
                "Device fingerprint {fingerprint}").format(fingerprint=device["fingerprint"]))
        hints = hint_lines(received)
        self.hints_label.setText("\n".join(f"• {h}" for h in hints) if hints else self.tr("None."))
        self.hints_box.setStyleSheet(f"QGroupBox {{ color: {HINT_COLOUR}; }}" if hints else "")

    def clear(self) -> None:
        for label in (self.banner, self.origin_label, self.photo_hashes, self.hints_label,
                      *self.check_details.values(), *self.check_icons.values()):
            label.clear()
        self.banner.setStyleSheet("")
