"""The register from the command line: the database, the demo, reference data, organisations and guarantees."""
from __future__ import annotations

from pathlib import Path

from cli.base import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    context_of,
    print_json,
    row_id,
)
from core.errors import FieldError, UserError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(sub) -> None:
    sub.add_parser("init", help=QT_TRANSLATE_NOOP("Cli", "create or migrate the database"))
    sub.add_parser("demo", help=QT_TRANSLATE_NOOP("Cli", "load the demo organisations, guarantees and parameter sets"))
    p = sub.add_parser("import-reference",
                       help=QT_TRANSLATE_NOOP("Cli", "import EU CS/RD2 code lists and the customs office list"))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p = sub.add_parser("grn-check", help=QT_TRANSLATE_NOOP("Cli", "check a GRN and its check digit"))
    p.add_argument("grn")
    p.add_argument("--type", dest="guarantee_type")

    p = sub.add_parser("org-add", help=QT_TRANSLATE_NOOP("Cli", "add an organisation"))
    p.add_argument("--name", required=True)
    p.add_argument("--eori", required=True)
    p.add_argument("--country", required=True)
    for option in ("branch", "street", "postcode", "city", "contact", "email", "phone", "note"):
        p.add_argument(f"--{option}", default=None)

    p = sub.add_parser("guarantee-add", help=QT_TRANSLATE_NOOP("Cli", "add a guarantee to an organisation"))
    p.add_argument("--org", type=row_id, required=True)
    p.add_argument("--type", required=True, dest="guarantee_type")
    p.add_argument("--grn", default="")
    p.add_argument("--other-ref", default="")
    p.add_argument("--office", default="")
    p.add_argument("--amount")
    p.add_argument("--currency", default="")
    p.add_argument("--params", type=row_id)
    p.add_argument("--description", default="")
    p.add_argument("--override-check-digit", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "keep a GRN whose only fault is its check digit (training data)"))

    for name, what in (("orgs", QT_TRANSLATE_NOOP("Cli", "list organisations")),
                       ("guarantees", QT_TRANSLATE_NOOP("Cli", "list guarantees"))):
        p = sub.add_parser(name, help=what)
        p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
        if name == "guarantees":
            p.add_argument("--org", type=row_id)


def cmd_init(args) -> int:
    context = context_of(args)
    print_json({"schema_version": context.store.schema_version, "path": str(context.store.path)})
    return EXIT_OK


def cmd_demo(args) -> int:
    from simulator.demo import load_demo

    print_json(load_demo(context_of(args)))
    return EXIT_OK


def cmd_import_reference(args) -> int:
    print_json(context_of(args).reference_data.import_files(args.files).as_dict())
    return EXIT_OK


def cmd_grn_check(args) -> int:
    from core.guarantees.grn import check_grn

    check = check_grn(args.grn, args.guarantee_type)
    print_json(check.as_dict())
    return EXIT_OK if check.valid else EXIT_CHECK_FAILED


def cmd_org_add(args) -> int:
    from core.organisations import Organisation

    optional = {k: getattr(args, k) for k in ("branch", "street", "postcode", "city", "contact", "email", "phone", "note")
                if getattr(args, k) is not None}
    org = Organisation(name=args.name, eori=args.eori, country=args.country, **optional)
    print_json(context_of(args).organisations.add(org).as_dict())
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
    print_json(context_of(args).guarantees.add(g).as_dict())
    return EXIT_OK


def cmd_orgs(args) -> int:
    orgs = context_of(args).organisations.list()
    if args.json:
        print_json([o.as_dict() for o in orgs])
    else:
        for o in orgs:
            print(f"{o.id:>6}  {o.eori:<18} {o.country}  {o.name}")
    return EXIT_OK


def cmd_guarantees(args) -> int:
    guarantees = context_of(args).guarantees.list(org_id=args.org)
    if args.json:
        print_json([g.as_dict() for g in guarantees])
    else:
        for g in guarantees:
            amount = f"{g.amount} {g.currency}" if g.amount is not None else ""
            print(f"{g.id:>6}  org {g.org_id:<6} type {g.type}  {g.reference:<24} {g.office:<9} {amount}")
    return EXIT_OK


def guarantee_by_grn(context, grn: str):
    from core.errors import NotFound
    from core.guarantees.grn import normalise_grn

    matches = context.guarantees.find_by_grn(normalise_grn(grn))
    if not matches:
        raise NotFound(f"No guarantee with GRN {normalise_grn(grn)} in the register: check the number or add it.")
    if len(matches) > 1:
        raise UserError(translate("Commands", "GRN {grn} is recorded {count} times (ids {ids}): remove the duplicates "
                                   "first.").format(grn=normalise_grn(grn), count=len(matches),
                                                    ids=", ".join(str(g.id) for g in matches)))
    return matches[0]


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import-reference": cmd_import_reference,
    "grn-check": cmd_grn_check,
    "org-add": cmd_org_add,
    "guarantee-add": cmd_guarantee_add,
    "orgs": cmd_orgs,
    "guarantees": cmd_guarantees,
}
