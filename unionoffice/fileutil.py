"""Small file helpers shared by backups and exports: owner-only files, durable renames and content hashes."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path
from typing import IO, Any

from unionoffice import winapi

CHUNK = 1 << 20
PRIVATE_FILE_MODE, PRIVATE_DIR_MODE = 0o600, 0o700


def create_private(path: Path) -> None:
    """Create the empty file `path` readable and writable by the current user only (docs/reliability.md §1b: files
    holding personal data). POSIX: mode 0600 from the start; Windows: an owner-only DACL instead of the folder's
    inherited one. Raises FileExistsError rather than touch an existing file. Writers that open the path afterwards
    (SQLite, reportlab, xlsxwriter) truncate it and keep its mode or DACL, and so does a rename over another file."""
    if winapi.is_windows():
        winapi.create_owner_only(path)
        return
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def fresh_private(path: Path) -> Path:
    """`create_private` after removing whatever a crashed earlier run left under that name (a `.part` file)."""
    path.unlink(missing_ok=True)
    create_private(path)
    return path


def open_private(path: Path, mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """Open `path` for writing, creating it owner-only first if it does not exist (`mode` "wb", "w", "ab" or "a")."""
    try:
        create_private(path)
    except FileExistsError:
        if "a" not in mode:
            raise
    return open(path, mode, **kwargs)  # the caller closes it


def make_private(path: Path) -> None:
    """Restrict an existing file (or folder) to its owner: for files another library created."""
    if winapi.is_windows():
        winapi.restrict_to_owner(path)
        return
    os.chmod(path, PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE)


def private_folder(path: Path) -> Path:
    """Create `path` (and its parents) if needed; a folder created here is the owner's only."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        if winapi.is_windows():
            winapi.restrict_to_owner(path)
    return path


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable: the directory entry itself must reach the disk.

    Windows cannot open a directory for this; NTFS journals the rename itself.
    """
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


_OS_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EROFS: "所在位置只读（如只读的 U 盘、光盘或共享文件夹）",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOENT: "文件夹不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EIO: "读写出错（磁盘或 U 盘可能有问题）",
    errno.ENAMETOOLONG: "文件名太长",
}


def os_reason(exc: OSError) -> str:
    """What went wrong with a file, in the clerk's words (the path is for the caller to name)."""
    return _OS_REASONS.get(exc.errno or 0) or (exc.strerror or str(exc))


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
