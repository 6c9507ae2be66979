"""Read NMEA from a log (path, binary stream or lines) or a USB/serial GPS receiver, bounded in memory and time."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from kpfield.errors import GPSReceiverError, NMEAError, NoFix
from kpfield.geo.nmea import MAX_LINE_CHARS, Fix, NMEAParser

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # hours of 1 Hz NMEA; a bigger log is read from its end
_CHUNK = 64 * 1024
_NOT_TEXT = bytes(range(256)).translate(None, bytes(range(0x20, 0x7F)) + b"\r\n\t")
_ENDS_WITH_CHECKSUM = re.compile(rb"\*[0-9A-Fa-f]{2}\s*$")
_OVERLONG = None  # marker yielded for a line longer than any NMEA sentence


class _Reader:
    """Splits a byte stream into bounded lines and measures how much of it is not text."""

    def __init__(self):
        self.total = 0
        self.binary = 0

    def lines(self, chunks: Iterable[bytes]) -> Iterator[tuple[bytes | None, bool]]:
        """Yield ``(line, terminated)``; a line longer than MAX_LINE_CHARS is yielded as None, never stored."""
        limit = MAX_LINE_CHARS + 2
        buf = bytearray()
        overlong = False
        for chunk in chunks:
            self.total += len(chunk)
            self.binary += len(chunk) - len(chunk.translate(None, _NOT_TEXT))
            start = 0
            while True:
                newline = chunk.find(b"\n", start)
                piece = chunk[start:] if newline == -1 else chunk[start:newline]
                if not overlong:
                    buf += piece
                    if len(buf) > limit:
                        overlong = True
                        buf.clear()
                if newline == -1:
                    break
                if overlong:
                    yield _OVERLONG, True
                else:
                    yield bytes(buf), True
                buf.clear()
                overlong = False
                start = newline + 1
        if overlong:
            yield _OVERLONG, False
        elif buf:
            yield bytes(buf), False


def _file_chunks(f: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Chunks of a binary stream; a seekable one larger than max_bytes is read from its last max_bytes."""
    skip_partial = False
    try:
        seekable = f.seekable()
    except (AttributeError, OSError):
        seekable = False
    if seekable:
        start = f.tell()
        size = f.seek(0, os.SEEK_END) - start
        # The latest fix is at the end, so a huge log is read from there (its first, cut line dropped).
        f.seek(start + max(0, size - max_bytes))
        skip_partial = size > max_bytes
    budget = max_bytes
    while True:
        chunk = f.read(min(_CHUNK, budget + 1))
        if not chunk:
            return
        if not isinstance(chunk, (bytes, bytearray)):
            raise NMEAError("The GPS log must be opened in binary mode.")
        budget -= len(chunk)
        if budget < 0:
            raise NMEAError(f"The GPS data is larger than {max_bytes} bytes; only the end of a log is needed.",
                            code="nmea_too_large", limit=max_bytes)
        if skip_partial:
            newline = chunk.find(b"\n")
            chunk = chunk[newline + 1:] if newline != -1 else b""
            skip_partial = newline == -1
        yield bytes(chunk)


def _line_chunks(lines: Iterable, max_bytes: int) -> Iterator[bytes]:
    budget = max_bytes
    for line in lines:
        if isinstance(line, str):
            line = line.encode("utf-8", "replace")
        elif not isinstance(line, (bytes, bytearray)):
            raise NMEAError(f"GPS lines must be text or bytes, not {type(line).__name__}.")
        if not line.endswith(b"\n"):
            line = bytes(line) + b"\n"  # items of an iterable are whole lines
        budget -= len(line)
        if budget < 0:
            raise NMEAError(f"The GPS data is larger than {max_bytes} bytes; only the end of a log is needed.",
                            code="nmea_too_large", limit=max_bytes)
        yield bytes(line)


def read_nmea(source, max_bytes: int = DEFAULT_MAX_BYTES) -> Fix:
    """The latest valid fix in an NMEA log.

    Lines starting with ``#`` are comments; a cut-off last line is ignored. A seekable source larger than
    ``max_bytes`` is read from its end (where the latest fix is); a non-seekable one larger than that is refused.

    :param source: a path (``str`` or ``os.PathLike``), a binary file object, or an iterable of lines (str/bytes)
    :param max_bytes: the most bytes read
    :raises NoFix: the log is NMEA but holds no valid position (says why)
    :raises NMEAError: the data is not NMEA text (binary protocol, garbage, corrupted, empty)
    """
    if isinstance(source, (str, os.PathLike)):
        try:
            with open(source, "rb") as f:
                return _read(_file_chunks(f, max_bytes))
        except OSError as exc:
            raise NMEAError(f"The GPS log cannot be read: {exc.strerror or exc}.", code="nmea_unreadable") from None
    if hasattr(source, "read"):
        return _read(_file_chunks(source, max_bytes))
    if isinstance(source, (bytes, bytearray)):
        raise NMEAError("Pass GPS data as a path, a binary file object or lines, not one bytes object.")
    return _read(_line_chunks(source, max_bytes))


def _read(chunks: Iterable[bytes]) -> Fix:
    parser, reader = NMEAParser(), _Reader()
    text_lines = 0
    for line, terminated in reader.lines(chunks):
        if line is _OVERLONG:
            parser.junk += 1
            continue
        if not terminated and not _ENDS_WITH_CHECKSUM.search(line):
            continue  # the receiver was unplugged or the copy was cut mid-sentence
        if line.strip() and not line.lstrip().startswith(b"#"):
            text_lines += 1
        parser.feed_line(line)
    if parser.last_fix is not None:
        return parser.last_fix
    _raise_why(parser, reader, text_lines)


def _raise_why(parser: NMEAParser, reader: _Reader, data_lines: int):
    if parser.sentences == 0:
        if reader.binary > max(16, reader.total // 20):
            raise NMEAError("This is not NMEA text: it looks like binary data (e.g. a SiRF/UBX protocol); set the "
                            "receiver to NMEA mode.", code="nmea_binary")
        if data_lines == 0 and parser.junk == 0:
            raise NMEAError("The GPS log is empty: it holds no NMEA sentences.", code="nmea_empty")
        if parser.bad_checksums:
            raise NMEAError(f"The GPS data has {parser.bad_checksums} NMEA sentences but every checksum is wrong: "
                            "the data is damaged or the receiver uses another speed (baud rate).",
                            code="nmea_bad_checksums", count=parser.bad_checksums)
        if parser.missing_checksum:
            raise NMEAError(f"The GPS data has {parser.missing_checksum} sentences without a checksum; positions "
                            "that cannot be checked are not used.",
                            code="nmea_missing_checksums", count=parser.missing_checksum)
        raise NMEAError("This is not NMEA text: no NMEA sentences ($GPGGA, $GPRMC, ...) were found.", code="nmea_none")
    n = parser.sentences
    if parser.last_status.state == "simulator":
        raise NoFix(f"The GPS log has {n} sentences but no valid position: the receiver is in simulator mode.",
                    code="no_fix_simulator", count=n)
    if not any(parser.counts[kind] for kind in ("GGA", "RMC", "GLL")):
        raise NoFix(f"The GPS log has {n} sentences but no valid position: it holds no position sentences "
                    "(GGA, RMC or GLL).", code="no_fix_no_position_sentences", count=n)
    raise NoFix(f"The GPS log has {n} sentences but no valid position: the receiver reported no fix "
                "(status V / quality 0).", code="no_fix_no_fix", count=n)


def iter_serial(port, baudrate: int = 4800, timeout: float = 1.0) -> Iterator[bytes]:
    """Open a serial/USB GPS receiver and iterate over the lines it sends (feed them to :class:`NMEAParser`).

    The port is opened before this returns, so a missing or busy receiver raises here, not on first use.
    An empty ``b""`` is yielded whenever ``timeout`` seconds pass without a complete line, so the caller can
    check for cancellation; close the iterator (``.close()``) to release the port.

    :param port: a port name (``/dev/ttyUSB0``, ``COM3``), a pyserial URL (``loop://``), or an open
        pyserial-like object with ``readline`` (left open)
    :param baudrate: line speed; NMEA 0183 receivers default to 4800, many USB pucks use 4800 or 9600
    :param timeout: seconds to wait for a line before yielding ``b""``
    :raises GPSReceiverError: the port cannot be opened (or fails later, while iterating)
    """
    import serial  # pyserial is only needed with a receiver attached

    if isinstance(port, str):
        try:
            connection = serial.serial_for_url(port, baudrate=baudrate, timeout=timeout)
        except (serial.SerialException, ValueError, OSError) as exc:
            raise GPSReceiverError(f"The GPS receiver on {port} cannot be opened: {exc}",
                                   code="gps_receiver_cannot_open",
                                   port=str(port)) from None
        owned = True
    else:
        connection, owned, port = port, False, getattr(port, "port", None) or "the serial port"
    return _serial_lines(connection, owned, port, serial.SerialException)


def _serial_lines(connection, owned: bool, port: str, serial_error) -> Iterator[bytes]:
    try:
        while True:
            try:
                line = connection.readline(MAX_LINE_CHARS + 2)
            except (serial_error, OSError) as exc:
                raise GPSReceiverError(f"The GPS receiver on {port} stopped responding (unplugged?): {exc}",
                                       code="gps_receiver_stopped", port=str(port)) from None
            yield bytes(line)
    finally:
        if owned:
            connection.close()
