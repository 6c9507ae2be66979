"""Application start-up and life cycle: first run or unlock, the main window, auto-lock, and a clean shutdown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from kpfield import crash_trace
from kpfield.paths import resolve_home, resources_dir
from kpfield.safety.app_settings import APPLICATION, ORGANIZATION  # the QSettings names, also for kpfield wipe
from ui import i18n
from ui.clipboard_guard import ClipboardGuard
from ui.idle import IdleWatcher, LockKeyFilter
from ui.quick_delete import QuickDelete
from ui.resources import icon
from ui.session import Session
from ui.tasks import TaskManager
from ui.unlock_dialog import UnlockDialog, default_delays, probe_keyring

if TYPE_CHECKING:
    from kpfield.store.keyfile import KdfParams
    from ui.crash_report_dialog import CrashOffer
    from ui.main_window import MainWindow

# What the main window needs and the unlock window does not: imported on the worker pool once the unlock window is
# on screen (the store's modules, the coordinator's, sync, Qt Charts, the map), so that start-up shows the unlock
# window first and unlocking then only builds widgets.
DEFERRED_MODULES = ("kpfield.store.profile", "kpfield.safety.duress", "ui.main_window", "ui.sync_worker",
                    "ui.map_dock", "ui.charts_dock", "ui.safety_dialog", "ui.report_editor")


def preload_modules(names=DEFERRED_MODULES) -> None:
    """Import ``names`` (off the GUI thread: importing runs module code only, it creates no widget)."""
    import importlib

    for name in names:
        importlib.import_module(name)



class App(QObject):
    """Owns the task manager, the session, the main window and the dialog shown while locked.

    Everything a test needs to replace is a parameter: the profile folder, fast KDF parameters, the QSettings
    file, the wrong-passphrase delay schedule, the keyring.
    """

    unlock_dialog_shown = Signal()

    def __init__(self, home: Path, *, kdf: KdfParams | None = None, settings: QSettings | None = None,
                 delay_schedule: Callable[[int], float] = default_delays, keyring_backend=None,
                 keyring_probe: Callable = probe_keyring, try_remembered: bool = True, parent=None):
        super().__init__(parent)
        self.qsettings = settings or QSettings(ORGANIZATION, APPLICATION)
        self.tasks = TaskManager(self)
        self.session = Session(self.tasks, home, self, kdf=kdf)
        self._delays = delay_schedule
        self._keyring_backend = keyring_backend
        self._keyring_probe = keyring_probe
        self._try_remembered = try_remembered
        self.dialog: QDialog | None = None
        self.crash_offer: CrashOffer | None = None  # after a crash in the last run (see main())
        self._shut_down = False
        self._window: MainWindow | None = None
        self._window_steps = None  # the main window's building steps (see _window_building_steps)
        self._window_steps_done = False
        self._in_window_step = False
        self.idle = IdleWatcher(QApplication.instance(), minutes=5, parent=self)
        # Before the first window: clearing the clipboard on lock, and quick delete (its key works on the unlock
        # window too; its menu entry joins the main window when that is built).
        self.clipboard_guard = ClipboardGuard.attach(self)
        self.quick_delete = QuickDelete.attach(self)
        self.idle.idled.connect(self._on_idle_idled)
        # The main window is built after the unlock window is shown (see :attr:`window`), at the latest just
        # before anything hears ``unlocked``.
        self.session.unlocking.connect(self._on_session_unlocking)
        self.session.store_opened.connect(self._build_window)
        self.session.unlocked.connect(self._on_session_unlocked)
        self.session.locked.connect(self._on_session_locked)
        QApplication.instance().aboutToQuit.connect(self.shutdown)

    # --- the main window -----------------------------------------------------------------------------------
    @property
    def window(self) -> MainWindow:
        """The main window (built on first use: start-up shows the unlock window without waiting for it)."""
        self._build_window()
        return self._window

    @property
    def window_built(self) -> bool:
        return self._window_steps is not None and self._window_steps_done

    def _build_window(self) -> None:
        """Finish building the main window now (a no-op from inside a building step, which has the window)."""
        if not self._in_window_step:
            while not self._window_step():
                pass

    def _build_window_in_turns(self) -> None:
        """Build the main window one step per event-loop turn, so that keystrokes in the unlock window between
        the steps are handled at once (the whole build is a few hundred ms of widget construction)."""
        if not self._shut_down and not self._window_step():
            QTimer.singleShot(0, self._build_window_in_turns)

    def _window_step(self) -> bool:
        """Run the next building step; True once the window is complete."""
        if self._window_steps is None:
            self._window_steps, self._window_steps_done = self._window_building_steps(), False
        if self._window_steps_done:
            return True
        self._in_window_step = True
        try:
            next(self._window_steps)
        except StopIteration:
            self._window_steps_done = True
        finally:
            self._in_window_step = False
        return self._window_steps_done

    def _window_building_steps(self):
        from ui.charts_dock import attach_charts
        from ui.help_dialog import attach_help
        from ui.main_window import MainWindow
        from ui.map_dock import attach_map
        from ui.safety_dialog import attach_safety
        from ui.sync_worker import SyncWorker

        self._window = window = MainWindow(self.session, self.qsettings, settings_dialog_options={
            "keyring_probe": self._keyring_probe, "keyring_backend": self._keyring_backend})
        window.lock_requested.connect(self.lock)
        self.lock_keys = LockKeyFilter(QApplication.instance(), window.lock_action.shortcut(), self)
        self.lock_keys.pressed.connect(self.lock)
        window.settings_saved.connect(self._on_window_settings_saved)
        yield
        # Sync runs on its own thread with its own store connection; it starts on unlock and when the link
        # comes back, and is cancelled on lock.
        self.sync = SyncWorker(self.session, self)
        window.attach_sync(self.sync)
        yield
        # Feature panels and actions (one line each; each attach_* adds its own menu entries and docks).
        self.quick_delete.add_to_window(window)
        attach_safety(self)
        attach_map(window, self.session)
        yield
        attach_charts(window)
        attach_help(window, self.session.home)  # last: the Help menu ends the menu bar
        # -- attach hooks end --
        window.restore_docks()  # the docks exist only now

    def _prepare_window(self) -> None:
        """Once the unlock window is on screen: import the main window's modules off the GUI thread, then build it
        while the user types (unlocking then only fills the list)."""
        if self._window_steps is not None or self._shut_down:
            return

        def build(_result=None) -> None:
            if not self._shut_down and self.dialog is not None:
                QTimer.singleShot(0, self._build_window_in_turns)  # after the events already waiting (keystrokes)

        self.tasks.run_work(preload_modules, on_done=build, on_error=build)

    def _on_session_unlocking(self) -> None:
        # The store opens on its thread (the key derivation takes about a second): build the window meanwhile.
        if not self.window_built:
            QTimer.singleShot(0, self._build_window_in_turns)

    # --- start ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        """First run when there is no profile; otherwise the unlock dialog (trying a remembered key first).

        A store whose key file is missing gets the unlock dialog, which explains what happened: offering to
        create a new profile there would bury the reports.
        """
        if not self.session.profile_exists() and not any(self.session.home.glob("store-*.db")):
            from ui.first_run_dialog import FirstRunDialog

            dialog = FirstRunDialog(self.session)  # a store without its key file is not a first run
        else:
            dialog = self._unlock_dialog()
            if self._try_remembered:
                dialog.try_remembered(self._keyring_backend)
        self._show_dialog(dialog)
        self._prepare_window()

    def _unlock_dialog(self) -> UnlockDialog:
        dialog = UnlockDialog(self.session, delay_schedule=self._delays, keyring_probe=self._keyring_probe)
        dialog.unlocked.connect(self._on_unlock_dialog_unlocked)
        return dialog

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setWindowIcon(icon("app"))
        dialog.rejected.connect(self._on_dialog_rejected)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.unlock_dialog_shown.emit()

    def _on_dialog_rejected(self) -> None:
        if not self.session.is_unlocked:  # "Quit" while locked leaves the app
            QApplication.instance().quit()

    def _on_unlock_dialog_unlocked(self, remember: bool) -> None:
        if remember:
            backend = self._keyring_backend
            self.session.op(lambda profile: profile.remember(backend), changes="settings",
                            on_error=lambda exc: self.window.statusBar().showMessage(
                                self.tr("The key could not be remembered on this computer."), 8000))

    # --- lock and unlock -----------------------------------------------------------------------------------
    def _on_session_unlocked(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()  # it accepted itself; nothing of it must linger
            self.dialog = None
        self.session.op(lambda profile: profile.settings.all(), on_done=self._on_settings_loaded)
        self.window.on_unlocked()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.idle.start()

    def _on_settings_loaded(self, values: dict) -> None:
        self._set_auto_lock(values.get("auto_lock_minutes", 5))
        if (values.get("language") or "") != i18n.saved_choice(self.qsettings):
            i18n.remember_choice(self.qsettings, values.get("language") or "")  # the next start speaks it

    def _set_auto_lock(self, minutes) -> None:
        try:
            self.idle.set_minutes(float(minutes))
        except (TypeError, ValueError):
            self.idle.set_minutes(5)
        if self.session.is_unlocked:  # the answer may arrive after a lock: never count down while locked
            self.idle.start()

    def _on_window_settings_saved(self, values: dict) -> None:
        self._set_auto_lock(values.get("auto_lock_minutes", 5))
        i18n.remember_choice(self.qsettings, values.get("language") or "")

    def _on_idle_idled(self) -> None:
        self.lock()

    def lock(self) -> None:
        self.session.lock()

    def _on_session_locked(self) -> None:
        self.idle.stop()
        if self._window is not None:
            self._window.on_locked()
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard():  # text copied from a report must not outlive the lock
            clipboard.clear()
        for widget in QApplication.topLevelWidgets():  # any other window (message boxes) goes too
            if widget is not self._window and widget.isVisible() and widget is not self.dialog:
                widget.close()
        if not self._shut_down:
            self._show_dialog(self._unlock_dialog())  # never the remembered key here: the user just locked

    # --- shutdown ------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Lock (editors save, the store closes) and wait for the store thread to finish."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.uninstall()
        if self._window is not None:
            self.lock_keys.uninstall()
        if getattr(self, "sync", None) is not None:
            self.sync.shutdown()  # cancel a running sync before the store closes
        if self.session.is_unlocked:
            self.window.save_geometry()
            self.window.close_editors()  # their final saves are queued while the store thread still runs
            self.session.lock()
        self.tasks.shutdown(wait=True)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kpfield-gui", description="KP Field desktop app")
    parser.add_argument("--home", help="profile folder (default: $KPFIELD_HOME or the per-user data folder)")
    parser.add_argument("--check-start", action="store_true",
                        help="start, print which window was shown (first run or unlock), then quit: an installation "
                             "check that needs no passphrase")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    """Start the GUI; returns the exit code."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    home = resolve_home(args.home)
    previous_crash = crash_trace.take_previous(home)  # before start(): this run's file replaces it
    crash_trace.start(home)  # from here on, a native crash leaves its stack frames for the next start
    try:
        qapp = QApplication.instance() or QApplication(argv)
        qapp.setOrganizationName(ORGANIZATION)
        qapp.setApplicationName(APPLICATION)
        qapp.setApplicationDisplayName("KP Field")
        qapp.setWindowIcon(icon("app"))
        qsettings = QSettings(ORGANIZATION, APPLICATION)
        i18n.install(i18n.saved_choice(qsettings))
        app = App(home, settings=qsettings)
        if args.check_start:
            app.unlock_dialog_shown.connect(lambda: _report_start_and_quit(app, qapp))
        app.start()
        if previous_crash:
            from ui.crash_report_dialog import CrashOffer

            app.crash_offer = CrashOffer(crash_trace.without_home(previous_crash))
            app.crash_offer.show()
        return qapp.exec()
    finally:
        crash_trace.stop()  # a clean exit leaves no trace file


def _report_start_and_quit(app: App, qapp: QApplication) -> None:
    """``--check-start``: one line naming the window shown, once the event loop runs, then the usual shutdown."""
    def report() -> None:
        dialog = app.dialog
        line = (f"kpfield-gui started: {type(dialog).__name__} visible={dialog is not None and dialog.isVisible()}"
                f" resources={resources_dir()}")
        if sys.stdout is not None:  # a windowed executable on Windows has no console
            print(line, flush=True)
        qapp.exit(0)  # not quit(): that asks each window to close, and the dialog refuses while it is busy

    QTimer.singleShot(0, report)


if __name__ == "__main__":
    raise SystemExit(main())
