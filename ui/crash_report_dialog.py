"""After a native crash: offer, once, to show the crash trace the last run left (see kpfield/crash_trace.py).

The trace holds file names, line numbers and function names only (never report content); it is shown read-only
with a button to copy it, so that the user can send it to whoever supports their KP Field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)


class CrashReportDialog(QDialog):
    """The trace, read-only, with "Copy" and "Close"."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crash_report_dialog")
        self.setWindowTitle(self.tr("Crash report — KP Field"))
        self.resize(760, 520)
        intro = QLabel(self.tr(
            "Where KP Field was when it closed: file names, line numbers and function names. It contains nothing "
            "you wrote. You can copy it and send it to the people who support KP Field for you."), self)
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setReadOnly(True)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setPlainText(text)
        self.text_edit.setAccessibleName(self.tr("Crash report"))
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the crash report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text_edit.toPlainText())


class CrashOffer:
    """The question "Show the crash report?" and, if the user says yes, the report itself (parentless windows,
    kept here until closed)."""

    def __init__(self, text: str):
        self._text = text
        self.dialog: CrashReportDialog | None = None
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CrashOffer", "KP Field"),
                          QCoreApplication.translate(
                              "CrashOffer", "KP Field closed unexpectedly last time. Show the crash report?"),
                          QMessageBox.StandardButton.NoButton)
        box.setObjectName("crash_offer")
        self.show_button = box.addButton(QCoreApplication.translate("CrashOffer", "&Show"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.dismiss_button = box.addButton(QCoreApplication.translate("CrashOffer", "&Not now"),
                                            QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.show_button)
        box.setEscapeButton(self.dismiss_button)
        box.setWindowModality(Qt.WindowModality.NonModal)  # never in the way of unlocking
        box.finished.connect(self._on_box_finished)
        self.box: QMessageBox | None = box

    def show(self) -> None:
        if self.box is not None:
            self.box.show()
            self.box.raise_()

    def _on_box_finished(self, _result) -> None:
        box, self.box = self.box, None
        if box is None:
            return
        wanted = box.clickedButton() is self.show_button
        box.deleteLater()
        if wanted:
            self.dialog = CrashReportDialog(self._text)
            self.dialog.finished.connect(self._on_dialog_finished)
            self.dialog.show()
            self.dialog.raise_()

    def _on_dialog_finished(self, _result) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
