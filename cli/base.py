"""What every headless command shares: the exit codes, the JSON output, the option types, signing in."""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from decimal import Decimal
from pathlib import Path

from core.errors import FieldError, ValidationError
from core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

# core.store (sqlite_utils) is imported where it is used: main.py without a command imports the cli package
# to read the window's options (window_options), and the window paints before opening the database.


DATABASE_URL_VARIABLE = "CUSTOMSDESK_DATABASE_URL"

EXIT_OK, EXIT_CHECK_FAILED, EXIT_INVALID, EXIT_LOGIN, EXIT_DATABASE = 0, 1, 2, 3, 4


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path,
                        help=QT_TRANSLATE_NOOP("Cli", "folder holding the database (default: the user's data folder)"))
    parser.add_argument("--database-url", metavar="URL",
                        help=QT_TRANSLATE_NOOP("Cli", "the office database on a PostgreSQL server, e.g. "
                                                      "postgresql://clerk@server/customsdesk?sslmode=require (default: "
                                                      "$CUSTOMSDESK_DATABASE_URL, else the data folder's own database); "
                                                      "the password comes from PGPASSWORD, the system keyring "
                                                      "(db-password) or a password file (~/.pgpass, PGPASSFILE), "
                                                      "never from this option"))
    parser.add_argument("--user", dest="login", metavar="NAME", help=QT_TRANSLATE_NOOP("Cli", "act as this user"))
    parser.add_argument("--password-file", dest="login_password_file", type=Path, metavar="FILE",
                        help=QT_TRANSLATE_NOOP("Cli", "file whose first line is the user's password"))
    parser.add_argument("--lang", choices=sorted(LANGUAGES), metavar="{en,cs,de,pl}",
                        help=QT_TRANSLATE_NOOP("Cli", "language of the messages people read (JSON keys and codes never change); the window: "
                             "as chosen in its settings, else the desktop's; the commands: English"))


ARGPARSE_WORDS = (  # argparse's own words in a --help, translated like the commands' texts
    QT_TRANSLATE_NOOP("Cli", "usage: "), QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"), QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
)


def language_asked(argv: list[str]) -> str | None:
    """The language given with --lang (before any "--"), if it is one of ours: a --help is written in it."""
    for position, word in enumerate(argv):
        if word == "--":
            break
        value = argv[position + 1] if word == "--lang" and position + 1 < len(argv) else word.partition("--lang=")[2]
        if value in LANGUAGES:
            return value
    return None


class TranslatedHelp(argparse.HelpFormatter):
    """A --help in the installed language: the texts marked QT_TRANSLATE_NOOP("Cli", …) and argparse's own words."""

    def start_section(self, heading):
        super().start_section(translate("Cli", heading) if heading else heading)

    def add_text(self, text):
        super().add_text(translate("Cli", text) if text and text is not argparse.SUPPRESS else text)

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, translate("Cli", "usage: ") if prefix is None else prefix)

    def _get_help_string(self, action):
        return translate("Cli", action.help) if action.help else action.help


class Parser(argparse.ArgumentParser):
    """Usage errors in the commands' contract: {"errors": [{"field": "--option", "message"}]} on stdout, exit 2
    (and argparse's usage line and message on stderr, for people). Its --help speaks the language asked."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", TranslatedHelp)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        print_json({"errors": [{"field": field, "message": message} for field in _fields_of(message)]})
        sys.exit(EXIT_INVALID)


def _fields_of(message: str) -> list[str | None]:
    """The options a message of argparse is about ("argument --org: ...", "... required: --name, --eori")."""
    about = re.match(r"argument ([^:]+): ", message)
    if about:
        return [about.group(1).split("/")[-1]]
    required = re.match(r"the following arguments are required: (.+)", message)
    if required:
        return [name.strip().split("/")[-1] for name in required.group(1).split(",")]
    return [None]


MAX_ROW_ID = 2 ** 63 - 1  # SQLite's largest integer


MAX_SECONDS = 366 * 24 * 3600


def whole_number(text: str, low: int, high: int, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise argparse.ArgumentTypeError(f"'{text}' is not {what}: give a whole number from {low} to {high}")
    return value


def row_id(text: str) -> int:
    return whole_number(text, 1, MAX_ROW_ID, "a record number")


def limit(text: str) -> int:
    if text.strip() == "-1":  # all entries, as when the option is left out
        return -1
    return whole_number(text, 0, MAX_ROW_ID, "a number of entries")


def port(text: str) -> int:
    return whole_number(text, 0, 65535, "a port (0 picks a free one)")


def paper_number(text: str) -> int:
    return whole_number(text, 0, 10 ** 12 - 1, "a paper declaration number")


def months(text: str) -> int:
    return whole_number(text, 1, 120, "a number of months")


def percent(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= 100:  # NaN compares False
        raise argparse.ArgumentTypeError(f"'{text}' is not a percentage: give one from 0 to 100, e.g. 5")
    return value


def whole_seconds(text: str) -> int:
    return whole_number(text, 0, MAX_SECONDS, "a number of seconds")


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_SECONDS:  # NaN compares False
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds: give one from 0 to {MAX_SECONDS}, "
                                         "e.g. 2.5")
    return value


def day_or_time(text: str) -> str:
    """A day (YYYY-MM-DD) or a time, as the audit log's times are written (UTC: YYYY-MM-DDTHH:MM:SSZ)."""
    from datetime import UTC, date, datetime

    problem = (f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-01, or a time (UTC) as "
               "YYYY-MM-DDTHH:MM:SS")
    text = text.strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def date_arg(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-01") from None


def context_of(args):
    from core.installation import open_context

    password = read_password(args.login_password_file, "--password-file") if args.login_password_file else None
    if password is not None and not args.login:
        raise ValidationError([FieldError("user", translate("Commands", "--password-file needs --user NAME: say whose password it is."))])
    from core.installation import tightened_message
    from simulator.pki import TRAINING_HOOKS

    context = open_context(args.data_dir, user=args.login, password=password, hooks=TRAINING_HOOKS,
                           database_url=database_url_of(args))
    if context.installation.tightened:  # stdout stays the command's JSON
        print(f"Note: {tightened_message(context.installation.tightened)}.", file=sys.stderr)
    return context


def database_url_of(args) -> str | None:
    """The office database asked for: --database-url, else $CUSTOMSDESK_DATABASE_URL; None for the data folder's."""
    if args.database_url:
        check_no_password(args.database_url, "--database-url")
        return args.database_url
    return os.environ.get(DATABASE_URL_VARIABLE) or None


def check_no_password(url: str, option: str) -> None:
    from core.store.office import has_password

    if has_password(url):
        raise ValidationError([FieldError(option, translate(
            "Commands", "A command line is shown to everyone on the computer and kept in logs: leave the password "
                        "out of {option} and keep it in the system keyring with db-password, or give it in "
                        "PGPASSWORD or a password file (~/.pgpass).").format(
            option=option))])


def read_password(path: Path, option: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError([FieldError(option, translate("Commands", "Cannot read the password file {path}: {reason}.").format(
            path=path, reason=getattr(exc, "strerror", None) or exc))]) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ValidationError([FieldError(option, translate(
            "Commands", "The password file {path} is empty: put the password on its first line.").format(path=path))])
    return lines[0]


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_error(message: str) -> None:
    print(message, file=sys.stderr)
