"""Reading a workbook that cannot be measured before calamine parses it (xls, xlsb, ods) in a child process.

xlsx sheets are measured in their XML first (sheet_scan.py). The binary formats and ods carry their extent in
records and repeat counts that only a full parse reveals, and calamine allocates the dense grid while parsing: a
hostile file can make that allocation fail, and Rust then aborts the process. Here a child process takes the
blow, the program reports the file, and nothing else is lost (docs/reliability.md §1b). The child runs with a
memory ceiling where the system offers one, so a huge grid fails fast instead of pushing the PC into swap.

The child is this program started again with `CHILD_FLAG` (the same executable when frozen), and it hands the
rows back in a file in a private temporary folder: no pipe to drain, so no thread on either side. It costs about
a third of a second; these formats are small (an xls holds at most 65,536 rows).
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from unionoffice.exchange.errors import SpreadsheetError

log = logging.getLogger(__name__)

CHILD_FLAG = "--read-sheet-in-child"
TIMEOUT_S = 300.0
MEMORY_CEILING = 3 * 1024**3


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "unionoffice", CHILD_FLAG]


def _limit_memory(ceiling: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimit; the child still shields the program from an abort
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard)
    if soft == resource.RLIM_INFINITY or soft > ceiling:
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))


def run_child(request_text: str) -> int:
    """The child's side: read the sheet named in the request, write ("ok", payload) or ("error", message)."""
    from unionoffice.exchange.readers import calamine_sheet

    request = json.loads(request_text)
    path = Path(request["path"])
    answer: tuple[str, Any]
    try:
        _limit_memory(int(request["ceiling"]))
        answer = ("ok", calamine_sheet(path, request["sheet"], int(request["max_rows"])))
    except SpreadsheetError as exc:
        answer = ("error", exc.message)
    except MemoryError:
        answer = ("error", f"文件 {path.name} 展开后需要的内存过多，已拒绝读取")
    Path(request["out"]).write_bytes(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


def read_sheet_in_child(path: Path, sheet: str | int | None, max_rows: int) -> tuple[list[str], int, list[Any]]:
    """(sheet names, index read, rows) as `readers.calamine_sheet` returns them, read by a child process."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-") as folder:  # owner-only: the rows are personal data
        out, errors = Path(folder) / "sheet.pickle", Path(folder) / "stderr.txt"
        request = json.dumps({"path": str(path.resolve()), "sheet": sheet, "max_rows": max_rows,
                              "ceiling": MEMORY_CEILING, "out": str(out)})
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        with errors.open("wb") as stderr:
            child = subprocess.Popen([*child_command(), request], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=stderr, creationflags=flags,
                                     env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
            try:
                status = child.wait(TIMEOUT_S)
            except subprocess.TimeoutExpired:
                child.kill()
                status = child.wait()
        if status != 0 or not out.exists():
            log.warning("sheet reader child for %s ended with %s: %s", path.name, status,
                        errors.read_bytes()[-500:].decode("utf-8", "replace"))
            raise SpreadsheetError(f"读取文件 {path.name} 时表格读取程序异常退出（退出码 {status}），文件可能已损坏"
                                   "或经过恶意构造；请在 Excel 中打开并另存为 xlsx 后再导入")
        kind, payload = pickle.loads(out.read_bytes())  # written by our own child just now, never by a stranger
    if kind == "error":
        raise SpreadsheetError(str(payload))
    names, index, rows = payload
    return list(names), int(index), list(rows)
