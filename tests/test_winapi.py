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
