"""Headless commands: ``python main.py [--data-dir DIR] COMMAND``.

A stable contract for scripting and support: JSON on stdout, exit 0 on success,
1 for a failed check, 2 for invalid input (with {"errors": [...]}), 3 when signing in
fails or the user may not do it, 4 when the database cannot be used.

``--user NAME --password-file FILE`` act as that user; without them, the administrator of a
single-user installation (one who has not set a password yet).
"""
from __future__ import annotations

import argparse
import logging
import sys

from cli import certificates, continuity, messaging, office, register, suma, users
from cli.base import (
    EXIT_DATABASE,
    EXIT_INVALID,
    EXIT_LOGIN,
    EXIT_OK,
    Parser,
    add_global_options,
    language_asked,
    print_error,
    print_json,
)
from core.errors import LoginFailed, NotPermitted, UserError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate

SIMULATOR_LOG_FILE = "simulator.log"  # the simulator runs beside the window: two processes must not rotate one file

log = logging.getLogger(__name__)


def window_options(argv: list[str] | None = None) -> argparse.Namespace | None:
    """The global options when no command is given (the window starts), else None.

    Reads them without building every command's parser, which the window's start would wait for.
    """
    parser = Parser(prog="customsdesk", add_help=False)  # a bad global option: the commands' JSON error
    add_global_options(parser)
    # the bundle's smoke test (installer/build.py): start, open a new data folder, paint once, check, quit
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    options, rest = parser.parse_known_args(argv)
    return None if rest else options


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="customsdesk",
                    description=QT_TRANSLATE_NOOP("Cli", "CustomsDesk: NCTS guarantees and customs messages."))
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        area.add_commands(sub)
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; a --help is written in the language asked with --lang."""
    _speak(language_asked(sys.argv[1:] if argv is None else argv))
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    from core.installation import default_data_dir
    from core.logs import LOG_FILE_NAME, start_logging, stop_logging

    start_logging(args.data_dir or default_data_dir(), f"command {args.command}",
                  SIMULATOR_LOG_FILE if args.command == "simulator" else LOG_FILE_NAME)
    _speak(args.lang)
    try:
        return _run_command(args)
    except BrokenPipeError:  # the reader went away (`... | head`): what it wanted it got; nothing more to say
        _silence_stdout()
        return EXIT_OK
    finally:
        stop_logging()


def _speak(language: str | None) -> None:
    """The messages people read in ``language`` (English unless asked: a script's output stays the same on any
    desktop)."""
    from languages import install_language

    install_language(language or "en")


def _silence_stdout() -> None:
    """Python flushes stdout at exit; with the pipe gone that would print a traceback."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _run_command(args: argparse.Namespace) -> int:
    import sqlite3

    from core.store import DatabaseProblem
    from core.suma.rules import Refused

    command = COMMANDS[args.command]
    try:
        return command(args)
    except DatabaseProblem as exc:
        log.exception("%s: the database cannot be opened", args.command)
        print_error(str(exc))
        return EXIT_DATABASE
    except (LoginFailed, NotPermitted) as exc:
        log.warning("%s refused: %s", args.command, exc, exc_info=True)
        print_json({"errors": [{"field": "user" if isinstance(exc, NotPermitted) else "password", "message": str(exc)}]})
        print_error(str(exc))
        return EXIT_LOGIN
    except sqlite3.OperationalError as exc:
        from core.installation import default_data_dir
        from core.store.database import DATABASE_FILE_NAME, disk_full, is_disk_full

        log.exception("%s: the database cannot be used", args.command)
        data_dir = args.data_dir or default_data_dir()
        if is_disk_full(exc, data_dir):
            print_error(str(disk_full(data_dir / DATABASE_FILE_NAME)))
        else:
            print_error(translate("Commands", "The database cannot be used right now ({reason}); nothing was changed. "
                                   "Try again, or close the other program that holds it.").format(reason=exc))
        return EXIT_DATABASE
    except ValidationError as exc:
        log.warning("%s refused: %s", args.command, exc, exc_info=True)
        print_json({"errors": [e.as_dict() for e in exc.errors]})
        return EXIT_INVALID
    except Refused as exc:
        log.warning("%s refused: %s", args.command, exc)
        print_json({"errors": [p.as_dict() for p in exc.problems]})
        return EXIT_INVALID
    except UserError as exc:
        log.warning("%s refused: %s", args.command, exc, exc_info=True)
        print_json({"errors": [{"field": None, "message": str(exc)}]})
        return EXIT_INVALID
    except Exception:
        log.exception("%s failed", args.command)
        raise


AREAS = (register, messaging, suma, users, certificates, continuity, office)
COMMANDS = {name: command for area in AREAS for name, command in area.COMMANDS.items()}
