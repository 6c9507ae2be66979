"""The KP Field desktop GUI (PySide6). All store, Pillow, crypto and network work runs off the GUI thread."""

from ui.pyside_compat import protect_singletons

# Before any Qt call, whichever ui module is imported first (see ui/pyside_compat.py: PySide6 6.12.0 is excluded
# in pyproject.toml, this keeps a stray install of it from aborting a long session).
protect_singletons()
