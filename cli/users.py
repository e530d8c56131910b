"""Users, representations and the audit log from the command line."""
from __future__ import annotations

from pathlib import Path

from cli.base import (
    EXIT_OK,
    context_of,
    date_arg,
    day_or_time,
    limit,
    print_json,
    read_password,
    row_id,
)
from core.errors import FieldError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(sub) -> None:
    p = sub.add_parser("user-add", help=QT_TRANSLATE_NOOP("Cli", "add a user (administrators)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=["admin", "officer", "declarant"])
    p.add_argument("--level", default="basic", choices=["basic", "advanced"],
                   help=QT_TRANSLATE_NOOP("Cli", "advanced acts for organisations and needs the identity confirmed "
                                                 "(default: basic)"))
    p.add_argument("--password-file", required=True, type=Path,
                   help=QT_TRANSLATE_NOOP("Cli", "file whose first line is the new password"))
    p.add_argument("--full-name", default="")
    p.add_argument("--email", default="")
    p.add_argument("--identity", default=None,
                   help=QT_TRANSLATE_NOOP("Cli", "how the identity was confirmed (advanced level; default: confirmed "
                                                 "by the administrator)"))
    sub.add_parser("users",
                   help=QT_TRANSLATE_NOOP("Cli", "list the users")).add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p = sub.add_parser("passwd", help=QT_TRANSLATE_NOOP("Cli", "change your password"))
    p.add_argument("--new-password-file", required=True, type=Path)
    p = sub.add_parser("user-reset",
                       help=QT_TRANSLATE_NOOP("Cli", "set a new password for a user (administrators; their codes are "
                                                     "lost)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("--password-file", required=True, type=Path)
    p = sub.add_parser("represent",
                       help=QT_TRANSLATE_NOOP("Cli", "let a user (or an agency organisation) act for an organisation"))
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", dest="rep_user", metavar="NAME",
                     help=QT_TRANSLATE_NOOP("Cli", "the person who represents"))
    who.add_argument("--agency", type=row_id, metavar="ORG_ID",
                     help=QT_TRANSLATE_NOOP("Cli", "the agency organisation that represents"))
    p.add_argument("--org", type=row_id, required=True, metavar="ID",
                   help=QT_TRANSLATE_NOOP("Cli", "the organisation represented"))
    p.add_argument("--rights", required=True, choices=["basic", "extended"])
    p.add_argument("--kind", default=None, choices=["owner", "employee", "proxy"])
    p.add_argument("--basis", default=None, help=QT_TRANSLATE_NOOP("Cli", "power of attorney reference"))
    p.add_argument("--from", dest="valid_from", type=date_arg,
                   help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD (default: today)"))
    p.add_argument("--until", type=date_arg,
                   help=QT_TRANSLATE_NOOP("Cli", "last day, YYYY-MM-DD (default: open-ended)"))
    p = sub.add_parser("representations", help=QT_TRANSLATE_NOOP("Cli", "list representations"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p = sub.add_parser("audit", help=QT_TRANSLATE_NOOP("Cli", "the audit log, newest first"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p.add_argument("--who", help=QT_TRANSLATE_NOOP("Cli", "only this user's entries"))
    p.add_argument("--action", help=QT_TRANSLATE_NOOP("Cli", "only this action (e.g. spk_used, login_failed)"))
    p.add_argument("--grn")
    p.add_argument("--since", type=day_or_time,
                   help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD, or a time (UTC) YYYY-MM-DDTHH:MM:SS"))
    p.add_argument("--until", type=day_or_time,
                   help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD (the whole day), or a time (UTC)"))
    p.add_argument("--limit", type=limit, default=-1,
                   help=QT_TRANSLATE_NOOP("Cli", "at most this many entries (default: all)"))


def cmd_user_add(args) -> int:
    from datetime import date

    from core.users import Level, Role, User

    context = context_of(args)
    level = Level(args.level)
    identity = args.identity if args.identity is not None else (
        f"confirmed by the administrator {context.user}" if level == Level.ADVANCED else "")
    user = User(login=args.name, role=Role(args.role), level=level, full_name=args.full_name, email=args.email,
                identity_method=identity, identity_confirmed_on=date.today().isoformat() if identity else None)
    password = read_password(args.password_file, "--password-file")
    print_json(context.users.add_user(context.session, user, password).as_dict())
    return EXIT_OK


def cmd_users(args) -> int:
    context = context_of(args)
    users = context.users.list() if context.access.is_admin else [context.session.user]
    if args.json:
        print_json([u.as_dict() for u in users])
    else:
        for u in users:
            print(f"{u.login:<20} {u.role.label:<18} {u.level.value:<9} {'active' if u.active else 'inactive'}  {u.full_name}")
    return EXIT_OK


def cmd_passwd(args) -> int:
    context = context_of(args)
    if args.login_password_file is None:
        raise ValidationError([FieldError("password-file", translate(
            "Commands", "Changing a password needs the current one: give --user NAME --password-file FILE before "
                        "the command."))])
    old = read_password(args.login_password_file, "--password-file")
    context.users.change_password(context.session, old, read_password(args.new_password_file, "--new-password-file"))
    print_json({"user": context.user, "password_changed": True})
    return EXIT_OK


def cmd_user_reset(args) -> int:
    context = context_of(args)
    password = read_password(args.password_file, "--password-file")
    impact = context.users.reset_password(context.session, args.name, password)
    print_json({"user": impact.login, "password_reset": True, "codes_lost": impact.loses_codes,
                 "spks_lost": impact.spk_count, "pacs_lost": impact.pac_grns, "warning": impact.warning()})
    return EXIT_OK


def cmd_represent(args) -> int:
    """Add the representation, or update the existing one for the same organisation and representative."""
    from datetime import date

    from core.users import Representation, RepresentationKind, Rights

    context = context_of(args)
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
    print_json(output)
    return EXIT_OK


def cmd_representations(args) -> int:
    reps = context_of(args).representations.list()
    if args.json:
        print_json([r.as_dict() for r in reps])
    else:
        for r in reps:
            print(f"{r.id:>5}  {r.org_name:<32} ← {r.representative:<24} {r.rights.label:<9} {r.valid_from} – "
                  f"{r.valid_to or 'open-ended'}")
    return EXIT_OK


def cmd_audit(args) -> int:
    from core.users import AuditFilter

    context = context_of(args)
    entries = context.audit.list(AuditFilter(user=args.who, action=args.action, grn=args.grn, since=args.since,
                                        until=args.until), limit=args.limit)
    if args.json:
        print_json([e.as_dict() for e in entries])
    else:
        for e in entries:
            print(f"{e.at}  {e.user:<16} {e.action_label:<45} {e.grn:<18} {e.message_id}  {e.detail_shown}")
    return EXIT_OK


COMMANDS = {
    "user-add": cmd_user_add,
    "users": cmd_users,
    "passwd": cmd_passwd,
    "user-reset": cmd_user_reset,
    "represent": cmd_represent,
    "representations": cmd_representations,
    "audit": cmd_audit,
}
