"""Certificates and the onboarding checklists from the command line."""
from __future__ import annotations

import sys
from pathlib import Path

from cli.base import (
    EXIT_OK,
    context_of,
    date_arg,
    print_json,
    row_id,
)
from core.errors import FieldError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(sub) -> None:
    _add_certificate_commands(sub)
    _add_onboarding_commands(sub)


def _add_certificate_commands(sub) -> None:
    p = sub.add_parser("cert-inspect",
                       help=QT_TRANSLATE_NOOP("Cli", "check a certificate file (PEM, DER, PKCS#12) for signing customs "
                                                     "messages"))
    p.add_argument("file", type=Path)
    p.add_argument("--password-stdin", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "read the PKCS#12 or key password from stdin"))
    p = sub.add_parser("cert-import",
                       help=QT_TRANSLATE_NOOP("Cli", "import the participant certificate of an EORI (PKCS#12 with its key), "
                                           "or with --customs an administration's encryption certificate"))
    p.add_argument("file", type=Path)
    whose = p.add_mutually_exclusive_group(required=True)
    whose.add_argument("--eori",
                       help=QT_TRANSLATE_NOOP("Cli", "the EORI whose participant certificate it is (it replaces the "
                                                     "current one)"))
    whose.add_argument("--customs", metavar="ADMINISTRATION",
                       help=QT_TRANSLATE_NOOP("Cli", "CZ, DE or PL: a customs encryption certificate"))
    p.add_argument("--environment", default="production",
                   help=QT_TRANSLATE_NOOP("Cli", "with --customs: production, test or training"))
    p.add_argument("--takes-effect", type=date_arg,
                   help=QT_TRANSLATE_NOOP("Cli", "with --customs: the day customs switch to it (YYYY-MM-DD)"))
    p.add_argument("--password-stdin", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "read the PKCS#12 or key password from stdin"))
    p = sub.add_parser("certs",
                       help=QT_TRANSLATE_NOOP("Cli", "list the certificates with their checks and expiry warnings"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "also the replaced ones (history)"))
    p = sub.add_parser("cert-export",
                       help=QT_TRANSLATE_NOOP("Cli", "write the public certificate only (never the key) to a file"))
    p.add_argument("id", type=row_id, help=QT_TRANSLATE_NOOP("Cli", "the certificate's id (see certs)"))
    p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "FILE.pem, or FILE.cer/.der for DER"))
    p.add_argument("--force", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "replace FILE when it exists"))


def _add_onboarding_commands(sub) -> None:
    p = sub.add_parser("onboarding",
                       help=QT_TRANSLATE_NOOP("Cli", "the onboarding checklists of the participant certificate, per EORI and "
                                          "administration"))
    p.add_argument("--eori", help=QT_TRANSLATE_NOOP("Cli", "only this EORI"))
    p.add_argument("--administration", help=QT_TRANSLATE_NOOP("Cli", "only this administration: CZ, DE or PL"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p = sub.add_parser("onboarding-step",
                       help=QT_TRANSLATE_NOOP("Cli", "record the state of one onboarding step; prints the checklist"))
    p.add_argument("eori", metavar="EORI")
    p.add_argument("administration", metavar="ADMINISTRATION", help=QT_TRANSLATE_NOOP("Cli", "CZ, DE or PL"))
    p.add_argument("step", metavar="STEP",
                   help=QT_TRANSLATE_NOOP("Cli", "apply, register, send_to_gateway or send_password"))
    p.add_argument("--state", required=True, help=QT_TRANSLATE_NOOP("Cli", "open, in_progress, done or not_needed"))
    p.add_argument("--started-on", type=date_arg, help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD"))
    p.add_argument("--done-on", type=date_arg,
                   help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD (default for a done step: today)"))
    p.add_argument("--reference",
                   help=QT_TRANSLATE_NOOP("Cli", "the ticket number (step send_to_gateway) or order number (step apply)"))
    p.add_argument("--note", help=QT_TRANSLATE_NOOP("Cli", "why a step is not needed, or any remark"))


def cmd_cert_inspect(args) -> int:
    """Prints the checks; exit 0 whatever the verdict (``suitable_for_signing`` says it)."""
    from core.transport.certificate_files import read_certificate_file
    from core.transport.qualified import inspect_certificate, inspection_json

    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    read = read_certificate_file(args.file, password)
    output = inspection_json(inspect_certificate(read.certificate))
    output["format"], output["has_private_key"] = read.format, read.private_key is not None
    print_json(output)
    return EXIT_OK


def cmd_cert_import(args) -> int:
    from core.transport.certificate_files import read_certificate_file
    from core.transport.qualified import inspection_json

    context = context_of(args)
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    read = read_certificate_file(args.file, password)
    if args.customs:
        row = context.certificates.import_customs(args.customs.upper(), args.environment, read.certificate,
                                                  args.takes_effect)
        print_json(_certificate_json(row, _warnings_by_certificate(context)))
        return EXIT_OK
    result = context.certificates.import_participant(args.eori, read)
    warnings = _warnings_by_certificate(context)
    output = _certificate_json(result.row, warnings)
    output["replaced"] = _certificate_json(result.replaced, warnings) if result.replaced else None
    output["checks"] = inspection_json(result.inspection)["checks"]
    output["verdict"] = result.inspection.verdict
    print_json(output)
    return EXIT_OK


def cmd_certs(args) -> int:
    context = context_of(args)
    rows = context.certificates.participants()
    if args.all:
        rows = [every for row in rows for every in context.certificates.history(row.eori)]
    rows += context.certificates.customs_rows()
    warnings = _warnings_by_certificate(context)
    certificates = [_certificate_json(row, warnings) for row in rows]
    if args.json:
        print_json(certificates)
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
    path = context_of(args).certificates.export_public(args.id, args.file, replace=args.force)
    print_json({"id": args.id, "path": str(path)})
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
    context = context_of(args)
    checklists = _onboarding_checklists(context, args.eori, (args.administration or "").upper() or None)
    if args.json:
        print_json([c.as_dict() for c in checklists])
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
        errors.append(FieldError("administration", translate("Commands", "The administration must be one of {administrations}.")
                                 .format(administrations=", ".join(ADMINISTRATIONS))))
    if errors:
        raise ValidationError(errors)
    found = [c for c in context.onboarding.checklists()
             if eori in (None, c.eori) and administration in (None, c.administration)]
    if not found and eori and administration:
        found = [context.onboarding.checklist(eori, administration)]
    return found


def cmd_onboarding_step(args) -> int:
    checklist = context_of(args).onboarding.set_step(
        args.eori, args.administration.upper(), args.step, args.state, started_on=args.started_on, done_on=args.done_on,
        reference=args.reference, note=args.note)
    print_json(checklist.as_dict())
    return EXIT_OK


COMMANDS = {
    "cert-inspect": cmd_cert_inspect,
    "cert-import": cmd_cert_import,
    "certs": cmd_certs,
    "cert-export": cmd_cert_export,
    "onboarding": cmd_onboarding,
    "onboarding-step": cmd_onboarding_step,
}
