"""The main window: assembles the toolbar, search and filters, the report table and the detail pane.

The logic lives beside it (table model, filter widget, detail view, dialogs); the window wires them together and
owns the life of what is shown: on lock every model and preview is dropped. A coordinator's profile gets the same
window with the review panel under the details, the coordinator's columns and filters, and no editing: received
reports are evidence (see :meth:`MainWindow.set_coordinator`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMessageBox, QSplitter, QTableView, QToolBar, QVBoxLayout,
    QWidget,
)

from kpfield.store import ReportQuery
from ui.delete_report import ReportDeleter
from ui.detail_view import DetailView
from ui.errors import describe
from ui.filter_widget import FilterWidget
from ui.message_inbox import MessageInbox
from ui.report_table_model import (
    COL_DATE, COL_PHOTOS, COL_SITE, COL_STATE, COL_TITLE, COL_TYPE, ReportTableModel, VisibleRowsTracker,
)
from ui.resources import icon
from ui.resume_edits import ResumeEditsOffer
from ui.coordinator_window import CoordinatorWindowMixin
from ui.review_panel_widget import ReviewPanel
from ui.settings_dialog import SettingsDialog

PROGRESS_DELAY_MS = 500
REFRESH_DELAY_MS = 300  # coalesce bursts of changes (autosave) into one reload
SELECTION_DELAY_MS = 80  # arrowing through the list loads only where the user stops (a lone click loads at once)


class MainWindow(CoordinatorWindowMixin, QMainWindow):
    """The report list with search, filters and details. Its title is constant: never report content."""

    lock_requested = Signal()
    settings_saved = Signal(dict)

    def __init__(self, session, settings: QSettings, parent=None, *, settings_dialog_options: dict | None = None):
        super().__init__(parent)
        self._session = session
        self._qsettings = settings
        self._settings_dialog_options = settings_dialog_options or {}
        self._editors: dict[str, QWidget] = {}
        self._settings_dialog: SettingsDialog | None = None
        self._selected_id: str | None = None
        self._coordinator = False
        self._quarantined = 0
        self._quarantine_dialog = None
        self.setWindowTitle(self.tr("KP Field"))
        self.setWindowIcon(icon("app"))

        self.model = ReportTableModel(session, self)
        self.filter_widget = FilterWidget()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Reports"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((COL_DATE, 8), (COL_TYPE, 14), (COL_SITE, 10), (COL_PHOTOS, 5), (COL_STATE, 6)):
            header.resizeSection(column, width * em)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._visible_rows = VisibleRowsTracker(self.table, self.model)  # a new query fetches what shows
        self.detail = DetailView(session)
        self.review_panel = ReviewPanel(session)
        self.review_panel.message_requested.connect(self.open_message_dialog)
        self.review_panel.report_link_activated.connect(self.show_report)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.addWidget(self.review_panel)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.resume_offer = ResumeEditsOffer(session, self)
        self.resume_offer.accepted.connect(self.open_editor)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_widget)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 480])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.quarantine_label = QLabel()
        self.quarantine_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.quarantine_label.setAccessibleName(self.tr("Quarantined envelopes"))
        self.quarantine_label.hide()
        self.statusBar().addPermanentWidget(self.quarantine_label)

        self._build_actions()
        self._loading_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._loading_timer.timeout.connect(self._on_loading_timer_timeout)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._selection_timer = QTimer(self, singleShot=True, interval=SELECTION_DELAY_MS)
        self._selection_timer.timeout.connect(self._on_selection_timer_timeout)

        self.filter_widget.query_changed.connect(self._on_filter_widget_query_changed)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.answered.connect(self.filter_widget.set_store_time)  # the search waits as long as it must
        self.model.failed.connect(self._on_model_failed)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        session.changed.connect(self._on_session_changed)
        self._restore_geometry()

    # --- actions -------------------------------------------------------------------------------------------
    def _action(self, text: str, shortcut, slot, icon_name: str = "", tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(""), text, self)
        shortcuts = [QKeySequence(s) for s in (shortcut if isinstance(shortcut, list) else [shortcut]) if s]
        action.setShortcuts(shortcuts)
        if shortcuts:  # the toolbar shows tooltips: make the shortcut visible there too
            action.setToolTip(f"{tip or text.replace('&', '')} ({shortcuts[0].toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New report"), "Ctrl+N", self.new_report, "new")
        self.open_action = self._action(self.tr("&Open report"), "Ctrl+O", self.open_selected, "edit",
                                        self.tr("Open the selected report (Enter)"))
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit, "lock",
                                        self.tr("Lock KP Field now"))
        # Locking must work from any KP Field window (editor, open dialogs), not only when the list has focus.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_action = self._action(self.tr("&Search"), "Ctrl+F", self.focus_search, "search")
        self.refresh_action = self._action(self.tr("&Refresh"), "F5", self._on_refresh_timer_timeout, "refresh")
        self.settings_action = self._action(self.tr("Se&ttings…"), "Ctrl+,", self.open_settings, "settings")
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.list_action = self._action(self.tr("Report &list"), "Ctrl+1", self.table.setFocus)
        self.detail_action = self._action(self.tr("Report &details"), "Ctrl+2", self.detail.setFocus)
        # The coordinator's actions (hidden, and so unreachable, for a monitor's profile).
        self.message_action = self._action(self.tr("&Message the monitor…"), "Ctrl+Shift+A",
                                           self.open_message_dialog, tip=self.tr("Ask the monitor a question or "
                                                                                 "request the original photos"))
        self.mark_unread_action = self._action(self.tr("Mark as &unread"), "Ctrl+U", self.mark_selected_unread)
        self.review_action = self._action(self.tr("Re&view panel"), "Ctrl+3", self.focus_review)
        self.quarantine_action = self._action(self.tr("&Quarantine…"), "Ctrl+Shift+Q", self.open_quarantine)
        self.quarantine_action.setObjectName("quarantine_action")
        self.devices_action = self._action(self.tr("&Devices…"), "Ctrl+Shift+I", self.open_devices_dialog,
                                           tip=self.tr("Certify or revoke devices with the organisation key"))
        self.devices_action.setObjectName("devices_action")
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter opens the selected report from the list
            QShortcut(QKeySequence(key), self.table, self.open_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)

        self.deleter = ReportDeleter(self)
        self.inbox = MessageInbox(self)
        menu = self.menuBar().addMenu(self.tr("&Report"))
        menu.setObjectName("report_menu")
        for action in (self.new_action, self.open_action, self.deleter.action, self.inbox.action,
                       self.message_action, self.mark_unread_action, self.refresh_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(self.quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.setObjectName("view_menu")
        for action in (self.find_action, self.list_action, self.detail_action, self.review_action,
                       self.quarantine_action):
            view.addAction(action)
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addAction(self.settings_action)
        tools.addAction(self.devices_action)

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.refresh_action, self.settings_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self._show_coordinator_actions(False)

    def attach_sync(self, worker) -> None:
        """Add the sync controls: "Sync now" (Ctrl+Shift+S), "Connect to a sync server…" and the status widget."""
        from ui.sync_status_widget import SyncStatusWidget, make_sync_action

        self.sync_worker = worker
        self.sync_action = make_sync_action(self, worker)
        self.addAction(self.sync_action)
        self.enroll_action = self._action(self.tr("&Connect to a sync server…"), "Ctrl+Shift+E",
                                          self.open_enroll_dialog)
        self.sync_status = SyncStatusWidget(worker)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.review_panel.client_options = worker.client_options
        tools = self.menuBar().actions()[-1].menu()
        tools.insertAction(self.settings_action, self.sync_action)
        tools.insertAction(self.settings_action, self.enroll_action)
        toolbar = self.findChild(QToolBar, "main_toolbar")
        toolbar.insertAction(self.settings_action, self.sync_action)

    def open_enroll_dialog(self) -> None:
        from ui.enroll_dialog import EnrollDialog

        dialog = EnrollDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- life cycle ----------------------------------------------------------------------------------------
    def on_unlocked(self) -> None:
        """Load the list for the filters shown and offer to continue interrupted edits."""
        self.apply_settings({})
        self.set_coordinator(self._session.role == "coordinator")
        self._session.op(lambda profile: profile.settings.all(), on_done=self.apply_settings)
        self.model.set_query(self.filter_widget.query())
        self._start_loading_feedback()
        self._load_sites()
        if not self._coordinator:  # a coordinator edits nothing, so there is nothing to resume
            self.resume_offer.offer()

    def on_locked(self) -> None:
        """Drop everything shown: models, previews, search text, prompts, dialogs; then hide."""
        self._refresh_timer.stop()
        self._selection_timer.stop()
        self._loading_timer.stop()
        self._selected_id = None
        self.model.clear()
        self.detail.clear()
        self.review_panel.clear(forget_drafts=True)
        self._set_quarantine_count(0)
        if self._quarantine_dialog is not None:
            self._quarantine_dialog.reject()
        self.filter_widget.reset()
        self.count_label.clear()
        self.statusBar().clearMessage()
        self.resume_offer.close_all()
        if self._settings_dialog is not None:
            self._settings_dialog.reject()
            self._settings_dialog = None
        self.close_editors()  # they saved and closed on about_to_lock already; make sure
        self.hide()

    def apply_settings(self, values: dict) -> None:
        self.detail.coordinate_format = values.get("coordinate_format") or "decimal"
        self.detail.units = values.get("units") or "metric"
        if values:
            self.detail.refresh()

    # --- list ----------------------------------------------------------------------------------------------
    def _on_filter_widget_query_changed(self, query) -> None:
        self.model.set_query(query)
        self._start_loading_feedback()

    def _start_loading_feedback(self) -> None:
        self._loading_timer.start()

    def _on_loading_timer_timeout(self) -> None:
        if self.model.is_loading:
            self.statusBar().showMessage(self.tr("Loading reports…"))

    def _on_model_loaded(self, total: int) -> None:
        self._loading_timer.stop()
        self.statusBar().clearMessage()
        self.count_label.setText(self.tr("%n report(s)", "", total))
        if total:
            self.detail.set_placeholder()
        elif self.model.query == ReportQuery(sort=self.model.query.sort, descending=self.model.query.descending):
            self.detail.set_placeholder(self.tr("No reports received yet. Sync (Ctrl+Shift+S) to fetch them.")
                                        if self._coordinator else
                                        self.tr("No reports yet. Press Ctrl+N to write the first one."))
        else:
            self.detail.set_placeholder(self.tr("No report matches the search and filters."))
        if self._selected_id:
            row = self.model.row_of(self._selected_id)
            if row >= 0:
                self.table.selectRow(row)
                return
        if self.detail.report_id and self.model.row_of(self.detail.report_id) < 0:
            self.detail.clear()
            self.review_panel.clear()

    def _on_model_failed(self, exc) -> None:
        self._loading_timer.stop()
        if getattr(exc, "code", None) == "store_locked":
            return
        self.statusBar().showMessage(describe(exc))

    def _on_model_reset(self) -> None:
        self.count_label.clear()

    def _on_table_current_row_changed(self, current, _previous) -> None:
        report_id = self.model.report_id(current.row()) if current.isValid() else None
        if report_id:
            self._selected_id = report_id
            if not self._selection_timer.isActive():  # a click, or the first step of arrowing: show it now
                self._on_selection_timer_timeout()
            self._selection_timer.start()  # arrowing on within the delay: show where the user stops

    def _on_selection_timer_timeout(self) -> None:
        if self._selected_id and self._selected_id != self.detail.report_id:
            self.show_report(self._selected_id)

    def show_report(self, report_id: str) -> None:
        """Show a report in the detail pane (and, for a coordinator, its review, marking it read)."""
        self.detail.show_report(report_id)
        if self._coordinator:
            self.review_panel.show_report(report_id, mark_read=True)
            self.model.set_read(report_id)
            row = self.model.row_of(report_id)
            if row >= 0 and self.model.report_id(self.table.currentIndex().row()) != report_id:
                self._selected_id = report_id
                self.table.selectRow(row)

    def _on_session_changed(self, what: str) -> None:
        if what == "reports" or what.startswith("report:"):
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        if not self._session.is_unlocked:
            return
        self.model.reload(keep_loaded=True)
        self.detail.refresh()
        self._load_sites()
        if self._coordinator:
            self.review_panel.refresh()
            self._load_coordinator_data()

    def _load_sites(self) -> None:
        self._session.op(lambda profile: profile.reports.sites(), on_done=self._on_sites_loaded)

    def _on_sites_loaded(self, sites: list[str]) -> None:
        if self._session.is_unlocked:
            self.filter_widget.set_sites(sites)

    # --- editor --------------------------------------------------------------------------------------------
    def _on_table_activated(self, index) -> None:
        report_id = self.model.report_id(index.row())
        if report_id:
            self.open_editor(report_id)

    def new_report(self) -> None:
        self.open_editor(None)

    def open_selected(self) -> None:
        report_id = self.selected_report_id()
        if report_id:
            self.open_editor(report_id)

    def open_editor(self, report_id: str | None) -> QWidget | None:
        """Open the report editor for ``report_id`` (None: a new report), or raise the one already open.

        A coordinator never gets an editor (received reports are evidence): the report's review opens instead.
        """
        if not self._session.is_unlocked:
            return None
        if self._coordinator:
            if report_id:
                if report_id != self.detail.report_id:
                    self.show_report(report_id)
                self.focus_review()
            return None
        if report_id and report_id in self._editors:
            editor = self._editors[report_id]
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        try:
            from ui.report_editor import ReportEditor
        except ImportError:
            self.statusBar().showMessage(self.tr("The report editor is not available in this version."), 5000)
            return None
        editor = ReportEditor(self._session, report_id, self)
        if not editor.isWindow():
            editor.setWindowFlag(Qt.WindowType.Window, True)
        self._editors[report_id or f"new:{id(editor)}"] = editor
        editor.closed.connect(lambda editor=editor: self._forget_editor(editor))
        editor.saved.connect(lambda saved_id, editor=editor: self._on_editor_saved(editor, saved_id))
        if hasattr(editor, "loaded"):  # a new report has its id as soon as the editor created it
            editor.loaded.connect(lambda loaded_id, editor=editor: self._key_editor(editor, loaded_id))
        editor.show()
        return editor

    def _forget_editor(self, editor: QWidget) -> None:
        for key, open_editor in list(self._editors.items()):
            if open_editor is editor:
                del self._editors[key]

    def _key_editor(self, editor: QWidget, report_id: str) -> None:
        """Key a new report's editor by the id it got, so that opening that report again raises it."""
        if any(open_editor is editor for open_editor in self._editors.values()):  # not after it closed
            self._forget_editor(editor)
            self._editors[report_id] = editor

    def _on_editor_saved(self, editor: QWidget, report_id: str) -> None:
        self._key_editor(editor, report_id)
        self._selected_id = report_id
        self._refresh_timer.start()

    @property
    def editors(self) -> dict:
        return dict(self._editors)

    @property
    def prompts(self) -> list[QMessageBox]:
        """The open "continue editing?" questions."""
        return self.resume_offer.prompts

    # --- settings ------------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        if not self._session.is_unlocked:
            return
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            return
        dialog = SettingsDialog(self._session, self, **self._settings_dialog_options)
        dialog.saved.connect(self._on_settings_dialog_saved)
        dialog.finished.connect(self._on_settings_dialog_finished)
        self._settings_dialog = dialog
        dialog.open()

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self._settings_dialog

    def _on_settings_dialog_saved(self, values: dict) -> None:
        self.apply_settings(values)
        self.settings_saved.emit(values)

    def _on_settings_dialog_finished(self, _result) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.deleteLater()
        self._settings_dialog = None

    # --- geometry ------------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._qsettings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = self._qsettings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self._qsettings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def restore_docks(self) -> None:
        """Put the feature docks (map, charts: added after construction) back where the user left them."""
        state = self._qsettings.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_geometry(self) -> None:
        """Window layout only: QSettings never holds report content."""
        self._qsettings.setValue("main_window/geometry", self.saveGeometry())
        self._qsettings.setValue("main_window/state", self.saveState())
        self._qsettings.setValue("main_window/splitter", self.splitter.saveState())
        self._qsettings.sync()

    def close_editors(self) -> None:
        """Close every editor (each queues its final save on the store thread)."""
        for editor in list(self._editors.values()):
            editor.close()
        self._editors.clear()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        self.close_editors()
        super().closeEvent(event)
