"""The saved server connection (docs/server-mode.md): where an office's PostgreSQL database is, kept in the user's data
folder, and its password in the operating system's keyring (Windows Credential Manager, macOS Keychain, the Secret
Service on Linux) — never in a plain file.

`connection.json` (owner-only) holds host, port, database, user and optionally where pg_dump is. A program started
without `--db` and without `UNIONOFFICE_DB` uses it when it exists (`saved_database_url`). Where no keyring backend
exists, saving a password is refused with a message saying so; the connection is then saved without one, and the
server must let the user in another way (a `.pgpass` file the administrator set up, or trust/peer authentication)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from unionoffice.domain.common.errors import ValidationError
from unionoffice.fileutil import create_private

log = logging.getLogger(__name__)

FILE_NAME = "connection.json"
KEYRING_SERVICE = "UnionOffice"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5
NO_KEYRING = ("这台电脑没有可用的系统密钥库（keyring），密码不能安全保存，因此没有保存。"
              "可以每次启动时输入，或请管理员在服务器上为这个用户设置免密登录（.pgpass 或 trust）。")


@dataclass(frozen=True)
class SavedConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    pg_dump: str = ""  # where pg_dump is, when not on PATH (server_backups.py)

    @property
    def keyring_name(self) -> str:
        """The keyring entry's user name: one password per user on each server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """`postgresql+psycopg://…` for this connection; the password only in memory."""
        return URL.create("postgresql+psycopg", username=self.user, password=password or None, host=self.host,
                          port=self.port, database=self.database).render_as_string(hide_password=False)

    def shown(self) -> str:
        """The connection as the settings dialog and messages name it (never with a password)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def _path() -> Path:
    from unionoffice.paths import user_data_dir

    return user_data_dir() / FILE_NAME


def check_connection(host: str, port: int | str, database: str, user: str, pg_dump: str = "") -> SavedConnection:
    """The dialog's fields as a connection, each checked with its label."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise ValidationError("请填写数据库服务器的地址（如 192.168.1.10）", field="服务器")
    try:
        number = int(str(port).strip() or DEFAULT_PORT)
    except ValueError:
        raise ValidationError(f"“{port}”不是端口号", field="端口") from None
    if not 0 < number < 65536:
        raise ValidationError(f"{number} 不是有效的端口号（1～65535）", field="端口")
    if not database:
        raise ValidationError("请填写数据库名（如 unionoffice）", field="数据库")
    if not user:
        raise ValidationError("请填写登录数据库的用户名", field="用户名")
    for label, value in (("服务器", host), ("数据库", database), ("用户名", user)):
        if len(value) > 200 or any(c in value for c in "/@?#\n\r"):
            raise ValidationError(f"“{value[:40]}”含有不能用的字符", field=label)
    return SavedConnection(host=host, database=database, user=user, port=number, pg_dump=pg_dump.strip())


def load_saved_connection() -> SavedConnection | None:
    """The saved connection, or None (none saved, or the file unreadable: then the log says why)."""
    path = _path()
    if not path.is_file():
        return None
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return SavedConnection(host=str(data["host"]), database=str(data["database"]), user=str(data["user"]),
                               port=int(data.get("port", DEFAULT_PORT)), pg_dump=str(data.get("pg_dump", "")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("saved connection %s unreadable: %s", path, exc)
        return None


def keyring_available() -> bool:
    """Whether a real keyring backend exists (keyring's `fail` and `null` backends store nothing)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def save_connection(connection: SavedConnection, password: str | None) -> str:
    """Write the connection (owner-only file) and put the password into the keyring. Returns "" or, when the password
    could not be kept, the sentence saying why (the connection itself is saved either way)."""
    path = _path()
    part = path.with_name(FILE_NAME + ".part")
    part.unlink(missing_ok=True)
    create_private(part)
    part.write_text(json.dumps(asdict(connection), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(part, path)
    if not password:
        return ""
    if not keyring_available():
        return NO_KEYRING
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, connection.keyring_name, password)
    except KeyringError as exc:
        log.warning("keyring refused the password: %s", exc)
        return f"系统密钥库拒绝保存密码（{exc}），密码没有保存。"
    return ""


def saved_password(connection: SavedConnection) -> str | None:
    """The connection's password from the keyring, or None (no keyring, or none saved)."""
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.keyring_name)
    except KeyringError as exc:
        log.warning("keyring unreadable: %s", exc)
        return None


def forget_connection() -> None:
    """Remove the saved connection and its password (back to the database file on this PC)."""
    connection = load_saved_connection()
    _path().unlink(missing_ok=True)
    if connection is not None and keyring_available():
        import keyring
        from keyring.errors import KeyringError

        with contextlib.suppress(KeyringError):  # nothing was saved
            keyring.delete_password(KEYRING_SERVICE, connection.keyring_name)


def saved_database_url() -> str | None:
    """The saved connection's URL with its password from the keyring, or None when no connection is saved."""
    connection = load_saved_connection()
    if connection is None:
        return None
    return connection.url(saved_password(connection))


def database_argument(given: str | None) -> str | None:
    """What `--db` means when it was not given: `UNIONOFFICE_DB` (resolve_url reads it), else the saved connection,
    else None (the database file in the data folder)."""
    if given is not None or os.environ.get("UNIONOFFICE_DB"):
        return given
    return saved_database_url()


def try_connection(connection: SavedConnection, password: str | None) -> tuple[bool, str]:
    """“测试连接”: whether the server lets this user into a UnionOffice database, and what to tell the clerk (a database
    still empty says how to make it one)."""
    import psycopg

    try:
        with psycopg.connect(host=connection.host, port=connection.port, dbname=connection.database,
                             user=connection.user, password=password or None,
                             connect_timeout=CONNECT_TIMEOUT_S) as conn:
            found = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
            if found is None or not found[0]:
                return False, (f"已连上 {connection.shown()}，但这个数据库还是空的：请先在命令行运行 "
                        f"unionoffice --db postgresql://{connection.user}@{connection.host}:{connection.port}/"
                        f"{connection.database} init")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()
        return False, f"连接 {connection.shown()} 失败：{reason[-1] if reason else '服务器没有回答'}"
    return True, f"连接成功：{connection.shown()}（数据库版本 {revision[0] if revision else '未知'}）"
