"""Makes small, metadata-free copies of photos for sending over slow or watched links.

The copy is upright (pixels rotated, so no orientation tag is needed) and carries nothing but pixels: no EXIF
(and so no GPS, serial numbers, maker notes or embedded thumbnail), no XMP, no JPEG comment, and no ICC profile.
ICC profiles are stripped too because they can name the device or the editing software; a photo in a wide
gamut (e.g. Display P3) is first converted to sRGB, so dropping the profile does not shift its colours.
"""

from __future__ import annotations

import io

from PIL import Image, features

from kpfield.errors import UnsupportedImageFormat, ValidationError
from kpfield.media.decode import decode_reduced, open_image
from kpfield.media.exif import read_exif_facts
from kpfield.media.render import orient

#: Default quality per format, from ``bench/bench_photo_import.py``: on the real camera fixtures WebP ~q73 and
#: AVIF ~q63 match the PSNR of JPEG q80 (rounded up a little here, to err on the side of detail).
DEFAULT_QUALITY = {"JPEG": 80, "WEBP": 75, "AVIF": 65}


def avif_supported() -> bool:
    """True when this Pillow can encode AVIF."""
    try:
        return bool(features.check("avif"))
    except Exception:
        return False


def reduce_photo(data: bytes, max_edge: int = 2048, fmt: str = "JPEG", quality: int | None = None) -> bytes:
    """Return an upright, metadata-free copy of a photo, its long edge at most ``max_edge``.

    :param data: the complete original file, as bytes
    :param max_edge: longest edge of the copy in pixels (smaller photos are not enlarged)
    :param fmt: "JPEG", "WEBP" or "AVIF" (AVIF only where Pillow was built with it: see :func:`avif_supported`)
    :param quality: encoder quality 1-100; None picks :data:`DEFAULT_QUALITY` for the format
    :raises UnsupportedImageFormat: for an unknown ``fmt`` or AVIF without encoder support
    :raises ValidationError: for an impossible ``max_edge`` or ``quality``
    """
    fmt = (fmt or "").upper()
    if fmt == "JPG":
        fmt = "JPEG"
    if fmt not in DEFAULT_QUALITY:
        raise UnsupportedImageFormat(f"Photos can be reduced to JPEG, WEBP or AVIF, not {fmt or 'nothing'}.",
                                     format=fmt)
    if fmt == "AVIF" and not avif_supported():
        raise UnsupportedImageFormat("This installation cannot write AVIF (Pillow was built without it); "
                                     "use JPEG or WEBP.", format=fmt)
    if fmt == "WEBP" and not features.check("webp"):
        raise UnsupportedImageFormat("This installation cannot write WebP; use JPEG.", format=fmt)
    if not isinstance(max_edge, int) or max_edge < 16:
        raise ValidationError("max_edge must be a whole number of pixels, at least 16.", max_edge=max_edge)
    quality = DEFAULT_QUALITY[fmt] if quality is None else quality
    if not isinstance(quality, int) or not 1 <= quality <= 100:
        raise ValidationError("quality must be a whole number from 1 to 100.", quality=quality)

    image = open_image(data)
    try:
        orientation = read_exif_facts(image).orientation
        # LANCZOS: this copy may be the only one that reaches the outside world.  0.9: a DCT-scaled decode a
        # little under max_edge (4032 px -> 2016) needs no resampling at all, unlike a full decode + resize.
        upright = orient(decode_reduced(image, max_edge, resample=Image.Resampling.LANCZOS, min_fraction=0.9),
                         orientation)
    finally:
        image.close()
    return encode_clean(upright, fmt, quality)


def encode_clean(image: Image.Image, fmt: str, quality: int) -> bytes:
    """Encode pixels only, with no metadata of any kind.

    :param image: an RGB image
    :param fmt: "JPEG", "WEBP" or "AVIF"
    :param quality: encoder quality 1-100
    """
    # A brand-new image object: nothing in ``info`` (comment, exif, xmp, icc_profile, dpi) can be carried over
    # by an encoder that copies it by default.
    clean = Image.new("RGB", image.size)
    clean.paste(image.convert("RGB"))
    out = io.BytesIO()
    if fmt == "JPEG":
        clean.save(out, "JPEG", quality=quality, optimize=True)
    elif fmt == "WEBP":
        clean.save(out, "WEBP", quality=quality, method=4, exif=b"", xmp=b"", icc_profile=None)
    else:
        clean.save(out, "AVIF", quality=quality, speed=8, exif=b"", xmp=b"")
    return out.getvalue()
