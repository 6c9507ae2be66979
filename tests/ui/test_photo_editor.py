"""The editor's photos: background import of real camera files (a broken one among them), captions, drag and
drop, the in-memory viewer (upright, zoom to full resolution, next/previous) and removal with confirmation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from ui.photo_viewer_dialog import PhotoViewerDialog  # noqa: E402


def stored_photos(editor):
    return editor._session.call_sync(lambda p: p.photos.list(editor.report_id))


def import_files(qtbot, editor, paths):
    with qtbot.waitSignal(editor.photos.import_finished, timeout=30_000) as blocker:
        editor.photos.import_files([str(p) for p in paths])
    return blocker.args


def test_a_broken_photo_is_named_and_changes_nothing_while_the_others_import(qtbot, editor, photos_dir):
    before = editor._session.call_sync(lambda p: len(p.audit.entries(editor.report_id)))
    added, errors = import_files(qtbot, editor, [photos_dir / "DSCN0012.jpg", photos_dir / "corrupted.jpg",
                                                 photos_dir / "landscape_6.jpg"])
    assert added == 2
    assert len(errors) == 1 and errors[0].startswith("corrupted.jpg was not added: ")
    assert "corrupted.jpg" in editor.photos.message.text()
    assert sorted(p.filename for p in stored_photos(editor)) == ["DSCN0012.jpg", "landscape_6.jpg"]
    assert editor.photos.grid.count() == 2
    assert not editor.photos.progress.isVisible()
    actions = [e.action for e in editor._session.call_sync(lambda p: p.audit.entries(editor.report_id))]
    assert actions[before:] == ["photo_added", "photo_added"]  # the broken file left no trace


def test_thumbnails_are_drawn_upright_from_memory(qtbot, editor, photos_dir):
    import_files(qtbot, editor, [photos_dir / "portrait_8.jpg", photos_dir / "landscape_6.jpg"])
    sizes = {editor.photos.grid.item(i).text(): editor.photos.grid.item(i).icon().availableSizes()[0]
             for i in range(2)}
    assert sizes["portrait_8.jpg"].height() > sizes["portrait_8.jpg"].width()  # stored 600x450, orientation 8
    assert sizes["landscape_6.jpg"].width() > sizes["landscape_6.jpg"].height()  # stored 450x600, orientation 6


def test_caption_is_edited_in_place_and_stored(qtbot, editor, photos_dir):
    import_files(qtbot, editor, [photos_dir / "DSCN0021.jpg"])
    editor.photos.grid.setCurrentRow(0)
    qtbot.keyClicks(editor.photos.caption_edit, "Truck at the gate")
    qtbot.keyClick(editor.photos.caption_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored_photos(editor)[0].caption == "Truck at the gate", timeout=5_000)
    qtbot.waitUntil(lambda: editor.photos.grid.item(0).text() == "Truck at the gate", timeout=5_000)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PySide6 flags QDragEnterEvent's only constructor
def test_dropping_several_files_imports_them(qtbot, editor, photos_dir):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photos_dir / n)) for n in ("DSCN0010.jpg", "portrait_8.jpg")])
    where = QPointF(10, 10)
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(editor.photos, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(editor.photos.import_finished, timeout=30_000) as blocker:
        QApplication.sendEvent(editor.photos, drop)
    assert blocker.args == [2, []]
    assert len(stored_photos(editor)) == 2


def test_viewer_shows_previews_upright_moves_between_photos_and_zooms_to_full_resolution(qtbot, editor,
                                                                                          photos_dir):
    import_files(qtbot, editor, [photos_dir / "portrait_8.jpg"])
    import_files(qtbot, editor, [photos_dir / "jolla.jpg"])
    editor.photos.grid.setCurrentRow(0)
    qtbot.mouseClick(editor.photos.view_button, Qt.MouseButton.LeftButton)
    viewer = editor.photos._viewer
    assert isinstance(viewer, PhotoViewerDialog)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: not viewer.image.isNull(), timeout=5_000)
    assert (viewer.image.width(), viewer.image.height()) == (450, 600)  # stored 600x450, EXIF orientation 8
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not viewer.image.isNull(), timeout=5_000)
    assert viewer.index == 1 and max(viewer.image.width(), viewer.image.height()) == 1600  # the stored preview
    assert not viewer.next_button.isEnabled()
    for _ in range(6):
        viewer.zoom_in()
    qtbot.waitUntil(lambda: viewer.image.width() == 3264, timeout=20_000)  # full resolution, rendered in memory
    assert viewer.image.height() == 2448
    qtbot.mouseClick(viewer.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.index == 0 and viewer.image.width() == 450, timeout=5_000)
    viewer.close()


def test_remove_asks_first_and_removes_only_when_confirmed(qtbot, editor, photos_dir):
    import_files(qtbot, editor, [photos_dir / "DSCN0010.jpg"])
    editor.photos.grid.setCurrentRow(0)

    def answer(button):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(editor.photos.remove_button, Qt.MouseButton.LeftButton)
    assert len(stored_photos(editor)) == 1 and editor.photos.grid.count() == 1

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(editor.photos.photos_changed, timeout=5_000):
        qtbot.mouseClick(editor.photos.remove_button, Qt.MouseButton.LeftButton)
    assert stored_photos(editor) == [] and editor.photos.grid.count() == 0


def test_add_photos_starts_in_pictures_then_in_the_last_folder_kept_in_the_store(qtbot, editor, photos_dir,
                                                                                   qsettings):
    from ui.file_dialogs import PHOTO_FOLDER_KEY, pictures_folder

    grid = editor.photos
    folders = []
    grid.photo_folder(folders.append)
    qtbot.waitUntil(lambda: len(folders) == 1, timeout=5_000)
    assert folders[0] == pictures_folder() and folders[0] != os.getcwd()
    grid.remember_photo_folder(str(photos_dir))
    grid.photo_folder(folders.append)
    qtbot.waitUntil(lambda: len(folders) == 2, timeout=5_000)
    assert folders[1] == str(photos_dir)
    assert editor._session.call_sync(lambda p: p.settings.get(PHOTO_FOLDER_KEY)) == str(photos_dir)
    assert qsettings.allKeys() == []  # the folder's name stays in the encrypted store, never in QSettings
