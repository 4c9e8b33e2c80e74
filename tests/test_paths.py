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
