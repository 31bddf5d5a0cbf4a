"""Crash capture (docs/reliability.md F4): slot/thread exceptions and segfaults leave a local report with no full ID."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.people import valid_id
from unionoffice import crashlog
from unionoffice.domain.common.idnumber import check_char

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


BIRTH = range(6, 14)  # positions the screen's mask always hides (docs/reliability.md R2)


def hidden_digits_shown(number: str, masked: str, hidden: range) -> list[int]:
    return [i for i in hidden if masked[i] != "*"]


def test_reversed_ids_ending_in_x_are_masked_without_extra_digits() -> None:
    reversed_id = FULL_ID[::-1]  # how the search index stores it: X200…
    masked = crashlog.mask_ids(f"params ('{reversed_id}',)")
    assert reversed_id not in masked
    shown = masked.split("'")[1][::-1]
    assert shown == "220102********002X"


def test_fifteen_digit_ids_are_masked() -> None:
    old = "220102800101002"  # 6 area + YYMMDD + 3 sequence
    masked = crashlog.mask_ids(f"原号 {old} 与 {old[::-1]}")
    assert old not in masked
    assert old[::-1] not in masked
    assert masked == "原号 220102******002 与 200******201022"


def test_other_long_digit_runs_keep_only_the_last_four() -> None:
    assert crashlog.mask_ids("卡号 6217990000000001") == "卡号 ************0001"
    assert crashlog.mask_ids("20240101120000") == "20240101120000"  # a time stamp is not personal


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_no_hidden_digit_survives_in_either_direction(body: str) -> None:
    number = body + check_char(body)
    forward = crashlog.mask_ids(number)
    backward = crashlog.mask_ids(number[::-1])[::-1]
    assert len(forward) == len(backward) == 18
    assert hidden_digits_shown(number, forward, BIRTH) == []
    assert hidden_digits_shown(number, backward, BIRTH) == []
    for masked in (forward, backward):  # whatever shows, shows in its place
        assert all(m in ("*", c) for m, c in zip(masked, number, strict=True))


def test_phones_are_masked_in_the_log_both_ways() -> None:
    assert crashlog.mask_personal("手机 13800138000") == "手机 138****8000"
    assert crashlog.mask_personal("反向 " + "13912345678"[::-1]) == "反向 " + "139****5678"[::-1]
    assert crashlog.mask_personal(valid_id(7)) == crashlog.mask_ids(valid_id(7))


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
