"""The Windows-only paths (drive type, process start time) run here with kernel32 faked."""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

import pytest

from unionoffice import app, winapi
from unionoffice.services.core import startup

TICKS_PER_SECOND = 10_000_000


class FakeKernel32:
    """Answers the calls UnionOffice makes the way Windows does, writing through the byref() pointers."""

    def __init__(self, volume: str = "Z:\\", drive: int = winapi.DRIVE_REMOTE, age_s: float = 2.5) -> None:
        self.volume, self.drive, self.age_s = volume, drive, age_s
        self.asked_roots: list[str] = []

    def GetVolumePathNameW(self, path: str, buffer: Any, size: int) -> int:  # noqa: N802 - the API's name
        buffer.value = self.volume
        return 1

    def GetDriveTypeW(self, root: str) -> int:  # noqa: N802
        self.asked_roots.append(root)
        return self.drive

    def GetCurrentProcess(self) -> int:  # noqa: N802
        return -1

    @staticmethod
    def _write(pointer: Any, ticks: int) -> None:
        target = pointer._obj  # the FILETIME behind ctypes.byref()
        target.dwLowDateTime, target.dwHighDateTime = ticks & 0xFFFFFFFF, ticks >> 32

    def GetProcessTimes(self, process: int, created: Any, exited: Any, kernel: Any, user: Any) -> int:  # noqa: N802
        self._write(created, 133_000_000_000_000_000)
        return 1

    def GetSystemTimeAsFileTime(self, now: Any) -> None:  # noqa: N802
        self._write(now, 133_000_000_000_000_000 + int(self.age_s * TICKS_PER_SECOND))


@pytest.fixture
def fake_windows(monkeypatch: pytest.MonkeyPatch) -> FakeKernel32:
    fake = FakeKernel32()
    monkeypatch.setattr(winapi, "kernel32", lambda: fake)
    monkeypatch.setattr(winapi, "is_windows", lambda: True)
    return fake


def test_a_mapped_network_drive_is_found_by_its_volume_not_its_name(fake_windows: FakeKernel32) -> None:
    assert winapi.drive_type(Path("Z:/union/data.db")) == winapi.DRIVE_REMOTE
    assert fake_windows.asked_roots == ["Z:\\"]


def test_sqlite_on_a_removable_drive_is_refused(fake_windows: FakeKernel32, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    fake_windows.drive = winapi.DRIVE_REMOVABLE
    monkeypatch.setattr(startup, "drive_type", winapi.drive_type)
    reason = startup.storage_refusal(tmp_path / "data.db")
    assert reason is not None
    assert "U 盘" in reason


def test_process_age_from_get_process_times(fake_windows: FakeKernel32) -> None:
    assert winapi.process_age() == pytest.approx(2.5)
    assert app.process_age() >= 2.5  # never less than the interpreter has measured itself


def test_file_time_halves() -> None:
    value = winapi.FileTime(0x89ABCDEF, 0x01234567)
    assert value.ticks == 0x0123456789ABCDEF
    assert ctypes.sizeof(value) == 8


USER_SID = "S-1-5-21-1004336348-1177238915-682003330-1001"


class FakeAdvapi32:
    """The security calls behind owner-only files, answering as Windows does through the byref() pointers."""

    def __init__(self) -> None:
        self.sddl: list[str] = []
        self.secured: list[tuple[str, int]] = []
        self._sid = ctypes.create_string_buffer(28)  # where the token's SID pointer points

    def OpenProcessToken(self, process: int, access: int, token: Any) -> int:  # noqa: N802
        assert access == winapi.TOKEN_QUERY
        token._obj.value = 0x1234
        return 1

    def GetTokenInformation(self, token: Any, kind: int, buffer: Any, size: int, needed: Any) -> int:  # noqa: N802
        assert kind == winapi.TOKEN_USER
        needed._obj.value = 64
        if buffer is None:
            return 0  # ERROR_INSUFFICIENT_BUFFER, as the real first call does
        winapi.SidAndAttributes.from_buffer(buffer).Sid = ctypes.addressof(self._sid)
        return 1

    def ConvertSidToStringSidW(self, sid: Any, text: Any) -> int:  # noqa: N802
        assert sid.value == ctypes.addressof(self._sid)
        text._obj.value = USER_SID
        return 1

    def ConvertStringSecurityDescriptorToSecurityDescriptorW(self, sddl: str, revision: int, descriptor: Any,  # noqa: N802
                                                             size: Any) -> int:
        self.sddl.append(sddl)
        descriptor._obj.value = 0x5D5D
        return 1

    def SetFileSecurityW(self, path: str, flags: int, descriptor: Any) -> int:  # noqa: N802
        assert descriptor.value == 0x5D5D
        self.secured.append((path, flags))
        return 1


class FakeFileKernel32(FakeKernel32):
    def __init__(self) -> None:
        super().__init__()
        self.created: list[tuple[str, int, int]] = []
        self.freed: list[Any] = []
        self.last_error = 0

    def CreateFileW(self, path: str, access: int, share: int, attributes: Any, disposition: int,  # noqa: N802
                    flags: int, template: Any) -> int:
        sa = attributes._obj
        assert sa.nLength == ctypes.sizeof(winapi.SecurityAttributes)
        assert sa.lpSecurityDescriptor == 0x5D5D  # born with the owner-only descriptor, not secured afterwards
        if any(p == path for p, _, _ in self.created):
            self.last_error = 80  # ERROR_FILE_EXISTS
            return -1
        self.created.append((path, access, disposition))
        return 7

    def GetLastError(self) -> int:  # noqa: N802
        return self.last_error

    def CloseHandle(self, handle: Any) -> int:  # noqa: N802
        return 1

    def LocalFree(self, memory: Any) -> None:  # noqa: N802
        self.freed.append(memory)


@pytest.fixture
def fake_security(monkeypatch: pytest.MonkeyPatch) -> tuple[FakeFileKernel32, FakeAdvapi32]:
    k32, adv = FakeFileKernel32(), FakeAdvapi32()
    monkeypatch.setattr(winapi, "kernel32", lambda: k32)
    monkeypatch.setattr(winapi, "advapi32", lambda: adv)
    monkeypatch.setattr(winapi, "is_windows", lambda: True)
    return k32, adv


def test_a_private_file_is_created_with_an_owner_only_dacl(fake_security: tuple[FakeFileKernel32, FakeAdvapi32],
                                                           tmp_path: Path) -> None:
    from unionoffice import fileutil

    k32, adv = fake_security
    target = tmp_path / "backup.db"
    fileutil.create_private(target)
    assert k32.created == [(str(target), winapi.GENERIC_WRITE, winapi.CREATE_NEW)]
    # Protected (no entries inherited from the folder): the user and the system, nobody else.
    assert adv.sddl == [f"D:P(A;;FA;;;{USER_SID})(A;;FA;;;SY)"]
    assert len(k32.freed) == 2  # the SID text and the descriptor
    with pytest.raises(FileExistsError):
        fileutil.create_private(target)


def test_an_existing_file_gets_the_owner_only_dacl(fake_security: tuple[FakeFileKernel32, FakeAdvapi32],
                                                   tmp_path: Path) -> None:
    from unionoffice import fileutil

    _, adv = fake_security
    fileutil.make_private(tmp_path / "export.xlsx")
    assert adv.secured == [(str(tmp_path / "export.xlsx"),
                            winapi.DACL_SECURITY_INFORMATION | winapi.PROTECTED_DACL_SECURITY_INFORMATION)]


def test_a_refused_call_is_an_os_error(fake_security: tuple[FakeFileKernel32, FakeAdvapi32],
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    k32, adv = fake_security
    monkeypatch.setattr(adv, "SetFileSecurityW", lambda *a: 0)
    k32.last_error = 5  # ERROR_ACCESS_DENIED
    with pytest.raises(OSError, match="SetFileSecurityW"):
        winapi.restrict_to_owner(tmp_path / "x")
