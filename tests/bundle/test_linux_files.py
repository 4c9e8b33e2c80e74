"""The desktop files of the Linux download and the installer icons: consistent with each other and
with the app, and valid for the freedesktop tools where those are installed. Quick: nothing is built."""

import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from coach import __version__
from coach.services.catalog import builtin_catalog
from tests.helpers import REPO_ROOT

LINUX = REPO_ROOT / "resources" / "linux"
ICONS = REPO_ROOT / "resources" / "icons"
APP_ID = "io.github.coach.Coach"
DESKTOP = LINUX / "coach.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "coach-plan.xml"
PLAN_TYPE = "application/x-coach-plan"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_spec_and_the_desktop_files_use_one_app_id() -> None:
    spec = (REPO_ROOT / "coach.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert PLAN_TYPE in entry["MimeType"].split(";")
    # `coach FILE` is how the app opens a plan the desktop hands it.
    assert entry["Exec"] == "coach %f"
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    # The file name Coach gives Qt (setDesktopFileName), so Wayland docks find the entry.
    assert metainfo.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert metainfo.findtext("provides/mediatype") == PLAN_TYPE


def test_the_newest_release_in_the_metainfo_is_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_the_plan_type_is_json_with_its_own_extension() -> None:
    mime_type = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None
    assert mime_type.get("type") == PLAN_TYPE
    globs = [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")]
    assert globs == ["*.coachplan"]
    parent = mime_type.find(f"{MIME_NS}sub-class-of")
    assert parent is not None
    assert parent.get("type") == "application/json"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream missing")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_the_install_scripts_are_executable_posix_shell(script: str) -> None:
    path = LINUX / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    assert path.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    result = subprocess.run(["sh", "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_windows_icon_holds_every_size_up_to_256() -> None:
    data = (ICONS / "coach.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    # Width and height bytes; 0 means 256.
    sizes = sorted(data[6 + 16 * i] or 256 for i in range(count))
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_holds_png_images_up_to_512_retina() -> None:
    data = (ICONS / "coach.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind = data[offset : offset + 4].decode()
        (length,) = struct.unpack_from(">I", data, offset + 4)
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    # 16, 32, 64, 128, 256, 512 and the @2x variants up to 256@2x.
    assert set(kinds) >= {"icp4", "icp5", "ic07", "ic08", "ic09", "ic11", "ic12", "ic13", "ic14"}


def test_the_desk_reset_action_starts_a_routine_coach_knows() -> None:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    assert desktop_entry()["Actions"] == "desk-reset;"
    action = parser["Desktop Action desk-reset"]
    assert action["Exec"] == "coach start desk_reset"
    assert "desk_reset" in {routine.id for routine in builtin_catalog().routines}


@pytest.mark.skipif(not shutil.which("sh"), reason="no POSIX shell")
def test_install_sh_gives_the_action_the_full_path_too(tmp_path: Path) -> None:
    download = tmp_path / "download"
    (download / "coach").mkdir(parents=True)
    (download / "coach" / "coach").write_text("#!/bin/sh\n")
    (download / "coach" / "coach").chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "coach.desktop", METAINFO.name, MIME.name):
        shutil.copy(LINUX / name, download / name)
    (download / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    shutil.copy(ICONS / "coach.svg", download / "icons" / "hicolor" / "48x48" / "apps" / "a.svg")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        ["sh", str(download / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    installed = home / ".local" / "share" / "applications" / "coach.desktop"
    lines = installed.read_text(encoding="utf-8").splitlines()
    app = home / ".local" / "lib" / "coach" / "coach"
    assert f'Exec="{app}" %f' in lines
    assert f'Exec="{app}" start desk_reset' in lines
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
