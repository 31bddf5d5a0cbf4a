"""One instance per database: the instance lock beside it (db/file_locks.py, shared with the command line's restore,
migration and purge), and a local socket to bring the first window forward."""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from unionoffice.db import file_locks
from unionoffice.db.engine import Database

# lupdate finds translate("Context", "text") calls; the context is the one Qt looks up at run time.
translate = QCoreApplication.translate

RAISE_MESSAGE = b"raise\n"
SOCKET_TIMEOUT_MS = 1000


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    appname: str

    @property
    def on_this_computer(self) -> bool:
        return not self.hostname or self.hostname == file_locks.host_name()


def lock_path_for(db: Database) -> Path:
    """`office.db.lock` beside a SQLite file; for a server database, a file in the data folder named by its URL."""
    return file_locks.lock_path_for(db.path, db.url)


class SingleInstance(QObject):
    """Hold the lock for the life of the program; `activation_requested` fires when a second start asks."""

    activation_requested = Signal()

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_path = lock_path
        # An operating-system lock: it ends with its process, so a killed instance never leaves a stale lock.
        self.lock = file_locks.InstanceLock.for_path(lock_path)
        self.unlocked = False  # a read-only folder: no lock can be made there, and nothing can be written either
        key = f"{getpass.getuser()}:{lock_path.resolve()}"
        self.server_name = "unionoffice-" + hashlib.sha1(key.encode()).hexdigest()[:16]
        self.server: QLocalServer | None = None

    def acquire(self, timeout_ms: int = 200) -> bool:
        """Take the lock (never waits: a holder is alive by definition); False when another program holds it."""
        try:
            if not self.lock.acquire("图形界面", reentrant=False):
                return False
        except OSError:
            self.unlocked = True
        QLocalServer.removeServer(self.server_name)  # a socket file left by a killed instance
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.server_name)
        return True

    def holder(self) -> LockHolder | None:
        found = self.lock.holder()
        return None if found is None else LockHolder(found.pid, found.host, found.program)

    def ask_first_instance_to_show(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(SOCKET_TIMEOUT_MS):
            return False
        socket.write(RAISE_MESSAGE)
        delivered = socket.waitForBytesWritten(SOCKET_TIMEOUT_MS)
        socket.disconnectFromServer()
        return delivered

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()):
            self.activation_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if not self.unlocked:
            self.lock.release()


def bring_to_front(window: QWidget) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def claim_database(db: Database, parent: QWidget | None = None) -> SingleInstance | None:
    """For start-up: the held instance (keep it, connect `activation_requested` to `bring_to_front`), or None
    when another instance works on this database — it was asked to come forward, or the user was told where."""
    from unionoffice.ui.shell import messages

    instance = SingleInstance(lock_path_for(db))
    if instance.acquire():
        return instance
    holder = instance.holder()
    if holder is not None and not holder.on_this_computer:
        messages.warning(parent, translate(
                "SingleInstance", "The database %s is in use on the computer “%s”. Close "
                                    "UnionOffice there first.") % (db.path or db.url, holder.hostname))
        return None
    if instance.ask_first_instance_to_show():
        return None
    pid = holder.pid if holder is not None else "?"
    doing = holder.appname if holder is not None else ""
    messages.warning(parent, translate(
            "SingleInstance", "UnionOffice is already working on %s (process %s: %s). Try again when it is done.")
                     % (db.path or db.url, pid, doing))
    return None
