"""Small file helpers shared by backups and exports: durable renames and content hashes."""

from __future__ import annotations

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
