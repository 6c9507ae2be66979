"""Bar charts of report counts (by type, month, site or perpetrator category) with a table as text alternative.

The view only draws a :class:`~kpfield.stats.ReportStats` it is given; computing it is the dock's job. Labels are
translated here: type labels from the taxonomy in the GUI's language, perpetrator categories with the same words
as the report editor, so a chart never shows a code.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAbstractBarSeries, QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QStackedWidget,
    QTableWidget, QTableWidgetItem, QToolTip, QVBoxLayout, QWidget,
)

from kpfield import taxonomy
from kpfield.errors import ValidationError
from kpfield.stats import NO_PERPETRATOR, NO_SITE, OTHER_SITES, ReportStats
from ui import i18n
from ui.people_widget import category_labels

KINDS = ("type", "month", "site", "perpetrator")
BAR_COLOR = QColor("#2f6b9a")  # one colour: the length is the message, not the hue
_INVISIBLE = "\u200b"  # category names must be unique; zero-width spaces make equal-looking labels distinct


def _value_scale(largest: int, headroom: float) -> tuple[int, int]:
    """(axis maximum, tick interval): whole round steps (1, 2, 5 times a power of ten), about four of them,
    with room above the largest bar for its count label."""
    wanted = max(largest * headroom, 1) / 4
    magnitude = 10 ** math.floor(math.log10(wanted)) if wanted >= 1 else 1
    interval = next(int(step * magnitude) for step in (1, 2, 5, 10) if step * magnitude >= wanted)
    return max(math.ceil(largest * headroom / interval), 1) * interval, max(interval, 1)


class ChartsView(QWidget):
    """A selector (Ctrl+Shift+G's dock shows it), one bar chart, and the same counts as a table."""

    kind_changed = Signal(str)  # the user chose another chart; its counts may still have to be made

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stats: ReportStats | None = None
        self._entries: list[tuple[str, int]] = []
        self._empty: list[str] = []  # categories with no report (not drawn)
        self._all_entries: list[tuple[str, int]] = []
        self.selector = QComboBox()
        for kind, text in zip(KINDS, (self.tr("By type"), self.tr("By month"), self.tr("By site"),
                                      self.tr("By perpetrator"))):
            self.selector.addItem(text, kind)
        self.selector.setAccessibleName(self.tr("Chart"))
        selector_label = QLabel(self.tr("C&hart:"))
        selector_label.setBuddy(self.selector)
        self.table_check = QCheckBox(self.tr("Show as t&able"))
        self.table_check.setAccessibleName(self.tr("Show the counts as a table"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                   | Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chart = self._new_chart()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach its description
        self.chart_view.setAccessibleName(self.tr("Bar chart of report counts"))
        self.chart_view.setMinimumSize(300, 240)
        # Qt Charts replaces every label of a crowded vertical axis with "...": with many bars in a short dock,
        # the chart grows taller than the dock and scrolls instead.
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_area.setWidget(self.chart_view)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Reports")])
        self.table.setAccessibleName(self.tr("Report counts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        for widget in (self.chart_area, self.table, self.placeholder):
            self.stack.addWidget(widget)

        top = QHBoxLayout()
        top.addWidget(selector_label)
        top.addWidget(self.selector, 1)
        top.addWidget(self.table_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.selector)

        self.selector.currentIndexChanged.connect(self._on_selector_current_index_changed)
        self.table_check.toggled.connect(self._on_table_check_toggled)
        self.clear()

    # --- public ----------------------------------------------------------------------------------------------
    def set_stats(self, stats: ReportStats) -> None:
        """Show ``stats`` (the current chart kind stays selected)."""
        self._stats = stats
        self._render()

    def clear(self, message: str = "") -> None:
        """Forget every count and label (on lock): nothing of the reports stays in the widget."""
        self._stats = None
        self._render(message)

    def set_kind(self, kind: str) -> None:
        self.selector.setCurrentIndex(KINDS.index(kind))

    def kind(self) -> str:
        return self.selector.currentData()

    def entries(self) -> list[tuple[str, int]]:
        """What the chart shows as ``(label, count)``, most reported (or earliest month) first."""
        return list(self._entries)

    @property
    def stats(self) -> ReportStats | None:
        return self._stats

    # --- labels ----------------------------------------------------------------------------------------------
    def _label(self, kind: str, key) -> str:
        if kind == "type":
            try:
                return taxonomy.get(key).label(i18n.current_language())
            except ValidationError:  # a code from a newer taxonomy: show it rather than hide the reports
                return key
        if kind == "site":
            if key is OTHER_SITES:
                return self.tr("Other sites")
            return self.tr("(no site)") if key == NO_SITE else key
        if kind == "perpetrator":
            if key == NO_PERPETRATOR:
                return self.tr("None recorded")
            return category_labels().get(key, key)
        return key  # months stay YYYY-MM: unambiguous in every language

    def _summary(self, kind: str, stats: ReportStats) -> str:
        count = self.tr("Reports: {count}").format(count=stats.total)  # no plural to get wrong in any language
        notes = {
            "type": self.tr("A report with several types counts once for each."),
            "month": self.tr("Month of the incident (of writing, if its date is unknown), in this computer's time "
                             "zone."),
            "site": self.tr("The sites with most reports; the others are added up."),
            "perpetrator": self.tr("A report counts once for each kind of perpetrator it names."),
        }
        text = f"{count}. {notes[kind]}"
        if self._empty:
            text += " " + self.tr("Categories with no report, not drawn: {count}.").format(count=len(self._empty))
        if kind == "month" and not stats.months_contiguous:
            text += " " + self.tr("The dates span more than 50 years, so only months with reports are shown: "
                                  "check for a mistyped year.")
        return text

    # --- drawing ---------------------------------------------------------------------------------------------
    def _render(self, message: str = "") -> None:
        kind = self.kind()
        stats = self._stats
        pairs = self._pairs(kind)
        # Categories without reports are not drawn (months are: a gap in time is information); the summary says
        # how many were left out.
        self._empty = [self._label(kind, key) for key, count in pairs or [] if not count and kind != "month"]
        self._all_entries = [(self._label(kind, key), count) for key, count in pairs or []]  # the table: all
        self._entries = [(label, count) for label, count in self._all_entries if count or kind == "month"]
        self._fill_table()
        self._draw_chart(kind)
        if stats is None or pairs is None:
            self.summary_label.clear()
            self.placeholder.setText(message if stats is None else self.tr("Counting reports…"))
            self.stack.setCurrentWidget(self.placeholder)
        elif not stats.total:
            self.summary_label.clear()
            self.placeholder.setText(self.tr("No report matches the search and filters."))
            self.stack.setCurrentWidget(self.placeholder)
        else:
            self.summary_label.setText(self._summary(kind, stats))
            self.summary_label.setToolTip(", ".join(self._empty))
            self.stack.setCurrentWidget(self.table if self.table_check.isChecked() else self.chart_area)
        description = "; ".join(f"{label}: {count}" for label, count in self._entries)
        self.chart_view.setAccessibleDescription(description)

    def _pairs(self, kind: str) -> list | None:
        """The shown stats' ``(key, count)`` pairs for ``kind``; None if they were not counted."""
        stats = self._stats
        if stats is None:
            return []
        return {"type": stats.by_type, "month": stats.by_month, "site": stats.by_site,
                "perpetrator": stats.by_perpetrator}[kind]

    def needs_counts(self) -> bool:
        """True when the chart chosen has no counts yet (perpetrators are counted only when asked for)."""
        return self._stats is not None and self._pairs(self.kind()) is None

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._all_entries))
        for row, (label, count) in enumerate(self._all_entries):
            name = QTableWidgetItem(label)
            name.setToolTip(label)
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, number)

    def _draw_chart(self, kind: str) -> None:
        # A new chart each time: axes removed from a chart linger on screen until Qt deletes them.
        old, self.chart = self.chart, self._new_chart()
        self.chart_view.setChart(self.chart)
        old.deleteLater()
        if not self._entries or not self._stats or not self._stats.total:
            return  # a fresh, empty chart: nothing of earlier counts stays drawn
        vertical = kind == "month"
        entries = self._entries if vertical else list(reversed(self._entries))  # first entry at the top
        row = QFontMetrics(self.font()).height() + 10  # what a horizontal bar's label needs to stay whole
        self.chart_view.setMinimumHeight(240 if vertical else max(240, len(entries) * row + 70))
        series = QBarSeries() if vertical else QHorizontalBarSeries()
        bars = QBarSet(self.tr("Reports"))
        bars.setColor(BAR_COLOR)
        bars.setBorderColor(BAR_COLOR)
        bars.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        bars.append([float(count) for _, count in entries])
        series.append(bars)
        series.setBarWidth(0.75)
        series.hovered.connect(self._on_series_hovered)
        self.chart.addSeries(series)

        if vertical:
            categories = self._month_axis([label for label, _ in entries])
        else:
            categories = QBarCategoryAxis()
            categories.setCategories(self._bar_labels([label for label, _ in entries]))
        categories.setGridLineVisible(False)
        values = QValueAxis()
        # Room beyond the longest bar for its count label.
        top, interval = _value_scale(max(count for _, count in entries), 1.08 if vertical else 1.15)
        values.setRange(0, top)
        values.setLabelFormat("%d")
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(interval)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom if vertical else Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft if vertical else Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self._place_value_labels(series, categories, len(entries), vertical)

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setBackgroundRoundness(0)
        return chart

    @staticmethod
    def _bar_labels(labels: list[str]) -> list[str]:
        """Each label unique, as the axis requires. Qt Charts elides long ones itself, to about a third of the
        chart's width (eliding them here too would cut them twice); the table and tooltips have them whole."""
        unique, seen = [], set()
        for text in labels:
            while text in seen:
                text += _INVISIBLE
            seen.add(text)
            unique.append(text)
        return unique

    def _month_axis(self, months: list[str]) -> QCategoryAxis:
        """Bars sit at 0, 1, 2...; a label every 1, 2, 3, 4, 6, 12... months, as many as fit without touching.

        A bar-category axis would squeeze every month's label into its own bar's width and elide it to "…".
        """
        axis = QCategoryAxis()
        axis.setRange(-0.5, len(months) - 0.5)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        slot = max(self.chart_view.width() - 80, 100) / max(len(months), 1)
        needed = QFontMetrics(axis.labelsFont()).horizontalAdvance("0000-00") + 12
        step = next((s for s in (1, 2, 3, 4, 6, 12, 24, 60, 120, 600) if slot * s >= needed), 600)
        for index, month in enumerate(months):
            if _month_index(month) % step == 0 or len(months) == 1:
                axis.append(month, index)
        return axis

    def _place_value_labels(self, series: QAbstractBarSeries, axis, n: int,
                            vertical: bool) -> None:
        """Counts on the bars when they fit beside each other; otherwise in tooltips and the table."""
        metrics = QFontMetrics(axis.labelsFont())
        widest = metrics.horizontalAdvance(str(max(count for _, count in self._entries)))
        if vertical:
            slot = max(self.chart_view.width() - 80, 100) / max(n, 1)
            if slot >= widest + 4:
                angle = 0
            elif slot >= metrics.height() + 2:
                angle = -90
            else:
                return
            series.setLabelsAngle(angle)
        else:
            slot = max(self.chart_view.height() - 60, 100) / max(n, 1)
            if slot < metrics.height():
                return
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsVisible(True)

    # --- events ----------------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._stats is not None and self._stats.total:
            self._draw_chart(self.kind())  # eliding and thinning depend on the width

    def _on_selector_current_index_changed(self, _index: int) -> None:
        self._render()
        self.kind_changed.emit(self.kind())

    def _on_table_check_toggled(self, _checked: bool) -> None:
        self._render()

    def _on_series_hovered(self, status: bool, index: int, _bar_set) -> None:
        if not status:
            QToolTip.hideText()
            return
        entries = self._entries if self.kind() == "month" else list(reversed(self._entries))
        if 0 <= index < len(entries):
            label, count = entries[index]
            QToolTip.showText(QCursor.pos(), self.tr("{label}: {count}").format(label=label, count=count))


def _month_index(label: str) -> int:
    """Months since year 0 for a ``YYYY-MM`` label (so every 12th is a January)."""
    try:
        return int(label[:4]) * 12 + int(label[5:7]) - 1
    except ValueError:
        return 0
