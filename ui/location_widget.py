"""The report's location: from a GPS receiver, from an attached photo's EXIF, or typed by hand (checked as typed).

The source is always shown next to the coordinates, with the accuracy when it is known.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from kpfield.errors import CoordinateError, NoFix
from kpfield.geo import Location, LocationSource, parse_location
from kpfield.geo.location import distance_m
from kpfield.geo.sites import distance_from_site_km
from kpfield.model import Photo
from ui.errors import describe
from ui.file_dialogs import home_folder
from ui.gps_source import GpsReader, GpsStatus
from ui.tasks import TaskManager

ERROR_STYLE = "color: #b00020"
OK_STYLE = "color: #1b5e20"


def _tr(text: str) -> str:
    return QCoreApplication.translate("location", text)


# Every text below is marked for lupdate here and translated when shown (lupdate cannot see through _tr).
_SOURCES = {
    LocationSource.GPS: QT_TRANSLATE_NOOP("location", "GPS receiver"),
    LocationSource.PHOTO: QT_TRANSLATE_NOOP("location", "photo EXIF"),
    LocationSource.MANUAL: QT_TRANSLATE_NOOP("location", "manual entry"),
    LocationSource.MAP: QT_TRANSLATE_NOOP("location", "map"),
}
_TEXTS = {
    "accuracy": QT_TRANSLATE_NOOP("location", ", ± %s m"),
    "no data": QT_TRANSLATE_NOOP("location", "Waiting for data from the GPS receiver…"),
    "simulator": QT_TRANSLATE_NOOP("location", "The receiver is in simulator mode: its positions are not real."),
    "fix": QT_TRANSLATE_NOOP("location", "Fix"),
    "quality": QT_TRANSLATE_NOOP("location", "quality %d"),
    "waiting": QT_TRANSLATE_NOOP("location", "No fix yet, waiting"),
    "satellites": QT_TRANSLATE_NOOP("location", "%d satellites"),
    "hdop": QT_TRANSLATE_NOOP("location", "accuracy about ± %s m (HDOP %s)"),
}


def source_text(location: Location) -> str:
    """"GPS receiver", "photo EXIF", "manual entry" (translated), with the accuracy when known."""
    text = _tr(_SOURCES[location.source]) if location.source in _SOURCES else location.source_label
    if location.accuracy_m is not None:
        text += _tr(_TEXTS["accuracy"]) % f"{location.accuracy_m:.0f}"
    return text


def _km(km: float) -> str:
    return _tr(QT_TRANSLATE_NOOP("location", "{value} km")).format(value=f"{km:.0f}" if km >= 10 else f"{km:.1f}")


def status_text(status: GpsStatus) -> str:
    """A live line while waiting: fix or not, quality, satellites, accuracy."""
    if status.state in ("no data", "simulator"):
        return _tr(_TEXTS[status.state])
    parts = []
    if status.state == "fix":
        head = _tr(_TEXTS["fix"])
        if status.quality is not None:
            parts.append(_tr(_TEXTS["quality"]) % status.quality)
        satellites = status.satellites_used
    else:
        head = _tr(_TEXTS["waiting"])
        satellites = status.satellites_in_view if status.satellites_in_view is not None else status.satellites_used
    if satellites is not None:
        parts.append(_tr(_TEXTS["satellites"]) % satellites)
    if status.accuracy_m is not None:
        parts.append(_tr(_TEXTS["hdop"]) % (f"{status.accuracy_m:.0f}", f"{status.hdop:g}"))
    return f"{head}: {', '.join(parts)}" if parts else head


class LocationWidget(QWidget):
    """Shows the location with its source; sets it from GPS, a photo, or typed coordinates."""

    changed = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self._location: Location | None = None
        self._photos: list[Photo] = []
        self._read_only = False
        self.reader = GpsReader(tasks, self)

        self.coordinates_label = QLabel(self)
        self.coordinates_label.setAccessibleName(self.tr("Location"))
        self.coordinates_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label = QLabel(self)
        self.source_label.setAccessibleName(self.tr("Location source"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the location"))
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

        self.manual_edit = QLineEdit(self)
        self.manual_edit.setPlaceholderText(
            self.tr("Type coordinates, e.g. -17.6478, 31.4861 or 17°38'52\"S 31°29'10\"E"))
        self.manual_edit.setAccessibleName(self.tr("Coordinates typed by hand"))
        self.manual_edit.textChanged.connect(self._on_manual_edit_text_changed)
        self.manual_edit.returnPressed.connect(self._on_manual_edit_return_pressed)
        self.manual_button = QPushButton(self.tr("Set"), self)
        self.manual_button.setAccessibleName(self.tr("Set the typed coordinates"))
        self.manual_button.clicked.connect(self._on_manual_edit_return_pressed)
        self.manual_message = QLabel(self)
        self.manual_message.setWordWrap(True)
        self.manual_message.setAccessibleName(self.tr("Coordinates check"))

        self.gps_button = QToolButton(self)
        self.gps_button.setText(self.tr("Use &GPS receiver"))
        self.gps_button.setAccessibleName(self.tr("Use GPS receiver"))
        self.gps_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        gps_menu = QMenu(self.gps_button)
        self.system_action = QAction(self.tr("This computer's location service"), self)
        self.system_action.triggered.connect(self._on_system_action_triggered)
        self.serial_menu = QMenu(self.tr("NMEA device"), gps_menu)
        self.serial_menu.aboutToShow.connect(self._on_serial_menu_about_to_show)
        self.log_action = QAction(self.tr("Replay an NMEA log file…"), self)
        self.log_action.triggered.connect(self._on_log_action_triggered)
        gps_menu.addAction(self.system_action)
        gps_menu.addMenu(self.serial_menu)
        gps_menu.addAction(self.log_action)
        self.gps_button.setMenu(gps_menu)
        self.cancel_gps_button = QPushButton(self.tr("Stop"), self)
        self.cancel_gps_button.setAccessibleName(self.tr("Stop waiting for the GPS receiver"))
        self.cancel_gps_button.hide()
        self.cancel_gps_button.clicked.connect(self._on_cancel_gps_button_clicked)

        self.photo_button = QToolButton(self)
        self.photo_button.setText(self.tr("From &photo"))
        self.photo_button.setAccessibleName(self.tr("Take the location from an attached photo"))
        self.photo_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.photo_menu = QMenu(self.photo_button)
        self.photo_button.setMenu(self.photo_menu)

        # Where a photo's position came from and how far it is from the site: never applied without a word.
        self.photo_notice = QLabel(self)
        self.photo_notice.setWordWrap(True)
        self.photo_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.photo_notice.setAccessibleName(self.tr("Position from a photo"))
        self.undo_photo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_photo_button.setAccessibleName(self.tr("Undo: do not use the photo's position"))
        self.undo_photo_button.clicked.connect(self._on_undo_photo_button_clicked)
        self._before_photo: Location | None = None

        self.gps_status = QLabel(self)
        self.gps_status.setWordWrap(True)
        self.gps_status.setAccessibleName(self.tr("GPS status"))

        top = QHBoxLayout()
        top.addWidget(self.coordinates_label, 1)
        top.addWidget(self.source_label)
        top.addWidget(self.clear_button)
        manual = QHBoxLayout()
        manual.addWidget(self.manual_edit, 1)
        manual.addWidget(self.manual_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.gps_button)
        buttons.addWidget(self.cancel_gps_button)
        buttons.addWidget(self.photo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(manual)
        layout.addWidget(self.manual_message)
        layout.addLayout(buttons)
        notice = QHBoxLayout()
        notice.addWidget(self.photo_notice, 1)
        notice.addWidget(self.undo_photo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(notice)
        layout.addWidget(self.gps_status)
        self._hide_photo_notice()

        self.reader.progressed.connect(self._on_reader_progressed)
        self.reader.found.connect(self._on_reader_found)
        self.reader.failed.connect(self._on_reader_failed)
        self._show_location()
        self._update_photo_menu()

    # --- public ------------------------------------------------------------------------------------------
    def location(self) -> Location | None:
        return self._location

    def set_location(self, location: Location | None) -> None:
        """Show ``location`` (loading a report; does not emit :attr:`changed`)."""
        self._location = location
        self._show_location()
        self._hide_photo_notice()

    def set_photos(self, photos: list[Photo]) -> None:
        """The attached photos, offered in "From photo" when they carry GPS."""
        self._photos = list(photos)
        self._update_photo_menu()

    def use_location(self, location: Location | None) -> None:
        """Set the location as the user chose it (emits :attr:`changed`)."""
        if self._read_only:
            return
        self._location = location
        self._show_location()
        self.changed.emit()

    def use_photo_position(self, photo: Photo, site: str = "") -> None:
        """Take ``photo``'s EXIF position, saying so, how far it is from ``site``, and offering Undo."""
        if self._read_only or photo.gps is None:
            return
        previous = self._location
        self.use_location(photo.gps)
        self._before_photo = previous
        name = photo.filename or self.tr("photo %d") % (photo.position + 1)
        lines = [self.tr("Location taken from the photo {name} (the GPS position in its EXIF data).").format(
            name=name)]
        far = self._site_line(site, photo.gps, lines)
        self._show_photo_notice(lines, warn=far, undo=True)

    def compare_photo_position(self, photo: Photo, site: str = "") -> None:
        """A photo added when the report already has a location: say if its position is elsewhere (not applied)."""
        if photo.gps is None or self._location is None:
            return
        km = distance_m(self._location, photo.gps) / 1000
        if km < 1:
            return
        name = photo.filename or self.tr("photo %d") % (photo.position + 1)
        lines = [self.tr("The photo {name} was taken {distance} from the report's location (its EXIF GPS). The "
                         "location was not changed; “From photo” uses the photo's position.").format(
            name=name, distance=_km(km))]
        self._site_line(site, photo.gps, lines)
        self._show_photo_notice(lines, warn=True, undo=False)

    def _site_line(self, site: str, position: Location, lines: list[str]) -> bool:
        """Add how far ``position`` is from the site's mining area; returns whether it is outside it."""
        found = distance_from_site_km(site, position)
        if found is None:
            lines.append(self.tr("No known mining area matches the site to compare it with: check it on the map."))
            return False
        area, km = found
        outside = km > area.radius_km + 5
        text = (self.tr("It is {distance} from {site}: check that the photo was taken there.") if outside
                else self.tr("It is within about {distance} of the centre of {site}."))
        lines.append(text.format(distance=_km(km), site=area.name))
        return outside

    def _show_photo_notice(self, lines: list[str], *, warn: bool, undo: bool) -> None:
        self.photo_notice.setText("\n".join(lines))
        self.photo_notice.setStyleSheet(ERROR_STYLE if warn else "")
        self.photo_notice.show()
        self.undo_photo_button.setVisible(undo)

    def _hide_photo_notice(self) -> None:
        self.photo_notice.clear()
        self.photo_notice.hide()
        self.undo_photo_button.hide()

    def _on_undo_photo_button_clicked(self) -> None:
        self.use_location(self._before_photo)
        self._hide_photo_notice()

    def _site(self) -> str:
        site_of = getattr(self.parent(), "site_combo", None)
        return site_of.currentText() if site_of is not None else ""

    def replay_nmea_log(self, path: str) -> None:
        """Read a position from an NMEA log file (what "Replay an NMEA log file…" calls after its dialog)."""
        self._begin_gps(self.tr("Reading the NMEA log…"))
        self.reader.replay_log(path)

    def read_serial_device(self, port: str) -> None:
        self._begin_gps(self.tr("Waiting for the receiver on %s…") % port)
        self.reader.read_serial(port)

    def focus_chain(self) -> list[QWidget]:
        return [self.manual_edit, self.manual_button, self.gps_button, self.cancel_gps_button, self.photo_button,
                self.clear_button]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.manual_edit, self.manual_button, self.gps_button):
            widget.setEnabled(not read_only)
        self._show_location()  # "Clear" only with a location to clear
        self._update_photo_menu()
        if read_only:
            self.reader.cancel()
            self.cancel_gps_button.hide()

    def stop(self) -> None:
        """Stop any GPS reading (the editor is closing)."""
        self.reader.cancel()

    # --- display -----------------------------------------------------------------------------------------
    def _show_location(self) -> None:
        loc = self._location
        if loc is None:
            self.coordinates_label.setText(self.tr("No location yet"))
            self.source_label.setText("")
        else:
            self.coordinates_label.setText(loc.format("decimal"))
            self.source_label.setText(self.tr("Source: %s") % source_text(loc))
        self.clear_button.setEnabled(loc is not None and not self._read_only)

    def _update_photo_menu(self) -> None:
        self.photo_menu.clear()
        with_gps = [p for p in self._photos if p.gps is not None]
        for photo in with_gps:
            name = photo.filename or self.tr("photo %d") % (photo.position + 1)
            action = self.photo_menu.addAction(f"{name}: {photo.gps.format('decimal')}")
            action.triggered.connect(lambda _=False, p=photo: self.use_photo_position(p, self._site()))
        self.photo_button.setEnabled(bool(with_gps) and not self._read_only)
        self.photo_button.setToolTip("" if with_gps else self.tr("No attached photo carries a GPS position."))

    # --- manual entry ------------------------------------------------------------------------------------
    def _on_manual_edit_text_changed(self, text: str) -> None:
        if not text.strip():
            self.manual_message.setText("")
            return
        try:
            loc = parse_location(text)
        except CoordinateError as exc:
            self.manual_message.setStyleSheet(ERROR_STYLE)
            self.manual_message.setText(describe(exc))
        else:
            self.manual_message.setStyleSheet(OK_STYLE)
            self.manual_message.setText(self.tr("%s — press Enter to use it.") % loc.format("decimal"))

    def _on_manual_edit_return_pressed(self) -> None:
        try:
            loc = parse_location(self.manual_edit.text())
        except CoordinateError as exc:
            self.manual_message.setStyleSheet(ERROR_STYLE)
            self.manual_message.setText(describe(exc))
            return
        self.manual_edit.clear()
        self.manual_message.setText("")
        self.use_location(loc)

    def _on_clear_button_clicked(self) -> None:
        self.use_location(None)

    # --- GPS -----------------------------------------------------------------------------------------------
    def _begin_gps(self, text: str) -> None:
        self.gps_status.setStyleSheet("")
        self.gps_status.setText(text)
        self.cancel_gps_button.show()

    def _on_system_action_triggered(self) -> None:
        self._begin_gps(self.tr("Asking this computer's location service…"))
        if not self.reader.use_system():
            self.cancel_gps_button.hide()
            self.gps_status.setStyleSheet(ERROR_STYLE)
            self.gps_status.setText(self.tr("This computer has no location service. Choose an NMEA device or "
                                            "type the coordinates."))

    def _on_serial_menu_about_to_show(self) -> None:
        self.serial_menu.clear()
        try:
            from serial.tools import list_ports

            ports = sorted(list_ports.comports(), key=lambda p: p.device)
        except Exception:  # noqa: BLE001 - no serial support here is the same as no device
            ports = []
        if not ports:
            self.serial_menu.addAction(self.tr("No serial device found")).setEnabled(False)
        for port in ports:
            label = f"{port.device} — {port.description}" if port.description else port.device
            action = self.serial_menu.addAction(label)
            action.triggered.connect(lambda _=False, d=port.device: self.read_serial_device(d))

    def _on_log_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Replay an NMEA log"), home_folder(),
                                              self.tr("NMEA logs (*.log *.nmea *.txt);;All files (*)"))
        if path:
            self.replay_nmea_log(path)

    def _on_cancel_gps_button_clicked(self) -> None:
        self.reader.cancel()
        self.cancel_gps_button.hide()
        self.gps_status.setText(self.tr("Stopped."))

    def _on_reader_progressed(self, status: GpsStatus) -> None:
        if not self.reader.running:
            return
        self.gps_status.setStyleSheet("")
        self.gps_status.setText(status_text(status))

    def _on_reader_found(self, location: Location) -> None:
        self.cancel_gps_button.hide()
        self.gps_status.setStyleSheet(OK_STYLE)
        self.gps_status.setText(self.tr("Position from the GPS receiver: %s") % location.format("decimal"))
        self.use_location(location)

    def _on_reader_failed(self, exc: BaseException) -> None:
        self.cancel_gps_button.hide()
        self.gps_status.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, NoFix):
            self.gps_status.setText(self.tr("No position. %s\nMove to open sky and try again, or type the "
                                            "coordinates.") % describe(exc))
        else:
            self.gps_status.setText(describe(exc))
