"""Where file dialogs start: never the program's working directory (a checkout, a USB stick, somewhere odd).

Photos start in the folder last used for photos, remembered inside the encrypted store (a folder's name can say
where a monitor was), or else in the user's Pictures folder. Other files start in the home folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

PHOTO_FOLDER_KEY = "last_photo_folder"  # in the encrypted store's settings, never in QSettings


def pictures_folder() -> str:
    """The user's Pictures folder when it exists, else the home folder."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


def home_folder() -> str:
    return str(Path.home())


def photo_start_folder(remembered) -> str:
    """The remembered photo folder if it still exists, else Pictures."""
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return remembered
    return pictures_folder()
