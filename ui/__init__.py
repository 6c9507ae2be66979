"""The KP Field desktop GUI (PySide6). All store, Pillow, crypto and network work runs off the GUI thread."""
