"""The read-only detail pane: the selected report's fields, its location with source and accuracy, thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from kpfield.sync.inbox import mark_messages_read
from kpfield.sync.messages import messages_for
from kpfield.model import SEVERITIES
from ui.report_table_model import shown_state, state_label, type_label

MAX_THUMBNAILS = 48  # more would only slow the pane; the editor shows them all
THUMB_COLUMNS = 3


# Marked for lupdate here, translated when shown (the language is chosen at start).
_SOURCES = {"gps": QT_TRANSLATE_NOOP("DetailView", "GPS receiver"),
            "photo_exif": QT_TRANSLATE_NOOP("DetailView", "photo EXIF"),
            "manual": QT_TRANSLATE_NOOP("DetailView", "entered by hand"),
            "map": QT_TRANSLATE_NOOP("DetailView", "map")}
_PERPETRATORS = {"army": QT_TRANSLATE_NOOP("DetailView", "Army"),
                 "police": QT_TRANSLATE_NOOP("DetailView", "Police"),
                 "private_security": QT_TRANSLATE_NOOP("DetailView", "Private security"),
                 "company": QT_TRANSLATE_NOOP("DetailView", "Company"),
                 "syndicate_militia": QT_TRANSLATE_NOOP("DetailView", "Syndicate or militia"),
                 "officials": QT_TRANSLATE_NOOP("DetailView", "Officials"),
                 "unknown": QT_TRANSLATE_NOOP("DetailView", "Unknown")}
_SEVERITIES = {1: QT_TRANSLATE_NOOP("DetailView", "1 – low"), 2: QT_TRANSLATE_NOOP("DetailView", "2 – moderate"),
               3: QT_TRANSLATE_NOOP("DetailView", "3 – serious"), 4: QT_TRANSLATE_NOOP("DetailView", "4 – severe"),
               5: QT_TRANSLATE_NOOP("DetailView", "5 – critical")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailView", text)


def source_label(source: str) -> str:
    return _tr(_SOURCES[source]) if source in _SOURCES else source


def perpetrator_label(category: str) -> str:
    return _tr(_PERPETRATORS[category]) if category in _PERPETRATORS else category


def severity_label(level: int | None) -> str:
    return _tr(_SEVERITIES[level]) if level in SEVERITIES and level in _SEVERITIES else ""


def location_line(location, coordinate_format: str = "decimal", units: str = "metric") -> str:
    """``17.647800° S, 31.486100° E — GPS receiver, ±12 m`` (the accuracy in the user's units)."""
    if location is None:
        return ""
    try:
        position = location.format(coordinate_format)
    except ValueError:
        position = location.format("decimal")
    source = getattr(location.source, "value", location.source)
    parts = [source_label(source)]
    if location.accuracy_m is not None:
        if units == "imperial":
            parts.append(QCoreApplication.translate("DetailView", "±{value} ft").format(
                value=round(location.accuracy_m * 3.28084)))
        else:
            parts.append(QCoreApplication.translate("DetailView", "±{value} m").format(
                value=round(location.accuracy_m)))
    else:
        parts.append(QCoreApplication.translate("DetailView", "accuracy unknown"))
    return f"{position} — {', '.join(parts)}"


class DetailView(QScrollArea):
    """Shows one report read-only; :meth:`show_report` loads it (and its thumbnails) on the store thread."""

    messages_read = Signal(str)  # report id: its unread messages from coordinators were shown, and marked read

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._generation = 0
        self._report_id: str | None = None
        self.coordinate_format = "decimal"
        self.units = "metric"
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # labels wrap instead
        self.setAccessibleName(self.tr("Report details"))

        body = QWidget()
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid);")
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = {}
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [("state", self.tr("State:")), ("types", self.tr("Type:")), ("when", self.tr("When:")),
                ("site", self.tr("Site:")), ("place", self.tr("Place:")), ("location", self.tr("Location:")),
                ("people", self.tr("People affected:")), ("perpetrators", self.tr("Perpetrators:")),
                ("witnesses", self.tr("Witnesses:")), ("severity", self.tr("Severity:")), ("tags", self.tr("Tags:"))]
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                          Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAccessibleName(label.rstrip(":"))
            form.addRow(label, value)
            self.fields[key] = value
        self.narrative = QPlainTextEdit()
        self.narrative.setReadOnly(True)
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.narrative.setMinimumHeight(120)
        self.photos_label = QLabel(self.tr("Photos"))
        self.photos_label.setStyleSheet("font-weight: 600;")
        self.thumbs = QWidget()
        self.thumbs_layout = QGridLayout(self.thumbs)
        self.thumbs_layout.setContentsMargins(0, 0, 0, 0)
        # What coordinators asked or decided about this report, fetched by sync from the encrypted mailbox.
        self.messages_label = QLabel(self.tr("Messages from coordinators"))
        self.messages_label.setStyleSheet("font-weight: 600;")
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                              Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.messages.setAccessibleName(self.tr("Messages from coordinators"))

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title_label)
        content_layout.addLayout(form)
        content_layout.addWidget(self.narrative)
        content_layout.addWidget(self.photos_label)
        content_layout.addWidget(self.thumbs)
        content_layout.addWidget(self.messages_label)
        content_layout.addWidget(self.messages)
        content_layout.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        self.setWidget(body)
        self.set_placeholder()
        self.clear()

    def set_placeholder(self, text: str = "") -> None:
        """What the empty pane says (by default: select a report)."""
        self.placeholder.setText(text or self.tr("Select a report to see it here."))

    @property
    def report_id(self) -> str | None:
        return self._report_id

    def show_report(self, report_id: str | None) -> None:
        """Load ``report_id`` off the GUI thread and show it (None clears the pane)."""
        if not report_id:
            self.clear()
            return
        self._generation += 1
        self._report_id = report_id
        generation = self._generation

        coordinator = getattr(self._session, "role", "monitor") == "coordinator"

        def work(profile):
            report = profile.reports.get(report_id)
            photos = profile.photos.list(report_id)
            thumbs = [(p.caption or p.filename, profile.photos.read(p.id, "thumbnail"))
                      for p in photos[:MAX_THUMBNAILS]]
            messages = messages_for(profile.db, report_id)
            newly_read = mark_messages_read(profile.db, report_id) if messages and not coordinator else 0
            return report, thumbs, len(photos), messages, profile.reports.send_state(report_id), newly_read

        self._session.op(work, on_done=lambda result: self._on_loaded(generation, result),
                         on_error=lambda exc: self._on_load_failed(generation, exc))

    def refresh(self) -> None:
        if self._report_id:
            self.show_report(self._report_id)

    def clear(self) -> None:
        """Forget the report entirely: no text, no image left in any widget."""
        self._generation += 1
        self._report_id = None
        self.title_label.clear()
        for value in self.fields.values():
            value.clear()
        self.narrative.clear()
        self.messages.clear()
        self._clear_thumbs()
        self.content.hide()
        self.placeholder.show()

    def _clear_thumbs(self) -> None:
        while self.thumbs_layout.count():
            widget = self.thumbs_layout.takeAt(0).widget()
            if widget is not None:
                if isinstance(widget, QLabel):
                    widget.clear()  # drop the pixmap now, not when the event loop gets to deleteLater
                widget.deleteLater()

    def _on_load_failed(self, generation: int, _exc) -> None:
        if generation == self._generation:
            self.clear()

    def _on_loaded(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # another report was selected meanwhile, or the app locked
        report, thumbs, photo_count, messages, send_state, newly_read = result
        if newly_read:  # shown here: the monitor has seen them (the list's mark and the count follow)
            self.messages_read.emit(report.id)
        f = self.fields
        self.title_label.setText(report.title or self.tr("(untitled)"))
        if getattr(self._session, "role", "monitor") == "coordinator":
            # Received and frozen: its review state and verification are in the review panel.
            f["state"].setText(self.tr("Received, version {version}").format(version=report.version))
        else:
            state = state_label(shown_state(report.state.value, send_state))  # as the list says it
            f["state"].setText(self.tr("{state}, version {version}").format(state=state, version=report.version))
        f["types"].setText(", ".join(type_label(code) for code in report.types))
        f["when"].setText(self._when(report.occurred))
        f["site"].setText(report.site)
        f["place"].setText(report.place)
        f["location"].setText(location_line(report.location, self.coordinate_format, self.units))
        f["people"].setText(self._people(report.people))
        f["perpetrators"].setText("; ".join(
            perpetrator_label(p.category) + (f" ({p.description})" if p.description else "")
            for p in report.perpetrators))
        f["witnesses"].setText("; ".join(w.pseudonym for w in report.witnesses))
        f["severity"].setText(severity_label(report.severity))
        f["tags"].setText(", ".join(report.tags))
        for value in f.values():  # an empty field shows no "Severity:" with nothing after it
            self.form.setRowVisible(value, bool(value.text()))
        self.narrative.setPlainText(report.narrative)
        self.narrative.setVisible(bool(report.narrative))
        self._clear_thumbs()
        for i, (caption, data) in enumerate(thumbs):
            label = QLabel()
            image = QImage.fromData(data)
            if image.isNull():
                label.setText(self.tr("(unreadable)"))
            else:
                label.setPixmap(QPixmap.fromImage(image).scaled(
                    160, 160, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
            label.setToolTip(caption)
            label.setAccessibleName(caption or self.tr("Photo {number}").format(number=i + 1))
            self.thumbs_layout.addWidget(label, i // THUMB_COLUMNS, i % THUMB_COLUMNS)
        if photo_count > len(thumbs):
            more = QLabel(self.tr("and %n more", "", photo_count - len(thumbs)))
            self.thumbs_layout.addWidget(more, len(thumbs) // THUMB_COLUMNS + 1, 0)
        self.photos_label.setText(self.tr("Photos ({count})").format(count=photo_count))
        self.photos_label.setVisible(bool(photo_count))
        self.thumbs.setVisible(bool(photo_count))
        self.messages.setText("\n\n".join(self._message_line(m) for m in messages))
        self.messages_label.setVisible(bool(messages))
        self.messages.setVisible(bool(messages))
        self.placeholder.hide()
        self.content.show()

    def _message_line(self, message) -> str:
        """``2026-03-02 10:00 — Question: What time exactly?`` (a state change names the new review state)."""
        from ui.report_table_model import review_state_label

        kinds = {"question": self.tr("Question"), "request_originals": self.tr("Please send the original photos"),
                 "state_change": self.tr("Review state"), "note": self.tr("Note")}
        head = kinds.get(message.kind, message.kind)
        if message.kind == "state_change" and message.state:
            head = f"{head}: {review_state_label(message.state)}"
        text = f"{head}: {message.text}" if message.text else head
        return f"{message.sent_at[:16].replace('T', ' ')} — {text}"

    def _when(self, occurred) -> str:
        if occurred.start is None:
            return self.tr("not recorded")
        start = occurred.start.astimezone().strftime("%Y-%m-%d %H:%M")
        text = start
        if occurred.end is not None:
            text = self.tr("{start} to {end}").format(start=start,
                                                      end=occurred.end.astimezone().strftime("%Y-%m-%d %H:%M"))
        if occurred.approximate:
            text = self.tr("about {when}").format(when=text)
        return text

    def _people(self, people) -> str:
        names = {"killed": self.tr("killed"), "injured": self.tr("injured"), "detained": self.tr("detained"),
                 "displaced": self.tr("displaced"), "children": self.tr("children")}
        parts = [f"{getattr(people, key)} {label}" for key, label in names.items()
                 if getattr(people, key) is not None]
        return ", ".join(parts)

