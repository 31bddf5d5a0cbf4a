"""The few Windows API calls the program makes, behind one accessor so tests on Linux can fake them."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path
from typing import Any

# GetDriveTypeW results (winbase.h).
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4


def kernel32() -> Any:
    """kernel32.dll; tests replace this function with a fake that implements the calls below."""
    return ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]


def is_windows() -> bool:
    """Tests patch this together with `kernel32` to run the Windows paths on Linux."""
    return os.name == "nt"


def drive_type(path: Path) -> int | None:
    """GetDriveTypeW of the volume holding `path` (catches mapped and subst'ed drives, not only \\\\ paths)."""
    if not is_windows():
        return None
    api = kernel32()
    buffer = ctypes.create_unicode_buffer(1024)
    root = buffer.value if api.GetVolumePathNameW(str(path), buffer, len(buffer)) else path.anchor
    return int(api.GetDriveTypeW(root))


class FileTime(ctypes.Structure):
    """FILETIME: 100 ns ticks since 1601 in two 32-bit halves."""

    _fields_ = [("dwLowDateTime", ctypes.c_uint32), ("dwHighDateTime", ctypes.c_uint32)]

    @property
    def ticks(self) -> int:
        return (int(self.dwHighDateTime) << 32) | int(self.dwLowDateTime)


def process_age() -> float:
    """Seconds since the current process was created (GetProcessTimes against the system clock)."""
    api = kernel32()
    created, exited, kernel, user, now = (FileTime() for _ in range(5))
    api.GetProcessTimes(api.GetCurrentProcess(), ctypes.byref(created), ctypes.byref(exited), ctypes.byref(kernel),
                        ctypes.byref(user))
    api.GetSystemTimeAsFileTime(ctypes.byref(now))
    return (now.ticks - created.ticks) / 10_000_000


PROCESS_QUERY_LIMITED_INFORMATION, STILL_ACTIVE = 0x1000, 259


def process_alive(pid: int) -> bool:
    """Whether process `pid` on this computer is still running (OpenProcess + GetExitCodeProcess)."""
    api = kernel32()
    handle = api.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return False  # no such process (or one we may not open, which a program of ours never is)
    try:
        code = ctypes.c_ulong()
        return bool(api.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == STILL_ACTIVE
    finally:
        api.CloseHandle(handle)
