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


# Owner-only files (docs/reliability.md §1b): a protected DACL that grants the signed-in user, and the operating system
# itself (SYSTEM: the volume shadow copy, the virus scanner), full control and nobody else anything.
GENERIC_WRITE, CREATE_NEW, FILE_ATTRIBUTE_NORMAL = 0x40000000, 1, 0x80
INVALID_HANDLE_VALUE = ctypes.c_void_p(-1).value
TOKEN_QUERY, TOKEN_USER = 0x0008, 1
SDDL_REVISION_1 = 1
DACL_SECURITY_INFORMATION, PROTECTED_DACL_SECURITY_INFORMATION = 0x4, 0x80000000


def advapi32() -> Any:
    """advapi32.dll (security calls); tests replace this together with `kernel32`."""
    return ctypes.windll.advapi32  # type: ignore[attr-defined,unused-ignore]


class SecurityAttributes(ctypes.Structure):
    """SECURITY_ATTRIBUTES for CreateFileW: the descriptor the new file is born with."""

    _fields_ = [("nLength", ctypes.c_uint32), ("lpSecurityDescriptor", ctypes.c_void_p),
                ("bInheritHandle", ctypes.c_int)]


class SidAndAttributes(ctypes.Structure):
    """TOKEN_USER's only member: a pointer to the user's SID and its attributes."""

    _fields_ = [("Sid", ctypes.c_void_p), ("Attributes", ctypes.c_uint32)]


def _failed(call: str) -> OSError:
    code = int(kernel32().GetLastError())
    return OSError(code, f"{call} failed (Windows error {code})")


def current_user_sid() -> str:
    """The signed-in user's SID as text (`S-1-5-21-…`), from the process token."""
    api, k32 = advapi32(), kernel32()
    token = ctypes.c_void_p()
    process = ctypes.c_void_p(-1)  # GetCurrentProcess()'s pseudo-handle, passed at a HANDLE's full width
    if not api.OpenProcessToken(process, TOKEN_QUERY, ctypes.byref(token)):
        raise _failed("OpenProcessToken")
    try:
        needed = ctypes.c_uint32(0)
        api.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(needed))
        buffer = ctypes.create_string_buffer(max(int(needed.value), ctypes.sizeof(SidAndAttributes)))
        if not api.GetTokenInformation(token, TOKEN_USER, buffer, len(buffer), ctypes.byref(needed)):
            raise _failed("GetTokenInformation")
        user = SidAndAttributes.from_buffer(buffer)
        text = ctypes.c_wchar_p()
        if not api.ConvertSidToStringSidW(ctypes.c_void_p(user.Sid), ctypes.byref(text)):
            raise _failed("ConvertSidToStringSidW")
        try:
            return str(text.value)
        finally:
            k32.LocalFree(text)
    finally:
        k32.CloseHandle(token)


def owner_only_sddl() -> str:
    """`D:P` protects the list from the folder's inherited entries; `FA` is full access."""
    return f"D:P(A;;FA;;;{current_user_sid()})(A;;FA;;;SY)"


def _with_descriptor(use: Any) -> Any:
    api, k32 = advapi32(), kernel32()
    descriptor = ctypes.c_void_p()
    if not api.ConvertStringSecurityDescriptorToSecurityDescriptorW(owner_only_sddl(), SDDL_REVISION_1,
                                                                    ctypes.byref(descriptor), None):
        raise _failed("ConvertStringSecurityDescriptorToSecurityDescriptorW")
    try:
        return use(descriptor)
    finally:
        k32.LocalFree(descriptor)


def create_owner_only(path: Path) -> None:
    """Create the empty file `path` with an owner-only DACL from its first moment (CREATE_NEW: never an existing
    one)."""
    def create(descriptor: ctypes.c_void_p) -> None:
        attributes = SecurityAttributes(ctypes.sizeof(SecurityAttributes), descriptor, 0)
        handle = kernel32().CreateFileW(str(path), GENERIC_WRITE, 0, ctypes.byref(attributes), CREATE_NEW,
                                        FILE_ATTRIBUTE_NORMAL, None)
        if handle is None or handle == INVALID_HANDLE_VALUE or handle == -1:
            code = int(kernel32().GetLastError())
            if code in (80, 183):  # ERROR_FILE_EXISTS, ERROR_ALREADY_EXISTS
                raise FileExistsError(code, "file exists", str(path))
            raise OSError(code, f"CreateFileW failed (Windows error {code})", str(path))
        kernel32().CloseHandle(handle)

    _with_descriptor(create)


def restrict_to_owner(path: Path) -> None:
    """Replace the DACL of an existing file or folder with the owner-only one."""
    def apply(descriptor: ctypes.c_void_p) -> None:
        flags = DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION
        if not advapi32().SetFileSecurityW(str(path), flags, descriptor):
            raise _failed("SetFileSecurityW")

    _with_descriptor(apply)


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
