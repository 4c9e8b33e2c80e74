"""Command line: `coach` starts the app; `coach selftest` checks an install; `--version` says which.

Exit codes: 0 ok, 1 a problem the user can fix (said in one line on stderr), 2 bad arguments or an
internal error.
"""

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeAlias

from coach import __version__, collector, paths
from coach.logsetup import configure_logging
from coach.platform_check import display_problem, explain_import_error

if TYPE_CHECKING:
    from coach.domain.exercises import Library
    from coach.domain.plan import Plan
    from coach.ui.lifecycle.startup import Services

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_INTERNAL = 2
CUE_WORKER_FLAG = "--cue-worker"  # coach.ui.runners.cues.WORKER_FLAG (the CLI does not import Qt)

log = logging.getLogger("coach.cli")


def build_parser(words: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the words to parse, it holds only the command they name
    (every start of the app parses its words, and a parser with all commands costs some ms);
    with no words, or words that ask for help or name no known command, it holds them all, so
    `coach -h` lists them and a mistyped command gets the list of choices."""
    parser = argparse.ArgumentParser(
        prog="coach",
        description="Coach: desk exercise, heat and movement-break coach. "
        "Without a command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also print informational log lines"
    )
    parser.add_argument(
        "--autostart",
        action="store_true",
        help="start in the system tray without opening the window (used when starting at login)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add_command in _commands_needed(words).items():
        add_command(commands, name)
    return parser


Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
AddCommand: TypeAlias = "Callable[[Commands, str], object]"


def _commands_needed(
    words: Sequence[str] | None,
) -> dict[str, AddCommand]:
    if words is None or any(word in ("-h", "--help") for word in words):
        return COMMAND_PARSERS
    named = next((word for word in words if not word.startswith("-")), None)
    if named is None:
        return {}  # the app itself: no command to parse
    if named in COMMAND_PARSERS:
        return {named: COMMAND_PARSERS[named]}
    return COMMAND_PARSERS


def _add_selftest(commands: Commands, name: str) -> None:
    commands.add_parser(
        name,
        help="open the store, load resources, show the main window once, and report",
        description="Checks that this installation works: opens the store, loads the "
        "resources, builds and shows the main window, closes it. Exit 0 when all is well.",
    )


def _add_export(commands: Commands, name: str) -> None:
    export = commands.add_parser(
        name,
        help="write all your data as CSV files or one JSON backup",
        description="Writes everything Coach has stored: CSV (one file per table, with a "
        "header row and ISO dates) into a folder, or one JSON backup file that `coach import` "
        "reads back.",
    )
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.add_argument("--out", type=Path, required=True, help="a folder for CSV, a file for JSON")


def _add_import(commands: Commands, name: str) -> None:
    imported = commands.add_parser(
        name,
        help="merge a JSON backup into your data (nothing is duplicated)",
        description="Merges a JSON backup made by `coach export --format json`: rows already "
        "stored are skipped and your settings are kept, so importing twice changes nothing.",
    )
    imported.add_argument("path", type=Path, help="the .json backup")


def _add_report(commands: Commands, name: str) -> None:
    report = commands.add_parser(
        name,
        help="write the clinician report (PDF) for a date range",
        description="Writes a PDF with the plan, adherence, the pain chart, sessions, heat, "
        "notes and red flags between two dates (both included). Needs no display.",
    )
    report.add_argument("--from", dest="first", type=_iso_date, required=True, metavar="DATE")
    report.add_argument("--to", dest="last", type=_iso_date, required=True, metavar="DATE")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--name", default="", help="the patient's name, as it should appear")


def _add_handout(commands: Commands, name: str) -> None:
    handout = commands.add_parser(
        name,
        help="write a routine's printable handout (PDF): pictures, steps, dose and cautions",
        description="Writes one or two pages a patient can pin up: the routine's name and time, "
        "then for each exercise three pictures of the movement, its steps, its dose (as the "
        "routine runs it) and its cautions, and the signs to stop for. In the app's language "
        "(Settings); A4, or Letter where the locale measures in inches. Needs no display.",
    )
    handout.add_argument("routine_id", metavar="ROUTINE", help="an id from `coach start --list`")
    handout.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")


def _add_plan(commands: Commands, name: str) -> None:
    plan = commands.add_parser(
        name,
        help="check or adopt a clinician plan (.coachplan)",
        description="Clinician plans: `validate` checks files and prints every problem with its "
        "field; `import` makes a plan the active one (the previous one can be restored in the app).",
    )
    plan_commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    validate = plan_commands.add_parser(
        "validate",
        help="check plan files: every problem, with the file, the field and what is expected",
        description="Exit 0 when every file is a valid plan, 1 otherwise. A warning (something "
        "worth a look, such as a per-side exercise without side cues) leaves a plan valid.",
    )
    validate.add_argument("files", type=Path, nargs="+", metavar="FILE")
    adopt = plan_commands.add_parser(
        "import",
        help="make a plan the active one (its routines, reminders and heat limits)",
        description="Checks the plan, shows what changes, and makes it the active plan.",
    )
    adopt.add_argument("file", type=Path, metavar="FILE")


def _add_start(commands: Commands, name: str) -> None:
    started = commands.add_parser(
        name,
        help="start a routine in Coach (starting Coach if needed); --list shows the ids",
        description="Starts the routine ROUTINE_ID: in the Coach that is already running, or by "
        "starting Coach with it (for desktop shortcuts and scripts). `coach start --list` prints "
        "the id and name of every routine you can start, and starts nothing.",
    )
    started.add_argument("routine_id", nargs="?", metavar="ROUTINE_ID")
    started.add_argument(
        "--list", action="store_true", help="print the ids and names of the routines, then exit"
    )


def _add_open(commands: Commands, name: str) -> None:
    opened = commands.add_parser(
        name,
        help="open the app and offer to adopt a plan file (what the desktop does for .coachplan)",
    )
    opened.add_argument("file", type=Path, metavar="FILE")


FRAME_COUNT_RANGE = (1, 240)
FRAME_SIZE_RANGE = (32, 4096)
FRAME_THEMES = ("light", "dark", "high_contrast")


def _add_exercise(commands: Commands, name: str) -> None:
    exercise = commands.add_parser(
        name,
        help="list the library's exercises, or draw one's movement as PNG frames",
        description="`list` prints the id, name and sides of every exercise in the library; "
        "`frames` draws an exercise's movement across one cycle as PNG pictures (no display "
        "needed).",
    )
    actions = exercise.add_subparsers(dest="exercise_command", metavar="ACTION", required=True)
    listed = actions.add_parser(
        "list",
        help="print each exercise's id, name and whether it is done on each side",
        description="One exercise a line: the id (what `coach exercise frames` and plans use), "
        "the name, and whether it is done per side. With --json, a JSON list of objects with "
        "id, name, per_side and has_motion (whether it has movement data to draw).",
    )
    listed.add_argument("--json", action="store_true", help="print JSON instead of text")
    frames = actions.add_parser(
        "frames",
        help="write N PNG frames across one cycle of an exercise's movement",
        description="Draws the exercise's figure at N moments evenly across one cycle (a hold: "
        "from the start into the held position) and writes frame-000.png, frame-001.png, ... "
        "into DIR, which must exist. Needs no display.",
    )
    frames.add_argument("exercise_id", metavar="ID", help="an id from `coach exercise list`")
    frames.add_argument(
        "--count", type=_bounded_int(*FRAME_COUNT_RANGE), required=True, metavar="N"
    )
    frames.add_argument("--out", type=Path, required=True, metavar="DIR")
    frames.add_argument(
        "--side",
        choices=("left", "right"),
        help="for an exercise done per side: which side (default left; right is the mirror image)",
    )
    frames.add_argument(
        "--size",
        type=_bounded_int(*FRAME_SIZE_RANGE),
        default=300,
        metavar="PX",
        help="width and height of each frame in pixels (default 300)",
    )
    frames.add_argument("--theme", choices=FRAME_THEMES, default="light")


def _bounded_int(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not from {low} to {high}")
        return value

    return parse


# In the order `coach -h` lists them.
COMMAND_PARSERS: dict[str, AddCommand] = {
    "selftest": _add_selftest,
    "export": _add_export,
    "import": _add_import,
    "report": _add_report,
    "plan": _add_plan,
    "start": _add_start,
    "open": _add_open,
    "exercise": _add_exercise,
    "handout": _add_handout,
}


def _with_open_command(argv: Sequence[str]) -> list[str]:
    """`coach FILE` (how desktops open a .coachplan file) means `coach open FILE`; any other
    unknown word stays an unknown command."""
    words = list(argv)
    for index, word in enumerate(words):
        if word.startswith("-"):
            continue
        if word.lower().endswith(".coachplan") or (
            word not in COMMAND_PARSERS and Path(word).suffix and Path(word).is_file()
        ):
            return [*words[:index], "open", *words[index:]]
        break
    return words


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-01") from None


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words[:1] == [CUE_WORKER_FLAG]:
        # The app's own child process for sounds or speech (coach.ui.runners.cues), not for people.
        from coach.ui.runners.cue_worker import main as cue_worker  # noqa: PLC0415

        return cue_worker(words[1:])
    words = _with_open_command(words)
    args = _parse(words)
    try:
        configure_logging(paths.log_file(), verbose=args.verbose)
    except OSError as error:
        print(
            f"coach: cannot create Coach's folders ({error}); check {paths.ENV_HOME} "
            "or the permissions of your home folder",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    run: dict[str | None, Callable[[argparse.Namespace], int]] = {
        "export": _data_command,
        "import": _data_command,
        "report": _report_command,
        "handout": _handout_command,
        "plan": _plan_command,
        "start": _start_command,
        "exercise": _exercise_command,
    }
    return run.get(args.command, _gui_command)(args)


def _parse(words: list[str]) -> argparse.Namespace:
    """The parsed words. The app's own start (no words) and its self-test have nothing to parse,
    and skip building a parser: argparse looks up its translations on the disk when built."""
    if words in ([], ["selftest"]):
        return argparse.Namespace(
            command=words[0] if words else None, verbose=False, autostart=False
        )
    return build_parser(words).parse_args(words)


def _gui_command(args: argparse.Namespace) -> int:
    """The app itself, or its self-test: both need a display and Qt."""
    problem = display_problem()
    if problem:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    collector.pause()  # until the window is painted (coach.collector)
    try:
        # Imported here, not at the top: a missing Qt library becomes one clear line, and the
        # self-test does not load what only the running app needs (QtNetwork, the tray).
        if args.command == "selftest":
            from coach.ui.lifecycle.selftest import selftest  # noqa: PLC0415

            return selftest(sys.stdout)
        from coach.ui.lifecycle.app import run_gui  # noqa: PLC0415

        plan_file = args.file.resolve() if args.command == "open" else None
        routine_id = args.routine_id if args.command == "start" else None
        return run_gui(in_tray=args.autostart, plan_file=plan_file, routine_id=routine_id)
    except ImportError as error:
        log.error("cannot import Qt: %s", error)
        print(f"coach: {explain_import_error(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception:
        log.exception("internal error")
        print(
            f"coach: internal error; details are in {paths.log_file()}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _start_command(args: argparse.Namespace) -> int:
    """`coach start --list`, and `coach start ROUTINE_ID`: the id is checked before Coach is asked
    (no Qt, no display, and the store only read, so a running Coach is not disturbed)."""
    from coach.clock import SystemClock  # noqa: PLC0415
    from coach.services.catalog import startable_routines  # noqa: PLC0415

    if args.list == (args.routine_id is not None):
        print("coach: give either a routine id or --list (coach start --list)", file=sys.stderr)
        return EXIT_INTERNAL  # bad arguments
    # An older store, or one being repaired, gives the built-ins and the problem.
    routines, problem = startable_routines(paths.database_path(), SystemClock())
    if problem is not None:
        log.warning("coach start: the store cannot be read: %s", problem)
    if args.list:
        width = max((len(r.id) for r in routines), default=0)
        for routine in routines:
            print(f"{routine.id:<{width}}  {routine.name}")
        if problem is not None:
            print(
                f"coach: your own and your plan's routines could not be read ({problem}); "
                "only the built-in ones are listed",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        return EXIT_OK
    if problem is None and all(r.id != args.routine_id for r in routines):
        print(
            f"coach: there is no routine with the id {args.routine_id!r}; "
            "`coach start --list` shows the ids",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    return _gui_command(args)  # when the store cannot be read here, the app checks the id


def _data_command(args: argparse.Namespace) -> int:
    """`coach export` and `coach import`: no Qt, so they also work without a display."""
    from coach.clock import SystemClock  # noqa: PLC0415
    from coach.services.data import DataService  # noqa: PLC0415
    from coach.services.errors import ServiceError  # noqa: PLC0415
    from coach.services.storage import open_storage  # noqa: PLC0415

    exporting = args.command == "export"
    problem = exporting and _missing_folder(args.out, args.format == "csv")
    if problem:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    try:
        storage = open_storage(
            paths.database_path(),
            paths.backup_dir(),
            paths.damaged_dir(),
            SystemClock(),
            read_only_ok=exporting,  # data can be copied out of a store that cannot be written
        )
    except ServiceError as error:
        print(f"coach: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    data = DataService(storage.context)
    try:
        if args.command == "export" and args.format == "csv":
            files = data.export_csv(args.out)
            print(f"wrote {len(files)} CSV files to {args.out}")
        elif args.command == "export":
            data.export_json(args.out)
            print(f"wrote the backup {args.out}")
        else:
            progress = _TerminalProgress(sys.stderr) if sys.stderr.isatty() else None
            try:
                added = data.import_backup(args.path, progress)
            finally:
                if progress is not None:
                    progress.end()
            counts = ", ".join(f"{n} {table}" for table, n in added.items() if n)
            print(f"imported {counts or 'nothing new'} from {args.path}")
    except ServiceError as error:
        cause = error.cause
        if isinstance(cause, OSError):  # a file the export could not write
            print(f"coach: cannot write {args.out}: {cause.strerror or cause}", file=sys.stderr)
        else:
            print(f"coach: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        storage.close()
    return EXIT_OK


class _TerminalProgress:
    """How far `coach import` got, on one line of a terminal that is rewritten as it grows (a
    large backup takes seconds); wiped at the end, so the result or the error stands alone."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._shown = ""

    def __call__(self, done: int, total: int) -> bool:
        text = f"coach: importing {100 * done // total if total else 100}%"
        if text != self._shown:
            self._stream.write(f"\r{text}")
            self._stream.flush()
            self._shown = text
        return True

    def end(self) -> None:
        if self._shown:
            self._stream.write("\r" + " " * len(self._shown) + "\r")
            self._stream.flush()
            self._shown = ""


def _missing_folder(out: Path, is_folder: bool) -> str | None:
    """Why `--out` cannot be written where asked: Coach writes only where it is told, so a
    folder that does not exist is an error, not a new folder tree (a CSV export may make its
    own folder, `is_folder`, inside one that exists)."""
    parent = out.absolute().parent
    if is_folder and out.exists() and not out.is_dir():
        return f"--out {out} is a file, not a folder"
    if not is_folder and out.is_dir():
        return f"--out {out} is a folder, not a file"
    if not parent.is_dir():
        return f"the folder {parent} does not exist; create it first, or choose another --out"
    return None


def _open_for_printing() -> "Services | str":
    """What `coach report` and `coach handout` draw with: Qt (offscreen when there is no display),
    the store's services, and the language the app is set to. A text is the one line to print when
    Qt or the store cannot be had."""
    if display_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from coach.clock import SystemClock  # noqa: PLC0415
        from coach.services.errors import ServiceError  # noqa: PLC0415
        from coach.ui.lifecycle import i18n  # noqa: PLC0415
        from coach.ui.lifecycle.startup import create_application, open_services  # noqa: PLC0415
    except ImportError as error:
        return explain_import_error(error)
    app = create_application()
    try:
        services = open_services(SystemClock())
    except ServiceError as error:
        return str(error)
    i18n.install(services.settings.value.language, app)
    return services


def _report_command(args: argparse.Namespace) -> int:
    """`coach report`: the PDF, drawn by Qt offscreen when there is no display."""
    problem = (
        "--to must not be before --from"
        if args.last < args.first
        else _missing_folder(args.out, is_folder=False)
    )
    if problem:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    services = _open_for_printing()
    if isinstance(services, str):
        print(f"coach: {services}", file=sys.stderr)
        return EXIT_USER_ERROR
    from coach.services.errors import ServiceError  # noqa: PLC0415
    from coach.services.report import PeriodError, ReportRequest  # noqa: PLC0415
    from coach.ui.dialogs.report import write_report  # noqa: PLC0415
    from coach.ui.runners.reminder_controller import system_zone  # noqa: PLC0415

    try:
        pages = write_report(
            ReportRequest(args.first, args.last, args.name),
            args.out,
            services.context,
            None,  # the reminder settings as stored
            system_zone(),
        )
    except (OSError, PeriodError, ServiceError) as error:  # ServiceError: the store is unreadable
        what = (
            f"cannot write {args.out}"
            if isinstance(error, OSError)
            else "--from/--to"
            if isinstance(error, PeriodError)
            else "the report could not be made"
        )
        print(f"coach: {what}: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except ValueError as error:  # stored data the report cannot use
        log.exception("the report could not be made")
        print(
            f"coach: the report could not be made ({error}); details are in {paths.log_file()}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        services.close()
    print(f"wrote a {pages}-page report to {args.out}")
    return EXIT_OK


def _handout_command(args: argparse.Namespace) -> int:
    """`coach handout`: the PDF, drawn by Qt offscreen when there is no display, in the language
    the app is set to (as `coach report`)."""
    problem = _missing_folder(args.out, is_folder=False)
    if problem:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    services = _open_for_printing()
    if isinstance(services, str):
        print(f"coach: {services}", file=sys.stderr)
        return EXIT_USER_ERROR
    from coach.services.errors import ServiceError  # noqa: PLC0415
    from coach.services.handout import HandoutService  # noqa: PLC0415
    from coach.ui.dialogs.handout_pdf import write_handout  # noqa: PLC0415

    pages = 0
    try:
        handout = HandoutService(services.context).handout(args.routine_id)
        if handout is None:
            problem = (
                f"there is no routine with the id {args.routine_id!r}; "
                "`coach start --list` shows the ids"
            )
        else:
            pages = write_handout(handout, args.out)
    except OSError as error:
        problem = f"cannot write {args.out}: {error}"
    except ServiceError as error:  # the store cannot be read
        problem = f"the handout could not be made: {error}"
    finally:
        services.close()
    if problem:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    print(f"wrote a {pages}-page handout of {args.routine_id} to {args.out}")
    return EXIT_OK


def _exercise_command(args: argparse.Namespace) -> int:
    """`coach exercise list` (no Qt) and `coach exercise frames` (Qt offscreen without a display)."""
    import json  # noqa: PLC0415

    from coach.services.plans import builtin_library  # noqa: PLC0415

    library = builtin_library()
    if args.exercise_command == "frames":
        return _frames_command(args, library)
    if args.json:
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "per_side": e.dosage.per_side,
                "has_motion": e.motion is not None,
            }
            for e in library.exercises
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        width = max((len(e.id) for e in library.exercises), default=0)
        for e in library.exercises:
            notes = ["per side"] if e.dosage.per_side else []
            if e.motion is None:
                notes.append("no movement data yet")
            print(f"{e.id:<{width}}  {e.name}" + (f"  ({', '.join(notes)})" if notes else ""))
    for problem in library.problems:
        print(f"coach: not in the list: {problem}", file=sys.stderr)
    return EXIT_USER_ERROR if library.problems else EXIT_OK


def _frames_command(args: argparse.Namespace, library: "Library") -> int:
    """Draw one exercise's movement into PNG files; every problem is one line and exit 1."""
    exercise = library.get(args.exercise_id)
    problem = None
    if exercise is None:
        broken = next((p for p in library.problems if p.file == f"{args.exercise_id}.json"), None)
        problem = (
            f"{broken}"
            if broken
            else f"there is no exercise with the id {args.exercise_id!r}; "
            "`coach exercise list` shows the ids"
        )
    elif exercise.motion is None:
        problem = f"{exercise.id} has no movement data yet; only its pictures can be shown"
    elif args.side and not exercise.dosage.per_side:
        problem = f"{exercise.id} is not done per side; leave out --side"
    elif not args.out.is_dir():
        problem = (
            f"--out {args.out} is a file, not a folder"
            if args.out.exists()
            else f"the folder {args.out} does not exist; create it first, or choose another --out"
        )
    if problem or exercise is None or exercise.motion is None:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    if display_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from coach.domain.pose import BodySide  # noqa: PLC0415
        from coach.ui.widgets.figure_paint import cycle_phases, render_image  # noqa: PLC0415
        from coach.ui.widgets.palettes import (  # noqa: PLC0415
            dark_palette,
            high_contrast_palette,
            light_palette,
        )
    except ImportError as error:
        print(f"coach: {explain_import_error(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept until the frames are done
    palette = {
        "light": light_palette,
        "dark": dark_palette,
        "high_contrast": high_contrast_palette,
    }[args.theme]()
    side = BodySide(args.side or "left") if exercise.dosage.per_side else None
    phases = cycle_phases(exercise.motion, args.count)
    for index, phase in enumerate(phases):
        path = args.out / f"frame-{index:03d}.png"
        image = render_image(exercise.motion, phase, args.size, palette, side)
        if not image.save(str(path)):  # PNG, from the name
            print(f"coach: cannot write {path}", file=sys.stderr)
            return EXIT_USER_ERROR
    print(f"wrote {len(phases)} frames of {exercise.id} to {args.out}")
    return EXIT_OK


def _plan_command(args: argparse.Namespace) -> int:
    """`coach plan validate` and `coach plan import`: no Qt, so they work without a display."""
    from coach.domain.plan import PlanError, warning_lines  # noqa: PLC0415
    from coach.services.plans import read_plan  # noqa: PLC0415

    if args.plan_command == "validate":
        status = EXIT_OK
        for file in args.files:
            try:
                plan = read_plan(file)
            except PlanError as error:
                status = EXIT_USER_ERROR
                for line in error.lines():
                    print(line)
                count = len(error.problems)
                print(f"{file}: not valid ({count} problem{'s' if count > 1 else ''})")
                continue
            for line in warning_lines(str(file), plan.warnings):  # valid all the same: exit 0
                print(line)
            count, warned = len(plan.routines), len(plan.warnings)
            summary = f"{count} routine{'s' if count > 1 else ''}"
            if warned:
                summary += f", {warned} warning{'s' if warned > 1 else ''}"
            print(f'{file}: valid plan "{plan.title}" ({summary})')
        return status
    try:
        plan = read_plan(args.file)
    except PlanError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return EXIT_USER_ERROR
    for line in warning_lines(str(args.file), plan.warnings):
        print(line, file=sys.stderr)
    return _adopt_from_command_line(plan, args.file)


def _adopt_from_command_line(plan: "Plan", file: Path) -> int:
    from coach.clock import SystemClock  # noqa: PLC0415
    from coach.services.errors import ServiceError  # noqa: PLC0415
    from coach.services.plans import PlanService  # noqa: PLC0415
    from coach.services.storage import open_storage  # noqa: PLC0415

    try:
        storage = open_storage(
            paths.database_path(), paths.backup_dir(), paths.damaged_dir(), SystemClock()
        )
    except ServiceError as error:
        print(f"coach: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    try:
        plans = PlanService(storage.context)
        previous = plans.active_stored()
        # The file's name as text even when it is not valid UTF-8 (the store keeps text).
        plans.adopt(plan, os.fsencode(file.resolve()).decode("utf-8", "replace"))
    except ServiceError as error:  # a fault outside Coach says "Not saved: ..." and what to do
        print(f"coach: the plan was not adopted: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        storage.close()
    routine = plan.scheduled_routine()
    days = ", ".join(WEEKDAY_WORDS[d] for d in sorted(plan.schedule.weekdays))
    times = ", ".join(f"{t:%H:%M}" for t in plan.schedule.times)
    print(f'adopted the plan "{plan.title}" from {plan.clinician_name}')
    print(f'  reminders: "{routine.name}" on {days} at {times}')
    print(f"  heat: at most {plan.heat.cap_minutes} min a session")
    replaced = f'"{previous.title}"' if previous else "your own settings"
    print(f"  it replaces {replaced}; restore it from the app: File > Restore the previous plan")
    return EXIT_OK


WEEKDAY_WORDS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
