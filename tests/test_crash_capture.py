"""Crashes in a windowed build (no stdout, no stderr) still leave a report in the log folder
(docs/reliability.md F4)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FULL_ID = "220102198503140021"

# What a windowed executable starts with: sys.stdout and sys.stderr are None. Then the GUI's own start-up hook.
PRELUDE = textwrap.dedent("""
    import sys
    sys.stdout = None
    sys.stderr = None
    from unionoffice.app import install_crash_capture
    log_file = install_crash_capture()
""")


def run_windowed(body: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UNIONOFFICE_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(body)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def log_text(data_dir: Path, name: str = "unionoffice.log") -> str:
    path = data_dir / "logs" / name
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def test_exception_in_a_qt_slot_and_in_a_thread_are_logged(private_data_dir: Path) -> None:
    # The GUI's own start-up order: crash log, QApplication, crash dialog (which also routes Qt's messages).
    proc = run_windowed(f"""
        import threading
        from PySide6.QtCore import QTimer, qWarning
        from unionoffice.app import create_application, install_crash_dialog

        app = create_application(None)
        install_crash_dialog(log_file)

        def slot():
            raise RuntimeError("slot failed for member {FULL_ID}")

        def worker():
            raise ValueError("worker thread failed")

        def start_worker():
            thread = threading.Thread(target=worker, name="import-worker")
            thread.start()
            thread.join()

        QTimer.singleShot(0, slot)
        QTimer.singleShot(20, start_worker)
        QTimer.singleShot(40, lambda: qWarning("QPainter::begin: Paint device returned engine == 0"))
        QTimer.singleShot(400, app.quit)  # also closes the crash dialog's nested event loop
        app.exec()
    """, private_data_dir)
    assert proc.returncode == 0, proc.stderr
    text = log_text(private_data_dir)
    assert "RuntimeError: slot failed for member" in text
    assert "in slot" in text  # the traceback, not only the message
    assert "ValueError: worker thread failed" in text
    assert "thread import-worker" in text
    assert "Paint device returned engine == 0" in text  # Qt's message handler
    assert FULL_ID not in text
    assert "220102********0021" in text


def test_uncaught_exception_at_start_is_logged(private_data_dir: Path) -> None:
    proc = run_windowed("""
        raise LookupError("start-up failed")
    """, private_data_dir)
    assert proc.returncode != 0
    assert "LookupError: start-up failed" in log_text(private_data_dir)


def test_segfault_leaves_a_faulthandler_report(private_data_dir: Path) -> None:
    proc = run_windowed("""
        import ctypes
        ctypes.string_at(0)  # a real segmentation fault in C code
    """, private_data_dir)
    assert proc.returncode != 0
    report = log_text(private_data_dir, "faulthandler.log")
    assert "Segmentation fault" in report or "access violation" in report
    assert "File " in report  # the Python stack of the crashing thread
