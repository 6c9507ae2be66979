"""The report editor window: loads a report, autosaves the draft, marks it ready, and reopens ready reports as a
new version.

Every store call is a :meth:`Session.op` on the store thread. The ids of reports open for editing are kept in the
store setting ``"editing_reports"`` (added on open, removed on a normal close), so that after a crash or a kill the
shell can offer the draft back; autosave makes sure the draft in the store is at most a few seconds old.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from kpfield.errors import ValidationError
from kpfield.model import Report, ReportState
from kpfield.sync.inbox import questions_for
from ui.autosave import Autosaver
from ui.errors import describe, describe_code
from ui.frozen_style import FROZEN_STYLE, show_frozen
from ui.photo_grid_widget import PhotoGridWidget
from ui.report_form_widget import ReportFormWidget

EDITING_KEY = "editing_reports"


def _set_editing(profile, report_id: str, editing: bool) -> None:
    """Add or remove ``report_id`` in the store's list of reports open in an editor (store thread)."""
    ids = [i for i in (profile.settings.get(EDITING_KEY, []) or []) if isinstance(i, str)]
    if editing and report_id not in ids:
        ids.append(report_id)
    elif not editing and report_id in ids:
        ids.remove(report_id)
    else:
        return
    profile.settings.set(EDITING_KEY, ids)


class ReportEditor(QWidget):
    """A top-level window editing one report.

    :param session: the unlocked :class:`ui.session.Session`
    :param report_id: the report to edit, or None to create a new draft in the store at once
    Signals: :attr:`saved` (report id, after each successful save), :attr:`closed`, and :attr:`loaded`
    (report id, once the report is shown).
    """

    saved = Signal(str)
    closed = Signal()
    loaded = Signal(str)  # the report is shown and editable (or read-only); its id

    def __init__(self, session, report_id: str | None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Edit report — KP Field"))  # never report content: screens are seen
        self.resize(900, 820)
        self._session = session
        self._report: Report | None = None  # the stored report (id, version, state, dates)
        self._report_id = report_id
        self._edited = False  # saved changes not yet recorded in the audit trail
        self._created_here = report_id is None  # a new draft nobody touches is not left behind
        self._finished = False  # the final save is queued; nothing more goes to the store
        self._closed_emitted = False

        self.form = ReportFormWidget(session.tasks, self)
        self.photos = PhotoGridWidget(session, self)
        self.autosaver = Autosaver(session, self._snapshot, self)

        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.new_version_button = QPushButton(self.banner)
        self.new_version_button.setAccessibleName(self.tr("Edit: creates a new version"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.new_version_button)
        self.banner.hide()

        self.questions_box = QFrame(self)  # what coordinators asked: shown while the monitor answers
        self.questions_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.questions_box.setStyleSheet("QFrame { border: 1px solid #8a5a00; border-radius: 3px; }"
                                         "QLabel { border: none; }")
        questions_title = QLabel(self.tr("<b>Questions from coordinators</b>"), self.questions_box)
        self.questions_label = QLabel(self.questions_box)
        self.questions_label.setWordWrap(True)
        self.questions_label.setTextFormat(Qt.TextFormat.PlainText)  # a coordinator's words, never markup
        self.questions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions_label.setAccessibleName(self.tr("Questions from coordinators"))
        questions_layout = QVBoxLayout(self.questions_box)
        questions_layout.addWidget(questions_title)
        questions_layout.addWidget(self.questions_label)
        self.questions_box.hide()

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems to fix before the report is ready"))
        self.problems.setMaximumHeight(80)
        self.problems.hide()
        self.status_label = QLabel(self.tr("Opening…"), self)
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.ready_button = QPushButton(self.tr("&Mark ready to send"), self)
        self.ready_button.setAccessibleName(self.tr("Mark ready to send"))
        self.ready_button.setToolTip(self.tr("Checks the report and freezes this version (Ctrl+Enter)."))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the editor"))

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.form)
        photos_title = QLabel(self.tr("<b>Photos</b>"), content)
        content_layout.addWidget(photos_title)
        content_layout.addWidget(self.photos)
        content.setStyleSheet(FROZEN_STYLE)  # read-only fields look it: no white box that ignores typing
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.ready_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.questions_box)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

        self.form.changed.connect(self._on_form_changed)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self.photos.photos_changed.connect(self.form.location.set_photos)
        self.photos.photo_added.connect(self._on_photos_photo_added)
        self.ready_button.clicked.connect(self.mark_ready)
        self.close_button.clicked.connect(self.close)
        self.new_version_button.clicked.connect(self.new_version)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_now)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.mark_ready)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.form.setEnabled(False)
        self.photos.setEnabled(False)
        self.ready_button.setEnabled(False)
        self._load()

    # --- public ------------------------------------------------------------------------------------------
    @property
    def report_id(self) -> str | None:
        return self._report_id

    @property
    def report(self) -> Report | None:
        """The report as last loaded or saved (not what is being typed)."""
        return self._report

    @property
    def is_read_only(self) -> bool:
        return self._report is not None and self._report.state == ReportState.READY

    def save_now(self) -> None:
        """Save at once instead of waiting for the autosave delay (Ctrl+S)."""
        self.autosaver.flush()

    def mark_ready(self) -> None:
        """Save, check, record the edits and freeze this version; list the problems if it is not ready."""
        if self._report is None or self.is_read_only or self._finished:
            return
        pending = self.autosaver.take_pending()
        report_id = self._report.id
        edited = self._edited or pending is not None

        def work(profile):
            if pending is not None:
                profile.reports.save_draft(pending, audit=False)
            report = profile.reports.get(report_id)
            if report.ready_problems():
                raise ValidationError("The report is not ready yet.", code="report_not_ready",
                                      problems=report.validate_ready(), problem_codes=report.ready_problems())
            if edited:
                profile.reports.record_edit(report_id)
            ready = profile.reports.mark_ready(report_id)
            _set_editing(profile, report_id, False)
            return ready

        self.status_label.setText(self.tr("Checking…"))
        self._session.op(work, on_done=self._on_marked_ready, on_error=self._on_mark_ready_failed,
                         changes=f"report:{report_id}")

    def new_version(self) -> None:
        """Reopen this ready report for editing as version N+1 (version N stays frozen)."""
        if self._report is None or not self.is_read_only or self._finished:
            return
        report_id = self._report.id

        def work(profile):
            report = profile.reports.new_version(report_id)
            _set_editing(profile, report_id, True)
            return report

        self._session.op(work, on_done=self._on_new_version_done, on_error=self._show_error,
                         changes=f"report:{report_id}")

    # --- loading -----------------------------------------------------------------------------------------
    def _load(self) -> None:
        report_id = self._report_id

        def work(profile):
            report = profile.reports.create() if report_id is None else profile.reports.get(report_id)
            if report.state == ReportState.DRAFT:
                _set_editing(profile, report.id, True)
            return (report, profile.photos.list(report.id), profile.reports.sites(),
                    questions_for(profile.db, report.id))

        self._session.op(work, on_done=self._on_loaded, on_error=self._on_load_failed,
                         changes="reports" if report_id is None else None)

    def _on_loaded(self, result) -> None:
        report, photos, sites, questions = result
        self._report = report
        self._report_id = report.id
        if self._finished:  # closed (or locked) while opening: nothing was edited, nothing to offer back
            created = self._created_here

            def forget(profile):
                if created:
                    profile.reports.delete(report.id)
                _set_editing(profile, report.id, False)

            self._session.op(forget, changes="reports")
            return
        self.form.set_report(report, sites)
        self._show_questions(questions)
        self.photos.set_report(report.id, photos)
        self.form.location.set_photos(photos)
        self.form.setEnabled(True)
        self.photos.setEnabled(True)
        self._apply_state()
        self._update_tab_order()
        self.form.types.filter_edit.setFocus()
        self.loaded.emit(report.id)

    def _show_questions(self, questions) -> None:
        """What coordinators asked about this report, newest first: the monitor answers with the question in view."""
        lines = []
        for message in questions[:3]:
            when = message.sent_at[:16].replace("T", " ")
            if message.kind == "request_originals":
                lines.append(self.tr("{when}: a coordinator asked for the original photos.").format(when=when))
            else:
                lines.append(self.tr("{when}: {question}").format(when=when, question=message.text))
        self.questions_label.setText("\n".join(lines))
        self.questions_box.setVisible(bool(lines))

    def _on_load_failed(self, exc: BaseException) -> None:
        self.status_label.setText(describe(exc))

    def _apply_state(self) -> None:
        read_only = self.is_read_only
        self.form.set_read_only(read_only)
        self.photos.set_read_only(read_only)
        show_frozen(self.scroll.widget())
        self.autosaver.set_enabled(not read_only)
        self.ready_button.setEnabled(not read_only)
        self.banner.setVisible(read_only)
        if read_only:
            version = self._report.version
            self.banner_label.setText(self.tr("This report was marked ready to send (version %d). It is frozen: "
                                              "editing it creates a new version.") % version)
            self.new_version_button.setText(self.tr("&Edit (creates version %d)") % (version + 1))
            self.status_label.setText(self.tr("Read-only: version %d is frozen.") % version)
        else:
            self.status_label.setText(self.tr("Draft, version %d. Changes are saved automatically.")
                                      % self._report.version)

    def _update_tab_order(self) -> None:
        chain = (self.form.focus_chain() + self.photos.focus_chain()
                 + [self.ready_button, self.close_button])
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- saving ------------------------------------------------------------------------------------------
    def _snapshot(self) -> Report:
        return self.form.report_from(self._report)

    def _on_form_changed(self) -> None:
        if self._report is None or self.is_read_only or self._finished:
            return
        self.problems.hide()
        self.status_label.setText(self.tr("Unsaved changes…"))
        self.autosaver.schedule()

    def _on_autosaver_saved(self, stored: Report) -> None:
        self._edited = True
        if self._report is not None and stored.id == self._report.id:
            self._report = stored
        if not self.autosaver.dirty and not self._finished:
            self.status_label.setText(self.tr("Saved at %s.") % QTime.currentTime().toString("HH:mm:ss"))
        self.saved.emit(stored.id)

    def _on_autosaver_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Not saved: %s") % describe(exc))

    def _on_photos_photo_added(self, photo) -> None:
        """A photo with GPS: with no location yet take its position, saying so; otherwise compare the two."""
        if photo.gps is None or self.is_read_only:
            return
        site = self.form.site_combo.currentText()
        if self.form.location.location() is None:  # taken, saying from where and how far from the site (Undo)
            self.form.location.use_photo_position(photo, site)
        else:  # kept, but a photo taken elsewhere is pointed out
            self.form.location.compare_photo_position(photo, site)

    def _on_marked_ready(self, report: Report) -> None:
        self._created_here = False
        self._report = report
        self._edited = False
        self.problems.hide()
        self._apply_state()
        self.status_label.setText(self.tr("Marked ready to send: version %d is frozen.") % report.version)
        self.saved.emit(report.id)

    def _on_mark_ready_failed(self, exc: BaseException) -> None:
        self._edited = True  # the pending changes were saved by the operation before the check
        codes = exc.details.get("problem_codes") if isinstance(exc, ValidationError) else None
        self.problems.clear()
        self.problems.addItems([describe_code(code) for code in codes] if codes else [describe(exc)])
        self.problems.show()
        self.status_label.setText(self.tr("Not ready yet: fix the problems listed below."))

    def _on_new_version_done(self, report: Report) -> None:
        self._created_here = False
        self._report = report
        self._edited = False
        self._apply_state()
        self.saved.emit(report.id)

    def _show_error(self, exc: BaseException) -> None:
        self.status_label.setText(describe(exc))

    # --- closing -----------------------------------------------------------------------------------------
    def _queue_final_save(self) -> None:
        """Queue the last save, ONE audit entry for the session's edits, and forget the editing mark."""
        if self._finished:
            return
        self._finished = True
        self.form.location.stop()
        if self._report is None:
            return  # still opening: _on_loaded clears the editing mark
        pending = None if self.is_read_only else self.autosaver.take_pending()
        self.autosaver.set_enabled(False)
        report_id = self._report.id
        edited = self._edited or pending is not None
        untouched = (self._created_here and not edited and not self.photos.photos() and not self.photos.importing
                     and not self.is_read_only)

        def work(profile):
            stored = None
            if untouched:  # opened with "New report" and closed without a keystroke: nothing to keep
                profile.reports.delete(report_id)
            elif pending is not None:
                stored = profile.reports.save_draft(pending, audit=False)
            if edited:
                profile.reports.record_edit(report_id)
            _set_editing(profile, report_id, False)
            return stored

        self._session.op(work, on_done=lambda stored: self.saved.emit(report_id) if stored else None,
                         changes="reports" if untouched else f"report:{report_id}")

    def _on_session_about_to_lock(self) -> None:
        self._queue_final_save()  # runs on the store thread before the store closes
        self.close()

    def closeEvent(self, event) -> None:
        self._queue_final_save()
        try:
            self._session.about_to_lock.disconnect(self._on_session_about_to_lock)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
        if not self._closed_emitted:
            self._closed_emitted = True
            self.closed.emit()
