"""reduce_photo: small upright copies that carry pixels and nothing else."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms
from media_samples import GREEN, RED, close, corner_colours, gps_exif, jpeg_bytes, oriented_jpeg, scene

from kpfield.errors import UnsupportedImageFormat, ValidationError
from kpfield.media import avif_supported, reduce_photo

FORMATS = ["JPEG", "WEBP"] + (["AVIF"] if avif_supported() else [])
LEAKY_KEYS = {"exif", "xmp", "comment", "icc_profile", "XML:com.adobe.xmp"}


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("fmt", FORMATS)
def test_icc_profile_is_converted_away(photos_dir, fmt):
    """portrait_8.jpg carries Apple's "Generic RGB" profile: the copy is converted to sRGB and carries none."""
    data = (photos_dir / "portrait_8.jpg").read_bytes()
    assert "icc_profile" in Image.open(io.BytesIO(data)).info
    out = reduce_photo(data, fmt=fmt)
    assert "icc_profile" not in _open(out).info
    assert b"Generic RGB" not in out and b"appl" not in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_camera_metadata_is_gone(photos_dir, fmt):
    data = (photos_dir / "DSCN0010.jpg").read_bytes()  # EXIF with GPS, maker notes, XMP, embedded thumbnail
    assert b"NIKON" in data and b"COOLPIX" in data
    out = reduce_photo(data, max_edge=512, fmt=fmt)
    image = _open(out)
    assert image.format == fmt
    assert not LEAKY_KEYS & set(image.info)
    assert len(image.getexif()) == 0
    for needle in (b"NIKON", b"Nikon", b"COOLPIX", b"Exif", b"adobe:ns", b"xmpmeta", b"ICC_PROFILE"):
        assert needle not in out, needle


@pytest.mark.parametrize("fmt", FORMATS)
def test_comment_icc_and_serial_numbers_are_gone(fmt):
    exif = gps_exif((17.0, 49.0, 36.5), "S", (31.0, 2.0, 51.7), "E")
    exif[0xA431] = "BODY-SERIAL-99812"  # BodySerialNumber
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = jpeg_bytes(scene(), exif, comment=b"monitor Sarah M. phone 0772", icc_profile=icc,
                      xmp=b"<x:xmpmeta>Owner: field team 3</x:xmpmeta>")
    original = _open(data)
    assert {"comment", "icc_profile", "exif", "xmp"} <= set(original.info)  # the test input really has them
    out = reduce_photo(data, fmt=fmt)
    assert not LEAKY_KEYS & set(_open(out).info)
    for needle in (b"Sarah", b"0772", b"BODY-SERIAL", b"TestMake", b"field team", b"sRGB"):
        assert needle not in out, needle


@pytest.mark.parametrize("fmt", FORMATS)
def test_copy_is_upright_without_an_orientation_tag(fmt):
    out = _open(reduce_photo(oriented_jpeg(6, 800, 600), max_edge=400, fmt=fmt))
    assert out.size == (400, 300)
    assert out.getexif().get(0x0112) is None
    top_left, top_right, _ = corner_colours(out)
    assert close(top_left, RED) and close(top_right, GREEN)


def test_long_edge_is_capped_and_small_photos_not_enlarged(photos_dir):
    jolla = _open(reduce_photo((photos_dir / "jolla.jpg").read_bytes(), max_edge=1000))
    # 3264 px: DCT-scaled to 816 would be too small, so the copy is resized to exactly the cap.
    assert jolla.size == (1000, 750)
    large = _open(reduce_photo(jpeg_bytes(scene(4032, 3024)), max_edge=2048))
    assert 0.9 * 2048 <= max(large.size) <= 2048  # 1/2 DCT scale: 2016 px, sharper and faster than resizing
    small = _open(reduce_photo(jpeg_bytes(scene(300, 200)), max_edge=2048))
    assert small.size == (300, 200)


def test_portrait_fixture_stays_portrait(photos_dir):
    out = _open(reduce_photo((photos_dir / "portrait_8.jpg").read_bytes(), max_edge=300))
    assert out.size == (225, 300)


def test_bad_arguments():
    data = jpeg_bytes(scene())
    with pytest.raises(UnsupportedImageFormat):
        reduce_photo(data, fmt="GIF")
    with pytest.raises(ValidationError):
        reduce_photo(data, max_edge=0)
    with pytest.raises(ValidationError):
        reduce_photo(data, quality=101)
    assert _open(reduce_photo(data, fmt="jpg")).format == "JPEG"


@pytest.mark.skipif(avif_supported(), reason="this Pillow can write AVIF")
def test_avif_unavailable_is_a_clear_error():
    with pytest.raises(UnsupportedImageFormat, match="AVIF"):
        reduce_photo(jpeg_bytes(scene()), fmt="AVIF")


def test_lower_quality_gives_smaller_files(photos_dir):
    data = (photos_dir / "jolla.jpg").read_bytes()
    assert len(reduce_photo(data, 800, quality=40)) < len(reduce_photo(data, 800, quality=90))
