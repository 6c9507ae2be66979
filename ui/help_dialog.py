"""Help → User guide (F1) and Help → About KP Field (Ctrl+F1).

The guide shows the documentation shipped with the app (README and ``docs/*.md``), read from local files inside
KP Field: nothing is fetched, no browser opens, and web links are shown, never followed. About names the version,
the licence and where this profile's data lives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QTextBrowser, QVBoxLayout,
)

import kpfield
from kpfield.paths import resources_dir

LICENCE = "GNU AGPL-3.0-or-later"
GUIDE_ORDER = ("README.md", "COORDINATOR.md", "MAP.md", "CHARTS.md", "EXPORTS.md", "CLI.md", "THREAT_MODEL.md")


def docs_files() -> list[Path]:
    """The shipped documentation: ``resources/docs`` in an installed app, else the checkout's README and docs."""
    for folder in (resources_dir() / "docs", resources_dir().parent / "docs"):
        if folder.is_dir():
            files = sorted(folder.glob("*.md"))
            readme = folder.parent / "README.md" if folder.name == "docs" else folder / "README.md"
            if readme.is_file() and readme not in files:
                files.insert(0, readme)
            order = {name: i for i, name in enumerate(GUIDE_ORDER)}
            return sorted(files, key=lambda p: (order.get(p.name, len(order)), p.name))
    return []


class GuideBrowser(QTextBrowser):
    """Shows local Markdown files; links to other local files open here, web links are never followed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.refused: list[str] = []

    def show_file(self, path: Path) -> None:
        self.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override: local files only
        if url.scheme() not in ("", "file"):
            return None
        return super().loadResource(kind, url)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.isLocalFile() or url.scheme() == "":
            target = Path(url.toLocalFile()) if url.isLocalFile() else None
            if target is not None and target.suffix == ".md" and target.is_file():
                self.show_file(target)
            elif url.hasFragment() and not url.path():
                self.scrollToAnchor(url.fragment())
            return
        self.refused.append(url.toString())  # a web address: KP Field opens nothing on the network
        self.setToolTip(self.tr("Web links are not opened from KP Field: {url}").format(url=url.toString()))


class GuideDialog(QDialog):
    """The user guide: the shipped documents on the left, the chosen one on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("KP Field — User guide"))
        self.resize(980, 700)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Documents"))
        self.files.setMaximumWidth(220)
        self.browser = GuideBrowser()
        self.browser.setAccessibleName(self.tr("Document"))
        for path in docs_files():
            item = QListWidgetItem(path.stem.replace("_", " ").title() if path.name != "README.md"
                                   else self.tr("Getting started"))
            item.setData(256, str(path))
            self.files.addItem(item)
        self.files.currentItemChanged.connect(
            lambda item, _old: item is not None and self.browser.show_file(Path(item.data(256))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.files)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        if not self.files.count():
            layout.addWidget(QLabel(self.tr("The documentation is not installed with this copy of KP Field.")))
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        if self.files.count():
            self.files.setCurrentRow(0)


def about_text(home: Path) -> str:
    translate = QCoreApplication.translate
    return translate("HelpMenu", "<h3>KP Field {version}</h3><p>Secure offline documentation of incidents in "
                                 "mining areas.</p><p>Licence: {licence}.</p><p>This profile's reports, photos and "
                                 "keys are stored encrypted in:<br><code>{home}</code></p><p>The window layout and "
                                 "the language are kept in this computer's settings for KP Field; never report "
                                 "content.</p>").format(version=kpfield.__version__, licence=LICENCE,
                                                        home=str(home).replace("&", "&amp;").replace("<", "&lt;"))


def attach_help(window: QMainWindow, home: Path) -> None:
    """Add the Help menu (last in the menu bar) with the user guide and About."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    menu.setObjectName("help_menu")

    def add(text: str, shortcut: str, tip: str, slot) -> QAction:
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        window.addAction(action)
        menu.addAction(action)
        return action

    def open_guide() -> None:
        dialog = GuideDialog(window)
        window.guide_dialog = dialog
        dialog.open()

    def open_about() -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("HelpMenu", "About KP Field"), about_text(home),
                          QMessageBox.StandardButton.Ok, window)
        window.about_box = box
        box.open()

    window.guide_action = add(translate("HelpMenu", "&User guide"), "F1",
                              translate("HelpMenu", "The documentation shipped with KP Field"), open_guide)
    window.about_action = add(translate("HelpMenu", "&About KP Field"), "Ctrl+F1",
                              translate("HelpMenu", "Version, licence and where the data lives"), open_about)
