"""Photos generated in memory for the media tests: known colour patterns, EXIF orientation, GPS, comments."""

from __future__ import annotations

import io

from PIL import Image

RED, GREEN, BLUE = (230, 20, 20), (20, 200, 20), (20, 20, 230)

# How a camera stores an upright scene for each EXIF orientation (EXIF 2.32, tag 0x0112): applying this to the
# scene as seen gives the stored pixels.  Written from the standard, independent of kpfield's own table.
STORE_FOR_ORIENTATION = {
    1: (),
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_90,),  # stored turned 90 degrees anticlockwise; shown turned clockwise
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_270,),
}


def scene(width: int = 400, height: int = 300) -> Image.Image:
    """The upright scene: blue, with a red top-left corner and a green top-right corner."""
    image = Image.new("RGB", (width, height), BLUE)
    corner = (width // 4, height // 4)
    image.paste(RED, (0, 0, *corner))
    image.paste(GREEN, (width - corner[0], 0, width, corner[1]))
    return image


def jpeg_bytes(image: Image.Image, exif: Image.Exif | None = None, **save) -> bytes:
    out = io.BytesIO()
    if exif is not None:
        save["exif"] = exif.tobytes()
    image.save(out, "JPEG", quality=save.pop("quality", 92), **save)
    return out.getvalue()


def oriented_jpeg(orientation: int, width: int = 400, height: int = 300) -> bytes:
    """A JPEG whose stored pixels need ``orientation`` to show :func:`scene` upright."""
    stored = scene(width, height)
    for step in STORE_FOR_ORIENTATION[orientation]:
        stored = stored.transpose(step)
    exif = Image.Exif()
    exif[0x0112] = orientation
    return jpeg_bytes(stored, exif)


def corner_colours(image: Image.Image) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Colours sampled inside the top-left, top-right and bottom-left corner regions."""
    image = image.convert("RGB")
    w, h = image.size
    return (image.getpixel((w // 16, h // 16)), image.getpixel((w - 1 - w // 16, h // 16)),
            image.getpixel((w // 16, h - 1 - h // 16)))


def close(colour, expected, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected))


def gps_exif(lat, lat_ref, lon, lon_ref, extra: dict | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "TestMake"
    exif[0x0110] = "TestModel SN-0042"
    gps = exif.get_ifd(0x8825)
    gps.update({1: lat_ref, 2: lat, 3: lon_ref, 4: lon})
    gps.update(extra or {})
    return exif
