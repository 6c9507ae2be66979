"""Photo handling for KP Field: validation, EXIF facts, upright thumbnails/previews and metadata-free copies."""

from kpfield.media.decode import MAX_PIXELS
from kpfield.media.photos import (PREVIEW_PX, THUMBNAIL_PX, PhotoInfo, ProcessedPhoto, process_photo,
                                  read_photo_info, render_oriented)
from kpfield.media.reduce import DEFAULT_QUALITY, avif_supported, reduce_photo

__all__ = [
    "DEFAULT_QUALITY",
    "MAX_PIXELS",
    "PREVIEW_PX",
    "THUMBNAIL_PX",
    "PhotoInfo",
    "ProcessedPhoto",
    "avif_supported",
    "process_photo",
    "read_photo_info",
    "reduce_photo",
    "render_oriented",
]
