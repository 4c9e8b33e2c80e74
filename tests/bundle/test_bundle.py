"""coach.spec builds a bundle that works: it is built once here (a minute or two) with the example plan
baked in, then run as a user would run it. Also the Linux download and its install.sh/uninstall.sh.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from coach import __version__
from tests.helpers import REPO_ROOT, child_env

pytestmark = [pytest.mark.bundle, pytest.mark.slow]

SPEC = REPO_ROOT / "coach.spec"
EXAMPLE_PLAN = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"
APP_ID = "io.github.coach.Coach"
IS_LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not IS_LINUX, reason="the Linux download")

# Qt modules Coach never imports: their libraries, plugins and bindings must not be in the bundle.
# Nor pyqtgraph's QtTest (imported inside try/except) and its OpenGL modules: their bindings and
# libQt6OpenGLWidgets (libQt6OpenGL stays: Wayland's EGL client plugin links it).
UNUSED_QT = re.compile(
    r"Qt6?(WebEngine|Quick|Qml|3D|Pdf|Charts|DataVisualization|Graphs|Location|Positioning|Sensors"
    r"|SerialPort|Bluetooth|Nfc|RemoteObjects|Scxml|StateMachine|Designer|Help|UiTools|Sql"
    r"|VirtualKeyboard|OpenGLWidgets|SvgWidgets|Test\b)|^QtOpenGL\."
    r"|ffmpegmediaplugin|libav(codec|format|util)"
    r"|qgtk3",
    re.IGNORECASE,
)
# What Coach imports.
USED_QT = "QtCore QtGui QtWidgets QtSvg QtNetwork QtDBus QtMultimedia QtTextToSpeech"
# What pyqtgraph imports unconditionally, served by coach.spec's stand-ins in the bundle's archive.
QT_STAND_INS = {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"}


@dataclass(frozen=True)
class Build:
    app: Path  # dist/coach
    internal: Path  # sys._MEIPASS of the bundle
    executable: Path
    tarball: Path | None


def build_bundle(folder: Path, plan: Path | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("COACH_PLAN", None)
    if plan is not None:
        env["COACH_PLAN"] = str(plan)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(folder / "dist"),
        "--workpath",
        str(folder / "work"),
        str(SPEC),
    ]
    return subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=1800, check=False
    )


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    folder = tmp_path_factory.mktemp("bundle")
    result = build_bundle(folder, EXAMPLE_PLAN)
    output = result.stdout[-4000:] + result.stderr[-4000:]
    assert result.returncode == 0, f"PyInstaller failed:\n{output}"
    app = folder / "dist" / "coach"
    tarballs = sorted((folder / "dist").glob("coach-*-linux-*.tar.gz"))
    yield Build(
        app=app,
        internal=app / "_internal",
        executable=app / ("coach.exe" if sys.platform == "win32" else "coach"),
        tarball=tarballs[0] if tarballs else None,
    )
    shutil.rmtree(folder, ignore_errors=True)  # about 300 MB


def run(executable: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args],
        env=child_env(home, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


def test_the_bundle_passes_its_selftest_with_the_baked_plan(build: Build, tmp_path: Path) -> None:
    baked = build.internal / "coach" / "resources" / "bundled" / "plan.coachplan"
    assert baked.read_bytes() == EXAMPLE_PLAN.read_bytes()
    before = tree(build.app)
    result = run(build.executable, tmp_path / "home", "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest passed" in result.stdout
    title = json.loads(EXAMPLE_PLAN.read_text(encoding="utf-8"))["title"]
    assert f"plan: {title}" in result.stdout.splitlines(), result.stdout
    # Read-only at run time: not even bytecode caches appear in the bundle.
    assert tree(build.app) == before


def test_the_bundle_draws_the_progress_charts(build: Build, tmp_path: Path) -> None:
    """`coach report` renders the Progress page's charts: pyqtgraph, numpy and OpenBLAS load."""
    today = date.today()
    report = tmp_path / "report.pdf"
    first = (today - timedelta(days=27)).isoformat()
    period = ["--from", first, "--to", today.isoformat()]
    result = run(build.executable, tmp_path / "home", "report", *period, "--out", str(report))
    assert result.returncode == 0, result.stdout + result.stderr
    assert report.read_bytes().startswith(b"%PDF")


def test_the_bundle_validates_plans(build: Build, tmp_path: Path) -> None:
    """jsonschema and the published schema are in the bundle."""
    good = run(build.executable, tmp_path / "home", "plan", "validate", str(EXAMPLE_PLAN))
    assert good.returncode == 0, good.stdout + good.stderr
    broken = tmp_path / "broken.coachplan"
    broken.write_text('{"title": 3}', encoding="utf-8")
    bad = run(build.executable, tmp_path / "home", "plan", "validate", str(broken))
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "not valid" in bad.stdout


def test_unused_qt_modules_are_left_out_and_used_ones_kept(build: Build) -> None:
    files = [path.relative_to(build.internal) for path in build.internal.rglob("*")]
    unused = sorted(str(path) for path in files if UNUSED_QT.search(path.name))
    assert unused == []
    bindings = {path.name.split(".")[0] for path in (build.internal / "PySide6").iterdir()}
    for module in USED_QT.split():
        assert module in bindings, f"PySide6.{module} is missing"
    # pyqtgraph still finds the modules it imports (test_the_bundle_draws_the_progress_charts
    # draws with it): as stand-ins in the archive, not as bindings.
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    archived = CArchiveReader(str(build.executable)).open_embedded_archive("PYZ.pyz").toc
    assert set(archived) >= QT_STAND_INS
    assert {name.split(".")[1] for name in QT_STAND_INS}.isdisjoint(bindings)
    # Of Qt's translations, at most qtbase_* for the languages Coach itself is translated into.
    translations = build.internal / "PySide6" / "Qt" / "translations"
    kept = [path.name for path in translations.glob("*")] if translations.exists() else []
    assert [name for name in kept if not name.startswith("qtbase_")] == []


# What Qt asks of ICU (coach.spec, ICU_DATA_DROPS): collation, time zone names, codecs by name and
# case mapping, printed as JSON with the ICU data library the process mapped.
ICU_USES = r"""
import json
from functools import cmp_to_key
from PySide6.QtCore import (
    QBuffer, QByteArray, QCollator, QCoreApplication, QLocale, QTimeZone, QXmlStreamReader,
)

app = QCoreApplication([])
words = ["Äpfel", "apfel", "Zebra", "Öl", "oel", "Straße", "file10", "file2", "Čapek", "chata",
         "ñu", "nube", "日本", "中国", "a-b", "ab"]
result = {}
for name in ("C", "en_US", "de_DE", "sv_SE", "cs_CZ", "es_ES", "tr_TR", "ja_JP", "zh_CN"):
    locale = QLocale(name)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    result[f"{name} order"] = sorted(words, key=cmp_to_key(collator.compare))
    result[f"{name} zones"] = [
        QTimeZone(zone).displayName(time, kind, locale)
        for zone in (b"Europe/Berlin", b"America/New_York", b"Asia/Kolkata", b"Australia/Sydney")
        for time in (QTimeZone.StandardTime, QTimeZone.DaylightTime)
        for kind in (QTimeZone.LongName, QTimeZone.ShortName)
    ]
    result[f"{name} case"] = [locale.toUpper("istanbul straße"), locale.toLower("İSTANBUL ΣΑΣ")]
for encoding, text in (("windows-1252", "Grüße"), ("KOI8-R", "Привет"), ("Shift_JIS", "日本"),
                       ("windows-1250", "Zażółć"), ("EUC-JP", "日本"), ("ISO-2022-JP", "日本"),
                       ("GBK", "中文"), ("gb18030", "中文"), ("Big5", "中文"), ("EUC-KR", "한국")):
    xml = f'<?xml version="1.0" encoding="{encoding}"?><a>{text}</a>'.encode(encoding)
    buffer = QBuffer()
    buffer.setData(QByteArray(xml))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    read = []
    while not reader.atEnd():
        reader.readNext()
        if reader.isCharacters():
            read.append(reader.text())
    result[encoding] = [read, reader.errorString()]
maps = {line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line}
print(json.dumps({"icudata": sorted(maps), "uses": result}, ensure_ascii=False))
"""


@linux_only
def test_the_bundled_icu_data_serves_what_qt_asks(build: Build, tmp_path: Path) -> None:
    """coach.spec leaves ICU's data for services Qt never calls out of libicudata: Qt's collation,
    time zone names, codecs and case mapping give the same results with the bundled library as
    with the whole one (this Python's PySide6, with the bundle's library preloaded in its place)."""
    (bundled,) = [path for path in build.internal.rglob("libicudata.so.*") if not path.is_symlink()]

    def uses(env: dict[str, str]) -> tuple[list[str], dict[str, list[object]]]:
        result = subprocess.run(
            [sys.executable, "-c", ICU_USES],
            env=child_env(tmp_path / "home", **env),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout)
        return found["icudata"], found["uses"]

    whole_library, whole = uses({})
    bundled_library, bundled_uses = uses({"LD_PRELOAD": str(bundled)})
    assert bundled_library == [str(bundled)]
    assert whole_library != bundled_library
    assert bundled_uses == whole
    # ICU did answer: zone names in German, and the legacy encodings decoded.
    assert "Mitteleuropäische Normalzeit" in whole["de_DE zones"]
    assert whole["KOI8-R"] == [["Привет"], ""]
    assert whole["GBK"] == [["中文"], ""]  # windows-936's extension and its base table, ibm-1386


def test_openblas_is_copied_as_it_is(build: Build) -> None:
    """strip broke numpy's OpenBLAS once: the bundled copy must be byte for byte the installed one."""
    site = Path(sysconfig.get_paths()["purelib"])
    bundled = [path for path in build.internal.rglob("*openblas*") if not path.is_symlink()]
    assert bundled, "numpy's OpenBLAS is missing"
    for path in bundled:
        installed = site / path.relative_to(build.internal)
        assert path.read_bytes() == installed.read_bytes(), f"{path.name} differs"


def missing_libraries(path: Path, library_path: Path | None = None) -> set[str]:
    env = dict(os.environ)
    if library_path is not None:
        env["LD_LIBRARY_PATH"] = str(library_path)  # what the bundle's bootloader sets
    result = subprocess.run(
        ["ldd", str(path)], env=env, capture_output=True, text=True, check=False
    )
    return {line.split()[0] for line in result.stdout.splitlines() if "=> not found" in line}


@linux_only
def test_no_bundled_library_misses_one_the_source_install_has(build: Build) -> None:
    """Every library a bundled file links is in the bundle or on this system, unless the same file in
    the source install lacks it too (Wayland's or speech-dispatcher's client library, say)."""
    site = Path(sysconfig.get_paths()["purelib"])
    stdlib = Path(sysconfig.get_paths()["platstdlib"])
    problems = []
    for path in sorted(build.internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        relative = path.relative_to(build.internal)
        if relative.parts[0].startswith("python3"):
            source = stdlib / Path(*relative.parts[1:])
        else:
            source = site / relative
        missing = missing_libraries(path, build.internal)
        if source.is_file():
            missing -= missing_libraries(source)
        if missing:
            problems.append(f"{relative}: {sorted(missing)}")
    assert problems == []


@linux_only
def test_the_linux_download_holds_the_desktop_files(build: Build) -> None:
    assert build.tarball is not None
    top = f"coach-{__version__}-linux-{os.uname().machine}"
    assert build.tarball.name == f"{top}.tar.gz"
    with tarfile.open(build.tarball) as tar:
        members = {member.name: member for member in tar.getmembers()}
    for name in (
        "coach/coach",
        "coach.desktop",
        f"{APP_ID}.metainfo.xml",
        "coach-plan.xml",
        "install.sh",
        "uninstall.sh",
        f"icons/hicolor/256x256/apps/{APP_ID}.png",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        "coach/_internal/coach/resources/bundled/plan.coachplan",
    ):
        assert f"{top}/{name}" in members, name
    for name in ("coach/coach", "install.sh", "uninstall.sh"):
        assert members[f"{top}/{name}"].mode & 0o111, f"{name} is not executable"


@linux_only
def test_install_and_uninstall_for_the_current_user(build: Build, tmp_path: Path) -> None:
    assert build.tarball is not None
    download = tmp_path / "download"
    download.mkdir()
    # Unpacked as a user would, keeping the bundle's symbolic links and executable bits.
    subprocess.run(["tar", "-xzf", str(build.tarball), "-C", str(download)], check=True)
    (package,) = download.iterdir()
    home = tmp_path / "home with space"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), PATH=f"{home / '.local' / 'bin'}:{os.environ.get('PATH', '')}")
    installed = subprocess.run(
        ["sh", str(package / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    share = home / ".local" / "share"
    app = home / ".local" / "lib" / "coach"
    link = home / ".local" / "bin" / "coach"
    desktop = share / "applications" / "coach.desktop"
    assert link.is_symlink() and link.resolve() == (app / "coach").resolve()
    assert (app / "uninstall.sh").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / "coach-plan.xml").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert f'Exec="{app / "coach"}" %f' in desktop.read_text(encoding="utf-8").splitlines()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout
    globs = share / "mime" / "globs2"
    if shutil.which("update-mime-database"):
        assert "application/x-coach-plan:*.coachplan" in globs.read_text(encoding="utf-8")
    version = subprocess.run(
        [str(link), "--version"],
        env=child_env(tmp_path / "coach-home"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.stdout.strip() == f"coach {__version__}", version.stdout + version.stderr

    removed = subprocess.run(
        ["sh", str(app / "uninstall.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not link.exists() and not link.is_symlink()
    assert not app.exists()
    assert not desktop.exists()
    assert not list(share.rglob(f"{APP_ID}.*"))
    assert not (share / "mime" / "packages" / "coach-plan.xml").exists()
    if globs.exists():
        assert "coach-plan" not in globs.read_text(encoding="utf-8")


def test_an_invalid_plan_fails_the_build(tmp_path: Path) -> None:
    broken = tmp_path / "broken.coachplan"
    broken.write_text('{"title": 3}', encoding="utf-8")
    result = build_bundle(tmp_path, broken)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"COACH_PLAN={broken} is not baked in" in output
    assert "not valid" in output  # what `coach plan validate` said
    assert not (tmp_path / "dist" / "coach").exists()


def test_a_missing_plan_fails_the_build(tmp_path: Path) -> None:
    result = build_bundle(tmp_path, tmp_path / "nowhere.coachplan")
    assert result.returncode != 0
    assert "nowhere.coachplan: no such file" in result.stdout + result.stderr
