"""Crash capture (docs/reliability.md F4): slot/thread exceptions and segfaults leave a local report with no full ID."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionoffice import crashlog

FULL_ID = "22010219800101002X"


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    crashlog.install(folder)
    yield folder
    crashlog.set_ui_hook(None)
    crashlog.uninstall()


def log_text(folder: Path) -> str:
    return (folder / crashlog.LOG_NAME).read_text(encoding="utf-8")


def test_mask_ids_keeps_area_and_tail() -> None:
    assert crashlog.mask_ids(f"身份证 {FULL_ID} 与 11010519491231002x") == \
        "身份证 220102********002X 与 110105********002x"
    assert crashlog.mask_ids("13800138000") == "13800138000"


def test_uncaught_exception_is_logged_masked_and_shown(logs: Path) -> None:
    shown: list[tuple[str, str]] = []
    crashlog.set_ui_hook(lambda summary, details: shown.append((summary, details)))
    try:
        raise ValueError(f"bad member {FULL_ID}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    text = log_text(logs)
    assert "ValueError: bad member 220102********002X" in text
    assert FULL_ID not in text
    assert shown
    assert FULL_ID not in shown[0][0] + shown[0][1]
    assert "Traceback" in shown[0][1]


def test_thread_exceptions_are_captured(logs: Path) -> None:
    shown: list[str] = []
    crashlog.set_ui_hook(lambda summary, details: shown.append(summary))

    def work() -> None:
        raise RuntimeError(f"worker saw {FULL_ID}")

    thread = threading.Thread(target=work, name="importer")
    thread.start()
    thread.join()
    text = log_text(logs)
    assert "in thread importer" in text
    assert "RuntimeError" in text
    assert FULL_ID not in text
    assert shown == ["RuntimeError: worker saw 220102********002X"]


def test_a_failing_ui_hook_does_not_raise(logs: Path) -> None:
    def broken(summary: str, details: str) -> None:
        raise OSError("no screen")

    crashlog.set_ui_hook(broken)
    crashlog.report(KeyError, KeyError("x"), None)
    assert "crash dialog failed" in log_text(logs)


def test_ordinary_log_records_are_masked(logs: Path) -> None:
    import logging

    logging.getLogger("unionoffice.test").warning("import row with %s", FULL_ID)
    assert "import row with 220102********002X" in log_text(logs)


def test_a_segfault_leaves_a_report(tmp_path: Path) -> None:
    folder = tmp_path / "crash"
    code = ("import faulthandler, pathlib; from unionoffice import crashlog; "
            f"crashlog.install(pathlib.Path({str(folder)!r})); faulthandler._sigsegv()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert proc.returncode != 0
    assert "Fatal Python error" in (folder / crashlog.FAULT_NAME).read_text(encoding="utf-8")
