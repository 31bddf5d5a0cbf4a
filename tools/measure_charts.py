"""Measure the two candidate chart libraries offscreen: import cost, first paint of six bar charts with Chinese
labels, and a second paint; writes the figures for docs/charts.md. Run: python tools/measure_charts.py LIB"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

LABELS = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]
VALUES = [120, 340, 95, 410, 220, 180, 260, 310, 150, 90, 400, 280]
FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _font_file() -> Path:
    return FONT / "wqy-microhei.ttc"  # the bundled sans-serif: what the screen uses


def main(lib: str) -> None:
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

    _app = QApplication.instance() or QApplication([])
    font = _font_file()
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font)))[0]
    t0 = time.perf_counter()
    if lib == "matplotlib":
        import matplotlib
        from matplotlib import font_manager
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
        font_manager.fontManager.addfont(str(font))
        matplotlib.rcParams["font.family"] = font_manager.FontProperties(fname=str(font)).get_name()
    else:
        import pyqtgraph as pg
    t_import = time.perf_counter() - t0
    host = QWidget()
    grid = QGridLayout(host)
    t1 = time.perf_counter()
    widgets = []
    for i in range(6):
        if lib == "matplotlib":
            fig = Figure(figsize=(4, 2.6), dpi=96)
            ax = fig.add_subplot()
            ax.bar(range(12), VALUES, picker=True)
            ax.set_xticks(range(12), LABELS, fontsize=8)
            ax.set_title(f"每月入会人数 {i}")
            w = FigureCanvasQTAgg(fig)
        else:
            w = pg.PlotWidget(title=f"每月入会人数 {i}")
            w.setBackground("w")
            w.addItem(pg.BarGraphItem(x=list(range(12)), height=VALUES, width=0.7, brush="#4472c4"))
            w.getAxis("bottom").setTicks([list(enumerate(LABELS))])
        grid.addWidget(w, i // 2, i % 2)
        widgets.append(w)
    host.resize(1200, 900)
    image = host.grab()
    t_first = time.perf_counter() - t1
    t2 = time.perf_counter()
    host.grab()
    t_second = time.perf_counter() - t2
    image.save(f"/tmp/h16/charts_{lib}.png")
    print(json.dumps({"lib": lib, "import_ms": round(t_import * 1000), "first_paint_ms": round(t_first * 1000),
                      "repaint_ms": round(t_second * 1000), "font": font.name, "family": family}))


if __name__ == "__main__":
    main(sys.argv[1])
