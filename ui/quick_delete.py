"""Quick delete from the app: one confirmation, then the key is shredded at once and every trace removed.

Reachable from Tools → Quick delete… (Ctrl+Shift+Del, from any KP Field window) and, without a passphrase, from
the unlock dialog: someone stopped at a checkpoint may not have the time to unlock first.

Order matters (see kpfield/safety/wipe.py and docs/THREAT_MODEL.md). The key file is shredded on the worker pool
the moment the user confirms, without waiting for the store thread, which may be busy; from then on the store is
ciphertext under a key that exists nowhere. Only afterwards are editors closed (without saving), sync stopped,
the store closed on its thread and the remaining files, the keyring entry and the app's own settings removed.
The app then shows the first-run dialog, as on a fresh install.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kpfield.safety.wipe import WipeResult, register_trace, wipe_profile
from kpfield.store.keyfile import key_file_path
from ui.errors import describe
from ui.idle import LockKeyFilter

SHORTCUT = "Ctrl+Shift+Del"
SYNC_JOIN_TIMEOUT_S = 10.0  # how long the clean-up waits for a cancelled sync run to close its connection
# Keys Qt's own (non-native) file dialog keeps in the shared "QtProject" settings: the last folders visited, which
# would show where a key backup was saved.
QT_FILE_DIALOG_KEYS = ("FileDialog/lastVisited", "FileDialog/history")


def _first_wipe(home: Path, keyring_backend, started: float) -> WipeResult:
    """Worker pool: shred the key first; files still open (Windows) are left for the store thread's pass."""
    try:
        result = wipe_profile(home, keyring_backend=keyring_backend)
    except OSError:
        if key_file_path(home).exists():
            raise  # the key itself could not be destroyed: the store thread's pass tries again
        result = WipeResult()  # the key is gone; an open store file refused removal, the second pass removes it
    result.unreadable_after_s = time.perf_counter() - started  # measured from the user's confirmation
    return result


def _final_wipe(home: Path, keyring_backend, sync_thread: threading.Thread | None) -> WipeResult:
    """Store thread, after the store is closed: wait for a cancelled sync run, then remove what is left."""
    if sync_thread is not None and sync_thread.is_alive():
        sync_thread.join(SYNC_JOIN_TIMEOUT_S)
    return wipe_profile(home, keyring_backend=keyring_backend)


def forget_qsettings(settings: QSettings) -> list[str]:
    """Clear everything the app stored in ``settings`` and remove its file; also Qt's file-dialog history.

    :returns: the files removed.
    """
    removed = []
    settings.clear()
    settings.sync()
    path = Path(settings.fileName())
    if settings.format() != QSettings.Format.NativeFormat or path.is_absolute():
        if path.is_file():  # a file (Linux, macOS, ini): the empty file still says KP Field was used here
            path.unlink()
            removed.append(str(path))
            if settings.organizationName() and path.parent.name == settings.organizationName():
                try:
                    path.parent.rmdir()  # the organisation's folder, only when nothing else is in it
                    removed.append(str(path.parent))
                except OSError:
                    pass
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    touched = False
    for key in QT_FILE_DIALOG_KEYS:
        if qt.contains(key):  # never create the shared file where it does not exist
            qt.remove(key)
            touched = True
    if touched:
        qt.sync()
    return removed


class QuickDelete(QObject):
    """Quick delete for one :class:`ui.app.App`: the action, the confirmation and the wipe.

    Signals: :attr:`finished` (the :class:`WipeResult`, ``unreadable_after_s`` measured from the confirmation),
    :attr:`failed` (the exception).
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, app, parent: QObject | None = None):
        super().__init__(parent or app)
        self._app = app
        self._busy = False
        self._started = 0.0
        self._first: WipeResult | None = None
        self._sync_thread: threading.Thread | None = None
        self.box: QMessageBox | None = None
        self.action = QAction(self.tr("&Quick delete…"), self)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        # From the editor or any other KP Field window, not only from the list.
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(self.tr("Destroy all reports and photos on this computer now ({shortcut})").format(
            shortcut=QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.action.triggered.connect(self.request)
        # A QAction's shortcut is blocked while a modal dialog is open (and there is none while locked): the same
        # key filter as for locking catches it in every window, the unlock dialog included.
        self.keys = LockKeyFilter(QApplication.instance(), SHORTCUT, self)
        self.keys.pressed.connect(self.request)
        app.unlock_dialog_shown.connect(self._on_app_unlock_dialog_shown)

    @classmethod
    def attach(cls, app) -> "QuickDelete":
        """Add "Quick delete…" to the Tools menu and the "Delete everything…" button of every unlock dialog."""
        quick = cls(app)
        settings_file = Path(app.qsettings.fileName())
        if settings_file.is_absolute():  # a file, not the Windows registry
            register_trace(settings_file)  # so that a wipe after N failed unlocks removes it too
        return quick

    def add_to_window(self, window: QWidget) -> None:
        """Put "Quick delete…" in ``window``'s Tools menu (the main window, built after the unlock window)."""
        window.addAction(self.action)
        tools = _tools_menu(window)
        if tools is not None:
            tools.addSeparator()
            tools.addAction(self.action)

    @property
    def busy(self) -> bool:
        return self._busy

    # --- confirmation ----------------------------------------------------------------------------------------
    def _on_app_unlock_dialog_shown(self) -> None:
        dialog = self._app.dialog
        if self._busy and dialog is not None:
            dialog.hide()  # the lock that is part of the wipe shows it: never paint it, the wipe replaces it
            return
        signal = getattr(dialog, "delete_requested", None)
        if signal is not None:
            signal.connect(self.request, Qt.ConnectionType.UniqueConnection)

    def request(self) -> None:
        """Ask once (Cancel is the default); delete when the user confirms."""
        if self._busy or self.box is not None:
            return
        home = self._app.session.home
        if not self._app.session.is_unlocked and not (home / "profile.key").exists() and \
                not any(home.glob("store-*.db")):
            return  # nothing to delete (first run)
        button = getattr(self._app.dialog, "delete_button", None)
        if not self._app.session.is_unlocked and button is not None and not button.isEnabled():
            # An unlock is running on the store thread: ask as soon as it ends (unlocked or not), so that the
            # wipe never races a profile that is being opened.
            QTimer.singleShot(100, self.request)
            return
        parent = QApplication.activeWindow() or self._app.dialog or self._app.window
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete everything — KP Field"), self.tr(
            "<p><b>Delete all reports, photos and drafts on this computer now?</b></p>"
            "<p>The encryption key is destroyed first, so nothing can be read back, then the files are removed, "
            "together with the remembered key and KP Field's settings. <b>This cannot be undone.</b></p>"
            "<p>Reports already sent stay with your coordinators.</p>"), QMessageBox.StandardButton.NoButton,
            parent)
        box.setTextFormat(Qt.TextFormat.RichText)
        self.delete_button = box.addButton(self.tr("&Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
        self.delete_button.setAccessibleName(self.tr("Delete everything now"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.finished.connect(lambda _result, box=box: self._on_box_finished(box))
        self.box = box
        box.open()

    def _on_box_finished(self, box: QMessageBox) -> None:
        confirmed = box.clickedButton() is self.delete_button
        self.box = None
        box.deleteLater()
        if confirmed:
            self.delete_now()

    # --- the wipe --------------------------------------------------------------------------------------------
    def delete_now(self) -> None:
        """Delete without asking (what the confirmation calls)."""
        if self._busy:
            return
        app = self._app
        self._busy = True
        self._started = time.perf_counter()
        home, backend = app.session.home, app._keyring_backend  # noqa: SLF001 - the App's own keyring choice
        app.tasks.run_work(_first_wipe, home, backend, self._started, on_done=self._on_first_wipe_done,
                           on_error=lambda exc: self._on_first_wipe_done(None))
        sync = getattr(app, "sync", None)  # none before the main window is built
        self._sync_thread = getattr(sync, "_thread", None)  # noqa: SLF001 - joined off the GUI thread
        if sync is not None:
            sync.cancel()
        for editor in (app.window.editors.values() if app.window_built else ()):
            # Close without saving: the content is being destroyed, and each save would delay the wipe.
            editor._finished = True  # noqa: SLF001 - makes the editor's final save a no-op
            editor.autosaver.set_enabled(False)
        if app.session.is_unlocked:
            app.session.lock()  # editors close, the window is cleared, the store closes on its thread
        elif app.dialog is not None:
            app.dialog.hide()  # not reject(): that would quit the app

    def _on_first_wipe_done(self, result: WipeResult | None) -> None:
        # Queued after the store's close (lock() queued it already), so the second pass finds the store closed.
        self._first = result
        app = self._app
        app.tasks.run_store(_final_wipe, app.session.home, app._keyring_backend,  # noqa: SLF001
                            self._sync_thread, on_done=self._on_final_wipe_done,
                            on_error=self._on_final_wipe_failed)
        self._sync_thread = None

    def _on_final_wipe_done(self, result: WipeResult) -> None:
        # When the first pass failed, the key was destroyed by this one: count until now.
        first = self._first or WipeResult(unreadable_after_s=time.perf_counter() - self._started)
        merged = WipeResult(unreadable_after_s=first.unreadable_after_s,
                            total_s=time.perf_counter() - self._started,
                            removed=[*first.removed, *result.removed],
                            keyring_forgotten=first.keyring_forgotten or result.keyring_forgotten)
        merged.removed += self._forget_app_traces()
        self._restart()
        self.finished.emit(merged)

    def _on_final_wipe_failed(self, exc: BaseException) -> None:
        self._forget_app_traces()
        self._restart()
        if self._app.session.profile_exists():
            text = self.tr("Deleting failed, the reports may still be readable: {reason}")
        else:
            text = self.tr("The key was destroyed, but some files could not be removed: {reason}")
        QMessageBox.critical(self._app.dialog, self.tr("Delete everything — KP Field"),
                             text.format(reason=describe(exc)))
        self.failed.emit(exc)

    def _forget_app_traces(self) -> list[str]:
        QGuiApplication.clipboard().clear()  # whatever it holds may come from a report: clear it regardless
        if QGuiApplication.clipboard().supportsSelection():
            QGuiApplication.clipboard().clear(QGuiApplication.clipboard().Mode.Selection)
        return forget_qsettings(self._app.qsettings)

    def _restart(self) -> None:
        """Back to the first start: the first-run dialog, as on a fresh install."""
        app = self._app
        self._busy = False
        self._first = None
        old = app.dialog
        if old is not None:
            try:
                old.rejected.disconnect()  # its rejection would quit the app
            except (RuntimeError, TypeError):
                pass
            old.hide()
            old.deleteLater()
            app.dialog = None
        for widget in QApplication.topLevelWidgets():  # any message box still open about the old profile
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.close()
        app.start()


def _tools_menu(window: QWidget):
    """The main window's Tools menu (found by its object name or its position: the last menu)."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    titles = ("Tools", window.tr("&Tools").replace("&", ""))  # MainWindow's own (translated) title
    for menu in menus:
        if menu.objectName() == "tools_menu" or menu.title().replace("&", "") in titles:
            return menu
    return menus[-1] if menus else None
