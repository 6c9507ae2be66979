"""Recognises what a byte string is from its first bytes, so refusals can say what the file looks like."""

from __future__ import annotations

from dataclasses import dataclass

# Formats we let Pillow parse.  Everything else is refused before any decoder sees it: fewer parsers exposed
# to hostile files (EPS would even start Ghostscript), and field photos are never in exotic formats.
# MPO is how Pillow names a JPEG carrying a multi-picture index (many phones and cameras write those).
ALLOWED_FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "TIFF", "HEIF", "AVIF", "GIF", "BMP")

# ISO-BMFF ("ftyp") brands.  HEIF brands need pillow-heif; AVIF is read by Pillow itself.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
_VIDEO_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"mp71", b"qt  ", b"M4V ",
                 b"M4A ", b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"avc1", b"dash", b"MSNV", b"f4v "}


@dataclass(frozen=True)
class Sniffed:
    """What the leading bytes say: ``kind`` is "image", "unsupported_image" or "other"; ``name`` is for people."""

    kind: str
    name: str


def _ftyp_brands(head: bytes) -> list[bytes]:
    """Major and compatible brands of an ISO-BMFF file, or [] when there is no ``ftyp`` box first."""
    if len(head) < 12 or head[4:8] != b"ftyp":
        return []
    size = int.from_bytes(head[0:4], "big")
    end = min(len(head), max(16, size))
    brands = [head[8:12]]
    brands += [head[i:i + 4] for i in range(16, end - 3, 4)]
    return brands


def sniff(data: bytes) -> Sniffed:
    """Guess the kind of file from its magic bytes.

    :param data: the whole file (only the first few hundred bytes are looked at)
    """
    head = data[:512]
    brands = _ftyp_brands(head)
    if brands:
        if brands[0] in _AVIF_BRANDS or (brands[0] in {b"mif1", b"msf1"} and _AVIF_BRANDS & set(brands[1:])):
            return Sniffed("image", "AVIF")
        if _HEIF_BRANDS & set(brands):
            return Sniffed("image", "HEIC")
        if brands[0] in {b"jxl "}:
            return Sniffed("unsupported_image", "JPEG XL")
        if brands[0] in {b"crx "}:
            return Sniffed("unsupported_image", "Canon CR3 raw")
        if _VIDEO_BRANDS & set(brands):
            return Sniffed("other", "a video")
        return Sniffed("other", "an MP4/QuickTime-style media file")
    table: list[tuple[bytes, str, str]] = [
        (b"\xff\xd8\xff", "image", "JPEG"),
        (b"\x89PNG\r\n\x1a\n", "image", "PNG"),
        (b"GIF87a", "image", "GIF"),
        (b"GIF89a", "image", "GIF"),
        (b"II*\x00", "image", "TIFF"),
        (b"MM\x00*", "image", "TIFF"),
        (b"BM", "image", "BMP"),
        (b"8BPS", "unsupported_image", "Photoshop (PSD)"),
        (b"\x00\x00\x01\x00", "unsupported_image", "Windows icon"),
        (b"\x00\x00\x00\x0cjP  ", "unsupported_image", "JPEG 2000"),
        (b"\xffO\xffQ", "unsupported_image", "JPEG 2000"),
        (b"\xff\x0a", "unsupported_image", "JPEG XL"),
        (b"\x00\x00\x00\x0cJXL ", "unsupported_image", "JPEG XL"),
        (b"II\xbc\x01", "unsupported_image", "JPEG XR"),
        (b"FUJIFILMCCD-RAW", "unsupported_image", "Fujifilm raw"),
        (b"IIRO", "unsupported_image", "Olympus raw"),
        (b"%!PS", "unsupported_image", "PostScript/EPS"),
        (b"\xc5\xd0\xd3\xc6", "unsupported_image", "PostScript/EPS"),
        (b"%PDF", "other", "a PDF"),
        (b"PK\x03\x04", "other", "a ZIP archive or office document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "other", "an old Microsoft Office document"),
        (b"Rar!", "other", "a RAR archive"),
        (b"7z\xbc\xaf\x27\x1c", "other", "a 7-Zip archive"),
        (b"\x1f\x8b", "other", "a gzip archive"),
        (b"\x7fELF", "other", "a program"),
        (b"MZ", "other", "a Windows program"),
        (b"ID3", "other", "an audio file"),
        (b"OggS", "other", "an audio or video file"),
        (b"fLaC", "other", "an audio file"),
        (b"\x1aE\xdf\xa3", "other", "a video"),
        (b"SQLite format 3\x00", "other", "a database"),
    ]
    for magic, kind, name in table:
        if head.startswith(magic):
            return Sniffed(kind, name)
    if head.startswith(b"RIFF") and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return Sniffed("image", "WEBP")
        if form == b"AVI ":
            return Sniffed("other", "a video")
        if form == b"WAVE":
            return Sniffed("other", "an audio file")
    return _sniff_text(head)


def _sniff_text(head: bytes) -> Sniffed:
    """Text, HTML and SVG are told apart so the user learns why a "photo" was refused."""
    if not head:
        return Sniffed("other", "empty")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the 512-byte window is still text.
        if exc.start < len(head) - 4:
            return Sniffed("other", "unknown binary data")
        text = head[: exc.start].decode("utf-8")
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if "<svg" in lowered:
        return Sniffed("unsupported_image", "SVG drawing")
    if lowered.startswith(("<!doctype html", "<html")):
        return Sniffed("other", "a web page (HTML)")
    printable = sum(ch.isprintable() or ch in "\t\r\n" for ch in text)
    if printable >= 0.95 * len(text):
        return Sniffed("other", "text")
    return Sniffed("other", "unknown binary data")
