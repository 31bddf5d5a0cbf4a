"""`unionoffice [--db …] [--user …] [--lang …]` with no command opens the window without reading the command
modules; everything else goes through the whole parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from unionoffice.cli.main import window_only


def test_options_alone_ask_for_the_window() -> None:
    options = window_only(["--db", "x.db", "--user", "admin", "--lang", "en"])
    assert options is not None
    assert (options.db, options.user, options.lang) == ("x.db", "admin", "en")
    assert window_only([]) is not None


@pytest.mark.parametrize("argv", [["--db", "x.db", "demo"], ["--version"], ["-h"], ["--self-test"], ["members"]])
def test_a_command_or_a_program_option_takes_the_whole_parser(argv: list[str]) -> None:
    assert window_only(argv) is None


def test_a_bad_option_value_is_refused_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        window_only(["--lang", "fr"])
    assert stop.value.code == 2
    assert "参数错误" in capsys.readouterr().err


def test_the_window_start_reads_no_command_module() -> None:
    code = ("import sys; from unionoffice.cli.main import window_only; window_only(['--db', 'x.db']); "
            "print([m for m in sys.modules if m.endswith('_cmd')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
