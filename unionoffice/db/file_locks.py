"""Who else has the database: the instance lock, open markers and activity notes kept beside a SQLite file.

- The instance lock (`office.db.lock`): the GUI holds it for its whole session, and restore, migration and purge
  take it while they work, from the GUI or the command line alike, so none of them runs while another program
  has the database open (docs/reliability.md F5). It is an operating-system lock (flock, or a locked byte on
  Windows): it ends with its process, so a killed holder never leaves a stale lock behind. The holder writes who it
  is into the file, for the message the others show.
- Open markers (`.office.db.run/open-<host>-<pid>`): a process that opens the file for work writes one and removes
  it when it closes the database. A marker whose process is gone means that process ended without closing — a
  kill, a crash, a power cut — and the next start runs the quick check (services/core/startup.py).
- Activity notes (`.office.db.run/activity-<host>-<pid>`): what a long write is doing ("导入会员"), so that when SQLite
  says the database is locked the message can name who holds it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from unionoffice import winapi

_LOCK_OFFSET = 1 << 20  # Windows locks one byte far past the holder's details, which stay readable
_registry_lock = threading.Lock()
_held: dict[Path, InstanceLock] = {}


def host_name() -> str:
    return socket.gethostname() or "本机"


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if winapi.is_windows():
        return winapi.process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


@dataclass(frozen=True)
class Holder:
    """Who holds the lock or does a long write: enough to name them in a message."""

    pid: int
    host: str
    user: str
    program: str
    since: str  # local time, ISO

    @property
    def on_this_computer(self) -> bool:
        return not self.host or self.host == host_name()

    def _where(self) -> str:
        return "本机" if self.on_this_computer else f"电脑“{self.host}”上"

    def _details(self) -> str:
        who = f"，用户 {self.user}" if self.user else ""
        since = f"，自 {self.since[11:16]} 起" if len(self.since) >= 16 else ""
        return f"（进程 {self.pid}{who}{since}）"

    def describe(self) -> str:
        """For a lock holder, whose `program` names the part of the program: "本机的 UnionOffice 图形界面（…）"."""
        return f"{self._where()}的 UnionOffice {self.program}{self._details()}"

    def doing(self) -> str:
        """For an activity note, whose `program` says what it does: "本机的 UnionOffice（…）正在导入会员"."""
        return f"{self._where()}的 UnionOffice{self._details()}正在{self.program}"

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def read(cls, path: Path) -> Holder | None:
        try:
            with path.open("rb") as handle:
                data = json.loads(handle.read(4096).decode("utf-8"))
            return cls(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["program"]),
                       str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def me(program: str) -> Holder:
    return Holder(os.getpid(), host_name(), user_name(), program, datetime.now().isoformat(timespec="seconds"))


def lock_path_for(db_path: Path | None, url: str) -> Path:
    """`office.db.lock` beside a SQLite file; for a server database, a file in the data folder named by its URL."""
    if db_path is not None:
        return db_path.with_name(db_path.name + ".lock")
    from unionoffice.paths import user_data_dir

    return user_data_dir() / f"server-{hashlib.sha1(url.encode()).hexdigest()[:12]}.lock"


def _try_os_lock(fd: int) -> bool:
    if winapi.is_windows():
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if winapi.is_windows():
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        with suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """The one lock per database. Re-entrant within a process: the GUI holds it, and a restore started from the
    GUI takes it again without waiting for itself."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._count = 0

    @classmethod
    def for_path(cls, path: Path) -> InstanceLock:
        key = path.absolute()
        with _registry_lock:
            return _held.get(key) or cls(key)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, program: str, *, reentrant: bool = True) -> bool:
        """Take the lock now, or False when another process holds it (never waits) — or, with `reentrant` off (an
        instance claiming the database), when this process holds it already. OSError when the lock file cannot be
        made at all (a read-only folder), for the caller to judge."""
        with _registry_lock:
            if self._fd is not None:
                if not reentrant:
                    return False
                self._count += 1
                return True
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_os_lock(fd):
                os.close(fd)
                return False
            data = me(program).to_json().encode("utf-8")
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
            os.ftruncate(fd, len(data))
            self._fd, self._count = fd, 1
            _held[self.path] = self
            return True

    def holder(self) -> Holder | None:
        """Who holds the lock, as the holder wrote it (None when nobody does or it has not written yet)."""
        return Holder.read(self.path)

    def release(self) -> None:
        with _registry_lock:
            if self._fd is None:
                return
            self._count -= 1
            if self._count > 0:
                return
            fd, self._fd = self._fd, None
            _held.pop(self.path, None)
            with suppress(OSError):
                os.ftruncate(fd, 0)
            _os_unlock(fd)
            os.close(fd)


def run_folder(db_path: Path) -> Path:
    """`.office.db.run` beside the database: the dot keeps it out of `office.db*` (the file and its journals)."""
    return db_path.with_name(f".{db_path.name}.run")


def _marker(db_path: Path, kind: str) -> Path:
    return run_folder(db_path) / f"{kind}-{host_name()}-{os.getpid()}.json"


def _write_marker(path: Path, program: str) -> bool:
    try:
        path.parent.mkdir(exist_ok=True)
        path.write_text(me(program).to_json(), encoding="utf-8")
    except OSError:  # a read-only folder: no marker, and no writing either
        return False
    return True


def _others(db_path: Path, kind: str) -> Iterator[tuple[Path, Holder, bool]]:
    """(marker, holder, alive) of every marker of `kind` but this process's; alive is True for other computers'."""
    folder = run_folder(db_path)
    if not folder.is_dir():
        return
    mine = _marker(db_path, kind).name
    for path in folder.glob(f"{kind}-*.json"):
        holder = Holder.read(path)
        if path.name == mine or holder is None:
            continue
        yield path, holder, (not holder.on_this_computer) or process_alive(holder.pid)


def mark_open(db_path: Path, program: str) -> Path | None:
    """Note that this process has the database open; `mark_closed` removes the note."""
    path = _marker(db_path, "open")
    return path if _write_marker(path, program) else None


def mark_closed(db_path: Path) -> None:
    _marker(db_path, "open").unlink(missing_ok=True)
    with suppress(OSError):
        run_folder(db_path).rmdir()  # only when empty


def unclean_ends(db_path: Path) -> list[Path]:
    """Open markers left by processes of this computer that are gone: each ended without closing the database."""
    return [path for path, _holder, alive in _others(db_path, "open") if not alive]


def clear_markers(markers: list[Path]) -> None:
    for path in markers:
        path.unlink(missing_ok=True)


@contextmanager
def activity(db_path: Path | None, what: str) -> Iterator[None]:
    """While the block runs, others who find the database locked are told that this process is doing `what`."""
    path = _marker(db_path, "activity") if db_path is not None else None
    written = path is not None and _write_marker(path, what)
    try:
        yield
    finally:
        if written and path is not None:
            path.unlink(missing_ok=True)


def activities(db_path: Path) -> list[Holder]:
    """The long writes other live processes are doing on this database now."""
    return [holder for _path, holder, alive in _others(db_path, "activity") if alive]


def who_has_it(db_path: Path | None, url: str) -> str | None:
    """A Chinese phrase naming whoever else works on the database now — a long write first, then the instance
    holding the lock — or None when nothing is known."""
    if db_path is not None:
        busy = activities(db_path)
        if busy:
            return "；".join(h.doing() for h in busy)
    lock = InstanceLock.for_path(lock_path_for(db_path, url))
    if lock.held:
        return None
    holder = lock.holder()
    if holder is None or holder.pid == os.getpid():
        return None
    if holder.on_this_computer and not process_alive(holder.pid):
        return None
    return f"{holder.describe()}正在使用它"
