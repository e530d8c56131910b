"""Summary declarations (ATLAS CUSPRL) from the command line."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cli.base import (
    EXIT_OK,
    context_of,
    print_json,
    row_id,
)
from cli.messaging import message_json
from core.errors import FieldError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(sub) -> None:
    p = sub.add_parser("suma-import",
                       help=QT_TRANSLATE_NOOP("Cli", "a summary declaration (ATLAS CUSPRL) from a JSON file: new, or with --id "
                                           "replacing the working copy of one"))
    p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the JSON declaration ('-' for stdin)"))
    p.add_argument("--id", type=row_id, dest="declaration_id",
                   help=QT_TRANSLATE_NOOP("Cli", "the declaration whose working copy it replaces"))
    p = sub.add_parser("suma-send",
                       help=QT_TRANSLATE_NOOP("Cli", "check a summary declaration against what customs hold and queue "
                                                     "it"))
    p.add_argument("declaration_id", type=row_id, metavar="ID")
    p.add_argument("--kind", required=True, choices=["VSA", "VSM", "ESA", "ESV"])
    p.add_argument("--flag", choices=["1", "2", "3"],
                   help=QT_TRANSLATE_NOOP("Cli", "the confirmation flag (ESA: 1 or 2; ESV: 3)"))
    p.add_argument("--positions", type=position_numbers,
                   help=QT_TRANSLATE_NOOP("Cli", "the positions to send or confirm, e.g. 1,2,5"))
    p = sub.add_parser("suma", help=QT_TRANSLATE_NOOP("Cli", "list the summary declarations"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p = sub.add_parser("suma-show", help=QT_TRANSLATE_NOOP("Cli", "a summary declaration with its positions"))
    p.add_argument("declaration_id", type=row_id, metavar="ID")
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))


def position_numbers(text: str) -> list[int]:
    try:
        numbers = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a list of position numbers: write e.g. 1,2,5") from None
    if not numbers or any(not 1 <= n <= 9999 for n in numbers):
        raise argparse.ArgumentTypeError("position numbers run from 1 to 9999, e.g. 1,2,5")
    return numbers


def cmd_suma_import(args) -> int:
    from core.suma.rules import Code, Problem
    from core.suma.service import SumaInputError

    try:
        text = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as exc:
        raise ValidationError([FieldError("file", translate("Commands", "Cannot read {file}: {reason}.").format(
            file=args.file, reason=exc.strerror or exc))]) from None
    except (ValueError, RecursionError) as exc:
        raise SumaInputError([Problem(Code.FIELD_INVALID, translate("Commands", "The file is not JSON ({reason}).").format(
            reason=str(exc)[:120]), "file")]) \
            from None
    print_json(context_of(args).suma.import_json(data, args.declaration_id).as_dict())
    return EXIT_OK


def cmd_suma_send(args) -> int:
    from core.suma.model import Kind

    context = context_of(args)
    message = context.suma.send(args.declaration_id, Kind(args.kind), args.flag, args.positions)
    print_json({"queued": message_json(context, message.id), "declaration": context.suma.as_json(
        args.declaration_id) | {"positions": None}})
    return EXIT_OK


def cmd_suma(args) -> int:
    rows = context_of(args).suma.rows()
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        for r in rows:
            print(f"{r.id:>5}  {r.status.label:<8} {r.mrn or '':<18} {r.positions_confirmed:>5}/{r.positions_total:<5} "
                  f"{r.reference}  {r.last_error_code or ''}")
    return EXIT_OK


def cmd_suma_show(args) -> int:
    data = context_of(args).suma.as_json(args.declaration_id)
    if args.json:
        print_json(data)
    else:
        print(f"Declaration {data['id']}: status {data['status_label']}, MRN {data['mrn'] or '—'}, "
              f"{data['positions_confirmed']}/{data['positions_total']} positions confirmed")
    return EXIT_OK


COMMANDS = {
    "suma-import": cmd_suma_import,
    "suma-send": cmd_suma_send,
    "suma": cmd_suma,
    "suma-show": cmd_suma_show,
}
