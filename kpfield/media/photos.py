"""Photo import: validate untrusted bytes, describe them (:class:`PhotoInfo`) and render thumbnail and preview.

Everything happens in memory; nothing is written to disk.  The original bytes are kept bit-exact (they are the
evidence); thumbnail and preview are derived, upright JPEGs without any metadata.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field, replace
from datetime import datetime

from PIL import Image

from kpfield.errors import ValidationError
from kpfield.geo.location import Location
from kpfield.media.decode import decode_reduced, open_image
from kpfield.media.exif import read_exif_facts
from kpfield.media.render import executor, fit, orient

THUMBNAIL_PX = 256
PREVIEW_PX = 1600
_THUMBNAIL_QUALITY = 80
_PREVIEW_QUALITY = 85

# pillow-heif reports "image/heif" for every HEIF file; phones write HEIC (HEVC-coded HEIF).
_MIME = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "TIFF": "image/tiff",
         "HEIF": "image/heic", "AVIF": "image/avif", "GIF": "image/gif", "BMP": "image/bmp"}
_SWAPS_AXES = {5, 6, 7, 8}


@dataclass(frozen=True)
class PhotoInfo:
    """What KP Field records about a photo.

    ``width``/``height`` are as stored in the file; ``display_width``/``display_height`` after applying the EXIF
    orientation.  (HEIC is the exception: libheif applies the file's rotation while reading, so its
    ``orientation`` is 1 and both sizes are the upright ones.)  ``taken_at`` is EXIF DateTimeOriginal: timezone-aware when the camera wrote
    OffsetTimeOriginal, otherwise naive (camera local time, zone unknown).  ``gps`` has source PHOTO.
    """

    sha256: str
    size: int
    mime: str
    format: str
    width: int
    height: int
    display_width: int
    display_height: int
    orientation: int = 1
    taken_at: datetime | None = None
    make: str | None = None
    model: str | None = None
    gps: Location | None = None

    def to_dict(self) -> dict:
        """A JSON-safe dict: datetimes as ISO 8601 text, ``gps`` as :meth:`Location.to_dict` or None."""
        return {
            "sha256": self.sha256,
            "size": self.size,
            "mime": self.mime,
            "format": self.format,
            "width": self.width,
            "height": self.height,
            "display_width": self.display_width,
            "display_height": self.display_height,
            "orientation": self.orientation,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
            "make": self.make,
            "model": self.model,
            "gps": self.gps.to_dict() if self.gps is not None else None,
        }


@dataclass(frozen=True)
class ProcessedPhoto:
    """An imported photo: its description, the untouched original, and two upright JPEG renderings.

    The byte fields are left out of ``repr`` so that a log line or traceback never carries photo content.
    """

    info: PhotoInfo
    original: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)
    preview: bytes = field(repr=False)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _describe(data: bytes, image: Image.Image, sha256: str | None = None) -> PhotoInfo:
    facts = read_exif_facts(image)
    width, height = image.size
    swapped = facts.orientation in _SWAPS_AXES
    return PhotoInfo(
        sha256=sha256 or _sha256(data),
        size=len(data),
        mime=_MIME.get(image.format or "", "application/octet-stream"),
        # A JPEG with a multi-picture index is still a JPEG file; Pillow merely names its reader "MPO".
        format="JPEG" if image.format == "MPO" else image.format or "",
        width=width,
        height=height,
        display_width=height if swapped else width,
        display_height=width if swapped else height,
        orientation=facts.orientation,
        taken_at=facts.taken_at,
        make=facts.make,
        model=facts.model,
        gps=facts.gps,
    )


def read_photo_info(data: bytes) -> PhotoInfo:
    """Describe a photo from its header and EXIF without decoding its pixels.

    Only the header is validated: a photo whose image data is damaged may still be described.  Use
    :func:`process_photo` to validate fully.

    :param data: the complete file, as bytes
    """
    image = open_image(data)
    try:
        return _describe(bytes(data), image)
    finally:
        image.close()


def process_photo(data: bytes, filename: str | None = None) -> ProcessedPhoto:
    """Validate a photo completely and render its thumbnail and preview.

    The image data is decoded once, at the smallest scale that still gives a sharp preview; JPEGs are decoded
    with libjpeg's DCT scaling, which still reads the whole file, so damage anywhere is found.

    :param data: the complete file, as bytes
    :param filename: the name the user picked (only used to phrase errors; never stored)
    :raises NotAnImage, TruncatedImage, DecompressionBomb, UnsupportedImageFormat: nothing else is changed
    """
    data = bytes(data)
    image = open_image(data, filename)
    digest = executor().submit(_sha256, data)  # hashlib releases the GIL: it overlaps with decoding
    try:
        info = _describe(data, image, sha256="pending")  # before decoding: draft() changes image.size
        upright = orient(decode_reduced(image, PREVIEW_PX), info.orientation)
        info = replace(info, sha256=digest.result())
    finally:
        image.close()
    # Encode the preview on the media pool while the thumbnail is made here: both release the GIL.
    upright.info = {}
    # optimize=False for the preview: Huffman optimisation saves ~2 % of its size but doubles the encode time.
    preview = executor().submit(_jpeg, upright, _PREVIEW_QUALITY, False)
    thumbnail = _jpeg(fit(upright, THUMBNAIL_PX, Image.Resampling.LANCZOS), _THUMBNAIL_QUALITY, True)
    return ProcessedPhoto(info=info, original=data, thumbnail=thumbnail, preview=preview.result())


def render_oriented(data: bytes, max_px: int) -> Image.Image:
    """Decode a photo upright, with its long edge at most ``max_px``, for the viewer (e.g. when zooming in).

    :param data: the complete file, as bytes
    :param max_px: longest edge of the returned image, in pixels
    """
    if not isinstance(max_px, int) or max_px < 1:
        raise ValidationError("max_px must be a whole number of pixels, at least 1.", max_px=max_px)
    image = open_image(data)
    try:
        orientation = read_exif_facts(image).orientation
        return orient(decode_reduced(image, max_px), orientation)
    finally:
        image.close()


def _jpeg(image: Image.Image, quality: int, optimize: bool) -> bytes:
    """Encode as JPEG without any metadata: nothing from ``image.info`` (EXIF, XMP, ICC, comment) is passed on."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=optimize, exif=b"", comment=b"")
    return out.getvalue()
