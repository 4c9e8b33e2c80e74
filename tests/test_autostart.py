"""Start at login: the XDG autostart entry is a valid desktop entry that starts this install in
the tray, and removing it leaves nothing behind."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coach import autostart

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG entry is Linux's"
)


def test_the_entry_is_valid_starts_coach_in_the_tray_and_goes_without_a_trace(
    tmp_path: Path,
) -> None:
    config = tmp_path / "xdg-config"
    assert not autostart.is_enabled()
    where = autostart.enable()
    assert where == config / "autostart" / "coach.desktop"
    assert autostart.is_enabled()
    text = Path(where).read_text(encoding="utf-8")
    assert "Exec=" in text and text.rstrip().endswith("X-GNOME-Autostart-enabled=true")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith("-m coach --autostart")
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run(
            [validator, str(where)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout
    autostart.disable()
    assert not autostart.is_enabled()
    assert not config.exists() or not any(config.rglob("*"))


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_asks() -> None:
    entry = autostart.desktop_entry(
        ["/opt/My Apps/python", "-m", "coach", "50%", 'say "hi"'], Path("/i.png")
    )
    assert 'Exec="/opt/My Apps/python" -m coach 50%% "say \\"hi\\""' in entry


def test_the_command_line_accepts_the_autostart_flag() -> None:
    from coach.cli import build_parser

    assert build_parser().parse_args(["--autostart"]).autostart is True
