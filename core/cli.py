"""Headless commands: ``python main.py [--data-dir DIR] COMMAND``.

A stable contract for scripting and support: JSON on stdout, exit 0 on success,
1 for a failed check, 2 for invalid input (with {"errors": [...]}), 4 when the
database cannot be used.
"""
from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

from core.errors import FieldError, UserError, ValidationError
from core.store import DatabaseProblem

EXIT_OK, EXIT_CHECK_FAILED, EXIT_INVALID, EXIT_DATABASE = 0, 1, 2, 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="customsdesk", description="CustomsDesk: NCTS guarantees and customs messages.")
    parser.add_argument("--data-dir", type=Path, help="folder holding the database (default: the user's data folder)")
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
    p.add_argument("--org", type=int, required=True)
    p.add_argument("--type", required=True, dest="guarantee_type")
    p.add_argument("--grn", default="")
    p.add_argument("--other-ref", default="")
    p.add_argument("--office", default="")
    p.add_argument("--amount")
    p.add_argument("--currency", default="")
    p.add_argument("--params", type=int)
    p.add_argument("--description", default="")
    p.add_argument("--override-check-digit", action="store_true",
                   help="keep a GRN whose only fault is its check digit (training data)")

    for name, what in (("orgs", "organisations"), ("guarantees", "guarantees")):
        p = sub.add_parser(name, help=f"list {what}")
        p.add_argument("--json", action="store_true", help="print JSON")
        if name == "guarantees":
            p.add_argument("--org", type=int)
    return parser


def run(args: argparse.Namespace) -> int:
    command = COMMANDS[args.command]
    try:
        return command(args)
    except DatabaseProblem as exc:
        _print_error(str(exc))
        return EXIT_DATABASE
    except ValidationError as exc:
        _print_json({"errors": [e.as_dict() for e in exc.errors]})
        return EXIT_INVALID
    except UserError as exc:
        _print_json({"errors": [{"field": None, "message": str(exc)}]})
        return EXIT_INVALID


def _workspace(args):
    from core.workspace import Workspace

    return Workspace.open(args.data_dir)


def cmd_init(args) -> int:
    ws = _workspace(args)
    _print_json({"schema_version": ws.store.schema_version, "path": str(ws.store.path)})
    return EXIT_OK


def cmd_demo(args) -> int:
    from core.demo import load_demo

    _print_json(load_demo(_workspace(args)))
    return EXIT_OK


def cmd_import_reference(args) -> int:
    from core.refdata.importer import import_reference_files

    _print_json(import_reference_files(_workspace(args).db, args.files).as_dict())
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
    _print_json(_workspace(args).organisations.add(org).as_dict())
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
    _print_json(_workspace(args).guarantees.add(g).as_dict())
    return EXIT_OK


def cmd_orgs(args) -> int:
    orgs = _workspace(args).organisations.list()
    if args.json:
        _print_json([o.as_dict() for o in orgs])
    else:
        for o in orgs:
            print(f"{o.id:>6}  {o.eori:<18} {o.country}  {o.name}")
    return EXIT_OK


def cmd_guarantees(args) -> int:
    guarantees = _workspace(args).guarantees.list(org_id=args.org)
    if args.json:
        _print_json([g.as_dict() for g in guarantees])
    else:
        for g in guarantees:
            amount = f"{g.amount} {g.currency}" if g.amount is not None else ""
            print(f"{g.id:>6}  org {g.org_id:<6} type {g.type}  {g.reference:<24} {g.office:<9} {amount}")
    return EXIT_OK


COMMANDS = {
    "init": cmd_init, "demo": cmd_demo, "import-reference": cmd_import_reference, "grn-check": cmd_grn_check,
    "org-add": cmd_org_add, "guarantee-add": cmd_guarantee_add, "orgs": cmd_orgs, "guarantees": cmd_guarantees,
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
