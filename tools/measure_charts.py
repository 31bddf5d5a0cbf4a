"""Measure the dashboard's chart widget offscreen: import cost, first paint of six 12-bar charts with Chinese labels,
a second paint, and the process's peak memory; the figures in docs/charts.md. Run: python tools/measure_charts.py
(the pyqtgraph and matplotlib candidates it once measured are in the page's history)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LABELS = ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月")
VALUES = (120, 340, 95, 410, 220, 180, 260, 310, 150, 90, 400, 280)


def peak_kb() -> int:
    """VmHWM: the resident set's high-water mark (Linux)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

    from unionoffice.domain.dashboard.model import PERSONS, Chart, Series
    from unionoffice.ui.shell.fonts import install_ui_font

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_ui_font(app)
    t0 = time.perf_counter()
    from unionoffice.ui.dashboard.charts import ChartWidget
    t_import = time.perf_counter() - t0
    host = QWidget()
    grid = QGridLayout(host)
    t1 = time.perf_counter()
    for i in range(6):
        chart = Chart(f"c{i}", f"每月入会人数 {i}", PERSONS, LABELS, (Series("入会", VALUES),))
        grid.addWidget(ChartWidget(chart, lambda drill: None), i // 2, i % 2)
    host.resize(1200, 900)
    image = host.grab()
    t_first = time.perf_counter() - t1
    t2 = time.perf_counter()
    host.grab()
    t_second = time.perf_counter() - t2
    out = Path(os.environ.get("TMPDIR", "/tmp")) / "charts_qpainter.png"
    image.save(str(out))
    print(json.dumps({"import_ms": round(t_import * 1000, 1), "first_paint_ms": round(t_first * 1000),
                      "repaint_ms": round(t_second * 1000), "peak_kb": peak_kb(),
                      "numpy": "numpy" in sys.modules, "png": str(out)}))


if __name__ == "__main__":
    main()
