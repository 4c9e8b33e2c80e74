import sys

import pytest

from coach import platform_check
from coach.platform_check import display_problem, explain_import_error

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux checks")


@linux_only
def test_no_display_is_explained_in_one_line() -> None:
    problem = display_problem({})
    assert problem is not None
    assert "DISPLAY" in problem
    assert "\n" not in problem


@linux_only
def test_offscreen_and_wayland_need_no_x_libraries() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


@linux_only
def test_missing_xcb_libraries_are_named_with_their_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(platform_check, "_loadable", lambda lib: lib not in {"libxcb-cursor.so.0"})
    problem = display_problem({"DISPLAY": ":0"})
    assert problem is not None
    assert "libxcb-cursor0" in problem
    assert "sudo apt install libxcb-cursor0" in problem


@linux_only
def test_all_libraries_present_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "_loadable", lambda lib: True)
    assert display_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}) is None


def test_import_errors_name_the_debian_package() -> None:
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert explain_import_error(error) == (
        "Qt cannot start because libEGL.so.1 is missing; install it with: sudo apt install libegl1"
    )
    assert "reinstall" in explain_import_error(ImportError("No module named 'PySide6'"))
