"""The report's photos as a thumbnail grid: add (file dialog or drag and drop, imported in the background),
caption, view and remove. Thumbnails come from the store as bytes and are drawn from memory (no files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from kpfield.media import THUMBNAIL_PX, process_photo
from kpfield.model import Photo
from ui.errors import describe
from ui.file_dialogs import PHOTO_FOLDER_KEY, photo_start_folder

ID_ROLE = Qt.ItemDataRole.UserRole + 1
IMAGE_FILTER = "*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.avif *.JPG *.JPEG *.PNG *.HEIC"


def _read_and_process(path: str):
    """Worker pool: read the chosen file and validate/render it (Pillow); nothing is written anywhere."""
    data = Path(path).read_bytes()
    return process_photo(data, Path(path).name)


class PhotoGridWidget(QWidget):
    """Thumbnails with captions. Emits :attr:`photos_changed` with the current list after every change."""

    photos_changed = Signal(list)  # list[Photo]
    photo_added = Signal(object)  # Photo, after it is in the store
    import_finished = Signal(int, list)  # how many were added, messages for those that were refused

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._report_id: str | None = None
        self._photos: list[Photo] = []
        self._read_only = False
        self._batch_total = 0
        self._batch_done = 0
        self._batch_added = 0
        self._batch_errors: list[str] = []
        self._viewer = None

        self.grid = QListWidget(self)
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMBNAIL_PX // 2, THUMBNAIL_PX // 2))
        self.grid.setGridSize(QSize(THUMBNAIL_PX // 2 + 24, THUMBNAIL_PX // 2 + 40))
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setMovement(QListWidget.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setAccessibleName(self.tr("Photos (Enter opens the viewer, Delete removes)"))
        self.grid.setMinimumHeight(THUMBNAIL_PX // 2 + 50)
        self.grid.setAcceptDrops(False)  # drops land on this widget, which imports them
        self.setAcceptDrops(True)

        self.add_button = QPushButton(self.tr("&Add photos…"), self)
        self.add_button.setAccessibleName(self.tr("Add photos"))
        self.view_button = QPushButton(self.tr("&View"), self)
        self.view_button.setAccessibleName(self.tr("View the selected photo"))
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected photo"))
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setPlaceholderText(self.tr("Caption of the selected photo (Enter to keep it)"))
        self.caption_edit.setAccessibleName(self.tr("Photo caption"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Photo import progress"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Photo messages"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addWidget(self.caption_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.view_button.clicked.connect(self.view_current)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.grid.itemActivated.connect(lambda _item: self.view_current())
        self.grid.currentItemChanged.connect(self._on_grid_current_item_changed)
        self.caption_edit.editingFinished.connect(self._on_caption_edit_editing_finished)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid, self._on_remove_button_clicked,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    # --- public ------------------------------------------------------------------------------------------
    def photos(self) -> list[Photo]:
        return list(self._photos)

    def set_report(self, report_id: str, photos: list[Photo]) -> None:
        """Show ``photos`` of ``report_id`` and fetch their thumbnails from the store."""
        self._report_id = report_id
        self._photos = list(photos)
        self.grid.clear()
        for photo in self._photos:
            self._add_item(photo, None)
            self._session.op(lambda p, pid=photo.id: p.photos.read(pid, "thumbnail"),
                             on_done=lambda data, pid=photo.id: self._set_thumbnail(pid, data))
        self._update_buttons()

    def import_files(self, paths: list[str]) -> None:
        """Import several files in the background (what the file dialog and a drop call)."""
        if self._read_only or self._report_id is None or not paths:
            return
        if self._batch_done >= self._batch_total:  # a new batch
            self._batch_total = self._batch_done = self._batch_added = 0
            self._batch_errors = []
        self._batch_total += len(paths)
        self.progress.setRange(0, self._batch_total)
        self.progress.setValue(self._batch_done)
        self.progress.setFormat(self.tr("Adding photos: %v of %m"))
        self.progress.show()
        self.message.setText("")
        report_id = self._report_id
        for path in paths:
            name = Path(path).name
            self._session.tasks.run_work(
                _read_and_process, path,
                on_done=lambda processed, n=name: self._store_photo(report_id, processed, n),
                on_error=lambda exc, n=name: self._import_step(None, n, exc))

    @property
    def importing(self) -> bool:
        return self._batch_done < self._batch_total

    def view_current(self) -> None:
        item = self.grid.currentItem()
        if item is None:
            return
        from ui.photo_viewer_dialog import PhotoViewerDialog

        index = self.grid.row(item)
        self._viewer = PhotoViewerDialog(self._session, self._photos, index, self)
        self._viewer.show()

    def remove_photo(self, photo_id: str) -> None:
        """Remove without asking (the button asks first)."""
        self._session.op(lambda p: p.photos.remove(photo_id), on_done=lambda _: self._removed(photo_id),
                         on_error=self._show_error, changes="reports")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setAcceptDrops(not read_only)
        self.caption_edit.setReadOnly(read_only)
        self._update_buttons()

    def focus_chain(self) -> list[QWidget]:
        return [self.grid, self.caption_edit, self.add_button, self.view_button, self.remove_button]

    # --- import steps ------------------------------------------------------------------------------------
    def _store_photo(self, report_id: str, processed, name: str) -> None:
        self._session.op(lambda p: p.photos.add(report_id, processed, filename=name),
                         on_done=lambda photo: self._import_step(photo, name, None, processed.thumbnail),
                         on_error=lambda exc: self._import_step(None, name, exc), changes="reports")

    def _import_step(self, photo: Photo | None, name: str, exc: BaseException | None,
                     thumbnail: bytes | None = None) -> None:
        self._batch_done += 1
        self.progress.setValue(self._batch_done)
        if photo is not None and photo.report_id == self._report_id:
            self._photos.append(photo)
            self._add_item(photo, thumbnail)
            self._batch_added += 1
            self.photo_added.emit(photo)
            self.photos_changed.emit(self.photos())
        elif exc is not None:
            self._batch_errors.append(self.tr("%s was not added: %s") % (name, describe(exc)))
            self.message.setStyleSheet("color: #b00020")
            self.message.setText("\n".join(self._batch_errors))
        if self._batch_done >= self._batch_total:
            self.progress.hide()
            self._update_buttons()
            self.import_finished.emit(self._batch_added, list(self._batch_errors))

    # --- items -------------------------------------------------------------------------------------------
    def _add_item(self, photo: Photo, thumbnail: bytes | None) -> None:
        item = QListWidgetItem(photo.caption or photo.filename, self.grid)
        item.setData(ID_ROLE, photo.id)
        item.setToolTip(photo.filename)
        if thumbnail:
            self._apply_thumbnail(item, thumbnail)
        if self.grid.currentItem() is None:
            self.grid.setCurrentItem(item)

    def _item(self, photo_id: str) -> QListWidgetItem | None:
        for row in range(self.grid.count()):
            if self.grid.item(row).data(ID_ROLE) == photo_id:
                return self.grid.item(row)
        return None

    def _set_thumbnail(self, photo_id: str, data: bytes) -> None:
        item = self._item(photo_id)
        if item is not None:
            self._apply_thumbnail(item, data)

    @staticmethod
    def _apply_thumbnail(item: QListWidgetItem, data: bytes) -> None:
        image = QImage.fromData(data)  # in memory: thumbnails are already upright (the core applied EXIF)
        if not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _removed(self, photo_id: str) -> None:
        self._photos = [p for p in self._photos if p.id != photo_id]
        item = self._item(photo_id)
        if item is not None:
            self.grid.takeItem(self.grid.row(item))
        self._update_buttons()
        self.photos_changed.emit(self.photos())

    def _update_buttons(self) -> None:
        has = self.grid.currentItem() is not None
        self.add_button.setEnabled(not self._read_only and self._report_id is not None)
        self.view_button.setEnabled(has)
        self.remove_button.setEnabled(has and not self._read_only)
        self.caption_edit.setEnabled(has)

    def _show_error(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(describe(exc))

    # --- slots -------------------------------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        self.photo_folder(self._choose_photos)

    def photo_folder(self, on_done) -> None:
        """Call ``on_done(folder)`` with where "Add photos" starts: the folder last used, else Pictures."""
        self._session.op(lambda profile: profile.settings.get(PHOTO_FOLDER_KEY),
                         on_done=lambda remembered: on_done(photo_start_folder(remembered)),
                         on_error=lambda _exc: on_done(photo_start_folder(None)))

    def remember_photo_folder(self, folder: str) -> None:
        """Keep the folder photos came from, in the encrypted store (its name may say where the monitor was)."""
        self._session.op(lambda profile: profile.settings.set(PHOTO_FOLDER_KEY, folder))

    def _choose_photos(self, folder: str) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), folder,
                                                self.tr("Photos (%s);;All files (*)") % IMAGE_FILTER)
        if paths:
            self.remember_photo_folder(str(Path(paths[0]).parent))
        self.import_files(paths)

    def _on_remove_button_clicked(self) -> None:
        item = self.grid.currentItem()
        if item is None or self._read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove photo"),
            self.tr("Remove this photo from the report? It cannot be undone in this draft."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_photo(item.data(ID_ROLE))

    def _on_grid_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        photo = next((p for p in self._photos if current and p.id == current.data(ID_ROLE)), None)
        self.caption_edit.blockSignals(True)
        self.caption_edit.setText(photo.caption if photo else "")
        self.caption_edit.blockSignals(False)
        self._update_buttons()

    def _on_caption_edit_editing_finished(self) -> None:
        item = self.grid.currentItem()
        if item is None or self._read_only:
            return
        photo_id = item.data(ID_ROLE)
        caption = self.caption_edit.text()
        photo = next((p for p in self._photos if p.id == photo_id), None)
        if photo is None or photo.caption == caption:
            return
        self._session.op(lambda p: p.photos.set_caption(photo_id, caption), on_done=self._on_caption_saved,
                         on_error=self._show_error, changes=f"report:{self._report_id}")

    def _on_caption_saved(self, photo: Photo) -> None:
        self._photos = [photo if p.id == photo.id else p for p in self._photos]
        item = self._item(photo.id)
        if item is not None:
            item.setText(photo.caption or photo.filename)
        self.photos_changed.emit(self.photos())

    # --- drag and drop -----------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if not self._read_only and event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_files(paths)
