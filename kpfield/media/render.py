"""Resizing and orienting decoded images; the expensive resampling runs on two threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

# Pillow orientation fixes, indexed by EXIF orientation (1 = already upright).
_TRANSPOSE = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}

_POOL_PREFIX = "kpfield-media"
_executor_lock = threading.Lock()
_executor: list[ThreadPoolExecutor] = []


def executor() -> ThreadPoolExecutor:
    """One small pool for the C-level work (resize, encode, hash) that releases the GIL and can overlap."""
    with _executor_lock:
        if not _executor:
            _executor.append(ThreadPoolExecutor(max_workers=2, thread_name_prefix=_POOL_PREFIX))
        return _executor[0]


def fit(image: Image.Image, max_px: int, resample: Image.Resampling) -> Image.Image:
    """A new image with the long edge at most ``max_px``, aspect kept (``image`` itself if already small)."""
    width, height = image.size
    if max(width, height) <= max_px:
        return image
    ratio = max_px / max(width, height)
    size = (max(1, min(max_px, round(width * ratio))), max(1, min(max_px, round(height * ratio))))
    # Like Pillow's reducing_gap=3: shrink by an integer factor first when the ratio is large (cheap box
    # average), leaving at least a 3x step for the real filter.
    factor = int(1 / ratio / 3)
    if factor >= 2:
        image = image.reduce(factor)
    return _resize_in_bands(image, size, resample)


def _resize_in_bands(image: Image.Image, size: tuple[int, int], resample: Image.Resampling) -> Image.Image:
    """Resize in two horizontal bands on two threads (Pillow releases the GIL while resampling).

    Each band is resampled with ``box`` on the *whole* source, so the filter reads across the seam and the
    result matches a one-piece resize (to within 1 level of rounding).
    """
    width, height = size
    # Small jobs are not worth a thread; and a pool worker must not wait on its own pool (deadlock).
    if width * height < 500_000 or height < 64 or threading.current_thread().name.startswith(_POOL_PREFIX):
        return image.resize(size, resample)
    src_w, src_h = image.size
    half = height // 2

    def band(top: int, bottom: int) -> Image.Image:
        box = (0, top * src_h / height, src_w, bottom * src_h / height)
        return image.resize((width, bottom - top), resample, box=box)

    upper = executor().submit(band, 0, half)
    lower = band(half, height)
    result = Image.new(image.mode, size)
    result.paste(upper.result(), (0, 0))
    result.paste(lower, (0, half))
    return result


def orient(image: Image.Image, orientation: int) -> Image.Image:
    """Rotate/flip an image from its stored orientation to the way it should be seen."""
    for step in _TRANSPOSE.get(orientation, ()):
        image = image.transpose(step)
    return image
