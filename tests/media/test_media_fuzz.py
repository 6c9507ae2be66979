"""Property tests: whatever bytes arrive, the media code either succeeds or raises a PhotoError subclass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.errors import PhotoError
from kpfield.media import ProcessedPhoto, process_photo, read_photo_info, reduce_photo

FAST = settings(max_examples=100, deadline=None)


def _only_photo_errors(call, data: bytes):
    try:
        return call(data)
    except PhotoError:
        return None


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    result = _only_photo_errors(process_photo, data)
    assert result is None or isinstance(result, ProcessedPhoto)


@FAST
@given(prefix=st.sampled_from([b"\xff\xd8\xff\xe1", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"RIFF\x00\x00\x00\x00WEBPVP8 ",
                               b"\x00\x00\x00\x18ftypheic", b"GIF89a", b"BM"]),
       tail=st.binary(max_size=2048))
def test_random_bytes_behind_real_magic(prefix, tail):
    _only_photo_errors(process_photo, prefix + tail)
    _only_photo_errors(read_photo_info, prefix + tail)


@pytest.fixture(scope="module")
def small_jpeg(photos_dir) -> bytes:
    return (photos_dir / "DSCN0010.jpg").read_bytes()  # 160 KB, with EXIF, GPS, XMP and a thumbnail


@FAST
@given(edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12),
       exif_only=st.booleans(), cut=st.none() | st.floats(0.01, 1))
def test_mutated_camera_jpeg(small_jpeg, edits, exif_only, cut):
    data = bytearray(small_jpeg)
    # Half the time the bytes hit the first 16 KB, where the EXIF/XMP parsers work.
    span = 16_384 if exif_only else len(data)
    for where, value in edits:
        data[int(where * span)] = value
    if cut is not None:
        data = data[: int(len(data) * cut)]
    _only_photo_errors(process_photo, bytes(data))
    _only_photo_errors(lambda d: reduce_photo(d, max_edge=200), bytes(data))
