"""A coordinator's review of the selected received report: verification per check, hints, state, notes, history.

Everything is read and written on the store thread through :meth:`Session.op`. When another coordinator's
change arrives while the panel is open (a sync ran), the state and assignee fields follow it unless the user has
changed them; if they had, Save names the revision the form was filled from, nothing is saved over the newer
change, and the panel says so, keeping what the user typed for a deliberate second Save. Internal notes stay with
the coordinators (this store, and the others through the encrypted shared channel); they never reach the monitor.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from kpfield.coordinator.answer import SENT_STATES
from kpfield.coordinator.review import STATES
from ui.errors import describe
from ui.report_table_model import QUARANTINED_COLOUR, review_state_label
from ui.review_ops import load_review, save_review
from ui.verification_view import VerificationView, selectable_label

_FIELDS = {"state": QT_TRANSLATE_NOOP("ReviewPanel", "Review state"),
           "assignee": QT_TRANSLATE_NOOP("ReviewPanel", "Assignee"),
           "tags": QT_TRANSLATE_NOOP("ReviewPanel", "Tags"),
           "note": QT_TRANSLATE_NOOP("ReviewPanel", "Internal note"),
           "conflict": QT_TRANSLATE_NOOP("ReviewPanel", "Conflict"),
           "message": QT_TRANSLATE_NOOP("ReviewPanel", "Sent to the monitor")}
_MESSAGE_KINDS = {"question": QT_TRANSLATE_NOOP("ReviewPanel", "a question"),
                  "request_originals": QT_TRANSLATE_NOOP("ReviewPanel", "a request for the original photos"),
                  "state_change": QT_TRANSLATE_NOOP("ReviewPanel", "the review state")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPanel", text)


def state_text(value: str | None) -> str:
    """A history value for the state field (``duplicate:<id>`` names the report it duplicates)."""
    if not value:
        return ""
    state, _, duplicate = value.partition(":")
    text = review_state_label(state)
    if not duplicate:
        return text
    return _tr(QT_TRANSLATE_NOOP("ReviewPanel", "{state} of {report}")).format(state=text, report=duplicate)


class ReviewPanel(QScrollArea):
    """Shows and edits the review of one received report (see the module docstring)."""

    message_requested = Signal(str)  # report id: open the message dialog
    report_link_activated = Signal(str)  # report id: show that report (a duplicate's original)
    reviewed = Signal(str)  # report id: a review change was saved

    def __init__(self, session, parent=None, *, client_options: dict | None = None):
        super().__init__(parent)
        self._session = session
        self.client_options = client_options
        self._report_id: str | None = None
        self._data: dict | None = None
        # The review the form was filled from: Save compares with it and names its revision, so that a change
        # that arrived since (shown, but not yet in the form) is never overwritten unknowingly.
        self._base: dict | None = None
        self._generation = 0
        self._quiet = False
        self._note_drafts: dict[str, str] = {}  # unsaved notes per report, in memory only; dropped on lock
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Review"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.verification = VerificationView()
        layout.addWidget(self.verification)
        layout.addWidget(self._build_review())
        layout.addWidget(self._build_history())
        layout.addStretch(1)
        self.setWidget(body)
        self._update_duplicate_row()  # hidden until "Duplicate" is chosen: not part of the minimum width
        # Without a horizontal scroll bar, a pane narrower than its content cuts it off: the splitter must stop
        # here and narrow the list instead.
        self.setMinimumWidth(body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                             + 2 * self.frameWidth())
        self.clear()

    # --- building ------------------------------------------------------------------------------------------
    def _build_review(self) -> QGroupBox:
        box = QGroupBox(self.tr("Review"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label.setStyleSheet(f"border: 2px solid {QUARANTINED_COLOUR.name()}; padding: 6px; "
                                          f"color: {QUARANTINED_COLOUR.name()};")
        self.conflict_label.setAccessibleName(self.tr("Conflicting changes"))
        form.addRow(self.conflict_label)
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Review state"))
        for state in STATES:
            self.state_combo.addItem(review_state_label(state), state)
        # "Duplicate" asks for the other report's id right beside the state (plain text: the id may come from
        # another coordinator's change, so it is never rendered as markup).
        self.duplicate_edit = QLineEdit()
        self.duplicate_edit.setPlaceholderText(self.tr("of which report? (its id, shown in its review)"))
        self.duplicate_edit.setAccessibleName(self.tr("Duplicate of (report id)"))
        self.duplicate_button = QPushButton(self.tr("Show it"))
        self.duplicate_button.setToolTip(self.tr("Show the report this one duplicates"))
        self.duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_combo)
        state_row.addWidget(self.duplicate_edit, 1)
        state_row.addWidget(self.duplicate_button)
        form.addRow(self.tr("&State:"), state_row)
        form.labelForField(state_row).setBuddy(self.state_combo)
        self.tell_check = QCheckBox(self.tr("Also &tell the monitor"))
        self.tell_check.setToolTip(self.tr("Send this review state to the monitor's device with the next sync"))
        self.tell_check.setAccessibleName(self.tr("Tell the monitor about the new state"))
        form.addRow(self.tell_check)  # the whole row: a long sentence must not widen the label column
        self.assignee_edit = QLineEdit()
        self.assignee_edit.setPlaceholderText(self.tr("Who handles it (empty: nobody)"))
        self.assignee_edit.setAccessibleName(self.tr("Assignee"))
        form.addRow(self.tr("&Assignee:"), self.assignee_edit)
        self.tags_label = selectable_label(self.tr("Tags"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Add tags, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Add tags"))
        form.addRow(self.tr("Tags:"), self.tags_label)
        form.addRow(self.tr("Add ta&gs:"), self.tags_edit)
        self.notes_label = selectable_label(self.tr("Internal notes"))
        form.addRow(self.tr("Notes:"), self.notes_label)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Internal note: shared with the other coordinators, never sent "
                                                  "to the monitor"))
        self.note_edit.setAccessibleName(self.tr("Internal note (never sent to the monitor)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        form.addRow(self.tr("Internal &note:"), self.note_edit)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(self.tr("Review status"))
        self.save_button = QPushButton(self.tr("Save review"))
        self.save_button.setToolTip(self.tr("Save the review (Ctrl+Return)"))
        self.message_button = QPushButton(self.tr("&Message the monitor…"))
        self.message_button.setToolTip(self.tr("Ask a question or request the original photos (Ctrl+Shift+A)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message_button)
        buttons.addStretch(1)
        form.addRow(self.status_label)
        form.addRow(buttons)
        self.save_button.clicked.connect(self.save)
        self.message_button.clicked.connect(lambda: self._report_id and self.message_requested.emit(self._report_id))
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_changed)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), box, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return box

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("History (who changed what)"))
        layout = QVBoxLayout(box)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(3)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.history.setAccessibleName(self.tr("Review history"))
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setWordWrap(True)
        self.history.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(140)
        layout.addWidget(self.history)
        return box

    # --- loading -------------------------------------------------------------------------------------------
    @property
    def report_id(self) -> str | None:
        return self._report_id

    @property
    def data(self) -> dict | None:
        return self._data

    def show_report(self, report_id: str | None, *, mark_read: bool = False) -> None:
        """Load the review of ``report_id`` off the GUI thread (``mark_read``: the user opened it)."""
        if not report_id:
            self.clear()
            return
        if report_id != self._report_id:
            self._stash_note()
            self.note_edit.setPlainText(self._note_drafts.get(report_id, ""))
            self.tags_edit.setText("")
            self.status_label.clear()
        self._generation += 1
        generation, self._report_id = self._generation, report_id
        self._session.op(lambda profile: load_review(profile, report_id, mark_read),
                         on_done=lambda data: self._on_loaded(generation, data, reset=True),
                         on_error=lambda exc: self._on_load_failed(generation, exc))

    def refresh(self) -> None:
        """Reload what is shown (after a sync): edits in progress stay as typed."""
        if self._report_id:
            generation = self._generation = self._generation + 1
            report_id = self._report_id
            self._session.op(lambda profile: load_review(profile, report_id),
                             on_done=lambda data: self._on_loaded(generation, data, reset=False),
                             on_error=lambda exc: self._on_load_failed(generation, exc))

    def clear(self, *, forget_drafts: bool = False) -> None:
        """Show nothing (``forget_drafts`` on lock: unsaved notes go too)."""
        self._generation += 1
        if forget_drafts:
            self._note_drafts.clear()
        else:
            self._stash_note()
        self._report_id, self._data, self._base = None, None, None
        self.duplicate_edit.setText("")
        self.verification.clear()
        for label in (self.tags_label, self.notes_label, self.conflict_label, self.status_label):
            label.clear()
        self.note_edit.setPlainText("")
        self.tags_edit.setText("")
        self.assignee_edit.setText("")
        self.history.clear()
        self.widget().setEnabled(False)
        self.hide()

    def _stash_note(self) -> None:
        if self._report_id:
            text = self.note_edit.toPlainText()
            if text.strip():
                self._note_drafts[self._report_id] = text
            else:
                self._note_drafts.pop(self._report_id, None)

    def _on_load_failed(self, generation: int, exc) -> None:
        if generation != self._generation:
            return
        if getattr(exc, "code", None) == "not_found":
            self.clear()  # not a received report: nothing to review
        else:
            self._status(describe(exc), error=True)

    def _on_loaded(self, generation: int, data: dict, *, reset: bool) -> None:
        if generation != self._generation:
            return
        self._data = data
        received, review = data["received"], data["review"]
        self.verification.show_received(received, data["device"])
        self._show_conflicts(review["conflicts"])
        self.tags_label.setText(", ".join(review["tags"]) or self.tr("none"))
        if reset or self._base is None or not self._form_edited():
            self._base = review  # the user has not changed the state or assignee: show the newest values
            self._quiet = True
            try:
                self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(review["state"])))
            finally:
                self._quiet = False
            self.duplicate_edit.setText(review["duplicate_of"] or "")
            self.assignee_edit.setText(review["assignee"] or "")
            self.tell_check.setChecked(False)
        self._update_duplicate_row()
        self._update_tell_check()
        self._show_history(review["history"], data["messages"], data.get("me") or "")
        self.widget().setEnabled(True)
        self.show()

    def _show_conflicts(self, conflicts: list[dict]) -> None:
        lines = []
        for conflict in conflicts:
            field = conflict["field"]
            show = state_text if field == "state" else (lambda v: v or self.tr("nobody"))
            a, b = conflict["values"]
            lines.append(self.tr("{field}: two coordinators changed it on revision {revision}: “{a}” ({who_a}) and "
                                 "“{b}” ({who_b}). The value shown was kept; save a decision to settle it.").format(
                field=_tr(_FIELDS.get(field, field)), revision=conflict["base_revision"], a=show(a["value"]),
                who_a=a["who"], b=show(b["value"]), who_b=b["who"]))
        self.conflict_label.setText("\n".join(lines))
        self.conflict_label.setVisible(bool(lines))

    def _show_history(self, history: list[dict], messages: list[dict], me: str = "") -> None:
        rows = []
        for entry in history:
            field, old, new = entry["field"], entry["old"], entry["new"]
            if field == "state":
                what = f"{state_text(old)} → {state_text(new)}"
            elif field == "tags":
                what = f"{', '.join(_json_list(old)) or '—'} → {', '.join(_json_list(new))}"
            elif field in ("note", "conflict"):
                what = new or ""
            else:
                what = f"{old or '—'} → {new or '—'}"
            rows.append((entry["at"], entry["who"], f"{_tr(_FIELDS.get(field, field))}: {what}"))
        notes = [f"{(e['at'] or '')[:16].replace('T', ' ')}, {who_name(e['who'])}: {e['new']}"
                 for e in history if e["field"] == "note"]
        self.notes_label.setText("\n".join(notes) or self.tr("none"))
        for message in messages:
            kind = _tr(_MESSAGE_KINDS.get(message["kind"], message["kind"] or ""))
            if message["kind"] == "state_change" and message.get("state"):
                kind = f"{kind} ({review_state_label(message['state'])})"
            # Sent from here: named as this coordinator's own review changes are (one name for one coordinator).
            rows.append((message["at"], me or self.tr("this computer"), f"{_tr(_FIELDS['message'])}: {kind}"))
        self.history.clear()
        for at, who, what in sorted(rows, key=lambda r: r[0] or ""):
            item = QTreeWidgetItem([(at or "")[:16].replace("T", " "), who_name(who), what])
            item.setToolTip(1, who)
            item.setToolTip(2, what)
            self.history.addTopLevelItem(item)
        self.history.resizeColumnToContents(0)

    # --- editing -------------------------------------------------------------------------------------------
    def _status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {QUARANTINED_COLOUR.name()};" if error else "")

    def _on_state_combo_changed(self, _index: int) -> None:
        if self._quiet or self._data is None:
            return
        self._update_duplicate_row()
        self._update_tell_check()
        if self.state_combo.currentData() == "duplicate" and not self.duplicate_edit.text().strip():
            self.duplicate_edit.setFocus()

    def _on_duplicate_button_clicked(self) -> None:
        if self.duplicate_edit.text().strip():
            self.report_link_activated.emit(self.duplicate_edit.text().strip())

    def _update_duplicate_row(self) -> None:
        duplicate = self.state_combo.currentData() == "duplicate"
        self.duplicate_edit.setVisible(duplicate)
        self.duplicate_button.setVisible(duplicate and bool(self._data and self._data["review"]["duplicate_of"]))

    def _update_tell_check(self) -> None:
        state = self.state_combo.currentData()
        self.tell_check.setEnabled(state in SENT_STATES)
        if state not in SENT_STATES:
            self.tell_check.setChecked(False)

    def _form_edited(self) -> bool:
        """Whether the state, duplicate link or assignee in the form differ from the review it was filled from."""
        review = self._base
        state = self.state_combo.currentData()
        duplicate = (self.duplicate_edit.text().strip() or None) if state == "duplicate" else None
        shown = (review["state"], review["duplicate_of"] if review["state"] == "duplicate" else None,
                 review["assignee"] or "")
        return (state, duplicate, self.assignee_edit.text().strip()) != shown

    def pending_changes(self) -> dict:
        """What Save would change, as keyword arguments for ``review()``."""
        if self._base is None:
            return {}
        review, changes = self._base, {}
        state = self.state_combo.currentData()
        duplicate = (self.duplicate_edit.text().strip() or None) if state == "duplicate" else None
        if (state, duplicate) != (review["state"], review["duplicate_of"] if review["state"] == "duplicate"
                                  else None):
            changes.update(state=state, duplicate_of=duplicate)
        if self.assignee_edit.text().strip() != (review["assignee"] or ""):
            changes["assignee"] = self.assignee_edit.text().strip()
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        if tags:
            changes["tags"] = tags
        if self.note_edit.toPlainText().strip():
            changes["note"] = self.note_edit.toPlainText().strip()
        return changes

    def save(self) -> None:
        """Save the pending changes as one review change (refused if another coordinator's change came first)."""
        changes = self.pending_changes()
        if not self._report_id or self._data is None:
            return
        if not changes:
            self._status(self.tr("Nothing to save."))
            return
        if changes.get("state") == "duplicate" and not changes.get("duplicate_of"):
            self._status(self.tr("Name the report this one duplicates (its id)."), error=True)
            self.duplicate_edit.setFocus()
            return
        report_id, revision = self._report_id, self._base["revision"]
        tell = self.tell_check.isChecked() and changes.get("state") in SENT_STATES
        self.save_button.setEnabled(False)
        self._session.op(lambda profile: save_review(profile, report_id, revision, changes),
                         changes=f"report:{report_id}",
                         on_done=lambda result: self._on_saved(report_id, result, changes, tell),
                         on_error=self._on_save_failed)

    def _on_saved(self, report_id: str, result, changes: dict, tell: bool) -> None:
        self.save_button.setEnabled(True)
        outcome, state = result
        if report_id != self._report_id or self._data is None:
            return
        self._data, self._base = {**self._data, "review": state}, state
        if outcome == "stale":
            self._status(error=True, text=self.tr(
                "Another coordinator changed this review meanwhile (see the history). Nothing was saved; your "
                "changes are still here: check theirs, then save again."))
            self.refresh()
            return
        self._status(self.tr("Saved."))
        self.note_edit.setPlainText("")
        self._note_drafts.pop(report_id, None)
        self.tags_edit.setText("")
        self.reviewed.emit(report_id)
        if tell:
            self.tell_monitor(report_id, changes["state"])
        self.refresh()  # the new history

    def _on_save_failed(self, exc) -> None:
        self.save_button.setEnabled(True)
        self._status(describe(exc), error=True)

    def tell_monitor(self, report_id: str, state: str) -> None:
        """Send the new state to the monitor's device (needs the server; the review is saved either way)."""
        from kpfield.coordinator.answer import send_message

        options = self.client_options
        self._status(self.tr("Saved. Telling the monitor…"))
        self._session.op(lambda profile: send_message(profile, report_id, "", "state_change", state=state,
                                                      client_options=options),
                         changes=f"report:{report_id}",
                         on_done=lambda _sent: self._on_told(report_id),
                         on_error=lambda exc: self._on_tell_failed(report_id, exc))

    def _on_told(self, report_id: str) -> None:
        if report_id == self._report_id:
            self._status(self.tr("Saved, and the monitor's device was told."))
            self.refresh()

    def _on_tell_failed(self, report_id: str, exc) -> None:
        if report_id == self._report_id:
            text = self.tr("The review was saved, but the monitor was not told: {reason}")
            self._status(text.format(reason=describe(exc, situation="send")), error=True)


def who_name(who: str) -> str:
    """``device_id (label)`` as its label (the full form stays in the tooltip)."""
    if who.endswith(")") and " (" in who:
        return who[who.index(" (") + 2:-1]
    return who


def _json_list(text: str | None) -> list[str]:
    import json

    try:
        value = json.loads(text) if text else []
    except ValueError:
        return [text or ""]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]

