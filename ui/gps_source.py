"""Getting a position from a GPS receiver: the system location service, an NMEA serial device, or an NMEA log.

NMEA input (a serial device or a replayed log) is read and parsed on the worker pool with the core's
:class:`kpfield.geo.NMEAParser`; its live status (fix quality, satellites, accuracy) comes back to the GUI thread
through a queued signal. Stale coordinates from a receiver without a fix are never reported: only the parser's
valid fix counts, and when there is none the reader says so.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPositioning import QGeoPositionInfo, QGeoPositionInfoSource

from kpfield.errors import NMEAError, NoFix
from kpfield.geo import Fix, Location, LocationSource, NMEAParser, iter_serial, read_nmea
from kpfield.geo.nmea import UERE_M
from ui.tasks import TaskManager

SYSTEM_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class GpsStatus:
    """What the receiver says while we wait (from :class:`kpfield.geo.ReceiverStatus`), plus the fix quality."""

    state: str = "no data"  # "no data", "searching" (no fix), "fix", "simulator"
    quality: int | None = None  # GGA fix quality of the latest fix (1 GPS, 2 DGPS...), None before any
    satellites_in_view: int | None = None
    satellites_used: int | None = None
    hdop: float | None = None

    @property
    def accuracy_m(self) -> float | None:
        return round(self.hdop * UERE_M, 1) if self.hdop is not None else None


class _Cancelled(Exception):
    pass


class GpsReader(QObject):
    """One attempt at a position. Emits :attr:`progressed` (GpsStatus) while waiting, then :attr:`found`
    (Location, source GPS) or :attr:`failed` (an exception: NoFix, NMEAError, OSError...)."""

    progressed = Signal(object)
    found = Signal(object)
    failed = Signal(object)
    _concluded = Signal(object, object, object)  # cancel token, Location or None, exception or None

    def __init__(self, tasks: TaskManager, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._cancel = threading.Event()
        self._system: QGeoPositionInfoSource | None = None
        self._running = False
        self._concluded.connect(self._finish)

    @property
    def running(self) -> bool:
        return self._running

    # --- NMEA (log replay or serial device) on the worker pool --------------------------------------------
    def replay_log(self, path: str | Path) -> None:
        """Replay an NMEA log file (what a receiver recorded): live status as it goes, then its latest fix."""
        path = Path(path)
        self._start(lambda cancel, report: _replay(path, cancel, report))

    def read_serial(self, port: str, baudrate: int = 4800) -> None:
        """Read an NMEA receiver on a serial port until it has a fix or :meth:`cancel` is called."""
        self._start(lambda cancel, report: _serial_fix(port, baudrate, cancel, report))

    def _start(self, job) -> None:
        self.cancel()
        self._cancel = threading.Event()
        cancel = self._cancel
        self._running = True
        # Both signals are emitted from the worker thread and queued to the GUI thread in order, so the last
        # status is always shown before the result.
        progressed, concluded = self.progressed.emit, self._concluded.emit

        def work() -> None:
            try:
                concluded(cancel, job(cancel, progressed), None)
            except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
                concluded(cancel, None, exc)

        self._tasks.run_work(work)

    def _finish(self, cancel: threading.Event, location: Location | None, exc: BaseException | None) -> None:
        if cancel is not self._cancel or cancel.is_set():
            return  # a cancelled or superseded attempt: its result is not wanted any more
        self._running = False
        if exc is not None:
            self.failed.emit(exc)
        else:
            self.found.emit(location)

    # --- the system location service (Qt Positioning) ----------------------------------------------------
    def use_system(self) -> bool:
        """Ask the operating system's location service once; False when this computer has none."""
        self.cancel()
        source = QGeoPositionInfoSource.createDefaultSource(self)
        if source is None:
            return False
        self._system = source
        self._running = True
        source.positionUpdated.connect(self._on_system_position_updated)
        source.errorOccurred.connect(self._on_system_error_occurred)
        source.requestUpdate(SYSTEM_TIMEOUT_MS)
        return True

    def _on_system_position_updated(self, info: QGeoPositionInfo) -> None:
        coordinate = info.coordinate()
        if not info.isValid() or not coordinate.isValid():
            return
        accuracy = None
        if info.hasAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy):
            accuracy = info.attribute(QGeoPositionInfo.Attribute.HorizontalAccuracy)
        stamp = info.timestamp()
        moment = stamp.toUTC().toPython().replace(tzinfo=timezone.utc) if stamp.isValid() else None
        altitude = coordinate.altitude()
        self._stop_system()
        self._running = False
        try:
            location = Location(coordinate.latitude(), coordinate.longitude(), LocationSource.GPS,
                                alt=None if altitude != altitude else altitude,  # NaN when unknown
                                accuracy_m=accuracy,
                                fix_time=moment)
        except Exception as exc:  # noqa: BLE001 - an impossible reading is reported like any failure
            self.failed.emit(exc)
            return
        self.found.emit(location)

    def _on_system_error_occurred(self, _error) -> None:
        self._stop_system()
        self._running = False
        self.failed.emit(NoFix("The location service gave no position."))

    def _stop_system(self) -> None:
        if self._system is not None:
            self._system.stopUpdates()
            self._system.deleteLater()
            self._system = None

    def cancel(self) -> None:
        """Stop waiting; nothing is reported for the attempt in progress."""
        self._cancel.set()
        self._stop_system()
        self._running = False


# --- worker-side helpers (no Qt object is touched here; ``report`` is a signal's emit) ----------------------
def _status(parser: NMEAParser) -> GpsStatus:
    s = parser.last_status
    quality = parser.last_fix.quality if parser.last_fix is not None else None
    return GpsStatus(s.state, quality, s.satellites_in_view, s.satellites_used, s.hdop)


def _feed(parser: NMEAParser, lines, cancel: threading.Event, report, *, stop_at_fix: bool) -> Fix | None:
    last = None
    for line in lines:
        if cancel.is_set():
            raise _Cancelled()
        fix = parser.feed_line(line)
        status = _status(parser)
        if status != last:
            report(status)
            last = status
        if fix is not None and stop_at_fix:
            return fix
    return None


def _replay(path: Path, cancel: threading.Event, report) -> Location:
    """Show the log's status as it is read, then take the core's verdict: its latest valid fix, or why not."""
    try:
        with path.open("rb") as handle:
            _feed(NMEAParser(), handle, cancel, report, stop_at_fix=False)
    except OSError as exc:
        raise NMEAError(f"The GPS log cannot be read: {exc.strerror or exc}.") from None
    return read_nmea(path).to_location()  # NoFix / NMEAError say plainly why there is no position


def _serial_fix(port: str, baudrate: int, cancel: threading.Event, report) -> Location:
    """The receiver's first valid fix; iter_serial yields b"" every second so cancelling is prompt."""
    lines = iter_serial(port, baudrate)
    try:
        fix = _feed(NMEAParser(), lines, cancel, report, stop_at_fix=True)
    finally:
        lines.close()  # releases the port
    if fix is None:
        raise NoFix("The receiver stopped sending data before it had a position.")
    return fix.to_location()
