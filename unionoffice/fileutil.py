"""Small file helpers shared by backups and exports: durable renames and content hashes."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

CHUNK = 1 << 20


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
