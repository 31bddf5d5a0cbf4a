"""Build the offline bundle and installer: forms → translations → PyInstaller onedir → self-test → installer → zip."""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "resources" / "installer" / "unionoffice.spec"
ISS = ROOT / "resources" / "installer" / "unionoffice.iss"
GENERATED = ROOT / "build" / "installer"  # version resource, icon fallback, guide PDF (read by the spec and .iss)
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
APP_TITLE = "UnionOffice 工会业务管理"
GUIDE_NAME = "用户手册.pdf"


class BuildError(Exception):
    """A step failed; the message says what to look at."""


@dataclass
class Build:
    """What the steps share: options, where things go, and the figures they measure."""

    dist: Path
    work: Path
    skip_installer: bool = False
    require_installer: bool = False
    skip_zip: bool = False
    clean: bool = False
    figures: dict[str, object] = field(default_factory=dict)

    @property
    def version(self) -> str:
        text = (ROOT / "unionoffice" / "__init__.py").read_text(encoding="utf-8")
        match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
        if match is None:
            raise BuildError("unionoffice/__init__.py has no __version__")
        return match.group(1)

    @property
    def bundle(self) -> Path:
        return self.dist / "unionoffice"

    @property
    def platform_tag(self) -> str:
        machine = platform.machine().lower()
        if WINDOWS:
            return "windows-x64" if machine in ("amd64", "x86_64") else f"windows-{machine}"
        return f"{sys.platform.rstrip('0123456789')}-{machine}"


def run(command: list[str], *, env: dict[str, str] | None = None, timeout: float = 1800,
        capture: bool = False) -> subprocess.CompletedProcess[str]:
    """Run a tool from the repository root; its output goes to ours unless captured."""
    print("   $", " ".join(command), flush=True)
    proc = subprocess.run(command, cwd=ROOT, env={**os.environ, **(env or {})}, timeout=timeout, text=True,
                          encoding="utf-8", errors="replace", capture_output=capture)
    if proc.returncode != 0:
        tail = (proc.stdout or "")[-3000:] + (proc.stderr or "")[-3000:] if capture else ""
        raise BuildError(f"{command[0]} exited with {proc.returncode}\n{tail}")
    return proc


# ---------------------------------------------------------------------------------------------------------- steps


def compile_forms(build: Build) -> str:
    """Qt Designer forms → unionoffice/ui/forms/ui_*.py, so the bundle never carries stale generated code."""
    tool = ROOT / "tools" / "build_forms.py"
    if not tool.exists():
        return "tools/build_forms.py not present: nothing to compile"
    run([sys.executable, str(tool)])
    return f"{len(list((ROOT / 'forms').glob('*.ui')))} forms compiled"


def compile_translations(build: Build) -> str:
    """Check that the committed .ts/.qm catalogues are current (never rewritten by a build); the spec ships the .qm."""
    tool = ROOT / "tools" / "update_translations.py"
    if tool.exists():
        run([sys.executable, str(tool), "--check"])
    qm = sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))
    return f"translations: {', '.join(qm) or 'none yet'}"


def installer_files(build: Build) -> str:
    """The Windows version resource and, when resources/icons has no .ico, an icon drawn here."""
    GENERATED.mkdir(parents=True, exist_ok=True)
    (GENERATED / "version_info.txt").write_text(version_info(build.version), encoding="utf-8")
    icon = ROOT / "resources" / "icons" / "unionoffice.ico"
    if icon.exists():
        return f"version {build.version}; icon {icon.relative_to(ROOT)}"
    generated = GENERATED / "unionoffice.ico"
    generated.write_bytes(draw_icon())
    return f"version {build.version}; icon drawn into {generated.relative_to(ROOT)} (resources/icons has none)"


def user_guide_pdf(build: Build) -> str:
    """docs/用户手册.md → PDF with the document engine's fonts; shipped beside the program."""
    target = GENERATED / GUIDE_NAME
    run([sys.executable, str(ROOT / "tools" / "guide_pdf.py"), "--out", str(target)])
    return f"{target.relative_to(ROOT)} ({target.stat().st_size // 1024} KB)"


def pyinstaller_onedir(build: Build) -> str:
    """PyInstaller onedir (never onefile: it unpacks to %TEMP% at every start and antivirus scans each unpack)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError('PyInstaller is not installed: pip install -e ".[build]"') from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(build.dist), "--workpath", str(build.work / "pyinstaller"), str(SPEC)]
    if build.clean:
        command.insert(3, "--clean")
    run(command, env={"QT_QPA_PLATFORM": "offscreen"})
    guide = GENERATED / GUIDE_NAME
    if guide.exists():
        shutil.copy2(guide, build.bundle / GUIDE_NAME)
    size, files = folder_size(build.bundle)
    build.figures.update(bundle_bytes=size, bundle_files=files)
    return f"{build.bundle.relative_to(ROOT) if build.bundle.is_relative_to(ROOT) else build.bundle}: " \
           f"{size / 2**20:.0f} MB in {files} files"


def smoke_test(build: Build) -> str:
    """The built program, not the source: resources present, --version, --self-test, and the main window."""
    missing = [p for p in expected_bundle_files(build) if not p.exists()]
    if missing:
        raise BuildError("missing from the bundle: " + ", ".join(str(p) for p in missing))
    cli = build.bundle / f"unionoffice-cli{EXE}"
    with tempfile.TemporaryDirectory(prefix="unionoffice-smoke-") as folder:
        env = bundle_env(Path(folder))
        version = run([str(cli), "--version"], env=env, capture=True, timeout=120).stdout.strip()
        if build.version not in version:
            raise BuildError(f"--version printed {version!r}, expected {build.version}")
        started = time.perf_counter()
        proc = subprocess.run([str(cli), "--self-test"], env={**os.environ, **env}, capture_output=True,
                              timeout=300, text=True, encoding="utf-8", errors="replace")
        build.figures["selftest_seconds"] = round(time.perf_counter() - started, 2)
        print("\n".join("   | " + line for line in proc.stdout.splitlines()), flush=True)
        if proc.returncode != 0 or "自检通过" not in proc.stdout:
            raise BuildError(f"the bundle's self-test failed (exit {proc.returncode})\n{proc.stderr[-3000:]}")
        window = main_window_start(cli, Path(folder), env)
    build.figures["main_window_seconds"] = window
    shown = f"main window painted after {window:.2f} s" if window is not None else "no GUI module yet"
    return f"self-test passed in {build.figures['selftest_seconds']} s; {shown}"


def inno_setup(build: Build) -> str:
    """Windows only: the per-user installer from resources/installer/unionoffice.iss."""
    if not WINDOWS:
        return "skipped: the installer is built on Windows (see README)"
    if build.skip_installer:
        return "skipped (--skip-installer)"
    compiler = find_iscc()
    if compiler is None:
        if build.require_installer:
            raise BuildError("Inno Setup 6 (ISCC.exe) not found on PATH or in its default folders")
        return "skipped: Inno Setup 6 (ISCC.exe) not found; install it or put ISCC.exe on PATH"
    icon = ROOT / "resources" / "icons" / "unionoffice.ico"
    run([str(compiler), "/Qp", f"/DAppVersion={build.version}", f"/DSourceDir={build.bundle}",
         f"/DOutputDir={build.dist}", f"/DIconFile={icon if icon.exists() else GENERATED / 'unionoffice.ico'}",
         str(ISS)])
    setup = build.dist / f"UnionOffice-{build.version}-setup.exe"
    if not setup.exists():
        raise BuildError(f"ISCC finished but {setup} is missing")
    build.figures["installer_bytes"] = setup.stat().st_size
    return f"{setup.name} ({setup.stat().st_size / 2**20:.0f} MB)"


def zip_bundle(build: Build) -> str:
    """A versioned zip of the folder, for PCs where even a per-user installer is not allowed."""
    if build.skip_zip:
        return "skipped (--skip-zip)"
    target = build.dist / f"unionoffice-{build.version}-{build.platform_tag}.zip"
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(build.bundle.rglob("*")):
            if path.is_file() and not path.is_symlink():
                # from_file keeps the Unix mode bits, so the executables stay executable after unzip.
                info = zipfile.ZipInfo.from_file(path, f"unionoffice/{path.relative_to(build.bundle).as_posix()}")
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(path, "rb") as source, archive.open(info, "w") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
            elif path.is_symlink():
                archive.writestr(_symlink_info(path, build.bundle), os.readlink(path))
    os.replace(partial, target)
    build.figures["zip_bytes"] = target.stat().st_size
    return f"{target.name} ({target.stat().st_size / 2**20:.0f} MB)"


def write_figures(build: Build) -> str:
    """dist/build-figures.json: sizes and times of this build (docs/benchmarks.md comes from `python -m benchmarks`)."""
    build.figures.update(version=build.version, platform=build.platform_tag, python=platform.python_version())
    target = build.dist / "build-figures.json"
    target.write_text(json.dumps(build.figures, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    return ", ".join(f"{k}={v}" for k, v in sorted(build.figures.items()))


STEPS: tuple[Callable[[Build], str], ...] = (
    compile_forms,
    compile_translations,
    installer_files,
    user_guide_pdf,
    pyinstaller_onedir,
    smoke_test,
    inno_setup,
    zip_bundle,
    write_figures,
)


# -------------------------------------------------------------------------------------------------------- helpers


def version_info(version: str) -> str:
    """PyInstaller's VSVersionInfo text: Explorer's Details tab, and what antivirus expects of a real program."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    quad = tuple(numbers)
    strings = {
        "CompanyName": "UnionOffice",
        "FileDescription": APP_TITLE,
        "FileVersion": version,
        "InternalName": "unionoffice",
        "LegalCopyright": "UnionOffice",
        "OriginalFilename": "unionoffice.exe",
        "ProductName": APP_TITLE,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0804 = zh-CN, 1200 = UTF-16: the string table is Chinese Unicode.
    return f"""# UTF-8
# Generated by build_installer.py from unionoffice.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def draw_icon() -> bytes:
    """A .ico (16–256 px) of 工 on union red, painted with Qt (already a dependency) and packed by hand."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([])
    family = "sans-serif"
    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"))
    if font_id >= 0:
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    images: list[tuple[int, bytes]] = []
    for size in (16, 24, 32, 48, 64, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#C8102E"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
        font = QFont(family)
        font.setPixelSize(max(10, int(size * 0.78)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "工")
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
        images.append((size, bytes(data.data())))
    del app
    return pack_ico(images)


def pack_ico(images: list[tuple[int, bytes]]) -> bytes:
    """ICONDIR + entries + PNG payloads (PNG-compressed icon images are valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def expected_bundle_files(build: Build) -> list[Path]:
    internal = build.bundle / "_internal"
    expected = [build.bundle / f"unionoffice{EXE}", build.bundle / f"unionoffice-cli{EXE}",
                internal / "resources" / "fonts" / "uming.ttc", internal / "resources" / "templates" / "honour.json",
                internal / "unionoffice" / "db" / "migrations" / "env.py"]
    expected += [internal / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm"]
    expected += [internal / "resources" / "translations" / p.name
                 for p in (ROOT / "resources" / "translations").glob("*.qm")]
    expected += [internal / "unionoffice" / "db" / "migrations" / "versions" / p.name
                 for p in (ROOT / "unionoffice" / "db" / "migrations" / "versions").glob("0*.py")]
    return expected


def bundle_env(folder: Path) -> dict[str, str]:
    """A private data folder, no display, and UTF-8 pipes (a Chinese Windows console pipe is GBK, which lacks 𠇔)."""
    return {"UNIONOFFICE_DATA_DIR": str(folder / "data"), "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1",
            "PYTHONIOENCODING": "utf-8"}


def main_window_start(cli: Path, folder: Path, env: dict[str, str]) -> float | None:
    """Start the bundle's GUI on a small demo database, signed in as admin; seconds to the first paint. Also
    checks that crash capture is installed (a windowed build has no console to lose a traceback to)."""
    if not (ROOT / "unionoffice" / "app.py").exists():
        return None
    database = folder / "demo.db"
    run([str(cli), "--db", str(database), "demo", "--members", "500"], env=env, capture=True, timeout=300)
    gui_env = {**env, "UNIONOFFICE_PASSWORD": "demo", "UNIONOFFICE_BENCH_EXIT_AFTER_PAINT": "1"}
    proc = subprocess.run([str(cli), "--db", str(database), "--user", "admin"], env={**os.environ, **gui_env},
                          capture_output=True, timeout=120, text=True, encoding="utf-8", errors="replace")
    match = re.search(r"^painted ([\d.]+)$", proc.stdout, re.M)
    if proc.returncode != 0 or match is None:
        # The GUI's crash capture writes tracebacks to the log, not to stderr.
        log = folder / "data" / "logs" / "unionoffice.log"
        logged = log.read_text(encoding="utf-8", errors="replace")[-3000:] if log.exists() else ""
        raise BuildError(f"the bundle's main window did not paint (exit {proc.returncode}):\n"
                         f"{proc.stdout[-1000:]}{proc.stderr[-1000:]}\n{logged}")
    if not (folder / "data" / "logs" / "faulthandler.log").exists():
        raise BuildError("the bundle's GUI did not install crash capture (no logs/faulthandler.log)")
    return float(match.group(1))


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    # Windows environment names are case-insensitive; os.environ upper-cases them there.
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def _symlink_info(path: Path, root: Path) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"unionoffice/{path.relative_to(root).as_posix()}")
    info.external_attr = (0o120777 << 16)  # a symlink, as unzip(1) restores it
    return info


# ----------------------------------------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-installer", action="store_true", help="do not run Inno Setup (Windows)")
    parser.add_argument("--require-installer", action="store_true", help="fail when Inno Setup is not found")
    parser.add_argument("--skip-zip", action="store_true", help="do not write the zip")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default: build/)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    build = Build(dist=args.dist.resolve(), work=args.work.resolve(), skip_installer=args.skip_installer,
                  require_installer=args.require_installer, skip_zip=args.skip_zip, clean=args.clean)
    print(f"UnionOffice {build.version}: building for {build.platform_tag} with Python {platform.python_version()}")
    started = time.perf_counter()
    for number, step in enumerate(STEPS, start=1):
        print(f"== [{number}/{len(STEPS)}] {step.__name__}: {(step.__doc__ or '').splitlines()[0]}", flush=True)
        step_started = time.perf_counter()
        try:
            outcome = step(build)
        except (BuildError, subprocess.TimeoutExpired, OSError) as exc:
            print(f"   FAILED: {exc}", flush=True)
            return 1
        seconds = time.perf_counter() - step_started
        build.figures[f"step_{step.__name__}_seconds"] = round(seconds, 1)
        print(f"   ok ({seconds:.1f} s): {outcome}", flush=True)
    print(f"Build finished in {time.perf_counter() - started:.0f} s: {build.bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
