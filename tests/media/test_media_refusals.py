"""Files that are not usable photos are refused with the right typed error, and nothing else happens."""

from __future__ import annotations

import io
import struct
import sys
import warnings
import zlib

import pytest
from PIL import Image
from media_samples import GREEN, RED, STORE_FOR_ORIENTATION, close, corner_colours, jpeg_bytes, scene

from kpfield.errors import DecompressionBomb, NotAnImage, TruncatedImage, UnsupportedImageFormat
from kpfield.media import MAX_PIXELS, process_photo, read_photo_info, reduce_photo, render_oriented
from kpfield.media import decode, guard


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` pixels but carries no image data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def test_corrupted_camera_file_is_refused_as_damaged(photos_dir):
    """corrupted.jpg lacks a stretch of image data in the middle; Pillow alone would show it with no error."""
    data = (photos_dir / "corrupted.jpg").read_bytes()
    for call in (process_photo, lambda d: render_oriented(d, 300), reduce_photo):
        with pytest.raises(TruncatedImage, match=r"^The photo is damaged or incomplete: "):
            call(data)


@pytest.mark.parametrize("width, height", [(50_000, 50_000),  # beyond Pillow's own hard limit
                                           (12_000, 11_000)])  # 132 MP: where Pillow only warns
def test_decompression_bomb_refused_from_the_header(width, height):
    with pytest.raises(DecompressionBomb, match="too large to open safely") as caught:
        process_photo(_png_header_only(width, height))
    assert caught.value.code == "decompression_bomb"
    with pytest.raises(DecompressionBomb):
        read_photo_info(_png_header_only(width, height))


def test_a_108_megapixel_phone_photo_is_not_a_bomb():
    """Our limit (120 MP) is the policy, not Pillow's 89 MP warning: this header passes the size check and
    fails only because it carries no pixel data."""
    assert 12_000 * 9_000 <= MAX_PIXELS
    with pytest.raises(TruncatedImage):
        process_photo(_png_header_only(12_000, 9_000))


def test_bomb_warning_becomes_an_error_only_inside_the_block():
    before = list(warnings.filters)
    with pytest.raises(Image.DecompressionBombWarning):
        with guard.bomb_warnings_as_errors():
            warnings.warn("big", Image.DecompressionBombWarning)
    assert list(warnings.filters) == before


@pytest.mark.parametrize("data, looks_like", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF"),
    ("Meeting notes: 14 people at the river site.\n".encode() * 20, "text"),
    (b"<!DOCTYPE html><html><body>photo</body></html>", "a web page"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "a ZIP archive"),
    (b"", "empty"),
    (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64), "a video"),
])
def test_non_images_are_refused_and_named(data, looks_like):
    with pytest.raises(NotAnImage, match=r"^This file is not a photo Pillow can read \(it looks like ") as caught:
        process_photo(data)
    assert looks_like in str(caught.value)


@pytest.mark.parametrize("data, name", [
    (b"8BPS\x00\x01" + bytes(100), "Photoshop"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
    (b"%!PS-Adobe-3.0 EPSF-3.0\n", "PostScript"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(64), "JPEG 2000"),
])
def test_unsupported_image_formats(data, name):
    with pytest.raises(UnsupportedImageFormat, match=name):
        process_photo(data)


def test_truncated_png_is_damaged():
    out = io.BytesIO()
    Image.effect_noise((300, 300), 40).save(out, "PNG")
    with pytest.raises(TruncatedImage):
        process_photo(out.getvalue()[:-2000])


def test_jpeg_header_only_is_damaged(photos_dir):
    data = (photos_dir / "landscape_1.jpg").read_bytes()
    with pytest.raises(TruncatedImage):
        process_photo(data[:300])


@pytest.mark.parametrize("save", [{"restart_marker_blocks": 3}, {"restart_marker_rows": 1},
                                  {"restart_marker_blocks": 5, "subsampling": 0}])
def test_missing_middle_found_through_restart_markers(save):
    data = jpeg_bytes(Image.effect_noise((800, 600), 50).convert("RGB"), **save)
    process_photo(data)  # intact: accepted
    middle = len(data) // 2
    with pytest.raises(TruncatedImage, match="image data is missing"):
        process_photo(data[:middle] + data[middle + 4000:])


def test_heic_photo_is_read_upright():
    """libheif applies the HEIF rotation itself (and pillow-heif then reports orientation 1)."""
    pillow_heif = pytest.importorskip("pillow_heif")
    if not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("this libheif build cannot encode HEIC")
    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0112] = 6
    stored = scene(320, 240).transpose(STORE_FOR_ORIENTATION[6][0])
    stored.save(out, "HEIF", quality=90, exif=exif.tobytes())
    photo = process_photo(out.getvalue(), "IMG_0001.HEIC")
    assert photo.info.mime == "image/heic" and photo.info.format == "HEIF"
    assert (photo.info.display_width, photo.info.display_height, photo.info.make) == (320, 240, "PhoneMaker")
    thumb = Image.open(io.BytesIO(photo.thumbnail))
    assert thumb.size == (256, 192)
    top_left, top_right, _ = corner_colours(thumb)
    assert close(top_left, RED) and close(top_right, GREEN)


def test_heic_without_pillow_heif_is_explained(monkeypatch):
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    monkeypatch.setitem(sys.modules, "pillow_heif", None)  # makes "import pillow_heif" fail
    monkeypatch.setattr(decode, "_heif_state", {})
    with pytest.raises(UnsupportedImageFormat, match="HEIC photos need the pillow-heif package"):
        process_photo(heic)
