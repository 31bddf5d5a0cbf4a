"""What lies in the backup folder — backups, copies still being written, leftovers — for `backup list`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from unionoffice.db.engine import Database
from unionoffice.db.file_locks import process_alive
from unionoffice.db.sqlite_tools import PART_NAME
from unionoffice.domain.common.backup_policy import KIND_LABELS
from unionoffice.services.core.backups import NAME_RE, NOTES_NAME, backup_folder


@dataclass(frozen=True)
class FolderEntry:
    path: Path
    label: str
    size: int
    modified: datetime  # local, aware


def folder_entries(db: Database) -> list[FolderEntry]:
    """Every file in the backup folder, newest first, each labelled: a backup of some kind, a copy another
    program is writing now, or a file that is not a backup (it still takes disk space, so it is shown)."""
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    entries: list[FolderEntry] = []
    for path in folder.iterdir():
        if not path.is_file():
            continue
        stat = path.stat()
        entries.append(FolderEntry(path, _label(path), stat.st_size,
                                   datetime.fromtimestamp(stat.st_mtime).astimezone()))
    return sorted(entries, key=lambda e: e.modified, reverse=True)


def _label(path: Path) -> str:
    part = PART_NAME.match(path.name)
    if part is not None:
        return "正在写入的备份" if process_alive(int(part["pid"])) else "未完成的备份（下次启动时删除）"
    match = NAME_RE.match(path.name)
    if match is not None:
        return KIND_LABELS.get(match["kind"], match["kind"])
    if path.name == NOTES_NAME:
        return "备份清单（每个备份的检查结果和会员人数）"
    if path.name.endswith(("-wal", "-shm", "-journal")):
        return "数据库的临时日志文件"
    return "其他文件（不是本程序的备份）"
