"""`coach import` on a terminal shows how far it got on one line of stderr, wiped at the end;
elsewhere (a pipe, a log, the tests) it prints only the result, as before."""

import io
from pathlib import Path

import pytest

from coach.cli import _TerminalProgress, main


def test_the_progress_line_is_rewritten_as_it_grows_and_wiped_at_the_end() -> None:
    stream = io.StringIO()
    progress = _TerminalProgress(stream)
    for done in (0, 1, 2, 500, 999, 1000):
        assert progress(done, 1000) is True
    progress.end()
    shown = stream.getvalue()
    # One write per new percentage, each over the one before, then blanks over the last.
    assert shown.split("\r")[1:] == [
        "coach: importing 0%",
        "coach: importing 50%",
        "coach: importing 99%",
        "coach: importing 100%",
        " " * len("coach: importing 100%"),
        "",
    ]


def test_an_empty_backup_is_all_done_at_once() -> None:
    stream = io.StringIO()
    progress = _TerminalProgress(stream)
    progress(0, 0)
    assert stream.getvalue() == "\rcoach: importing 100%"


def test_without_a_terminal_import_prints_only_its_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    backup = tmp_path / "backup.json"
    assert main(["export", "--format", "json", "--out", str(backup)]) == 0
    capsys.readouterr()
    assert main(["import", str(backup)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"imported nothing new from {backup}\n"
    assert "importing" not in captured.err


def test_on_a_terminal_the_progress_goes_to_stderr_and_the_result_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.json"
    assert main(["export", "--format", "json", "--out", str(backup)]) == 0
    capsys.readouterr()
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["import", str(backup)]) == 0
    assert capsys.readouterr().out == f"imported nothing new from {backup}\n"
    assert terminal.getvalue().startswith("\rcoach: importing ")
    assert terminal.getvalue().endswith("\r")
