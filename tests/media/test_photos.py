"""process_photo / read_photo_info / render_oriented on real camera files and generated photos."""

from __future__ import annotations

import hashlib
import io
import json
import time
import warnings
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image, ImageFile
from media_samples import BLUE, GREEN, RED, close, corner_colours, jpeg_bytes, oriented_jpeg, scene

from kpfield.errors import PhotoError, TruncatedImage
from kpfield.geo.location import LocationSource
from kpfield.media import (PREVIEW_PX, THUMBNAIL_PX, PhotoInfo, ProcessedPhoto, process_photo, read_photo_info,
                           render_oriented)


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_nikon_photo_gps_time_and_camera(photos_dir):
    data = (photos_dir / "DSCN0010.jpg").read_bytes()
    info = process_photo(data, "DSCN0010.jpg").info
    assert info.gps is not None
    assert info.gps.lat == pytest.approx(43.4674483, abs=1e-5)
    assert info.gps.lon == pytest.approx(11.8851267, abs=1e-5)
    assert info.gps.source is LocationSource.PHOTO
    assert info.gps.alt is None  # this camera wrote no altitude
    # GPSDateStamp 2008:10:23 + GPSTimeStamp 14:27:07.24, which EXIF defines as UTC.
    assert info.gps.fix_time == datetime(2008, 10, 23, 14, 27, 7, 240000, tzinfo=timezone.utc)
    assert info.taken_at == datetime(2008, 10, 22, 16, 28, 39)
    assert info.taken_at.tzinfo is None  # no OffsetTimeOriginal: camera local time, zone unknown
    assert (info.make, info.model) == ("NIKON", "COOLPIX P6000")
    assert (info.mime, info.format, info.width, info.height, info.orientation) == ("image/jpeg", "JPEG", 640, 480, 1)


@pytest.mark.parametrize("name, lat, lon", [("DSCN0012.jpg", 43.4671567, 11.8853950),
                                            ("DSCN0021.jpg", 43.4670817, 11.8845383)])
def test_other_nikon_positions(photos_dir, name, lat, lon):
    gps = read_photo_info((photos_dir / name).read_bytes()).gps
    assert gps.lat == pytest.approx(lat, abs=1e-5) and gps.lon == pytest.approx(lon, abs=1e-5)


def test_phone_photo_without_gps(photos_dir):
    info = process_photo((photos_dir / "jolla.jpg").read_bytes()).info
    assert info.gps is None
    assert (info.make, info.width, info.height) == ("Jolla", 3264, 2448)
    assert info.taken_at == datetime(2014, 9, 21, 16, 0, 56)


def test_original_is_bit_exact_and_hashed(photos_dir):
    data = (photos_dir / "jolla.jpg").read_bytes()
    photo = process_photo(bytearray(data))
    assert photo.original == data and isinstance(photo.original, bytes)
    assert photo.info.sha256 == hashlib.sha256(data).hexdigest()
    assert photo.info.size == len(data)


def test_renderings_are_small_metadata_free_jpegs(photos_dir):
    photo = process_photo((photos_dir / "jolla.jpg").read_bytes())
    thumb, preview = _open(photo.thumbnail), _open(photo.preview)
    assert thumb.format == preview.format == "JPEG"
    assert thumb.size == (THUMBNAIL_PX, 192)
    assert max(preview.size) == PREVIEW_PX and preview.size == (1600, 1200)
    for image in (thumb, preview):
        assert not {"exif", "xmp", "comment", "icc_profile"} & set(image.info)
    assert b"Jolla" not in photo.thumbnail + photo.preview


def test_small_photo_is_not_enlarged():
    photo = process_photo(jpeg_bytes(scene(120, 90)))
    assert _open(photo.preview).size == (120, 90)
    assert _open(photo.thumbnail).size == (120, 90)


@pytest.mark.parametrize("name, stored, shown", [("landscape_1.jpg", (600, 450), (600, 450)),
                                                 ("landscape_6.jpg", (450, 600), (600, 450)),
                                                 ("portrait_8.jpg", (600, 450), (450, 600))])
def test_real_rotated_photos(photos_dir, name, stored, shown):
    photo = process_photo((photos_dir / name).read_bytes())
    info = photo.info
    assert (info.width, info.height) == stored
    assert (info.display_width, info.display_height) == shown
    thumb = _open(photo.thumbnail)
    assert (thumb.width > thumb.height) == (shown[0] > shown[1])
    assert _open(photo.preview).size == shown


@pytest.mark.parametrize("orientation", range(1, 9))
def test_thumbnail_and_preview_are_turned_upright(orientation):
    """Red must end up top-left, green top-right, blue bottom-left, whatever the stored orientation."""
    photo = process_photo(oriented_jpeg(orientation))
    assert (photo.info.display_width, photo.info.display_height) == (400, 300)
    assert photo.info.orientation == orientation
    for rendering in (photo.thumbnail, photo.preview):
        image = _open(rendering)
        assert image.width > image.height
        top_left, top_right, bottom_left = corner_colours(image)
        assert close(top_left, RED) and close(top_right, GREEN) and close(bottom_left, BLUE), orientation


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_render_oriented_for_the_viewer(orientation):
    image = render_oriented(oriented_jpeg(orientation, 2000, 1500), 500)
    assert image.size == (500, 375) and image.mode == "RGB"
    top_left, top_right, _ = corner_colours(image)
    assert close(top_left, RED) and close(top_right, GREEN)


def test_large_jpeg_is_decoded_reduced_but_fully_checked(photos_dir):
    """DCT-scaled decoding still reads the whole entropy-coded stream: a cut file fails."""
    data = (photos_dir / "jolla.jpg").read_bytes()
    with pytest.raises(TruncatedImage, match="damaged or incomplete"):
        process_photo(data[: len(data) * 3 // 4])
    with pytest.raises(TruncatedImage):
        render_oriented(data[: len(data) * 3 // 4], 200)


def test_read_photo_info_matches_process_photo(photos_dir):
    data = (photos_dir / "landscape_6.jpg").read_bytes()
    assert read_photo_info(data) == process_photo(data).info


def test_to_dict_is_json_safe(photos_dir):
    info = process_photo((photos_dir / "DSCN0010.jpg").read_bytes()).info
    decoded = json.loads(json.dumps(info.to_dict()))
    assert decoded["gps"]["source"] == "photo_exif"
    assert decoded["gps"]["fix_time"] == "2008-10-23T14:27:07.240000Z"
    assert decoded["taken_at"] == "2008-10-22T16:28:39"
    assert decoded["sha256"] == info.sha256 and decoded["make"] == "NIKON"
    assert json.loads(json.dumps(read_photo_info(jpeg_bytes(scene())).to_dict()))["gps"] is None


def test_taken_at_is_aware_with_offset_and_keeps_subseconds():
    exif = Image.Exif()
    exif.get_ifd(0x8769).update({0x9003: "2024:02:29 23:59:58", 0x9011: "+02:00", 0x9291: "25"})
    info = read_photo_info(jpeg_bytes(scene(), exif))
    assert info.taken_at == datetime(2024, 2, 29, 23, 59, 58, 250000, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize("value", ["0000:00:00 00:00:00", "    :  :     :  :  ", "2021:13:45 99:00:00", ""])
def test_impossible_capture_times_are_absent(value):
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = value
    assert read_photo_info(jpeg_bytes(scene(), exif)).taken_at is None


def test_broken_exif_does_not_stop_the_import():
    garbage = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff" + bytes(range(256)) * 4
    out = io.BytesIO()
    scene().save(out, "JPEG", exif=garbage)
    photo = process_photo(out.getvalue())
    assert (photo.info.make, photo.info.gps, photo.info.taken_at) == (None, None, None)
    assert photo.info.orientation == 1
    assert _open(photo.thumbnail).size == (256, 192)


@pytest.mark.parametrize("name", ["image01137.jpg", "image02206.jpg"])
def test_odd_files_finish_quickly_with_a_clear_result(photos_dir, name):
    data = (photos_dir / name).read_bytes()
    start = time.perf_counter()
    try:
        result = process_photo(data)
    except PhotoError as exc:  # a clear refusal is an acceptable outcome
        result = exc
    assert time.perf_counter() - start < 2.0
    assert isinstance(result, ProcessedPhoto)  # as it happens, both import (EXIF read as far as possible)
    assert isinstance(result.info, PhotoInfo)


def test_pillow_global_state_is_untouched(photos_dir):
    before = (ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS, list(warnings.filters))
    for name in ("jolla.jpg", "corrupted.jpg", "landscape_6.jpg"):
        try:
            process_photo((photos_dir / name).read_bytes())
        except PhotoError:
            pass
    assert (ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS, list(warnings.filters)) == before


def test_processed_photo_repr_holds_no_photo_bytes():
    photo = process_photo(jpeg_bytes(scene()))
    assert "original" not in repr(photo) and "\\xff\\xd8" not in repr(photo)


def test_png_with_transparency_and_16_bit_grey():
    rgba = Image.new("RGBA", (300, 200), (255, 0, 0, 0))
    rgba.paste((0, 0, 255, 255), (0, 0, 150, 200))
    out = io.BytesIO()
    rgba.save(out, "PNG")
    photo = process_photo(out.getvalue())
    assert photo.info.mime == "image/png"
    left, right, _ = corner_colours(_open(photo.preview))
    assert close(left, (0, 0, 255)) and close(right, (255, 255, 255))  # transparent shown on white
    grey = Image.linear_gradient("L").resize((300, 200)).convert("I;16")
    out = io.BytesIO()
    grey.save(out, "PNG")
    assert _open(process_photo(out.getvalue()).thumbnail).mode == "RGB"


def test_multi_picture_jpeg_is_a_jpeg():
    """Phones and 3-D cameras write JPEGs with an MPF index; Pillow reads them as "MPO"."""
    out = io.BytesIO()
    scene().save(out, "MPO", save_all=True, append_images=[scene(200, 150)])
    assert Image.open(io.BytesIO(out.getvalue())).format == "MPO"
    photo = process_photo(out.getvalue())
    assert (photo.info.format, photo.info.mime, photo.info.width) == ("JPEG", "image/jpeg", 400)


def test_nothing_touches_the_disk(photos_dir, monkeypatch):
    """Photo bytes stay in memory: no file is opened or created while importing, rendering or reducing."""
    import builtins
    import os
    import tempfile

    from kpfield.media import reduce_photo

    data = (photos_dir / "portrait_8.jpg").read_bytes()
    process_photo(data)  # warm up: first use may import plugins, which legitimately reads .py files

    def refuse(*args, **kwargs):
        raise AssertionError(f"file access during photo processing: {args[:1]}")

    for module, name in ((builtins, "open"), (os, "open"), (io, "open"), (tempfile, "mkstemp"),
                         (tempfile, "NamedTemporaryFile"), (tempfile, "TemporaryFile")):
        monkeypatch.setattr(module, name, refuse)
    process_photo(data)
    render_oriented(data, 300)
    reduce_photo(data, fmt="WEBP")
