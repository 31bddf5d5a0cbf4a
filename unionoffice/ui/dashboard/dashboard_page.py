"""首页: for a chosen year and month range, headline figures and charts per section; every figure and bar opens the
list behind it. The figures are read on the task runner; the charts (ui/dashboard/charts.py, painted by hand) are made
when the first figures have been drawn and only where they are in view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.dashboard.model import MONEY, Chart, Dashboard, Drill, Figure, Period, Section
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.services.dashboard.scope import district_choices
from unionoffice.services.dashboard.snapshot import (
    SECTION_KEYS,
    SECTION_TITLES,
    WATCHED,
    Stored,
    compute_sections,
    store_sections,
    stored_dashboard,
)
from unionoffice.ui.dashboard.chart_layout import chart_height
from unionoffice.ui.shell import changes, file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext

CHART_COLUMNS = 2
TWO_COLUMNS_FROM = 760  # a narrower page (1024 × 768 at 150 %) shows one chart a row, each still readable


def figure_text(figure: Figure) -> str:
    if figure.value is None:
        return "未登记"
    if figure.unit == MONEY:
        return f"{figure.value / 1_000_000:,.2f} 万元"
    if figure.unit == "‰":
        return f"{figure.value / 10:.1f}%"
    return f"{figure.value:,} {figure.unit}"


class LazyChart(QWidget):
    """A chart's place on the page, as tall as the chart: the chart itself (building and first painting it is the
    costly part of opening the page) is made when the place is first painted, i.e. scrolled into view, or when asked
    for (`widget()`). `seen` is told when the place is first painted: the page then makes every chart in view in one
    go."""

    def __init__(self, chart: Chart, on_drill: Callable[[Drill], None], parent: QWidget | None = None,
                 seen: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.chart, self.on_drill = chart, on_drill
        self.real: QWidget | None = None
        self._asked = False
        self._seen = seen
        self.setMinimumHeight(chart_height(chart))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def widget(self) -> QWidget:
        if self.real is None:
            from unionoffice.ui.dashboard.charts import ChartWidget  # the page opens without it

            self.real = ChartWidget(self.chart, self.on_drill, self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.real)
            self.real.show()
        return self.real

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.real is None and not self._asked:  # in view: make the chart right after this paint
            self._asked = True
            QTimer.singleShot(0, self._seen or self.widget)
        super().paintEvent(event)


class DashboardPage(QWidget):
    """`firstPainted` fires once, when the figures kept from the last count (or, with none kept, the note that they
    are being counted) have first been drawn: what a clerk sees first after signing in."""

    firstPainted = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stored_shown = False  # the first read of the kept figures has been put on the page
        self._reported = False  # their first paint is over and said: from then on charts are made with figures
        self.dashboard: Dashboard | None = None
        self.charts: list[LazyChart] = []
        self.figure_buttons: dict[str, QToolButton] = {}
        self._task: tasks.Task | None = None
        self._refresh_task: tasks.Task | None = None
        self._generation = 0
        self.stored: Stored | None = None
        self.up_to_date = False  # every section shown is counted from the data as it is now
        self.store_task: tasks.Task | None = None  # keeping what was counted
        self.section_boxes: dict[str, QGroupBox] = {}
        self.chart_columns = CHART_COLUMNS
        self._grids: dict[QGroupBox, tuple[QGridLayout, list[LazyChart]]] = {}
        self._making = False  # the charts in view are being made, or will be once every section is in
        self.last_drill_dialog: QWidget | None = None
        today = date.today()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" (year)"))
        self.first_month, self.last_month = QComboBox(self), QComboBox(self)
        for month in range(1, 13):
            self.first_month.addItem(self.tr("%1 month").replace("%1", str(month)), month)
            self.last_month.addItem(self.tr("%1 month").replace("%1", str(month)), month)
        self.last_month.setCurrentIndex(11)
        self.district = QComboBox(self)
        self.district.addItem(self.tr("All districts"), "")
        self.district.setVisible(False)
        self.refresh_button = QPushButton(self.tr("Show"), self)
        self.report_button = QPushButton(self.tr("Annual work report…"), self)
        self.report_button.setVisible(ctx.actor.may(Permission.EXPORT_DATA))
        self.status = QLabel(self)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        self.status.setMinimumWidth(1)
        self.status.installEventFilter(self)  # until the kept figures' first paint (eventFilter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:"), self))
        bar.addWidget(self.year)
        bar.addWidget(QLabel(self.tr("Months:"), self))
        bar.addWidget(self.first_month)
        bar.addWidget(QLabel("—", self))
        bar.addWidget(self.last_month)
        bar.addWidget(self.district)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        second = QHBoxLayout()  # a second line, so the page never makes a narrow window wider
        second.addWidget(self.status, 1)
        second.addWidget(self.report_button)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.scroll_area, 1)
        self.refresh_button.clicked.connect(self.load)
        self.report_button.clicked.connect(self.write_report)
        tasks.run_read(self, lambda: district_choices(ctx.db, ctx.actor), self.show_districts)
        changes.watch(self, WATCHED, self._records_changed)  # a write made some sections stale: shown, then recounted
        self.load()

    # -- reading ------------------------------------------------------------------------------------------------------

    def period(self) -> Period:
        first, last = int(self.first_month.currentData()), int(self.last_month.currentData())
        return Period(self.year.value(), min(first, last), max(first, last))

    def districts(self) -> tuple[str, ...]:
        code = str(self.district.currentData() or "")
        return (code,) if code else ()

    def show_districts(self, choices: list[tuple[str, str]]) -> None:
        for code, name in choices:
            self.district.addItem(f"{code} {name}", code)
        self.district.setVisible(bool(choices))

    def load(self) -> tasks.Task:
        """Paint the stored figures at once (a few small rows, whatever the size of the database), then recompute
        in the background the sections that are missing or older than the data (services/dashboard/snapshot.py)."""
        period, districts, ctx = self.period(), self.districts(), self.ctx
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Counting…"))
        self.up_to_date = False
        self._task = tasks.run_read(self, lambda: stored_dashboard(ctx.db, ctx.actor, period, districts),
                                    lambda stored: self.show_stored(stored, generation), replacing=self._task)
        return self._task

    def _records_changed(self) -> None:
        self.load()

    def show_stored(self, stored: Stored, generation: int) -> None:
        if generation != self._generation:  # the user asked for another period meanwhile
            return
        self._stored_shown = True
        self.stored = stored
        self.up_to_date = stored.fresh
        if stored.dashboard is not None:
            self.show_dashboard(stored.dashboard)
        else:
            self.clear_body()
        if stored.fresh:
            self.show_status(stored.computed_at, updating=False)
            return
        if stored.dashboard is not None:
            self.show_status(stored.computed_at, updating=True)
        keys = list(stored.stale)
        # A provincial database computes its sections in one pass; a district's own database section by section.
        batches = [keys] if stored.province else [[k] for k in keys]
        self._refresh(stored, batches, 0, [], generation)

    def _refresh(self, stored: Stored, batches: list[list[str]], done: int, computed: list[Section],
                 generation: int) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        if done == len(batches):
            self._store(stored, computed)
            return
        keys = batches[done]
        if stored.dashboard is None:  # the first computation: say which section is being counted
            self.status.setText(self.tr("Counting %1 (%2 of %3)…").replace("%1", "、".join(
                SECTION_TITLES.get(k, k) for k in keys)).replace("%2", str(done + 1)).replace("%3", str(len(batches))))
        period, districts, ctx = stored.period, stored.districts, self.ctx

        def arrived(sections: tuple[Section, ...]) -> None:
            if generation != self._generation:
                return
            for section in sections:
                self.put_section(section)
            self._refresh(stored, batches, done + 1, [*computed, *sections], generation)

        self._refresh_task = tasks.run_in_background(
            lambda: compute_sections(ctx.db, ctx.actor, period, districts, keys), arrived, write=False, parent=self,
            on_error=self._refresh_failed)

    def _refresh_failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, UnionOfficeError):  # a reason meant for the clerk (a permission, a busy database)
            self.status.setText(self.tr("The figures could not be counted: %1").replace("%1", exc.message))
            return
        # Anything else is a fault of the program: the clerk gets a sentence; the task runner has logged the query
        # and the trace (ui/shell/task_lanes.Task._failed).
        self.status.setText(self.tr("The figures could not be counted because of an error in the program; the "
                                    "details are in the log."))

    def _store(self, stored: Stored, computed: list[Section]) -> None:
        period, districts, ctx = stored.period, stored.districts, self.ctx
        now = datetime.now(UTC)
        self.up_to_date = True
        self.show_status(now, updating=False)
        if computed:
            self.store_task = tasks.run_in_background(
                lambda: store_sections(ctx.db, ctx.actor, period, districts, computed, stored.versions), write=True,
                parent=self)

    def show_status(self, computed_at: datetime | None, *, updating: bool) -> None:
        dashboard = self.dashboard
        if dashboard is None:
            return
        scope = dashboard.scope + (f"（{'、'.join(dashboard.districts)}）" if dashboard.districts else "")
        when = ""
        if computed_at is not None:
            local = computed_at.astimezone()
            when = f"{local:%H:%M}" if local.date() == date.today() else f"{local:%Y-%m-%d %H:%M}"
        text = self.tr("%1 %2 · figures as of %3, updating…") if updating else self.tr("%1 %2 · as of %3")
        self.status.setText(text.replace("%1", scope).replace("%2", dashboard.period.label()).replace("%3", when))

    # -- showing ------------------------------------------------------------------------------------------------------

    def clear_body(self) -> None:
        self.dashboard = None
        self.charts.clear()
        self.figure_buttons.clear()
        self.section_boxes.clear()
        self._grids.clear()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.body_layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The status line always changes when the kept figures arrive ("as of …" or "counting …"), in the same
        # frame as the figures themselves.
        if watched is self.status and event.type() == QEvent.Type.Paint and self._stored_shown:
            self.status.removeEventFilter(self)  # once
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self._reported = True
        self.firstPainted.emit()
        self.make_charts_in_view()

    @property
    def first_painted(self) -> bool:
        """The kept figures have been drawn once (from then on, charts in view are made with their figures)."""
        return self._reported

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.clear_body()
        self._making = True  # every section first, then the charts in view in one go
        try:
            for section in dashboard.sections:
                self.put_section(section)
        finally:
            self._making = False
        self.dashboard = dashboard
        self.make_charts_in_view()

    def put_section(self, section: Section) -> None:
        """Show `section` in its place: replacing the box it had, or inserted in the order of the sections; then
        make the charts that are in view."""
        old = self.section_boxes.pop(section.key, None)
        if old is not None:
            prefix = f"chart_{section.key}_"
            self.charts[:] = [c for c in self.charts if not c.objectName().startswith(prefix)]
            for name in [n for n in self.figure_buttons if n.startswith(f"{section.key}.")]:
                del self.figure_buttons[name]
        box = self._section_box(section)
        if old is not None:
            self._grids.pop(old, None)
            index = self.body_layout.indexOf(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()
        else:
            later = [self.section_boxes[k] for k in SECTION_KEYS[SECTION_KEYS.index(section.key) + 1:]
                     if k in self.section_boxes] if section.key in SECTION_KEYS else []
            index = self.body_layout.indexOf(later[0]) if later else self._end_index()
        self.body_layout.insertWidget(index, box)
        if self.body.isVisible():  # shown now, not a turn of the event loop later: its charts in view are made
            box.show()
        self.section_boxes[section.key] = box
        self.dashboard = self._with_section(section)
        self.make_charts_in_view()

    def make_charts_in_view(self) -> None:
        """Make every chart the scroll area shows, in one go before the window paints them: one layout pass and one
        paint for all, not a chart per turn of the event loop (docs/charts.md). The places' geometry is settled
        first (the pending layout requests), so a place only counts as in view where it will be painted."""
        if self._making or not self.isVisible():
            return
        # The figures first: the charts in view are made once they have been drawn and said so (a chart's place
        # painted in the same frame asks for them before firstPainted would be emitted).
        if not self._reported:
            return
        self._making = True
        try:
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            for place in self.charts_in_view():
                place.widget()
        finally:
            self._making = False

    def _end_index(self) -> int:
        """Before the closing stretch, if there is one."""
        count = self.body_layout.count()
        last = self.body_layout.itemAt(count - 1) if count else None
        if last is not None and last.spacerItem() is not None:
            return count - 1
        return count

    def _with_section(self, section: Section) -> Dashboard:
        stored = self.stored
        base = self.dashboard or (Dashboard(stored.period, stored.scope, (), stored.districts) if stored is not None
                                  else Dashboard(self.period(), "", (), self.districts()))
        sections = {s.key: s for s in base.sections}
        sections[section.key] = section
        ordered = tuple(sections[k] for k in SECTION_KEYS if k in sections) + tuple(
            s for k, s in sections.items() if k not in SECTION_KEYS)
        return Dashboard(base.period, base.scope, ordered, base.districts)

    def _section_box(self, section: Section) -> QGroupBox:
        box = QGroupBox(section.title, self.body)
        layout = QVBoxLayout(box)
        figures = QGridLayout()
        for n, figure in enumerate(section.figures):
            text = f"{figure.label}\n{figure_text(figure)}"
            if figure.drill is None:  # a figure without a list behind it reads the same, and is not a button
                label = QLabel(text, box)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                figures.addWidget(label, n // 4, n % 4)
                continue
            button = QToolButton(box)
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setMinimumWidth(110)  # four a row still fit 1024 × 768 at 150 % (683 pixels)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Open the list behind this figure"))
            button.clicked.connect(lambda _=False, d=figure.drill: self.open_drill(d))
            self.figure_buttons[f"{section.key}.{figure.key}"] = button
            figures.addWidget(button, n // 4, n % 4, Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(figures)
        if section.note:
            note = QLabel(section.note, box)
            note.setStyleSheet("color: #8a6d3b")
            layout.addWidget(note)
        grid = QGridLayout()
        places = []
        for chart in (c for c in section.charts if not c.empty):
            widget = LazyChart(chart, self.open_drill, box, seen=self.make_charts_in_view)
            widget.setObjectName(f"chart_{section.key}_{chart.key}")
            self.charts.append(widget)
            places.append(widget)
        self._place_charts(grid, places, self.chart_columns)
        self._grids[box] = (grid, places)
        layout.addLayout(grid)
        return box

    @staticmethod
    def _place_charts(grid: QGridLayout, places: list[LazyChart], columns: int) -> None:
        for place in places:
            grid.removeWidget(place)
        for n, place in enumerate(places):
            grid.addWidget(place, n // columns, n % columns)
        for column in range(CHART_COLUMNS):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = CHART_COLUMNS if event.size().width() >= TWO_COLUMNS_FROM else 1  # the scroll area not laid out yet
        if columns != self.chart_columns:
            self.chart_columns = columns
            for box, (grid, places) in list(self._grids.items()):
                if shiboken6.isValid(box):
                    self._place_charts(grid, places, columns)
                else:
                    del self._grids[box]
            self.make_charts_in_view()

    def chart(self, section: str, key: str) -> QWidget | None:
        """The chart widget (made now if it has not been scrolled into view yet)."""
        place = next((c for c in self.charts if c.objectName() == f"chart_{section}_{key}"), None)
        return place.widget() if place is not None else None

    def charts_in_view(self) -> list[LazyChart]:
        """The chart places the scroll area shows now."""
        viewport = self.scroll_area.viewport()
        seen = viewport.rect()
        found = []
        for place in self.charts:
            if not place.isVisibleTo(self):
                continue
            top_left = place.mapTo(viewport, place.rect().topLeft())
            if seen.intersects(place.rect().translated(top_left)):
                found.append(place)
        return found

    def open_drill(self, drill: Drill) -> None:
        from unionoffice.ui.dashboard.drill_dialog import DrillDialog

        dialog = DrillDialog(self.ctx, drill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_drill_dialog = dialog
        dialog.show()

    # -- the annual work report ----------------------------------------------------------------------------------

    def write_report(self) -> tasks.Task | None:
        year = self.year.value()
        chosen = file_dialogs.save_file(self, self.tr("Annual work report"), f"{year}年度工作报告.pdf",
                                        self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"), "reports")
        if chosen is None:
            return None
        path, kind = chosen
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in kind.lower() else ".pdf")
        districts, ctx = self.districts(), self.ctx

        def job(progress: Progress, cancel: CancelToken) -> Path:
            from unionoffice.services.reporting.annual import write_annual_report

            return write_annual_report(ctx.db, ctx.actor, year, path, districts=districts)

        def done(result: Path) -> None:
            messages.info(self, self.tr("The annual work report was saved to %1").replace("%1", str(result)))

        return tasks.run_long(self, self.tr("Writing the annual work report…"), job, done, write=True)
