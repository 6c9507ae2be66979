"""Finds JPEGs with image data cut out of the middle, which Pillow decodes silently with grey or smeared blocks.

libjpeg reports such damage only as a warning ("Corrupt JPEG data: premature end of data segment") that Pillow
never passes on, and it resynchronises at the next restart marker, so the photo "loads" with part of the scene
invented.  For evidence that is not acceptable: the monitor must learn the file is damaged.  When a baseline
JPEG uses restart intervals (most cameras do), the number and numbering of the restart markers is fixed by the
header, so counting them proves whether any stretch of image data is missing.  JPEGs without restart markers
cannot be checked this way; a file cut at its end is caught by Pillow itself.
"""

from __future__ import annotations

import re

from kpfield.errors import TruncatedImage

# A marker is 0xFF followed by anything but 0x00 (byte stuffing) or 0xFF (fill byte before the real marker).
_MARKER = re.compile(rb"\xff[^\x00\xff]")
_SOF_SEQUENTIAL = {0xC0, 0xC1}  # baseline and extended sequential, Huffman coded: one scan, checkable
_NO_LENGTH = {0x01} | set(range(0xD0, 0xD8))


def check_jpeg_restart_markers(data: bytes) -> None:
    """Raise :class:`TruncatedImage` when restart markers prove that image data is missing.

    Best-effort: any structure this check does not fully understand (progressive, several scans, no restart
    interval, odd headers) is left to the decoder and passes silently.

    :param data: the whole JPEG file
    """
    header = _read_header(data)
    if header is None:
        return
    width, height, components, interval, scan_components, start = header
    expected = _restart_markers_expected(width, height, components, scan_components, interval)
    if expected is None:
        return
    seen = 0
    for match in _MARKER.finditer(data, start):
        marker = match.group()[1]
        if 0xD0 <= marker <= 0xD7:
            if marker - 0xD0 != seen % 8:
                raise TruncatedImage(
                    "The photo is damaged or incomplete: part of its image data is missing or out of order "
                    f"(restart marker {seen} of {expected} is wrong).",
                    expected=expected, position=seen,
                )
            seen += 1
            continue
        break  # EOI, or the next segment: the scan's data ends here
    # Some encoders add one superfluous marker after the last interval; that loses nothing.
    if seen < expected or seen > expected + 1:
        raise TruncatedImage(
            "The photo is damaged or incomplete: part of its image data is missing "
            f"(found {seen} of {expected} restart markers).",
            expected=expected, found=seen,
        )


def _read_header(data: bytes):
    """Walk the segments up to the first SOS; return what the check needs, or None when it does not apply."""
    if not data.startswith(b"\xff\xd8"):
        return None
    pos, size = 2, len(data)
    frame = None
    interval = 0
    while pos + 4 <= size:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _NO_LENGTH:
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        if length < 2 or pos + 2 + length > size:
            return None
        body = data[pos + 4:pos + 2 + length]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if marker not in _SOF_SEQUENTIAL or frame is not None or len(body) < 6:
                return None
            height = int.from_bytes(body[1:3], "big")
            width = int.from_bytes(body[3:5], "big")
            count = body[5]
            if len(body) < 6 + 3 * count or count == 0:
                return None
            comps = {body[6 + 3 * i]: (body[7 + 3 * i] >> 4, body[7 + 3 * i] & 0x0F) for i in range(count)}
            frame = (width, height, comps)
        elif marker == 0xDD and len(body) >= 2:
            interval = int.from_bytes(body[0:2], "big")
        elif marker == 0xDA:
            if frame is None or not body:
                return None
            scan_ids = [body[1 + 2 * i] for i in range(body[0]) if 1 + 2 * i < len(body)]
            width, height, comps = frame
            return width, height, comps, interval, scan_ids, pos + 2 + length
        elif marker == 0xD9:
            return None
        pos += 2 + length
    return None


def _restart_markers_expected(width, height, comps, scan_ids, interval) -> int | None:
    """Number of RST markers a complete single-scan JPEG holds (ITU T.81, A.2), or None if not applicable."""
    if interval <= 0 or width <= 0 or height <= 0 or not comps:
        return None
    if any(h not in (1, 2, 3, 4) or v not in (1, 2, 3, 4) for h, v in comps.values()):
        return None
    if len(set(scan_ids)) != len(comps) or set(scan_ids) != set(comps):
        if len(scan_ids) != 1 or scan_ids[0] not in comps:
            return None  # several non-interleaved scans: each has its own markers; not checked
    hmax = max(h for h, _ in comps.values())
    vmax = max(v for _, v in comps.values())
    if len(scan_ids) == 1:
        h, v = comps[scan_ids[0]]
        if len(comps) != 1:
            return None
        # A non-interleaved scan codes single 8x8 blocks of the component's own (subsampled) size.
        comp_w = -(-width * h // hmax)
        comp_h = -(-height * v // vmax)
        units = -(-comp_w // 8) * -(-comp_h // 8)
    else:
        units = -(-width // (8 * hmax)) * -(-height // (8 * vmax))
    return -(-units // interval) - 1
