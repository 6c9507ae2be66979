"""Image decoding is bounded by memory as well as pixels: a tiny PNG whose pixels fit the megapixel limit but whose
decode would not fit the memory limit is refused from its header, before any pixel is decoded."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from kpfield.errors import DecompressionBomb
from kpfield.media import MAX_PIXELS, process_photo, read_photo_info, reduce_photo, render_oriented
from kpfield.media.decode import MAX_DECODE_BYTES, estimated_decode_bytes, open_image


def _png(width: int, height: int, bit_depth: int = 1, colour_type: int = 0) -> bytes:
    """A complete, valid PNG of one flat colour, compressed row by row with zlib (never held decoded here)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    row = b"\0" + b"\0" * ((width * channels * bit_depth + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def bilevel_bomb() -> bytes:
    return _png(10_900, 10_900)  # 118.8 megapixels, one bit each


def test_the_bomb_is_what_the_finding_describes(bilevel_bomb):
    assert len(bilevel_bomb) < 16_000  # ~14 KB on disk
    assert 118_000_000 < 10_900 * 10_900 <= MAX_PIXELS  # passes the pixel limit
    assert estimated_decode_bytes("1", (10_900, 10_900)) > MAX_DECODE_BYTES


@pytest.mark.parametrize("call", [process_photo, reduce_photo, read_photo_info, lambda d: render_oriented(d, 800),
                                  open_image])
def test_tiny_png_too_big_to_decode_is_refused_from_its_header(bilevel_bomb, call):
    with pytest.raises(DecompressionBomb, match="MB of memory") as caught:
        call(bilevel_bomb)
    assert caught.value.code == "decompression_bomb"
    assert caught.value.details["estimated_bytes"] > caught.value.details["limit"] == MAX_DECODE_BYTES


def test_a_bilevel_scan_within_the_memory_limit_still_opens():
    data = _png(3_000, 3_000)
    assert estimated_decode_bytes("1", (3_000, 3_000)) < MAX_DECODE_BYTES
    reduced = Image.open(io.BytesIO(reduce_photo(data, max_edge=1000)))
    assert reduced.format == "JPEG" and reduced.size == (1000, 1000)


def test_the_estimate_follows_pillows_storage():
    assert estimated_decode_bytes("L", (1000, 1000)) == 1_000_000
    assert estimated_decode_bytes("RGB", (1000, 1000)) == 4_000_000  # RGB is stored four bytes a pixel
    assert estimated_decode_bytes("I;16", (1000, 1000)) == 11_000_000  # 2 decoded + the 32-bit steps to 8 bits
    assert estimated_decode_bytes("RGBA", (1000, 1000)) == 16_000_000  # + RGBA, background and composite
    assert estimated_decode_bytes("RGB", (12_000, 9_000), 2048) < MAX_DECODE_BYTES  # a 108 MP phone photo
