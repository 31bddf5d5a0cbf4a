"""The offline bundle: build it with build_installer.py and run its self-test (slow); installer files (fast)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import stat
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_installer  # noqa: E402
from unionoffice import __version__  # noqa: E402


@pytest.mark.slow
def test_build_bundle_and_run_its_self_test(tmp_path: Path) -> None:
    """What .ci/run proves on every submission: the PyInstaller bundle builds and passes its own self-test."""
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail('PyInstaller missing in CI: install the build extra (pip install -e ".[test,build]")')
        pytest.skip('PyInstaller not installed (pip install -e ".[build]")')
    dist = tmp_path / "dist"
    proc = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--skip-installer", "--dist", str(dist)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=1800,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-3000:]
    assert "自检通过" in proc.stdout
    for step in build_installer.STEPS:
        assert f"{step.__name__}:" in proc.stdout  # every named step ran and reported

    figures = json.loads((dist / "build-figures.json").read_text(encoding="utf-8"))
    assert figures["version"] == __version__
    assert figures["bundle_bytes"] > 50 * 2**20
    assert figures["selftest_seconds"] > 0

    bundle = dist / "unionoffice"
    exe = ".exe" if sys.platform == "win32" else ""
    assert (bundle / f"unionoffice{exe}").is_file()
    assert (bundle / f"unionoffice-cli{exe}").is_file()
    assert (bundle / build_installer.GUIDE_NAME).is_file()
    assert not list(bundle.rglob("upx*")), "UPX must not be used"

    archive = next(dist.glob(f"unionoffice-{__version__}-*.zip"))
    with zipfile.ZipFile(archive) as zipped:
        info = zipped.getinfo(f"unionoffice/unionoffice-cli{exe}")
        if not exe:
            assert stat.S_IMODE(info.external_attr >> 16) & 0o111, "the executable lost its x bit in the zip"


def test_version_resource_names_the_version_in_chinese() -> None:
    text = build_installer.version_info("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "'ProductVersion', '1.2.3'" in text
    assert "UnionOffice 工会业务管理" in text
    assert "080404b0" in text
    # PyInstaller eval()s this text with its VSVersionInfo classes (which need pefile, Windows builds only);
    # recording stand-ins show that it parses and carries the numbers.
    class Recorded:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.args, self.kwargs = args, kwargs

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    parsed = eval(text, dict.fromkeys(names, Recorded))
    assert parsed.kwargs["ffi"].kwargs["filevers"] == (1, 2, 3, 0)


def test_packed_icon_is_a_valid_ico() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    data = build_installer.pack_ico([(16, png), (256, png)])
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 2)
    width, height, _c, _r, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6)
    assert (width, height, planes, bits, size) == (16, 16, 1, 32, len(png))
    assert data[offset:offset + 8] == png[:8]
    assert struct.unpack_from("<B", data, 6 + 16)[0] == 0  # 256 px is written as 0


def test_installer_script_is_per_user_and_leaves_data_alone() -> None:
    text = (ROOT / "resources" / "installer" / "unionoffice.iss").read_text(encoding="utf-8-sig")
    iss = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))  # no comments
    settings = dict(re.findall(r"^(\w+)=(.*)$", iss, re.M))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs without elevation
    assert settings["VersionInfoVersion"] == "{#AppVersion}"
    assert "UnionOffice 工会业务管理" in iss
    assert re.search(r"^Name: \"\{autoprograms\}", iss, re.M)
    assert re.search(r"^Name: \"\{autodesktop\}", iss, re.M)
    # The uninstaller removes what it installed and nothing else: no extra deletions, nothing near the data folder.
    assert "[UninstallDelete]" not in iss
    assert "[Code]" not in iss
    assert "{localappdata}" not in iss
    assert "{userappdata}" not in iss


def test_spec_ships_migrations_and_resources_without_upx() -> None:
    spec = (ROOT / "resources" / "installer" / "unionoffice.spec").read_text(encoding="utf-8")
    for folder in ('"fonts"', '"templates"', '"icons"', '"translations"', '"migrations"'):
        assert folder in spec
    assert "upx=True" not in spec
    assert spec.count("upx=False") >= 2
    assert 'console=False' in spec
    assert 'console=True' in spec
    assert "onefile" not in spec.lower().replace("never onefile", "")
