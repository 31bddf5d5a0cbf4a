"""Writing a file so that the real name only ever holds a complete file: temp name, fsync, rename, verify."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from unionoffice.exchange.errors import ExportError, WriteFailedError
from unionoffice.fileutil import file_sha256, fsync_dir, make_private, os_reason

CHUNK = 1 << 20


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    sha256: str
    size: int


class AtomicTarget:
    """The temporary path to write to; `result` is set once the file is in place under its real name."""

    def __init__(self, final: Path, temp: Path) -> None:
        self.final = final
        self.temp = temp
        self.result: WrittenFile | None = None


def _os_error_in(exc: BaseException) -> OSError | None:
    """The operating system's error behind a writer's own (xlsxwriter wraps it in FileCreateError)."""
    for candidate in (exc, *getattr(exc, "args", ()), exc.__cause__, exc.__context__):
        if isinstance(candidate, OSError):
            return candidate
    return None


@contextmanager
def atomic_output(final: str | os.PathLike[str]) -> Iterator[AtomicTarget]:
    """Write to `target.temp` inside the block; on success the file is synced, renamed over `final` and checked.

    USB sticks acknowledge writes they have not made, so the hash of the synced temporary file is compared with
    a fresh read of the final file; an interrupted or failed export leaves at most a `.part` file behind.
    """
    named = Path(final).expanduser()
    # The folder may be reached through links; the file itself is not followed: a link at the named path is
    # replaced by the new file, and whatever it pointed to is left alone (os.replace swaps the directory entry).
    folder = named.parent.resolve()
    final_path = folder / named.name
    if not folder.is_dir():
        raise ExportError(f"文件夹不存在：{folder}（请先建好文件夹，或另选一个位置）")
    if final_path.is_dir() and not final_path.is_symlink():
        raise ExportError(f"{final_path} 是一个文件夹，请写出要保存的文件名")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{final_path.stem}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteFailedError(f"无法在 {folder} 写入：{os_reason(exc)}") from exc
    os.close(fd)
    make_private(Path(temp_name))  # mkstemp gives 0600 on POSIX; on Windows the DACL must be set (reliability.md §1b)
    target = AtomicTarget(final_path, Path(temp_name))
    try:
        yield target
        with target.temp.open("rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        expected = file_sha256(target.temp)
        size = target.temp.stat().st_size
        os.replace(target.temp, final_path)
        fsync_dir(folder)
        if file_sha256(final_path) != expected:
            raise ExportError(f"写入 {final_path.name} 后重新读取，内容与写入的不一致，请换一个 U 盘或文件夹重试")
        target.result = WrittenFile(final_path, expected, size)
    except Exception as exc:  # a full disk, a medium pulled out, no permission: nothing is left under either name
        cause = _os_error_in(exc)
        if cause is None:
            raise
        raise WriteFailedError(f"无法写入 {final_path}：{os_reason(cause)}，未留下不完整的文件") from exc
    finally:
        if target.temp.exists():
            target.temp.unlink()
