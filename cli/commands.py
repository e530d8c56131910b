"""Headless commands: ``python main.py [--data-dir DIR] COMMAND``.

A stable contract for scripting and support: JSON on stdout, exit 0 on success,
1 for a failed check, 2 for invalid input (with {"errors": [...]}), 3 when signing in
fails or the user may not do it, 4 when the database cannot be used.

``--user NAME --password-file FILE`` act as that user; without them, the administrator of a
single-user installation (one who has not set a password yet).
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
from decimal import Decimal
from pathlib import Path

from core.errors import (
    FieldError,
    LoginFailed,
    NotPermitted,
    UserError,
    ValidationError,
)

# core.store (sqlite_utils) is imported where it is used: main.py without a command imports this module
# to read the window's options (window_options), and the window paints before opening the database.

EXIT_OK, EXIT_CHECK_FAILED, EXIT_INVALID, EXIT_LOGIN, EXIT_DATABASE = 0, 1, 2, 3, 4
SIMULATOR_LOG_FILE = "simulator.log"  # the simulator runs beside the window: two processes must not rotate one file

log = logging.getLogger(__name__)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="folder holding the database (default: the user's data folder)")
    parser.add_argument("--user", dest="login", metavar="NAME", help="act as this user")
    parser.add_argument("--password-file", dest="login_password_file", type=Path, metavar="FILE",
                        help="file whose first line is the user's password")


def window_options(argv: list[str] | None = None) -> argparse.Namespace | None:
    """The global options when no command is given (the window starts), else None.

    Reads them without building every command's parser, which the window's start would wait for.
    """
    parser = argparse.ArgumentParser(prog="customsdesk", add_help=False)
    _add_global_options(parser)
    options, rest = parser.parse_known_args(argv)
    return None if rest else options


class _Parser(argparse.ArgumentParser):
    """Usage errors in the commands' contract: {"errors": [{"field": "--option", "message"}]} on stdout, exit 2
    (and argparse's usage line and message on stderr, for people)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        _print_json({"errors": [{"field": field, "message": message} for field in _fields_of(message)]})
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="customsdesk", description="CustomsDesk: NCTS guarantees and customs messages.")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("init", help="create or migrate the database")
    sub.add_parser("demo", help="load the demo organisations, guarantees and parameter sets")
    p = sub.add_parser("import-reference", help="import EU CS/RD2 code lists and the customs office list")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p = sub.add_parser("grn-check", help="check a GRN and its check digit")
    p.add_argument("grn")
    p.add_argument("--type", dest="guarantee_type")

    p = sub.add_parser("org-add", help="add an organisation")
    p.add_argument("--name", required=True)
    p.add_argument("--eori", required=True)
    p.add_argument("--country", required=True)
    for option in ("branch", "street", "postcode", "city", "contact", "email", "phone", "note"):
        p.add_argument(f"--{option}", default=None)

    p = sub.add_parser("guarantee-add", help="add a guarantee to an organisation")
    p.add_argument("--org", type=_row_id, required=True)
    p.add_argument("--type", required=True, dest="guarantee_type")
    p.add_argument("--grn", default="")
    p.add_argument("--other-ref", default="")
    p.add_argument("--office", default="")
    p.add_argument("--amount")
    p.add_argument("--currency", default="")
    p.add_argument("--params", type=_row_id)
    p.add_argument("--description", default="")
    p.add_argument("--override-check-digit", action="store_true",
                   help="keep a GRN whose only fault is its check digit (training data)")

    for name, what in (("orgs", "organisations"), ("guarantees", "guarantees")):
        p = sub.add_parser(name, help=f"list {what}")
        p.add_argument("--json", action="store_true", help="print JSON")
        if name == "guarantees":
            p.add_argument("--org", type=_row_id)
    _add_messaging_commands(sub)
    _add_suma_commands(sub)
    _add_user_commands(sub)
    _add_onboarding_commands(sub)
    _add_certificate_commands(sub)
    _add_continuity_commands(sub)
    return parser


INCIDENT_KINDS = ("customs-planned", "customs-unplanned", "own-system", "link")
INCIDENT_TEXTS = (("start", "when it started: YYYY-MM-DDTHH:MM, local time or with the time zone (default: now)"),
                  ("expected-end", "a planned outage: when customs expect it to end"),
                  ("end", "when it ended"), ("eori", "own-system: the authorised consignee's EORI"),
                  ("cause", "the cause, if known"), ("ticket", "the service desk's ticket number"),
                  ("administration", "CZ, DE or PL"), ("gateway", "the gateway concerned"), ("notes", "free notes"))


def _add_continuity_commands(sub) -> None:
    p = sub.add_parser("incidents", help="the incident log: outages of customs, of our own system and of the link")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--state", choices=["draft", "open", "closed"])
    p = sub.add_parser("incident-open", help="record an incident (with --end: one that is over); prints it")
    p.add_argument("--kind", required=True, choices=INCIDENT_KINDS)
    for option, what in INCIDENT_TEXTS:
        p.add_argument(f"--{option}", help=what)
    p.add_argument("--confirmed", choices=["yes", "no", "refused"], help="own-system: the service desk's answer")
    p = sub.add_parser("incident-update", help="correct or complete an incident (a detected draft becomes yours)")
    p.add_argument("id", type=_row_id, metavar="ID")
    p.add_argument("--kind", choices=INCIDENT_KINDS)
    for option, what in INCIDENT_TEXTS:
        p.add_argument(f"--{option}", help=f"{what} ('' clears it)")
    p.add_argument("--confirmed", choices=["yes", "no", "refused", ""], help="own-system: the service desk's answer")
    p = sub.add_parser("incident-close", help="the outage is over; prints the incident")
    p.add_argument("id", type=_row_id, metavar="ID")
    p.add_argument("--end", help="when it ended (default: now)")
    p = sub.add_parser("incident-report", help="write the report of an incident for the customs service desk")
    p.add_argument("id", type=_row_id, metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--format", choices=["pdf", "csv"], help="default: as FILE ends (.csv), else pdf")
    p.add_argument("--force", action="store_true", help="replace FILE when it exists")
    p = sub.add_parser("incident-pending", help="outbound messages queued or sent without an answer during an "
                                                "incident: declarations to withdraw")
    p.add_argument("id", type=_row_id, metavar="ID")

    p = sub.add_parser("bcp-range-add", help="a range of paper declaration numbers the office allocated")
    p.add_argument("--office", required=True, help="the customs office the range belongs to, e.g. DE004600")
    p.add_argument("--first", required=True, type=_paper_number)
    p.add_argument("--last", required=True, type=_paper_number)
    p.add_argument("--prefix", default="", help="written before the number, e.g. BCP-")
    sub.add_parser("bcp-ranges", help="the paper number ranges").add_argument("--json", action="store_true")
    p = sub.add_parser("bcp-add", help="record a movement handled on paper (BCP); prints it with its deadline")
    p.add_argument("--country", required=True, help="the country of destination, e.g. DE")
    p.add_argument("--office-destination", required=True, metavar="OFFICE")
    p.add_argument("--taken-over", required=True, metavar="ISO", help="when the goods were taken over")
    p.add_argument("--document-number", metavar="N", help="the paper declaration's number (default: the next of "
                                                           "a range of the office of destination)")
    p.add_argument("--kind", choices=["BCP-TAD", "TAD"], default="BCP-TAD", help="the paper document")
    p.add_argument("--office-departure", metavar="OFFICE", default="")
    p.add_argument("--incident", type=_row_id, metavar="ID", help="the incident that made it go on paper")
    p.add_argument("--notes", default="")
    p = sub.add_parser("bcp", help="the movements handled on paper, with deadlines and reminders")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--due", action="store_true", help="only those due today, tomorrow or overdue")
    p = sub.add_parser("bcp-presented", help="the endorsed paper document was presented at the office of destination")
    p.add_argument("id", type=_row_id, metavar="ID")
    p.add_argument("--at", metavar="ISO", help="when (default: now)")
    p = sub.add_parser("bcp-send", help="refused: a movement handled on paper is never sent electronically")
    p.add_argument("id", type=_row_id, metavar="ID")
    p = sub.add_parser("bcp-share", help="per month: movements on paper, messages declared electronically, the share")
    p.add_argument("--months", type=_months, default=6)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("bcp-settings", help="show or set the offices' regions and the share that draws a warning")
    p.add_argument("--office-regions", metavar="TEXT", help="e.g. 'DE004600=HH DE002601=NW' ('' for none)")
    p.add_argument("--share-warning", type=_percent, metavar="PERCENT", help="warn above this share (default 5)")


def _add_certificate_commands(sub) -> None:
    p = sub.add_parser("cert-inspect", help="check a certificate file (PEM, DER, PKCS#12) for signing customs messages")
    p.add_argument("file", type=Path)
    p.add_argument("--password-stdin", action="store_true", help="read the PKCS#12 or key password from stdin")
    p = sub.add_parser("cert-import", help="import the participant certificate of an EORI (PKCS#12 with its key), "
                                           "or with --customs an administration's encryption certificate")
    p.add_argument("file", type=Path)
    whose = p.add_mutually_exclusive_group(required=True)
    whose.add_argument("--eori", help="the EORI whose participant certificate it is (it replaces the current one)")
    whose.add_argument("--customs", metavar="ADMINISTRATION", help="CZ, DE or PL: a customs encryption certificate")
    p.add_argument("--environment", default="production", help="with --customs: production, test or training")
    p.add_argument("--takes-effect", type=_date, help="with --customs: the day customs switch to it (YYYY-MM-DD)")
    p.add_argument("--password-stdin", action="store_true", help="read the PKCS#12 or key password from stdin")
    p = sub.add_parser("certs", help="list the certificates with their checks and expiry warnings")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="also the replaced ones (history)")
    p = sub.add_parser("cert-export", help="write the public certificate only (never the key) to a file")
    p.add_argument("id", type=_row_id, help="the certificate's id (see certs)")
    p.add_argument("file", type=Path, help="FILE.pem, or FILE.cer/.der for DER")
    p.add_argument("--force", action="store_true", help="replace FILE when it exists")


def _add_user_commands(sub) -> None:
    p = sub.add_parser("user-add", help="add a user (administrators)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=["admin", "officer", "declarant"])
    p.add_argument("--level", default="basic", choices=["basic", "advanced"],
                   help="advanced acts for organisations and needs the identity confirmed (default: basic)")
    p.add_argument("--password-file", required=True, type=Path, help="file whose first line is the new password")
    p.add_argument("--full-name", default="")
    p.add_argument("--email", default="")
    p.add_argument("--identity", default=None,
                   help="how the identity was confirmed (advanced level; default: confirmed by the administrator)")
    sub.add_parser("users", help="list the users").add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("passwd", help="change your password")
    p.add_argument("--new-password-file", required=True, type=Path)
    p = sub.add_parser("user-reset", help="set a new password for a user (administrators; their codes are lost)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--password-file", required=True, type=Path)
    p = sub.add_parser("represent", help="let a user (or an agency organisation) act for an organisation")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", dest="rep_user", metavar="NAME", help="the person who represents")
    who.add_argument("--agency", type=_row_id, metavar="ORG_ID", help="the agency organisation that represents")
    p.add_argument("--org", type=_row_id, required=True, metavar="ID", help="the organisation represented")
    p.add_argument("--rights", required=True, choices=["basic", "extended"])
    p.add_argument("--kind", default=None, choices=["owner", "employee", "proxy"])
    p.add_argument("--basis", default=None, help="power of attorney reference")
    p.add_argument("--from", dest="valid_from", type=_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--until", type=_date, help="last day, YYYY-MM-DD (default: open-ended)")
    p = sub.add_parser("representations", help="list representations")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("audit", help="the audit log, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--who", help="only this user's entries")
    p.add_argument("--action", help="only this action (e.g. spk_used, login_failed)")
    p.add_argument("--grn")
    p.add_argument("--since", type=_day_or_time, help="YYYY-MM-DD, or a time (UTC) YYYY-MM-DDTHH:MM:SS")
    p.add_argument("--until", type=_day_or_time, help="YYYY-MM-DD (the whole day), or a time (UTC)")
    p.add_argument("--limit", type=_limit, default=-1, help="at most this many entries (default: all)")


def _add_messaging_commands(sub) -> None:
    p = sub.add_parser("codes-set", help='store your access codes for a guarantee: JSON {"pac", "new_pac", "spk": [...]} on stdin')
    p.add_argument("grn")
    p = sub.add_parser("codes-show", help="show your own access codes for a guarantee")
    p.add_argument("grn")
    p = sub.add_parser("register-codes", help="queue the access code registration (E_ACC_COD) with your codes")
    p.add_argument("grn")
    p.add_argument("--urgent", action="store_true",
                   help="send it before the others (first when the gateway is back after an outage)")
    p.add_argument("--send", action="store_true", help="send it now and fetch answers (like sync)")
    p = sub.add_parser("query", help="queue a guarantee query (CC034C) for one or more GRNs")
    p.add_argument("grns", nargs="+", metavar="GRN")
    p.add_argument("--kind", required=True, choices=["usage", "balance", "info"])
    p.add_argument("--from", dest="period_from", type=_date, help="usage period start, YYYY-MM-DD (default: 30 days ago)")
    p.add_argument("--to", dest="period_to", type=_date, help="usage period end, YYYY-MM-DD (default: today)")
    p.add_argument("--unreleased", action="store_true",
                   help="usage without a period: only the operations not yet released")
    p.add_argument("--urgent", action="store_true",
                   help="send it before the others (first when the gateway is back after an outage)")
    p.add_argument("--send", action="store_true", help="send it now and fetch answers (like sync)")
    sub.add_parser("sync", help="send the outbox, fetch and apply the inbox; prints a JSON summary")
    p = sub.add_parser("messages", help="list messages in and out")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--grn")
    p.add_argument("--direction", choices=["in", "out"])
    p.add_argument("--state")
    p.add_argument("--type", dest="message_type")
    p.add_argument("--search", help="full-text search")
    p = sub.add_parser("message-show", help="print a message as XML or as its preview HTML")
    p.add_argument("id", help="the message's number or its message identification")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--xml", action="store_true")
    group.add_argument("--html", action="store_true")
    group.add_argument("--json", action="store_true", help="its fields and its history")
    p = sub.add_parser("message-retry", help="apply a quarantined answer again at the next send and receive")
    p.add_argument("id", help="the message's number")
    p = sub.add_parser("params", help="list the communication parameter sets")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("params-set", help="change a communication parameter set; prints it")
    p.add_argument("id", type=_row_id, help="the parameter set's id (see params)")
    for option, what in (("name", "its name"), ("gateway", "the gateway: an http(s) URL or a mailbox folder"),
                         ("eori", "the participant's EORI"), ("participant-code", "the participant code"),
                         ("permit", "the NCTS permit number")):
        p.add_argument(f"--{option}", help=what)
    p = sub.add_parser("validate-message", help="check a message file against the schemas")
    p.add_argument("file", type=Path)
    p = sub.add_parser("simulator", help="run the customs simulator (training environment) on loopback")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_port, default=8720)
    p.add_argument("--register", type=Path, help="JSON file of register entries to add or replace")
    p.add_argument("--throttle-seconds", type=_whole_seconds, default=60, help="minimum time between queries on one GRN")
    p.add_argument("--schemas", type=Path, help="folder of official XSDs to validate against as well")
    p.add_argument("--mailbox", type=Path, help="also serve a mailbox folder (out/ and in/)")
    p.add_argument("--outage", action="store_true", help="start in a simulated outage")
    p.add_argument("--answer-delay", type=_seconds, help="seconds before answers become available")


def _add_suma_commands(sub) -> None:
    p = sub.add_parser("suma-import", help="a summary declaration (ATLAS CUSPRL) from a JSON file: new, or with --id "
                                           "replacing the working copy of one")
    p.add_argument("file", type=Path, help="the JSON declaration ('-' for stdin)")
    p.add_argument("--id", type=_row_id, dest="declaration_id", help="the declaration whose working copy it replaces")
    p = sub.add_parser("suma-send", help="check a summary declaration against what customs hold and queue it")
    p.add_argument("declaration_id", type=_row_id, metavar="ID")
    p.add_argument("--kind", required=True, choices=["VSA", "VSM", "ESA", "ESV"])
    p.add_argument("--flag", choices=["1", "2", "3"], help="the confirmation flag (ESA: 1 or 2; ESV: 3)")
    p.add_argument("--positions", type=_numbers, help="the positions to send or confirm, e.g. 1,2,5")
    p = sub.add_parser("suma", help="list the summary declarations")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("suma-show", help="a summary declaration with its positions")
    p.add_argument("declaration_id", type=_row_id, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")


def _numbers(text: str) -> list[int]:
    try:
        numbers = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a list of position numbers: write e.g. 1,2,5") from None
    if not numbers or any(not 1 <= n <= 9999 for n in numbers):
        raise argparse.ArgumentTypeError("position numbers run from 1 to 9999, e.g. 1,2,5")
    return numbers


def _add_onboarding_commands(sub) -> None:
    p = sub.add_parser("onboarding", help="the onboarding checklists of the participant certificate, per EORI and "
                                          "administration")
    p.add_argument("--eori", help="only this EORI")
    p.add_argument("--administration", help="only this administration: CZ, DE or PL")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("onboarding-step", help="record the state of one onboarding step; prints the checklist")
    p.add_argument("eori", metavar="EORI")
    p.add_argument("administration", metavar="ADMINISTRATION", help="CZ, DE or PL")
    p.add_argument("step", metavar="STEP", help="apply, register, send_to_gateway or send_password")
    p.add_argument("--state", required=True, help="open, in_progress, done or not_needed")
    p.add_argument("--started-on", type=_date, help="YYYY-MM-DD")
    p.add_argument("--done-on", type=_date, help="YYYY-MM-DD (default for a done step: today)")
    p.add_argument("--reference", help="the ticket number (step send_to_gateway) or order number (step apply)")
    p.add_argument("--note", help="why a step is not needed, or any remark")


MAX_ROW_ID = 2 ** 63 - 1  # SQLite's largest integer
MAX_SECONDS = 366 * 24 * 3600


def _whole_number(text: str, low: int, high: int, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise argparse.ArgumentTypeError(f"'{text}' is not {what}: give a whole number from {low} to {high}")
    return value


def _row_id(text: str) -> int:
    return _whole_number(text, 1, MAX_ROW_ID, "a record number")


def _limit(text: str) -> int:
    if text.strip() == "-1":  # all entries, as when the option is left out
        return -1
    return _whole_number(text, 0, MAX_ROW_ID, "a number of entries")


def _port(text: str) -> int:
    return _whole_number(text, 0, 65535, "a port (0 picks a free one)")


def _paper_number(text: str) -> int:
    return _whole_number(text, 0, 10 ** 12 - 1, "a paper declaration number")


def _months(text: str) -> int:
    return _whole_number(text, 1, 120, "a number of months")


def _percent(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= 100:  # NaN compares False
        raise argparse.ArgumentTypeError(f"'{text}' is not a percentage: give one from 0 to 100, e.g. 5")
    return value


def _whole_seconds(text: str) -> int:
    return _whole_number(text, 0, MAX_SECONDS, "a number of seconds")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_SECONDS:  # NaN compares False
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds: give one from 0 to {MAX_SECONDS}, "
                                         "e.g. 2.5")
    return value


def _day_or_time(text: str) -> str:
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


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-01") from None


def run(args: argparse.Namespace) -> int:
    from core.logs import LOG_FILE_NAME, start_logging, stop_logging
    from core.installation import default_data_dir

    start_logging(args.data_dir or default_data_dir(), f"command {args.command}",
                  SIMULATOR_LOG_FILE if args.command == "simulator" else LOG_FILE_NAME)
    try:
        return _run_command(args)
    except BrokenPipeError:  # the reader went away (`... | head`): what it wanted it got; nothing more to say
        _silence_stdout()
        return EXIT_OK
    finally:
        stop_logging()


def _silence_stdout() -> None:
    """Python flushes stdout at exit; with the pipe gone that would print a traceback."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _run_command(args: argparse.Namespace) -> int:
    import sqlite3

    from core.suma.rules import Refused

    from core.store import DatabaseProblem

    command = COMMANDS[args.command]
    try:
        return command(args)
    except DatabaseProblem as exc:
        log.exception("%s: the database cannot be opened", args.command)
        _print_error(str(exc))
        return EXIT_DATABASE
    except (LoginFailed, NotPermitted) as exc:
        log.warning("%s refused: %s", args.command, exc, exc_info=True)
        _print_json({"errors": [{"field": "user" if isinstance(exc, NotPermitted) else "password", "message": str(exc)}]})
        _print_error(str(exc))
        return EXIT_LOGIN
    except sqlite3.OperationalError as exc:
        from core.installation import default_data_dir
        from core.store.database import DATABASE_FILE_NAME, disk_full, is_disk_full

        log.exception("%s: the database cannot be used", args.command)
        data_dir = args.data_dir or default_data_dir()
        if is_disk_full(exc, data_dir):
            _print_error(str(disk_full(data_dir / DATABASE_FILE_NAME)))
        else:
            _print_error(f"The database cannot be used right now ({exc}); nothing was changed. Try again, or close "
                         "the other program that holds it.")
        return EXIT_DATABASE
    except ValidationError as exc:
        log.warning("%s refused: %s", args.command, exc, exc_info=True)
        _print_json({"errors": [e.as_dict() for e in exc.errors]})
        return EXIT_INVALID
    except Refused as exc:
        log.warning("%s refused: %s", args.command, exc)
        _print_json({"errors": [p.as_dict() for p in exc.problems]})
        return EXIT_INVALID
    except UserError as exc:
        log.warning("%s refused: %s", args.command, exc, exc_info=True)
        _print_json({"errors": [{"field": None, "message": str(exc)}]})
        return EXIT_INVALID
    except Exception:
        log.exception("%s failed", args.command)
        raise


def _context(args):
    from core.installation import open_context

    password = _read_password(args.login_password_file, "--password-file") if args.login_password_file else None
    if password is not None and not args.login:
        raise ValidationError([FieldError("user", "--password-file needs --user NAME: say whose password it is.")])
    from core.installation import tightened_message
    from simulator.pki import TRAINING_HOOKS

    context = open_context(args.data_dir, user=args.login, password=password, hooks=TRAINING_HOOKS)
    if context.installation.tightened:  # stdout stays the command's JSON
        print(f"Note: {tightened_message(context.installation.tightened)}.", file=sys.stderr)
    return context


def _read_password(path: Path, option: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError([FieldError(option, f"Cannot read the password file {path}: "
                                                  f"{getattr(exc, 'strerror', None) or exc}.")]) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ValidationError([FieldError(option, f"The password file {path} is empty: put the password on its "
                                                  "first line.")])
    return lines[0]


def cmd_init(args) -> int:
    context = _context(args)
    _print_json({"schema_version": context.store.schema_version, "path": str(context.store.path)})
    return EXIT_OK


def cmd_demo(args) -> int:
    from simulator.demo import load_demo

    _print_json(load_demo(_context(args)))
    return EXIT_OK


def cmd_import_reference(args) -> int:
    _print_json(_context(args).reference_data.import_files(args.files).as_dict())
    return EXIT_OK


def cmd_grn_check(args) -> int:
    from core.guarantees.grn import check_grn

    check = check_grn(args.grn, args.guarantee_type)
    _print_json(check.as_dict())
    return EXIT_OK if check.valid else EXIT_CHECK_FAILED


def cmd_org_add(args) -> int:
    from core.organisations import Organisation

    optional = {k: getattr(args, k) for k in ("branch", "street", "postcode", "city", "contact", "email", "phone", "note")
                if getattr(args, k) is not None}
    org = Organisation(name=args.name, eori=args.eori, country=args.country, **optional)
    _print_json(_context(args).organisations.add(org).as_dict())
    return EXIT_OK


def cmd_guarantee_add(args) -> int:
    from core.guarantees.model import Guarantee, parse_amount

    amount = None
    if args.amount is not None:
        try:
            amount = parse_amount(args.amount)
        except ValueError as exc:
            raise ValidationError([FieldError("amount", str(exc))]) from None
    g = Guarantee(org_id=args.org, type=args.guarantee_type, grn=args.grn, other_ref=args.other_ref,
                  office=args.office, amount=amount, currency=args.currency, params_id=args.params,
                  description=args.description, grn_override=args.override_check_digit)
    _print_json(_context(args).guarantees.add(g).as_dict())
    return EXIT_OK


def cmd_orgs(args) -> int:
    orgs = _context(args).organisations.list()
    if args.json:
        _print_json([o.as_dict() for o in orgs])
    else:
        for o in orgs:
            print(f"{o.id:>6}  {o.eori:<18} {o.country}  {o.name}")
    return EXIT_OK


def cmd_guarantees(args) -> int:
    guarantees = _context(args).guarantees.list(org_id=args.org)
    if args.json:
        _print_json([g.as_dict() for g in guarantees])
    else:
        for g in guarantees:
            amount = f"{g.amount} {g.currency}" if g.amount is not None else ""
            print(f"{g.id:>6}  org {g.org_id:<6} type {g.type}  {g.reference:<24} {g.office:<9} {amount}")
    return EXIT_OK


def _guarantee_by_grn(context, grn: str):
    from core.errors import NotFound
    from core.guarantees.grn import normalise_grn

    matches = context.guarantees.find_by_grn(normalise_grn(grn))
    if not matches:
        raise NotFound(f"No guarantee with GRN {normalise_grn(grn)} in the register: check the number or add it.")
    if len(matches) > 1:
        raise UserError(f"GRN {normalise_grn(grn)} is recorded {len(matches)} times (ids "
                        f"{', '.join(str(g.id) for g in matches)}): remove the duplicates first.")
    return matches[0]


def _codes_json(context, g) -> dict:
    codes = context.access_codes.codes_for(g.id)
    for kind in ("pac", "new_pac"):
        if getattr(codes, kind) is not None:
            context.access_codes.record_reveal(g.id, kind)
    reveal = lambda s: s.reveal() if s is not None else None
    return {"grn": g.grn, "user": context.user, "pac": reveal(codes.pac), "new_pac": reveal(codes.new_pac),
            "spk": [s.reveal() for s in codes.spks], "pac_holder": codes.pac_holder,
            "codes_registered_at": g.codes_registered_at}


def cmd_codes_set(args) -> int:
    from core.guarantees.access_codes import AccessCodes
    from core.secrets import Secret

    data = _codes_from_stdin()
    context = _context(args)
    g = _guarantee_by_grn(context, args.grn)
    current = context.access_codes.codes_for(g.id)
    secret = lambda v: Secret(str(v)) if v not in (None, "") else None
    codes = AccessCodes(
        pac=secret(data["pac"]) if "pac" in data else current.pac,
        new_pac=secret(data["new_pac"]) if "new_pac" in data else current.new_pac,
        spks=[Secret(str(v)) for v in data["spk"]] if "spk" in data else current.spks,
    )
    context.access_codes.save(g.id, codes)
    _print_json(_codes_json(context, g))
    return EXIT_OK


def _codes_from_stdin() -> dict:
    """{"pac": ..., "new_pac": ..., "spk": [...]} from stdin: each code a string (or a number), or null."""
    try:
        data = json.loads(sys.stdin.read() or "{}")
    except (ValueError, RecursionError) as exc:
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise ValidationError([FieldError("stdin", f"Not JSON ({why}): give {{\"pac\": ..., \"new_pac\": ..., "
                                                   "\"spk\": [...]}.")]) from None
    if not isinstance(data, dict) or not isinstance(data.get("spk", []), list):
        raise ValidationError([FieldError("stdin", 'Give a JSON object like {"pac": "AB12", "spk": ["CD34"]}; "spk" is a list.')])
    is_code = lambda v: isinstance(v, (str, int)) and not isinstance(v, bool)
    errors = [FieldError(kind, f'"{kind}" must be a code in quotes, e.g. "AB12", or null to clear it.')
              for kind in ("pac", "new_pac") if kind in data and data[kind] is not None and not is_code(data[kind])]
    if not all(is_code(v) for v in data.get("spk", [])):
        errors.append(FieldError("spk", '"spk" must be a list of codes in quotes, e.g. ["CD34", "EF56"].'))
    if errors:
        raise ValidationError(errors)
    return data


def cmd_codes_show(args) -> int:
    context = _context(args)
    _print_json(_codes_json(context, _guarantee_by_grn(context, args.grn)))
    return EXIT_OK


def _sync(context) -> dict:
    import asyncio

    return asyncio.run(context.messaging.sync()).as_dict()


def cmd_register_codes(args) -> int:
    context = _context(args)
    message = context.messaging.prepare_registration(_guarantee_by_grn(context, args.grn).id, urgent=args.urgent)
    output = {"queued": [_message_json(context, message.id)]}
    if args.send:
        output["sync"] = _sync(context)
        output["queued"] = [_message_json(context, message.id)]
    _print_json(output)
    return EXIT_OK


def cmd_query(args) -> int:
    from core.messages import QueryKind

    context = _context(args)
    ids = [_guarantee_by_grn(context, grn).id for grn in args.grns]
    messages = context.messaging.prepare_queries(ids, QueryKind.from_name(args.kind), args.period_from, args.period_to,
                                            unreleased_only=args.unreleased, urgent=args.urgent)
    output = {"queued": [_message_json(context, m.id) for m in messages]}
    if args.send:
        output["sync"] = _sync(context)
        output["queued"] = [_message_json(context, m.id) for m in messages]
    _print_json(output)
    return EXIT_OK


def cmd_sync(args) -> int:
    summary = _sync(_context(args))
    _print_json(summary)
    return EXIT_CHECK_FAILED if summary["problems"] else EXIT_OK


def _message_json(context, row_id: int) -> dict:
    message = context.messaging.store.get(row_id)
    data = message.as_dict()
    data["events"] = [e.__dict__ for e in context.messaging.store.events(row_id)]
    return data


def cmd_messages(args) -> int:
    from core.messaging.store import MessageFilter

    context = _context(args)
    flt = MessageFilter(direction=args.direction, state=args.state, message_type=args.message_type,
                        grn=args.grn, text=args.search)
    messages = context.messaging.store.list(flt)
    if args.json:
        _print_json([m.as_dict() for m in messages])
    else:
        for m in messages:
            print(f"{m.id:>6}  {m.direction:<3} {m.message_type:<9} {m.state:<11} {m.created_at}  {' '.join(m.grns)}  {m.result}")
    return EXIT_OK


def _message_row(context, given: str) -> int:
    """The number of the message given by its number or its message identification."""
    from core.errors import NotFound

    store = context.messaging.store
    if given.isascii() and given.isdigit() and int(given) > MAX_ROW_ID:
        raise ValidationError([FieldError("id", f"'{given}' is not a message number: give a whole number from 1 to "
                                                f"{MAX_ROW_ID}, or the message identification.")])
    row_id = int(given) if given.isascii() and given.isdigit() else store.find_id(given)
    if row_id is None:
        raise NotFound(f"No message with identification {given}: give its number or its full identification "
                       "(see 'messages --json').")
    store.require_visible(row_id)
    return row_id


def cmd_message_show(args) -> int:
    context = _context(args)
    store = context.messaging.store
    row_id = _message_row(context, args.id)
    if args.json:
        data = store.get(row_id).as_dict()
        data["history"] = [{"state": e.state, "at": e.at, "detail": e.detail} for e in store.events(row_id)]
        _print_json(data)
        return EXIT_OK
    xml, _ = store.content(row_id)
    if xml is None:
        raise UserError(f"Message {row_id} has no readable content (state: {store.get(row_id).state_label}); "
                        "see its history with 'messages --json'.")
    if args.xml:
        from core.messages import mask_access_codes

        shown = mask_access_codes(xml)  # access codes never leave the workstation in an export
        sys.stdout.buffer.write(shown if shown.endswith(b"\n") else shown + b"\n")
    else:
        from core.messages import explain, render_html

        print(render_html(xml, lambda code: explain(context.catalogue, code)))
    return EXIT_OK


def cmd_message_retry(args) -> int:
    context = _context(args)
    message = context.messaging.retry(_message_row(context, args.id))
    _print_json(_message_json(context, message.id))
    return EXIT_OK


def cmd_params(args) -> int:
    sets = _context(args).params.list()
    if args.json:
        _print_json([p.as_dict() for p in sets])
    else:
        for p in sets:
            print(f"{p.id:>4}  {p.administration} {p.environment:<10} {p.eori:<17} {p.participant_code:<10} {p.gateway}")
    return EXIT_OK


def cmd_params_set(args) -> int:
    context = _context(args)
    params = context.params.get(args.id)
    for option, field in (("name", "name"), ("gateway", "gateway"), ("eori", "eori"),
                          ("participant_code", "participant_code"), ("permit", "ncts_permit_number")):
        value = getattr(args, option)
        if value is not None:
            setattr(params, field, value)
    _print_json(context.params.save(params).as_dict())
    return EXIT_OK


def cmd_suma_import(args) -> int:
    from core.suma.rules import Code, Problem
    from core.suma.service import SumaInputError

    try:
        text = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as exc:
        raise ValidationError([FieldError("file", f"Cannot read {args.file}: {exc.strerror or exc}.")]) from None
    except (ValueError, RecursionError) as exc:
        raise SumaInputError([Problem(Code.FIELD_INVALID, f"The file is not JSON ({str(exc)[:120]}).", "file")]) \
            from None
    _print_json(_context(args).suma.import_json(data, args.declaration_id).as_dict())
    return EXIT_OK


def cmd_suma_send(args) -> int:
    from core.suma.model import Kind

    context = _context(args)
    message = context.suma.send(args.declaration_id, Kind(args.kind), args.flag, args.positions)
    _print_json({"queued": _message_json(context, message.id), "declaration": context.suma.as_json(
        args.declaration_id) | {"positions": None}})
    return EXIT_OK


def cmd_suma(args) -> int:
    rows = _context(args).suma.rows()
    if args.json:
        _print_json([r.as_dict() for r in rows])
    else:
        for r in rows:
            print(f"{r.id:>5}  {r.status.label:<8} {r.mrn or '':<18} {r.positions_confirmed:>5}/{r.positions_total:<5} "
                  f"{r.reference}  {r.last_error_code or ''}")
    return EXIT_OK


def cmd_suma_show(args) -> int:
    data = _context(args).suma.as_json(args.declaration_id)
    if args.json:
        _print_json(data)
    else:
        print(f"Declaration {data['id']}: status {data['status_label']}, MRN {data['mrn'] or '—'}, "
              f"{data['positions_confirmed']}/{data['positions_total']} positions confirmed")
    return EXIT_OK


def cmd_validate_message(args) -> int:
    from core.messages import SchemaSet
    from core.store import DatabaseProblem

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError([FieldError("file", f"Cannot read {args.file}: {exc.strerror or exc}.")]) from None
    folder = None
    try:
        folder = _context(args).schema_folder() if args.data_dir else None
    except DatabaseProblem:
        folder = None
    problems = SchemaSet(folder).validate(data)
    _print_json({"valid": not problems, "errors": [p.as_dict() for p in problems]})
    return EXIT_OK if not problems else EXIT_CHECK_FAILED


def cmd_simulator(args) -> int:
    from core.installation import default_data_dir
    from simulator.server import run as run_simulator

    return run_simulator(args.data_dir or default_data_dir(), host=args.host, port=args.port,
                         register_file=args.register, throttle_seconds=args.throttle_seconds,
                         schema_folder=args.schemas, mailbox=args.mailbox, outage=args.outage,
                         answer_delay=args.answer_delay)


def cmd_user_add(args) -> int:
    from datetime import date

    from core.users import Level, Role, User

    context = _context(args)
    level = Level(args.level)
    identity = args.identity if args.identity is not None else (
        f"confirmed by the administrator {context.user}" if level == Level.ADVANCED else "")
    user = User(login=args.name, role=Role(args.role), level=level, full_name=args.full_name, email=args.email,
                identity_method=identity, identity_confirmed_on=date.today().isoformat() if identity else None)
    password = _read_password(args.password_file, "--password-file")
    _print_json(context.users.add_user(context.session, user, password).as_dict())
    return EXIT_OK


def cmd_users(args) -> int:
    context = _context(args)
    users = context.users.list() if context.access.is_admin else [context.session.user]
    if args.json:
        _print_json([u.as_dict() for u in users])
    else:
        for u in users:
            print(f"{u.login:<20} {u.role.label:<18} {u.level.value:<9} {'active' if u.active else 'inactive'}  {u.full_name}")
    return EXIT_OK


def cmd_passwd(args) -> int:
    context = _context(args)
    if args.login_password_file is None:
        raise ValidationError([FieldError("password-file", "Changing a password needs the current one: give --user "
                                                           "NAME --password-file FILE before the command.")])
    old = _read_password(args.login_password_file, "--password-file")
    context.users.change_password(context.session, old, _read_password(args.new_password_file, "--new-password-file"))
    _print_json({"user": context.user, "password_changed": True})
    return EXIT_OK


def cmd_user_reset(args) -> int:
    context = _context(args)
    password = _read_password(args.password_file, "--password-file")
    impact = context.users.reset_password(context.session, args.name, password)
    _print_json({"user": impact.login, "password_reset": True, "codes_lost": impact.loses_codes,
                 "spks_lost": impact.spk_count, "pacs_lost": impact.pac_grns, "warning": impact.warning()})
    return EXIT_OK


def cmd_represent(args) -> int:
    """Add the representation, or update the existing one for the same organisation and representative."""
    from datetime import date

    from core.users import Representation, RepresentationKind, Rights

    context = _context(args)
    who = {"user_id": context.users.get(args.rep_user).id} if args.rep_user else {"agency_id": args.agency}
    rep = context.representations.find(args.org, **who) or Representation(
        org_id=args.org, rights=Rights.BASIC, kind=RepresentationKind.PROXY if args.agency else RepresentationKind.EMPLOYEE,
        **who)
    rep.rights = Rights.from_name(args.rights)
    rep.valid_to = args.until
    if args.valid_from is not None:
        rep.valid_from = args.valid_from
    elif rep.id is None:
        rep.valid_from = date.today()
    if args.kind is not None:
        rep.kind = RepresentationKind(args.kind)
    if args.basis is not None:
        rep.basis = args.basis
    saved = context.representations.save(rep)
    output = saved.as_dict()
    if saved.user_id is not None:
        user = context.users.get_by_id(saved.user_id)
        from core.users import Access

        effective = Access(context.db, user).rights(saved.org_id)
        output["effective_rights"] = effective.label if effective else None
    _print_json(output)
    return EXIT_OK


def cmd_representations(args) -> int:
    reps = _context(args).representations.list()
    if args.json:
        _print_json([r.as_dict() for r in reps])
    else:
        for r in reps:
            print(f"{r.id:>5}  {r.org_name:<32} ← {r.representative:<24} {r.rights.label:<9} {r.valid_from} – "
                  f"{r.valid_to or 'open-ended'}")
    return EXIT_OK


def cmd_audit(args) -> int:
    from core.users import AuditFilter

    context = _context(args)
    entries = context.audit.list(AuditFilter(user=args.who, action=args.action, grn=args.grn, since=args.since,
                                        until=args.until), limit=args.limit)
    if args.json:
        _print_json([e.as_dict() for e in entries])
    else:
        for e in entries:
            print(f"{e.at}  {e.user:<16} {e.action_label:<45} {e.grn:<18} {e.message_id}  {e.detail}")
    return EXIT_OK


def cmd_cert_inspect(args) -> int:
    """Prints the checks; exit 0 whatever the verdict (``suitable_for_signing`` says it)."""
    from core.transport.certificate_files import read_certificate_file
    from core.transport.qualified import inspect_certificate, inspection_json

    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    read = read_certificate_file(args.file, password)
    output = inspection_json(inspect_certificate(read.certificate))
    output["format"], output["has_private_key"] = read.format, read.private_key is not None
    _print_json(output)
    return EXIT_OK


def cmd_cert_import(args) -> int:
    from core.transport.certificate_files import read_certificate_file
    from core.transport.qualified import inspection_json

    context = _context(args)
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    read = read_certificate_file(args.file, password)
    if args.customs:
        row = context.certificates.import_customs(args.customs.upper(), args.environment, read.certificate,
                                                  args.takes_effect)
        _print_json(_certificate_json(row, _warnings_by_certificate(context)))
        return EXIT_OK
    result = context.certificates.import_participant(args.eori, read)
    warnings = _warnings_by_certificate(context)
    output = _certificate_json(result.row, warnings)
    output["replaced"] = _certificate_json(result.replaced, warnings) if result.replaced else None
    output["checks"] = inspection_json(result.inspection)["checks"]
    output["verdict"] = result.inspection.verdict
    _print_json(output)
    return EXIT_OK


def cmd_certs(args) -> int:
    context = _context(args)
    rows = context.certificates.participants()
    if args.all:
        rows = [every for row in rows for every in context.certificates.history(row.eori)]
    rows += context.certificates.customs_rows()
    warnings = _warnings_by_certificate(context)
    certificates = [_certificate_json(row, warnings) for row in rows]
    if args.json:
        _print_json(certificates)
        return EXIT_OK
    for c in certificates:
        whose = c["eori"] or f"{c['administration']} {c['environment']} customs"
        state = "test certificate" if c["test_certificate"] else "suitable" if c["suitable_for_signing"] else "not suitable"
        print(f"{c['id']:>4}  {whose:<20} {c['subject'][:48]:<48} until {c['not_after'][:10]}  {state}")
        if c["warning"]:
            print(f"      {c['warning']}")
    return EXIT_OK


def cmd_cert_export(args) -> int:
    from core.data_folder import DataFolder
    from core.installation import default_data_dir

    # a name that would be refused is refused before the database is opened (and signed in to)
    DataFolder(args.data_dir or default_data_dir()).check_user_file(args.file, replace=args.force)
    path = _context(args).certificates.export_public(args.id, args.file, replace=args.force)
    _print_json({"id": args.id, "path": str(path)})
    return EXIT_OK


def _warnings_by_certificate(context) -> dict:
    return {w.certificate.id: w for w in context.certificates.warnings()}


def _certificate_json(row, warnings: dict) -> dict:
    """The ``certs --json`` contract for one stored certificate."""
    from core.transport.qualified import inspection_json

    inspection = inspection_json(row.inspection())
    warning = warnings.get(row.id) if row.replaced_at is None else None
    keep = ("subject", "issuer", "serial", "not_before", "not_after", "key_type", "key_size", "qc_compliance",
            "qc_types", "qc_sscd", "suitable_for_signing", "problems")
    return {
        "id": row.id, "role": row.role, "eori": row.eori, "administration": row.administration,
        "environment": row.environment, **{key: inspection[key] for key in keep},
        "test_certificate": row.is_test, "has_private_key": row.has_key, "active": row.replaced_at is None,
        "takes_effect": row.takes_effect.date().isoformat() if row.takes_effect else None,
        "added_at": row.added_at.isoformat(), "added_by": row.added_by, "format": row.file_format,
        "replaced_at": row.replaced_at.isoformat() if row.replaced_at else None, "days_left": row.days_left(),
        "warning": warning.text if warning else None, "warning_threshold": warning.threshold if warning else None,
    }


def cmd_onboarding(args) -> int:
    context = _context(args)
    checklists = _onboarding_checklists(context, args.eori, (args.administration or "").upper() or None)
    if args.json:
        _print_json([c.as_dict() for c in checklists])
    else:
        for c in checklists:
            print(f"{c.label}  {', '.join(c.organisations)}")
            for step in c.steps:
                print(f"  {step.heading:<48} {step.state_label:<12} {step.hint}")
    return EXIT_OK


def _onboarding_checklists(context, eori: str | None, administration: str | None) -> list:
    """The checklists, filtered; an EORI and administration without one yet get an empty checklist."""
    from core.communication import ADMINISTRATIONS
    from core.organisations.model import eori_errors, normalise_eori

    eori = normalise_eori(eori) if eori else None
    errors = eori_errors(eori) if eori else []
    if administration and administration not in ADMINISTRATIONS:
        errors.append(FieldError("administration", f"The administration must be one of {', '.join(ADMINISTRATIONS)}."))
    if errors:
        raise ValidationError(errors)
    found = [c for c in context.onboarding.checklists()
             if eori in (None, c.eori) and administration in (None, c.administration)]
    if not found and eori and administration:
        found = [context.onboarding.checklist(eori, administration)]
    return found


def cmd_onboarding_step(args) -> int:
    checklist = _context(args).onboarding.set_step(
        args.eori, args.administration.upper(), args.step, args.state, started_on=args.started_on, done_on=args.done_on,
        reference=args.reference, note=args.note)
    _print_json(checklist.as_dict())
    return EXIT_OK


def cmd_incidents(args) -> int:
    incidents = _context(args).incidents.list(args.state)
    if args.json:
        _print_json([i.as_dict() for i in incidents])
    else:
        for i in incidents:
            print(f"{i.id:>5}  {i.state:<6} {i.kind:<17} {i.start}  {i.end or 'going on':<20} {i.ticket:<12} "
                  f"{i.eori or i.gateway}")
    return EXIT_OK


def _incident_values(args) -> dict:
    names = [option.replace("-", "_") for option, _ in INCIDENT_TEXTS] + ["kind", "confirmed"]
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def cmd_incident_open(args) -> int:
    context = _context(args)
    values = _incident_values(args)
    saved = context.incidents.open(values.pop("kind"), values.pop("start", None), **values)
    _print_json(saved.record.as_dict())
    return EXIT_OK


def cmd_incident_update(args) -> int:
    values = _incident_values(args)
    if not values:
        raise ValidationError([FieldError(None, "Give what to change, e.g. --ticket T or --confirmed yes.")])
    context = _context(args)
    context.incidents.update(args.id, **values)
    _print_json(context.incidents.get(args.id).as_dict())
    return EXIT_OK


def cmd_incident_close(args) -> int:
    context = _context(args)
    context.incidents.close(args.id, args.end)
    _print_json(context.incidents.get(args.id).as_dict())
    return EXIT_OK


def cmd_incident_report(args) -> int:
    from core.data_folder import DataFolder
    from core.installation import default_data_dir

    # a name that would be refused is refused before the database is opened (and signed in to)
    DataFolder(args.data_dir or default_data_dir()).check_user_file(args.file, replace=args.force)
    fmt = args.format or ("csv" if args.file.suffix.lower() == ".csv" else "pdf")
    path = _context(args).incidents.write_report(args.id, args.file, format=fmt, replace=args.force)
    _print_json({"id": args.id, "path": str(path), "format": fmt})
    return EXIT_OK


def cmd_incident_pending(args) -> int:
    context = _context(args)
    incident = context.incidents.get(args.id)
    _print_json({"incident": incident.as_dict(),
                 "pending": [m.as_dict() for m in context.bcp.pending_during(args.id)]})
    return EXIT_OK


def cmd_bcp_range_add(args) -> int:
    _print_json(_context(args).bcp.add_range(args.office, args.first, args.last, args.prefix).record.as_dict())
    return EXIT_OK


def cmd_bcp_ranges(args) -> int:
    ranges = _context(args).bcp.ranges()
    if args.json:
        _print_json([r.as_dict() for r in ranges])
    else:
        for r in ranges:
            print(f"{r.id:>4}  {r.office}  {r.label:<30} {r.remaining} left")
    return EXIT_OK


def _movement_json(context, movement) -> dict:
    reminder = context.bcp.reminder(movement)
    return movement.as_dict() | {"reminder": reminder.text if reminder else None}


def cmd_bcp_add(args) -> int:
    context = _context(args)
    saved = context.bcp.record(country=args.country, office_destination=args.office_destination,
                               taken_over=args.taken_over, document_kind=args.kind,
                               document_number=args.document_number, office_departure=args.office_departure,
                               incident=args.incident, notes=args.notes)
    _print_json(_movement_json(context, saved.record))
    return EXIT_OK


def cmd_bcp(args) -> int:
    context = _context(args)
    movements = [r.movement for r in context.bcp.due()] if args.due else context.bcp.list()
    if args.json:
        _print_json([_movement_json(context, m) for m in movements])
    else:
        for m in movements:
            state = f"presented {m.presented_at}" if m.presented else f"due {m.deadline}"
            print(f"{m.id:>5}  {m.label:<28} {m.office_destination}  {m.taken_over_at}  {state}")
    return EXIT_OK


def cmd_bcp_presented(args) -> int:
    context = _context(args)
    context.bcp.mark_presented(args.id, args.at)
    _print_json(_movement_json(context, context.bcp.get(args.id)))
    return EXIT_OK


def cmd_bcp_send(args) -> int:
    from core.continuity.bcp import EndsOnPaper

    try:
        _context(args).bcp.send_electronically(args.id)
    except EndsOnPaper as exc:
        raise ValidationError([FieldError("id", str(exc))]) from None
    raise AssertionError("a movement handled on paper is never sent")  # send_electronically always refuses


def cmd_bcp_share(args) -> int:
    shares = _context(args).bcp.monthly_share(args.months)
    if args.json:
        _print_json([s.as_dict() for s in shares])
    else:
        for s in shares:
            share = "—" if s.share is None else f"{s.share:g} %"
            print(f"{s.month}  paper {s.paper:>5}  electronic {s.electronic:>6}  {share:>8}  {s.warning or ''}")
    return EXIT_OK


def cmd_bcp_settings(args) -> int:
    bcp = _context(args).bcp
    if args.office_regions is not None:
        bcp.set_office_regions(args.office_regions)
    if args.share_warning is not None:
        bcp.set_share_warning_percent(args.share_warning)
    _print_json({"office_regions": bcp.office_regions(), "share_warning_percent": bcp.share_warning_percent()})
    return EXIT_OK


COMMANDS = {
    "init": cmd_init, "demo": cmd_demo, "import-reference": cmd_import_reference, "grn-check": cmd_grn_check,
    "org-add": cmd_org_add, "guarantee-add": cmd_guarantee_add, "orgs": cmd_orgs, "guarantees": cmd_guarantees,
    "codes-set": cmd_codes_set, "codes-show": cmd_codes_show, "register-codes": cmd_register_codes,
    "query": cmd_query, "sync": cmd_sync, "messages": cmd_messages, "message-show": cmd_message_show,
    "message-retry": cmd_message_retry, "params": cmd_params, "params-set": cmd_params_set,
    "suma-import": cmd_suma_import, "suma-send": cmd_suma_send, "suma": cmd_suma, "suma-show": cmd_suma_show,
    "validate-message": cmd_validate_message, "simulator": cmd_simulator,
    "user-add": cmd_user_add, "users": cmd_users, "passwd": cmd_passwd, "user-reset": cmd_user_reset,
    "represent": cmd_represent, "representations": cmd_representations, "audit": cmd_audit,
    "cert-inspect": cmd_cert_inspect,
    "cert-import": cmd_cert_import,
    "certs": cmd_certs,
    "cert-export": cmd_cert_export,
    "onboarding": cmd_onboarding, "onboarding-step": cmd_onboarding_step,
    "incidents": cmd_incidents, "incident-open": cmd_incident_open, "incident-update": cmd_incident_update,
    "incident-close": cmd_incident_close, "incident-report": cmd_incident_report,
    "incident-pending": cmd_incident_pending,
    "bcp-range-add": cmd_bcp_range_add, "bcp-ranges": cmd_bcp_ranges, "bcp-add": cmd_bcp_add, "bcp": cmd_bcp,
    "bcp-presented": cmd_bcp_presented, "bcp-send": cmd_bcp_send, "bcp-share": cmd_bcp_share,
    "bcp-settings": cmd_bcp_settings,
}


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _print_error(message: str) -> None:
    print(message, file=sys.stderr)
