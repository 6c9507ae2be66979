"""A photo viewer with zoom and next/previous, drawn from memory: the stored preview first, then, when zooming in
past it, a full-resolution upright rendering made on the worker pool. Nothing is written to disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kpfield.media import render_oriented
from kpfield.model import Photo
from ui.errors import describe

MAX_FULL_PX = 8000
ZOOM_STEPS = (0.125, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)


def pil_to_qimage(image) -> QImage:
    """Convert a Pillow image to a QImage in memory (a deep copy, so the bytes can go)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


class PhotoViewerDialog(QDialog):
    """Shows one photo of a list; zoom with +/-/0 (fit), move with Page Up/Page Down or the arrows."""

    def __init__(self, session, photos: list[Photo], index: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo — KP Field"))
        self.setModal(False)
        self.resize(900, 700)
        self._session = session
        self._photos = list(photos)
        self._index = index
        self._image = QImage()  # the best rendering we have of the current photo
        self._full_for: str | None = None  # the photo id a full-resolution rendering was asked for
        self._zoom: float | None = None  # None = fit to window

        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.tr("Photo"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image_label)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidgetResizable(False)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("◀ &Previous"), self)
        self.next_button = QPushButton(self.tr("&Next ▶"), self)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out (−)"), self)
        self.fit_button = QPushButton(self.tr("&Fit (0)"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in (+)"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        for button in (self.previous_button, self.next_button, self.zoom_out_button, self.fit_button,
                       self.zoom_in_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.info_label)
        layout.addLayout(buttons)

        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit)
        self.close_button.clicked.connect(self.close)
        for keys, slot in (((QKeySequence.StandardKey.ZoomIn, "+", "="), self.zoom_in),
                           ((QKeySequence.StandardKey.ZoomOut, "-"), self.zoom_out), (("0",), self.fit),
                           (("PgDown", "Right"), self.show_next), (("PgUp", "Left"), self.show_previous)):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        self._load()

    # --- navigation and zoom -----------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def image(self) -> QImage:
        return self._image

    def show_next(self) -> None:
        if self._index + 1 < len(self._photos):
            self._index += 1
            self._load()

    def show_previous(self) -> None:
        if self._index > 0:
            self._index -= 1
            self._load()

    def zoom_in(self) -> None:
        current = self._effective_zoom()
        self._zoom = next((z for z in ZOOM_STEPS if z > current + 1e-6), ZOOM_STEPS[-1])
        self._render()
        self._maybe_fetch_full()

    def zoom_out(self) -> None:
        current = self._effective_zoom()
        self._zoom = next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-6), ZOOM_STEPS[0])
        self._render()

    def fit(self) -> None:
        self._zoom = None
        self._render()

    # --- loading -----------------------------------------------------------------------------------------
    def _photo(self) -> Photo:
        return self._photos[self._index]

    def _load(self) -> None:
        photo = self._photo()
        self._image = QImage()
        self._full_for = None
        self._zoom = None
        self.image_label.setText(self.tr("Loading…"))
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index + 1 < len(self._photos))
        details = [photo.caption or photo.filename, self.tr("%d × %d pixels") % (photo.display_width,
                                                                                photo.display_height)]
        if photo.taken_at:
            details.append(self.tr("taken %s") % photo.taken_at)
        if photo.gps:
            details.append(self.tr("GPS %s") % photo.gps.format("decimal"))
        self.info_label.setText(" · ".join(details))
        self.setWindowTitle(self.tr("Photo %d of %d — KP Field") % (self._index + 1, len(self._photos)))
        photo_id = photo.id
        self._session.op(lambda p: p.photos.read(photo_id, "preview"),
                         on_done=lambda data: self._on_preview_read(photo_id, data), on_error=self._on_failed)

    def _on_preview_read(self, photo_id: str, data: bytes) -> None:
        if photo_id != self._photo().id:
            return
        self._image = QImage.fromData(data)
        self._render()

    def _maybe_fetch_full(self) -> None:
        """Zoomed past the preview's resolution: render the original upright on the worker pool."""
        photo = self._photo()
        longest = max(photo.display_width, photo.display_height)
        have = max(self._image.width(), self._image.height())
        if self._image.isNull() or self._full_for == photo.id or longest <= have or self._effective_zoom() <= 1.0:
            return  # the preview already has every pixel the screen can show
        self._full_for = photo.id
        photo_id = photo.id
        max_px = min(longest, MAX_FULL_PX)

        def rendered(image: QImage) -> None:
            if photo_id == self._photo().id and not image.isNull():
                ratio = max(image.width(), image.height()) / max(self._image.width(), self._image.height())
                if self._zoom is not None:
                    self._zoom /= ratio  # keep the on-screen size while the detail improves
                self._image = image
                self._render()

        def render(data: bytes) -> None:
            self._session.tasks.run_work(lambda: pil_to_qimage(render_oriented(data, max_px)),
                                         on_done=rendered, on_error=self._on_failed)

        self._session.op(lambda p: p.photos.read(photo_id, "original"), on_done=render, on_error=self._on_failed)

    def _effective_zoom(self) -> float:
        if self._zoom is not None:
            return self._zoom
        if self._image.isNull():
            return 1.0
        area = self.scroll.viewport().size()
        return min(area.width() / self._image.width(), area.height() / self._image.height(), 1.0)

    def _render(self) -> None:
        if self._image.isNull():
            return
        zoom = self._effective_zoom()
        size = self._image.size() * zoom
        pixmap = QPixmap.fromImage(self._image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        self.image_label.setPixmap(pixmap)
        self.image_label.resize(pixmap.size())

    def _on_failed(self, exc: BaseException) -> None:
        self.image_label.setText(describe(exc))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._zoom is None:
            self._render()

    def closeEvent(self, event) -> None:
        self._image = QImage()  # drop the decoded photo at once
        self.image_label.clear()
        super().closeEvent(event)
