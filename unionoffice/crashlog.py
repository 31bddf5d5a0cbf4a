"""Crash capture without a console: rotating log, faulthandler file, excepthooks; ID numbers masked in all of it."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import re
import sys
import threading
import traceback
from collections.abc import Callable
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from unionoffice.fileutil import create_private, make_private, open_private, private_folder

LOG_NAME = "unionoffice.log"
FAULT_NAME = "faulthandler.log"
MAX_BYTES, BACKUPS = 2_000_000, 5
# Runs of digits, with an X at either end: an ID number written forward, or reversed as the search index stores it
# (`id_reversed`), or an old 15-digit one. Lookarounds keep a run from being cut out of a longer number.
ID_PATTERN = re.compile(r"(?<!\d)[Xx]?\d{14,}[Xx]?(?!\d)")
PHONE_PATTERN = re.compile(r"(?<!\d)\d{11}(?!\d)")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_MOBILE = re.compile(r"^1[3-9]\d{9}$")

# The GUI sets this to show the crash dialog: (summary, details) — called on whatever thread failed.
UiHook = Callable[[str, str], None]
_ui_hook: UiHook | None = None
_fault_file: IO[str] | None = None
_handler: RotatingFileHandler | None = None
log = logging.getLogger("unionoffice.crash")


def _check_ok(number: str) -> bool:
    """The GB 11643 check character of an 18-character ID (docs/reliability.md R1), repeated here because the crash
    log sits below the domain layer."""
    if not number[:17].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(number[:17], _WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17].upper()


def _date_ok(yymmdd: str) -> bool:
    return yymmdd.isdigit() and 1 <= int(yymmdd[2:4]) <= 12 and 1 <= int(yymmdd[4:6]) <= 31


def _reads_forward(run: str) -> bool:
    """An 18-digit run that is an ID as written: its check character holds, or failing that its birth date is one."""
    if _check_ok(run) != _check_ok(run[::-1]):
        return _check_ok(run)
    return run[6:8] in ("18", "19", "20") and _date_ok(run[8:14])


def _shown(run: str, head: int, tail: int) -> str:
    return run[:head] + "*" * (len(run) - head - tail) + run[-tail:]


def _mask_id_run(run: str) -> str:
    """Show no more than the screen's mask does (area code and last four), whichever way round the run is written.
    When a run reads as an ID both forward and reversed (or neither), only what both masks show stays."""
    if len(run) == 18:
        # The check character X can only stand last; otherwise the check character, then the birth date, decide.
        forward = run[-1] in "Xx" or (run[0] not in "Xx" and _reads_forward(run))
        backward = run[0] in "Xx" or (run[-1] not in "Xx" and _reads_forward(run[::-1]))
        if forward and not backward:
            return _shown(run, 6, 4)
        if backward and not forward:
            return _shown(run, 4, 6)
        return _shown(run, 4, 4)
    if len(run) == 15 and run.isdigit():  # 6 area + YYMMDD + 3 sequence; the date tells the direction
        forward, backward = _date_ok(run[6:12]), _date_ok(run[::-1][6:12])
        if forward and not backward:
            return _shown(run, 6, 3)
        if backward and not forward:
            return _shown(run, 3, 6)
        return _shown(run, 3, 3)
    return _shown(run, 0, 4)  # a card or account number: the last four, as on screen


def mask_ids(text: str) -> str:
    """Every ID number — 18 or 15 characters, forward or reversed — becomes `220102********002X` or its mirror, and any
    other run of 15 or more digits keeps only its last four (docs/reliability.md E2/F4: 0 full IDs in reports)."""
    return ID_PATTERN.sub(lambda m: _mask_id_run(m.group()) if len(m.group()) >= 15 else m.group(), text)


def _mask_phone_run(run: str) -> str:
    forward, backward = bool(_MOBILE.match(run)), bool(_MOBILE.match(run[::-1]))
    if forward and not backward:
        return _shown(run, 3, 4)
    if backward and not forward:
        return _shown(run, 4, 3)
    return _shown(run, 3, 3) if forward else run


def mask_personal(text: str) -> str:
    """`mask_ids`, and mobile numbers (forward or reversed) as `138****8000`: what the log and crash reports keep."""
    return PHONE_PATTERN.sub(lambda m: _mask_phone_run(m.group()), mask_ids(text))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """The log names people even when masked: each file it starts (the first, and after every rotation) is the
    owner's only (docs/reliability.md §1b); rotation renames files, which keeps their mode."""

    def _open(self) -> TextIOWrapper:
        with contextlib.suppress(FileExistsError):
            create_private(Path(self.baseFilename))
        return super()._open()


class MaskingFormatter(logging.Formatter):
    """Masks the whole formatted record, traceback and exception text included."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal(super().format(record))


def install(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send logging to a rotating file, faults to another, and uncaught exceptions (any thread) to both the log
    and the UI hook. Safe to call twice. Returns the log file."""
    global _fault_file, _handler
    if log_dir is None:
        from unionoffice.paths import logs_dir

        log_dir = logs_dir()
    private_folder(log_dir)
    path = log_dir / LOG_NAME
    for old in [path, log_dir / FAULT_NAME, *log_dir.glob(f"{LOG_NAME}.*")]:  # written by a version before this rule
        if old.is_file():
            make_private(old)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    _handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(min(root.level or level, level))
    # Windowed builds have no stderr: faulthandler needs a real file, kept open for the life of the process.
    if _fault_file is not None:
        _fault_file.close()
    _fault_file = open_private(log_dir / FAULT_NAME, "a", encoding="utf-8")  # stays open until exit
    faulthandler.enable(file=_fault_file, all_threads=True)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return path


def record_unexpected(exc: BaseException, where: str) -> Path:
    """Log an unexpected exception, masked, to the log file (starting one if nothing has: the command line), and
    return the file: the caller shows one line and this path, never the traceback (docs/reliability.md §1b — a
    traceback also prints the values of the failing SQL)."""
    if _handler is None:
        from unionoffice.paths import logs_dir

        folder = private_folder(logs_dir())
        handler = PrivateRotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                             encoding="utf-8")
        handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
        quiet = logging.getLogger("unionoffice.crash.unexpected")
        quiet.propagate = False  # to this file only: no handler elsewhere may print it unmasked
        quiet.addHandler(handler)
        try:
            quiet.error("unexpected error in %s", where, exc_info=exc)
        finally:
            quiet.removeHandler(handler)
            handler.close()
        return folder / LOG_NAME
    log.error("unexpected error in %s", where, exc_info=exc)
    return Path(_handler.baseFilename)


def set_ui_hook(hook: UiHook | None) -> None:
    global _ui_hook
    _ui_hook = hook


def details_of(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return mask_personal("".join(traceback.format_exception(exc_type, exc, tb)))


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = "") -> None:
    """Log an unexpected exception and hand it to the UI, which shows it and lets the program go on."""
    log.error("unexpected error%s", f" in {where}" if where else "", exc_info=(exc_type, exc, tb))
    hook = _ui_hook
    if hook is None:
        return
    try:
        hook(mask_personal(f"{exc_type.__name__}: {exc}"), details_of(exc_type, exc, tb))
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
