"""Whatever a user can cause ends in one Chinese line on standard error and an exit status, never a traceback.

A traceback is no message for a clerk, and it prints the values of the failing statement's parameters, which may
be personal data (docs/reliability.md §1b). Expected problems are typed errors with their own Chinese message and
exit status (`UnionOfficeError.exit_code`: 2 bad input, 1 refused or failed); the operating system's and the
database's own failures are named here; anything else is a defect, written with its traceback to the (masked) log
file, and the line says where.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Callable

from unionoffice.domain.common.errors import UnionOfficeError

log = logging.getLogger(__name__)

EXIT_FAILED, EXIT_BAD_INPUT = 1, 2

# argparse's own English, as Python 3.11 words it.
ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序版本并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "expected one argument": "需要一个值",
    "ignored explicit argument %r": "多余的值 %r",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的 %(type)s 值",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择 %(value)r（可选：%(choices)s）",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 中必须给出一个",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "unexpected option string: %s": "意外的选项：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有命令 %(parser_name)r（可用：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}
ARGPARSE_TYPES = {"int": "整数", "float": "数值"}


def _translate(text: str) -> str:
    return ARGPARSE_ZH.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "需要 %s 个值"
    return singular if n == 1 else plural


def translate_argparse() -> None:
    """Make argparse speak Chinese: it looks its messages up through the module's `_` and `ngettext` at run time."""
    argparse._ = _translate  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def say(message: str, code: int) -> int:
    sys.stderr.write(message.replace("\n", " ") + "\n")
    sys.stderr.flush()
    return code


def _silence_stdout() -> None:
    """After the reader of our output went away, any later flush would fail again: point stdout at nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def os_failure(exc: OSError) -> tuple[str, int]:
    from unionoffice.fileutil import os_reason

    where = f" {exc.filename}" if exc.filename else ""
    code = EXIT_BAD_INPUT if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR) else EXIT_FAILED
    return f"无法完成：{os_reason(exc)}{'（' + where.strip() + '）' if where else ''}。未完成的更改已撤销。", code


def database_failure(exc: Exception) -> tuple[str, int] | None:
    """SQLite's and the server's own failures that a user can cause, or None (then it is a defect)."""
    from sqlalchemy.exc import DBAPIError

    text = str(getattr(exc, "orig", exc)).lower() if isinstance(exc, DBAPIError) else str(exc).lower()
    if "locked" in text:
        return "数据库正忙：另一个程序正在写入，等待后仍未结束。请稍后再试，本次未做任何更改。", EXIT_FAILED
    if "disk is full" in text or "no space" in text:
        return "磁盘空间不足，操作未完成，已全部撤销。请清理磁盘后再试。", EXIT_FAILED
    if "readonly" in text or "read-only" in text:
        return "数据库所在位置只读，不能保存。请把数据库复制到可写的文件夹。", EXIT_FAILED
    if "unable to open database" in text:
        return "无法打开数据库文件（文件夹不存在、只读或没有权限）。", EXIT_FAILED
    if "disk i/o error" in text:
        return "读写数据库时磁盘出错（磁盘或 U 盘可能有问题）。操作未完成，已全部撤销。", EXIT_FAILED
    return None


def unexpected(exc: BaseException) -> int:
    """A defect: the traceback to the masked log file only; one line to the user saying where it is."""
    try:
        from unionoffice.crashlog import install

        path = install()
        log.error("command failed unexpectedly", exc_info=exc)
        where = f"详情已记入日志 {path}"
    except Exception:  # noqa: BLE001 - without a log the line still goes out
        where = "且无法写入日志"
    return say(f"处理时发生意外错误（{type(exc).__name__}），未完成的更改已撤销；{where}。", EXIT_FAILED)


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """An error in a finaliser (a half-written zip closed at exit on a full disk) goes to the log, not the screen:
    the command has already said in one line what went wrong."""
    log.warning("ignored in %r: %s", unraisable.object, unraisable.exc_value)


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command's handler; every way it can fail becomes one Chinese line and an exit status."""
    from sqlalchemy.exc import SQLAlchemyError

    sys.unraisablehook = _log_unraisable
    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe is found here, inside the guard, not at interpreter exit
        return code
    except UnionOfficeError as exc:
        return say(exc.message, exc.exit_code)
    except BrokenPipeError:
        _silence_stdout()
        return say("输出没有写完：接收输出的程序（如 head）已经关闭。", EXIT_FAILED)
    except KeyboardInterrupt:
        return say("已中断，未完成的更改已撤销。", EXIT_FAILED)
    except OSError as exc:
        return say(*os_failure(exc))
    except SQLAlchemyError as exc:
        known = database_failure(exc)
        return say(*known) if known else unexpected(exc)
    except Exception as exc:  # noqa: BLE001 - the last guard: a defect still ends in one line
        known = database_failure(exc)
        return say(*known) if known else unexpected(exc)
