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
from typing import TYPE_CHECKING

from coach import __version__, paths
from coach.logsetup import configure_logging
from coach.platform_check import display_problem, explain_import_error

if TYPE_CHECKING:
    from coach.domain.plan import Plan

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_INTERNAL = 2
CUE_WORKER_FLAG = "--cue-worker"  # coach.ui.runners.cues.WORKER_FLAG (the CLI does not import Qt)

log = logging.getLogger("coach.cli")


def build_parser() -> argparse.ArgumentParser:
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
    commands.add_parser(
        "selftest",
        help="open the store, load resources, show the main window once, and report",
        description="Checks that this installation works: opens the store, loads the "
        "resources, builds and shows the main window, closes it. Exit 0 when all is well.",
    )
    export = commands.add_parser(
        "export",
        help="write all your data as CSV files or one JSON backup",
        description="Writes everything Coach has stored: CSV (one file per table, with a "
        "header row and ISO dates) into a folder, or one JSON backup file that `coach import` "
        "reads back.",
    )
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.add_argument("--out", type=Path, required=True, help="a folder for CSV, a file for JSON")
    imported = commands.add_parser(
        "import",
        help="merge a JSON backup into your data (nothing is duplicated)",
        description="Merges a JSON backup made by `coach export --format json`: rows already "
        "stored are skipped and your settings are kept, so importing twice changes nothing.",
    )
    imported.add_argument("path", type=Path, help="the .json backup")
    report = commands.add_parser(
        "report",
        help="write the clinician report (PDF) for a date range",
        description="Writes a PDF with the plan, adherence, the pain chart, sessions, heat, "
        "notes and red flags between two dates (both included). Needs no display.",
    )
    report.add_argument("--from", dest="first", type=_iso_date, required=True, metavar="DATE")
    report.add_argument("--to", dest="last", type=_iso_date, required=True, metavar="DATE")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--name", default="", help="the patient's name, as it should appear")
    plan = commands.add_parser(
        "plan",
        help="check or adopt a clinician plan (.coachplan)",
        description="Clinician plans: `validate` checks files and prints every problem with its "
        "field; `import` makes a plan the active one (the previous one can be restored in the app).",
    )
    plan_commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    validate = plan_commands.add_parser(
        "validate",
        help="check plan files: every problem, with the file, the field and what is expected",
        description="Exit 0 when every file is a valid plan, 1 otherwise.",
    )
    validate.add_argument("files", type=Path, nargs="+", metavar="FILE")
    adopt = plan_commands.add_parser(
        "import",
        help="make a plan the active one (its routines, reminders and heat limits)",
        description="Checks the plan, shows what changes, and makes it the active plan.",
    )
    adopt.add_argument("file", type=Path, metavar="FILE")
    started = commands.add_parser(
        "start",
        help="start a routine in Coach (starting Coach if needed); --list shows the ids",
        description="Starts the routine ROUTINE_ID: in the Coach that is already running, or by "
        "starting Coach with it (for desktop shortcuts and scripts). `coach start --list` prints "
        "the id and name of every routine you can start, and starts nothing.",
    )
    started.add_argument("routine_id", nargs="?", metavar="ROUTINE_ID")
    started.add_argument(
        "--list", action="store_true", help="print the ids and names of the routines, then exit"
    )
    opened = commands.add_parser(
        "open",
        help="open the app and offer to adopt a plan file (what the desktop does for .coachplan)",
    )
    opened.add_argument("file", type=Path, metavar="FILE")
    return parser


def _with_open_command(argv: Sequence[str]) -> list[str]:
    """`coach FILE` (how desktops open a .coachplan file) means `coach open FILE`; any other
    unknown word stays an unknown command."""
    words = list(argv)
    for index, word in enumerate(words):
        if word.startswith("-"):
            continue
        if word.lower().endswith(".coachplan") or (
            word not in COMMANDS and Path(word).suffix and Path(word).is_file()
        ):
            return [*words[:index], "open", *words[index:]]
        break
    return words


COMMANDS = ("selftest", "export", "import", "report", "plan", "open", "start")


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
    args = build_parser().parse_args(_with_open_command(words))
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
        "plan": _plan_command,
        "start": _start_command,
    }
    return run.get(args.command, _gui_command)(args)


def _gui_command(args: argparse.Namespace) -> int:
    """The app itself, or its self-test: both need a display and Qt."""
    problem = display_problem()
    if problem:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
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
            added = data.import_backup(args.path)
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


def _report_command(args: argparse.Namespace) -> int:
    """`coach report`: the PDF, drawn by Qt offscreen when there is no display."""
    import os  # noqa: PLC0415

    problem = (
        "--to must not be before --from"
        if args.last < args.first
        else _missing_folder(args.out, is_folder=False)
    )
    if problem:
        print(f"coach: {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    if display_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from coach.clock import SystemClock  # noqa: PLC0415
        from coach.services.errors import ServiceError  # noqa: PLC0415
        from coach.services.report import PeriodError, ReportRequest  # noqa: PLC0415
        from coach.ui.dialogs.report import write_report  # noqa: PLC0415
        from coach.ui.lifecycle import i18n  # noqa: PLC0415
        from coach.ui.lifecycle.startup import create_application, open_services  # noqa: PLC0415
        from coach.ui.runners.reminder_controller import system_zone  # noqa: PLC0415
    except ImportError as error:
        print(f"coach: {explain_import_error(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    app = create_application()
    try:
        services = open_services(SystemClock())
    except ServiceError as error:
        print(f"coach: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    i18n.install(services.settings.value.language, app)  # the report in the user's language
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


def _plan_command(args: argparse.Namespace) -> int:
    """`coach plan validate` and `coach plan import`: no Qt, so they work without a display."""
    from coach.domain.plan import PlanError  # noqa: PLC0415
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
            count = len(plan.routines)
            print(f'{file}: valid plan "{plan.title}" ({count} routine{"s" if count > 1 else ""})')
        return status
    try:
        plan = read_plan(args.file)
    except PlanError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return EXIT_USER_ERROR
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
