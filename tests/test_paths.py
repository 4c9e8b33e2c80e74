import os
import socket
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from coach import paths


def test_coach_home_puts_every_folder_under_it(coach_home: Path) -> None:
    for folder in (
        paths.config_dir(),
        paths.data_dir(),
        paths.cache_dir(),
        paths.log_dir(),
        paths.backup_dir(),
    ):
        assert folder.is_dir()
        assert folder.resolve().is_relative_to(coach_home.resolve())
    assert paths.damaged_dir().parent == paths.data_dir()
    assert paths.database_path().parent == paths.data_dir()
    assert paths.log_file().parent == paths.log_dir()


def test_without_coach_home_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COACH_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert paths.data_dir() == tmp_path / "xdg-data" / "Coach"
    assert paths.config_dir() == tmp_path / "xdg-config" / "Coach"
    assert paths.cache_dir() == tmp_path / "xdg-cache" / "Coach"
    assert paths.log_dir().is_relative_to(tmp_path / "xdg-cache" / "Coach")


def test_instance_name_differs_per_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = paths.instance_server_name()
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "other"))
    second = paths.instance_server_name()
    assert first != second
    assert len(second) < 60


def test_resources_are_found_from_the_source_tree() -> None:
    assert (paths.resources_dir() / "icons" / "coach.svg").is_file()


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows uses named pipes")


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder Coach would make its runtime folder in, without XDG_RUNTIME_DIR."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


@posix_only
def test_the_channel_lives_in_a_folder_only_the_user_can_open(private_temp: Path) -> None:
    name = Path(paths.instance_server_name())
    folder = private_temp / f"coach-{os.getuid()}"
    assert name.parent == folder
    info = os.lstat(folder)
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
    assert stat.S_IMODE(info.st_mode) == 0o700
    assert len(os.fsencode(name)) <= paths.SOCKET_PATH_MAX


@posix_only
def test_a_runtime_folder_of_ours_left_open_is_closed_to_others(private_temp: Path) -> None:
    folder = private_temp / f"coach-{os.getuid()}"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert paths.runtime_dir() == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@posix_only
def test_a_link_in_place_of_the_runtime_folder_is_not_followed(
    private_temp: Path, tmp_path: Path, coach_home: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (private_temp / f"coach-{os.getuid()}").symlink_to(elsewhere)
    assert paths.runtime_dir() == paths.cache_dir()  # Coach's own folder instead
    assert paths.folder_problem(private_temp / f"coach-{os.getuid()}", os.getuid()) == (
        f"{private_temp / f'coach-{os.getuid()}'} is a symbolic link"
    )


@posix_only
@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() != 0, reason="needs root")
def test_a_runtime_folder_another_user_made_first_is_not_used(
    private_temp: Path, coach_home: Path
) -> None:
    taken = private_temp / f"coach-{os.getuid()}"
    taken.mkdir()
    taken.chmod(0o777)
    os.chown(taken, 65534, 65534)
    assert paths.runtime_dir() == paths.cache_dir()
    assert stat.S_IMODE(taken.stat().st_mode) == 0o777  # left as it was: not ours to change


@posix_only
def test_xdg_runtime_dir_is_used_only_when_it_is_the_users_alone(
    private_temp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(paths.instance_server_name()).parent == runtime
    runtime.chmod(0o770)  # others in the group could plant a socket
    assert paths.runtime_dir() == private_temp / f"coach-{os.getuid()}"
    monkeypatch.setenv("XDG_RUNTIME_DIR", "relative/run")
    assert paths.runtime_dir() == private_temp / f"coach-{os.getuid()}"


@posix_only
def test_a_socket_path_too_long_for_the_system_is_not_chosen(
    private_temp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = tmp_path / ("d" * 100)
    deep.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    assert paths.runtime_dir() == private_temp / f"coach-{os.getuid()}"


@posix_only
def test_a_socket_is_checked_for_its_kind_and_owner(tmp_path: Path) -> None:
    uid = os.getuid()
    assert paths.socket_problem(tmp_path / "absent", uid) is None  # nobody listens yet
    (tmp_path / "file").write_text("")
    assert paths.socket_problem(tmp_path / "file", uid) == f"{tmp_path / 'file'} is not a socket"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "sock"))
        assert paths.socket_problem(tmp_path / "sock", uid) is None
        assert paths.socket_problem(tmp_path / "sock", uid + 1) == (
            f"{tmp_path} belongs to another user (uid {uid})"
        )
