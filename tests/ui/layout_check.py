"""Finds clipped text: every visible label and button of a window whose text does not fit where it is shown.

A widget is clipped when its text needs more room than its geometry gives it (its minimum size hint, or the
height its wrapped text needs at its width), or when one of its ancestors cuts it off on the right or left (a
scroll area without a horizontal scroll bar, a splitter pane narrower than what it holds). Clipping from above or
below inside a vertical scroll area is scrolling, not clipping. Labels that elide their text (``…``) pass only if
they carry the full text in their tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollArea, QWidget


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""


def _scrolls_vertically(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractScrollArea)


def _cut_by_ancestor(widget: QWidget, root: QWidget) -> str:
    """Whether an ancestor (up to ``root``) cuts ``widget`` off sideways (or, outside scroll areas, vertically)."""
    child, parent = widget, widget.parentWidget()
    in_scroll = False
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) or isinstance(parent, QAbstractScrollArea):
            in_scroll = True
        top_left = widget.mapTo(parent, QPoint(0, 0))
        if top_left.x() < -1 or top_left.x() + widget.width() > parent.width() + 1:
            return f"cut sideways by {type(parent).__name__} {parent.objectName()!r} ({parent.width()} px wide)"
        if not in_scroll and (top_left.y() < -1 or top_left.y() + widget.height() > parent.height() + 1):
            return f"cut vertically by {type(parent).__name__} {parent.objectName()!r}"
        if parent is root:
            break
        child, parent = parent, parent.parentWidget()
    return ""


def clipped(root: QWidget) -> list[str]:
    """Descriptions of every visible label or button under ``root`` whose text is cut off."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(root):
            continue
        if not widget.isVisible() or not _text(widget).strip():
            continue
        text = _text(widget).replace("\n", " / ")[:60]
        name = f"{type(widget).__name__} {text!r}"
        shown = widget.shown_text() if hasattr(widget, "shown_text") else widget.text()
        if shown != widget.text() and not (widget.toolTip() or widget.parentWidget().toolTip()):
            problems.append(f"{name}: elided without the full text in a tooltip")
        hint = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if widget.width() + 1 < hint.width():
                problems.append(f"{name}: {widget.width()} px wide, its longest word needs {hint.width()}")
            elif needed_height > widget.height() + 1:
                problems.append(f"{name}: {widget.height()} px high, its wrapped text needs {needed_height}")
        elif widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            problems.append(f"{name}: {widget.width()}×{widget.height()} px, needs {hint.width()}×{hint.height()}")
        cut = _cut_by_ancestor(widget, root)
        if cut:
            problems.append(f"{name}: {cut}")
    return problems


def scroll_areas_fit(root: QWidget) -> list[str]:
    """Scroll areas without a horizontal scroll bar whose content is wider than what they show."""
    problems = []
    for area in root.findChildren(QScrollArea):
        if not area.isVisible() or area.widget() is None:
            continue
        if area.widget().width() > area.viewport().width() + 1:
            problems.append(f"{area.accessibleName() or area.objectName()!r}: content {area.widget().width()} px "
                            f"in a view {area.viewport().width()} px wide")
    return problems
