"""How a frozen (read-only) field looks: greyed like the window around it, with a dashed border, so that a field
that ignores typing never looks like one that accepts it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_READ_ONLY = ('QLineEdit[readOnly="true"]', 'QPlainTextEdit[readOnly="true"]', 'QTextEdit[readOnly="true"]',
              'QAbstractSpinBox[readOnly="true"]')
FROZEN_STYLE = (", ".join(_READ_ONLY)
                + " { background-color: palette(window); color: palette(window-text); border: 1px dashed palette(mid);"
                  " border-radius: 2px; padding: 1px; }")


def show_frozen(root: QWidget | None) -> None:
    """Re-apply the style under ``root`` after read-only flags changed (Qt does not re-match property selectors)."""
    if root is None:
        return
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.update()
