"""Opens and decodes untrusted photo bytes in memory, turning every failure into a typed :class:`PhotoError`.

Security choices: only the formats in :data:`ALLOWED_FORMATS` reach a Pillow parser; the pixel count is
checked from the header before any pixel is decoded; Pillow's global settings (``LOAD_TRUNCATED_IMAGES``,
``MAX_IMAGE_PIXELS``) and the process's warning filters are never changed (see :mod:`kpfield.media.guard`:
as a consequence two decodes never run at the same time in one process; the resampling after decoding does).
"""

from __future__ import annotations

import io
import threading

from PIL import Image, ImageCms, UnidentifiedImageError

from kpfield.errors import (DecompressionBomb, NotAnImage, PhotoError, TruncatedImage,
                            UnsupportedImageFormat)
from kpfield.media.guard import bomb_warnings_as_errors, warnings_swallowed
from kpfield.media.jpegcheck import check_jpeg_restart_markers
from kpfield.media.render import fit
from kpfield.media.sniff import ALLOWED_FORMATS, sniff

#: Largest photo accepted, in pixels.  108-megapixel phone cameras exist; 120 MP leaves room for them while a
#: decoded RGB image stays below ~360 MB.
MAX_PIXELS = 120_000_000
#: Largest memory a decode may need, estimated from the header before any pixel is decoded (see
#: :func:`estimated_decode_bytes`). Pixels alone are not enough: a 14 KB one-bit PNG of 118.8 megapixels passes
#: the pixel limit and then needs ~600 MB once converted to RGB. 512 MiB still admits a 108-megapixel RGB photo.
MAX_DECODE_BYTES = 512 * (1 << 20)

_heif_lock = threading.Lock()
_heif_state: dict[str, bool] = {}


def heif_available() -> bool:
    """Register pillow-heif's opener on first use; False when pillow-heif cannot be imported."""
    with _heif_lock:
        if "ok" not in _heif_state:
            try:
                import pillow_heif

                # No thumbnails/depth images: we never use them and each is one more parser pass.
                pillow_heif.register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)
                _heif_state["ok"] = True
            except Exception:  # ImportError, or a broken native library
                _heif_state["ok"] = False
        return _heif_state["ok"]


def open_image(data: bytes, filename: str | None = None) -> Image.Image:
    """Open untrusted bytes as an image (header only) after format, structure and size checks.

    :param data: the complete file
    :param filename: only used to phrase the error for HEIC files when pillow-heif is missing
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise NotAnImage("This file is not a photo Pillow can read (no data was given).")
    data = bytes(data)
    kind = sniff(data)
    if kind.kind == "unsupported_image":
        raise UnsupportedImageFormat(f"{kind.name} images are not supported; please use JPEG, PNG, HEIC or WebP.",
                                     format=kind.name)
    if kind.kind == "other":
        raise NotAnImage(f"This file is not a photo Pillow can read (it looks like {kind.name}).", looks_like=kind.name)
    looks_heic = kind.name == "HEIC" or (filename or "").lower().endswith((".heic", ".heif", ".hif"))
    if looks_heic and not heif_available():
        raise UnsupportedImageFormat("HEIC photos need the pillow-heif package, which is not installed.",
                                     code="heic_unavailable", format="HEIC")
    try:
        # Pillow warns (instead of failing) between its own two limits; here the warning is dropped, because
        # our header check just below is the policy and is applied to the very same size.
        with warnings_swallowed():
            image = Image.open(io.BytesIO(data), formats=_openable_formats())
    except Image.DecompressionBombError as exc:
        raise DecompressionBomb(_bomb_message(None), detail=str(exc)) from None
    except UnidentifiedImageError:
        raise TruncatedImage(f"The photo is damaged or incomplete: its {kind.name} header cannot be read.") from None
    except Exception as exc:  # parsers raise OSError, SyntaxError, ValueError, struct.error ...
        raise TruncatedImage(f"The photo is damaged or incomplete: {_reason(exc)}.") from None
    width, height = image.size
    if width <= 0 or height <= 0:
        raise TruncatedImage("The photo is damaged or incomplete: it claims to have no pixels.")
    try:
        if width * height > MAX_PIXELS:
            raise DecompressionBomb(_bomb_message(width * height), width=width, height=height)
        if image.format in ("JPEG", "MPO"):
            check_jpeg_restart_markers(data)  # JPEGs are checked after DCT scaling, in decode_reduced
        else:
            check_decode_memory(image)
    except PhotoError:
        image.close()
        raise
    return image


def estimated_decode_bytes(mode: str, size: tuple[int, int], max_px: int = 0, transparency: bool = False) -> int:
    """Bytes Pillow will hold at once to decode an image of ``mode`` and ``size`` and flatten it (see
    :func:`_flatten`), plus the resized result of at most ``max_px`` on its long edge.

    Pillow stores one byte a pixel for ``1``, ``L`` and ``P``, two for 16-bit greyscale, and four for ``I``, ``F``
    and every multi-band mode (RGB included, padded to four). Flattening adds a converted copy: RGB for ``1``,
    ``P`` and others, three RGBA images for transparency, 32-bit steps for 16-bit greyscale.
    """
    pixels = size[0] * size[1]
    if mode in ("1", "L", "P"):
        decoded = 1
    elif mode.startswith("I;16"):
        decoded = 2
    else:
        decoded = 4
    if mode in ("RGB", "L", "CMYK"):
        working = 0
    elif mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        working = 12
    elif mode.startswith("I"):
        working = 9
    elif mode == "F":
        working = 1
    else:  # "1", "P" (a palette with transparency is flattened like RGBA)
        working = 12 if mode == "P" and transparency else 4
    return pixels * (decoded + working) + max_px * max_px * 4


def check_decode_memory(image: Image.Image, max_px: int = 0) -> None:
    """Refuse (:class:`DecompressionBomb`) an image whose decode would need more than :data:`MAX_DECODE_BYTES`."""
    needed = estimated_decode_bytes(image.mode, image.size, max_px, "transparency" in image.info)
    if needed > MAX_DECODE_BYTES:
        raise DecompressionBomb(
            f"The photo is too large to open safely: decoding it would take about {needed >> 20} MB of memory "
            f"(the limit is {MAX_DECODE_BYTES >> 20} MB). It may be a decompression bomb.",
            width=image.size[0], height=image.size[1], mode=image.mode, estimated_bytes=needed,
            limit=MAX_DECODE_BYTES)


def _openable_formats() -> list[str]:
    """The allowed formats Pillow has openers for (MPO is opened by the JPEG opener; HEIF once registered)."""
    Image.init()
    return [name for name in ALLOWED_FORMATS if name in Image.OPEN]


def _bomb_message(pixels: int | None) -> str:
    size = f"{pixels / 1e6:.0f} megapixels" if pixels else "far too many pixels"
    return (f"The photo is too large to open safely ({size}; the limit is {MAX_PIXELS // 1_000_000} megapixels). "
            "It may be a decompression bomb.")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]


def decode_reduced(image: Image.Image, max_px: int, *, resample: Image.Resampling = Image.Resampling.HAMMING,
                   min_fraction: float = 1.0) -> Image.Image:
    """Decode ``image`` to sRGB RGB with its long edge at most ``max_px`` (stored orientation, not yet rotated).

    JPEGs use libjpeg's DCT scaling (``draft``): decoding at 1/2, 1/4 or 1/8 is much faster, and the whole
    entropy-coded stream is still read, so a truncated file still fails.

    :param image: from :func:`open_image`
    :param max_px: longest edge of the result
    :param resample: filter for the final resize (HAMMING: sharp and twice as fast as LANCZOS on 2 cores)
    :param min_fraction: accept a DCT-scaled decode whose long edge is at least this fraction of ``max_px``
        without resizing it (e.g. 0.9 turns a 4032 px photo into 2016 px instead of resizing 4032 -> 2048)
    """
    width, height = image.size
    long_edge = max(width, height)
    scale = 1
    for candidate in (8, 4, 2):
        if long_edge // candidate >= min(max_px, long_edge) * min_fraction:
            scale = candidate
            break
    try:
        with bomb_warnings_as_errors():
            if image.format in ("JPEG", "MPO") and scale > 1:
                # draft() picks the largest DCT scale keeping both edges >= the box it is given.
                image.draft("RGB", (max(1, width // scale), max(1, height // scale)))
            check_decode_memory(image, max_px)  # the size and mode that will really be decoded
            image.load()
            if image.size[0] * image.size[1] > MAX_PIXELS:  # a GIF frame can grow the canvas while loading
                raise DecompressionBomb(_bomb_message(image.size[0] * image.size[1]))
            flat = _flatten(image)
    except Image.DecompressionBombWarning as exc:
        raise DecompressionBomb(_bomb_message(None), detail=str(exc)) from None
    except Image.DecompressionBombError as exc:
        raise DecompressionBomb(_bomb_message(None), detail=str(exc)) from None
    except PhotoError:
        raise
    except MemoryError:
        raise DecompressionBomb(_bomb_message(width * height)) from None
    except Exception as exc:
        raise TruncatedImage(f"The photo is damaged or incomplete: {_reason(exc)}.") from None
    flat = fit(flat, max_px, resample)
    # Colour conversion after the resize: it costs per pixel.
    icc = image.info.get("icc_profile")
    rgb = _to_srgb(flat, icc) if icc else None
    if rgb is not None:
        return rgb
    # A resized image is already a new RGB image; only the decoded file image itself must be copied.
    return flat if flat.mode == "RGB" and flat is not image else flat.convert("RGB")


def _flatten(image: Image.Image) -> Image.Image:
    """RGB, L or CMYK: transparency flattened onto white, 16-bit and float greyscale scaled to 8 bits."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode == "F":
        return image.convert("L")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if image.mode in ("RGB", "L", "CMYK"):
        return image
    return image.convert("RGB")


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image | None:
    """Convert from an embedded ICC profile to sRGB so no profile needs to travel; None if not needed/possible."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in ImageCms.getProfileDescription(source).lower().replace(" ", ""):
            return None  # already sRGB: converting would only cost time
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except Exception:  # a damaged or exotic profile, or a mode it does not fit: plain conversion instead
        return None
