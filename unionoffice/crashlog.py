"""Crash capture without a console: rotating log, faulthandler file, excepthooks; ID numbers masked in all of it."""

from __future__ import annotations

import faulthandler
import logging
import re
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO, Any

LOG_NAME = "unionoffice.log"
FAULT_NAME = "faulthandler.log"
MAX_BYTES, BACKUPS = 2_000_000, 5
ID_PATTERN = re.compile(r"\d{17}[\dXx]")

# The GUI sets this to show the crash dialog: (summary, details) — called on whatever thread failed.
UiHook = Callable[[str, str], None]
_ui_hook: UiHook | None = None
_fault_file: IO[str] | None = None
_handler: logging.Handler | None = None
log = logging.getLogger("unionoffice.crash")


def mask_ids(text: str) -> str:
    """Every 18-character ID number becomes `220102********002X` (docs/reliability.md E2/F4: 0 full IDs in reports)."""
    return ID_PATTERN.sub(lambda m: m.group()[:6] + "*" * 8 + m.group()[-4:], text)


class MaskingFormatter(logging.Formatter):
    """Masks the whole formatted record, traceback and exception text included."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_ids(super().format(record))


def install(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send logging to a rotating file, faults to another, and uncaught exceptions (any thread) to both the log
    and the UI hook. Safe to call twice. Returns the log file."""
    global _fault_file, _handler
    if log_dir is None:
        from unionoffice.paths import logs_dir

        log_dir = logs_dir()
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    _handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(min(root.level or level, level))
    # Windowed builds have no stderr: faulthandler needs a real file, kept open for the life of the process.
    if _fault_file is not None:
        _fault_file.close()
    _fault_file = open(log_dir / FAULT_NAME, "a", encoding="utf-8")  # noqa: SIM115 - stays open until exit
    faulthandler.enable(file=_fault_file, all_threads=True)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return path


def set_ui_hook(hook: UiHook | None) -> None:
    global _ui_hook
    _ui_hook = hook


def details_of(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return mask_ids("".join(traceback.format_exception(exc_type, exc, tb)))


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = "") -> None:
    """Log an unexpected exception and hand it to the UI, which shows it and lets the program go on."""
    log.error("unexpected error%s", f" in {where}" if where else "", exc_info=(exc_type, exc, tb))
    hook = _ui_hook
    if hook is None:
        return
    try:
        hook(mask_ids(f"{exc_type.__name__}: {exc}"), details_of(exc_type, exc, tb))
    except Exception:
        log.exception("crash dialog failed")


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report(exc_type, exc, tb)


def _thread_excepthook(args: Any) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    report(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, f"thread {name}")


def uninstall() -> None:
    """Undo `install` (tests)."""
    global _fault_file, _handler
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if faulthandler.is_enabled():
        faulthandler.disable()
    if _fault_file is not None:
        _fault_file.close()
        _fault_file = None
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
