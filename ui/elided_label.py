"""A label for long unbreakable text (hashes, device ids, file names): each line elided in the middle to the width
it gets, the full text in its tooltip, and "Copy" in its context menu for the full text.

A plain word-wrapping label cannot break a 64-character hash: it widens the whole pane instead, and a scroll area
without a horizontal scroll bar then cuts everything in it off on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy

MIN_CHARS = 16  # never narrower than this many characters: enough to recognise the start and end of a hash


class ElidedLabel(QLabel):
    """Shows ``text`` line by line, each elided in the middle (``abcd…wxyz``; ``mode``: elsewhere) when the label
    is too narrow.

    :meth:`text` returns the full text (what was set); the label draws the elided form. Plain text only.
    """

    def __init__(self, accessible: str = "", parent=None, *, mode=Qt.TextElideMode.ElideMiddle):
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(self.tr("Copy"), self)
        self.copy_action.triggered.connect(self._copy)
        self.addAction(self.copy_action)
        if accessible:
            self.setAccessibleName(accessible)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._full = text or ""
        self.setToolTip(self._full)
        self.setAccessibleDescription(self._full)
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What the label draws now (elided where needed)."""
        return super().text()

    def clear(self) -> None:
        self.setText("")

    def _copy(self) -> None:
        if self._full:
            QGuiApplication.clipboard().setText(self._full)  # the clipboard guard clears it after a while

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(1, self.contentsRect().width() - 2 * self.margin())
        lines = [metrics.elidedText(line, self._mode, width) for line in self._full.split("\n")]
        super().setText("\n".join(lines))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        lines = max(1, len(self._full.split("\n")))
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("x" * MIN_CHARS), metrics.lineSpacing() * lines)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        lines = self._full.split("\n")
        width = max((metrics.horizontalAdvance(line) for line in lines), default=0) + 2 * self.margin()
        return QSize(width, metrics.lineSpacing() * max(1, len(lines)) + 2 * self.margin())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._elide()
