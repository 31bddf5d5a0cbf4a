"""首页: for a chosen year and month range, headline figures and charts per section; every figure and bar opens the
list behind it. The figures are read on the task runner; the chart library is imported when the first figures
arrive (ui/dashboard/charts.py), never at start-up."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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

from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.dashboard.model import MONEY, Dashboard, Drill, Figure, Period, Section
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.services.dashboard.figures import district_choices, year_dashboard
from unionoffice.ui.shell import messages, tasks
from unionoffice.ui.shell.context import AppContext

LAST_FOLDER = "dashboard/last_folder"
CHART_COLUMNS = 2


def figure_text(figure: Figure) -> str:
    if figure.value is None:
        return "未登记"
    if figure.unit == MONEY:
        return f"{figure.value / 1_000_000:,.2f} 万元"
    if figure.unit == "‰":
        return f"{figure.value / 10:.1f}%"
    return f"{figure.value:,} {figure.unit}"


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dashboard: Dashboard | None = None
        self.charts: list[QWidget] = []
        self.figure_buttons: dict[str, QToolButton] = {}
        self._task: tasks.Task | None = None
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
        period, districts, ctx = self.period(), self.districts(), self.ctx
        self.status.setText(self.tr("Counting…"))
        self._task = tasks.run_read(self, lambda: year_dashboard(ctx.db, ctx.actor, period, districts),
                                    self.show_dashboard, replacing=self._task)
        return self._task

    # -- showing ------------------------------------------------------------------------------------------------------

    def show_dashboard(self, dashboard: Dashboard) -> None:
        from unionoffice.ui.dashboard.charts import ChartWidget  # the chart library, on first figures only

        self.dashboard = dashboard
        self.charts.clear()
        self.figure_buttons.clear()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for section in dashboard.sections:
            self.body_layout.addWidget(self._section_box(section, ChartWidget))
        self.body_layout.addStretch(1)
        scope = dashboard.scope + (f"（{'、'.join(dashboard.districts)}）" if dashboard.districts else "")
        self.status.setText(f"{scope} {dashboard.period.label()}")

    def _section_box(self, section: Section, chart_class: Any) -> QGroupBox:
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
            button.setMinimumWidth(150)
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
        shown = [c for c in section.charts if not c.empty]
        for n, chart in enumerate(shown):
            widget: QWidget = chart_class(chart, self.open_drill, box)
            widget.setObjectName(f"chart_{section.key}_{chart.key}")
            self.charts.append(widget)
            grid.addWidget(widget, n // CHART_COLUMNS, n % CHART_COLUMNS)
        layout.addLayout(grid)
        return box

    def chart(self, section: str, key: str) -> QWidget | None:
        return next((c for c in self.charts if c.objectName() == f"chart_{section}_{key}"), None)

    def open_drill(self, drill: Drill) -> None:
        from unionoffice.ui.dashboard.drill_dialog import DrillDialog

        dialog = DrillDialog(self.ctx, drill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_drill_dialog = dialog
        dialog.show()

    # -- the annual work report ----------------------------------------------------------------------------------

    def write_report(self) -> tasks.Task | None:
        settings = QSettings()
        folder = str(settings.value(LAST_FOLDER, "") or "")
        year = self.year.value()
        suggested = f"{year}年度工作报告.pdf"
        start = str(Path(folder) / suggested) if folder else suggested
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Annual work report"), start,
                                                   self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in chosen.lower() else ".pdf")
        settings.setValue(LAST_FOLDER, str(path.parent))
        districts, ctx = self.districts(), self.ctx

        def job(progress: Progress, cancel: CancelToken) -> Path:
            from unionoffice.services.reporting.annual import write_annual_report

            return write_annual_report(ctx.db, ctx.actor, year, path, districts=districts)

        def done(result: Path) -> None:
            messages.info(self, self.tr("The annual work report was saved to %1").replace("%1", str(result)))

        return tasks.run_long(self, self.tr("Writing the annual work report…"), job, done, write=True)
