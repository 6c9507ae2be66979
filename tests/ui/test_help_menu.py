"""Help → User guide shows the shipped documents from local files (web links never followed); About names the
version, the licence and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from ui_helpers import unlock

import kpfield


def test_guide_and_about(qtbot, make_profile, make_app, home):
    make_profile()
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    menus = [a.menu().objectName() for a in window.menuBar().actions()]
    assert menus[-1] == "help_menu"
    assert window.guide_action.shortcut().toString() == "F1"

    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_box.isVisible())
    text = window.about_box.text()
    assert kpfield.__version__ in text and "AGPL" in text and str(home) in text
    window.about_box.accept()

    window.guide_action.trigger()
    dialog = window.guide_dialog
    qtbot.waitUntil(dialog.isVisible)
    names = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert names[0] == "Getting started" and "Coordinator" in names
    assert "KP Field" in dialog.browser.toPlainText()
    assert dialog.browser.source().isLocalFile()
    dialog.files.setCurrentRow(names.index("Coordinator"))
    assert dialog.browser.source().fileName() == "COORDINATOR.md"
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/tracker"))  # a web link: refused, shown only
    assert dialog.browser.refused == ["https://example.org/tracker"]
    assert dialog.browser.source().fileName() == "COORDINATOR.md"
    assert dialog.browser.loadResource(2, QUrl("https://example.org/pixel.png")) is None
    dialog.reject()
