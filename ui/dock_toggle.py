"""Showing and hiding the feature docks (map, charts) from one key each, and keeping them out of each other's way.

Each dock's action toggles it: shown and in front, the key hides it; hidden, or behind the other dock's tab, the
key brings it to the front. Docks added with :func:`share_space` are tabbed together the first time, so that
opening the map and the charts at once gives one pane with two tabs instead of crushing the list and the details.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow


def toggle_action(window: QMainWindow, dock: QDockWidget, text: str, shortcut: str, tip: str,
                  on_shown: Callable[[], None] | None = None) -> QAction:
    """A checkable action (in the window, so that its shortcut works anywhere in it) that toggles ``dock``."""
    action = QAction(text, window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip)

    def toggle() -> None:
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.hide()
        else:
            dock.show()
            dock.raise_()  # in front of the other dock's tab
            if on_shown is not None:
                on_shown()
        action.setChecked(not dock.isHidden())

    action.triggered.connect(lambda _checked=False: toggle())
    dock.toggleViewAction().toggled.connect(action.setChecked)  # closed with its own button, restored state
    action.setChecked(not dock.isHidden())
    window.addAction(action)
    return action


def share_space(window: QMainWindow, first: QDockWidget, second: QDockWidget) -> None:
    """Tab ``second`` with ``first`` (where ``first`` is): opened together they share one pane."""
    window.tabifyDockWidget(first, second)
