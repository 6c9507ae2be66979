"""Local handling of Pillow's warnings, without changing the process's warning filters for anyone else.

``warnings.catch_warnings`` swaps process-global state (before Python 3.14): two threads entering and leaving
such blocks interleaved could leave a changed filter behind.  Every block here holds one lock, so the change
lives exactly as long as the block, at the price of running these blocks one at a time.
"""

from __future__ import annotations

import threading
import warnings
from contextlib import contextmanager

from PIL import Image

_lock = threading.RLock()


@contextmanager
def bomb_warnings_as_errors():
    """Inside the block, Pillow's DecompressionBombWarning raises; other warnings are dropped."""
    with _lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)  # inserted first: takes precedence
        yield


@contextmanager
def warnings_swallowed():
    """Inside the block, warnings are recorded and dropped (e.g. Pillow's "Corrupt EXIF data" for odd files,
    which would otherwise be printed on stderr for every such photo)."""
    with _lock, warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        yield
