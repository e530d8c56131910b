"""The office database from the command line: moving an installation onto a server and back, and checking
that a workstation reaches it."""
from __future__ import annotations

import os
from pathlib import Path

from cli.base import (
    EXIT_OK,
    check_no_password,
    context_of,
    database_url_of,
    print_error,
    print_json,
    read_password,
)
from core.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(sub) -> None:
    p = sub.add_parser("db-copy", help=QT_TRANSLATE_NOOP(
        "Cli", "copy this data folder's database into an empty office database (--to), or an office database "
               "into a new data folder (--from); verified by counts and checksums; prints JSON"))
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="URL", help=QT_TRANSLATE_NOOP("Cli", "the empty office database to fill"))
    where.add_argument("--from", dest="source", metavar="URL",
                       help=QT_TRANSLATE_NOOP("Cli", "the office database to copy into the data folder"))
    p = sub.add_parser("office-key-export", help=QT_TRANSLATE_NOOP(
        "Cli", "write this workstation's key, which every workstation of the office needs, to FILE locked with a "
               "passphrase (administrators)"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--passphrase-file", required=True, type=Path,
                   help=QT_TRANSLATE_NOOP("Cli", "file whose first line is the passphrase (at least 12 characters)"))
    p.add_argument("--force", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "replace FILE if it exists"))
    p = sub.add_parser("office-key-import", help=QT_TRANSLATE_NOOP(
        "Cli", "make the office key exported on another workstation this one's; a different key it had is kept "
               "beside it"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--passphrase-file", required=True, type=Path,
                   help=QT_TRANSLATE_NOOP("Cli", "file whose first line is the passphrase"))
    p = sub.add_parser("db-grant", help=QT_TRANSLATE_NOOP(
        "Cli", "let the server role ROLE use the office database given with --database-url, without the right to "
               "change or delete the audit log; run as the role owning its tables; prints JSON"))
    p.add_argument("role", metavar="ROLE")
    p = sub.add_parser("db-password", help=QT_TRANSLATE_NOOP(
        "Cli", "keep the password of the office database's server account in the system keyring once the server "
               "has taken it, or remove it with --forget; prints JSON"))
    p.add_argument("--password-file", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "file whose first line is the password; without it, the password is asked for (or read from "
               "standard input)"))
    p.add_argument("--forget", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "remove the password the system keyring keeps for this account"))
    sub.add_parser("db-status", help=QT_TRANSLATE_NOOP(
        "Cli", "which database this workstation uses; for an office database, whether it answers, the server's "
               "version and the schema's; prints JSON"))


def cmd_db_copy(args) -> int:
    from core.installation import default_data_dir
    from core.store.copying import copy_from_office, copy_to_office

    url = args.to or args.source
    check_no_password(url, "--to" if args.to else "--from")
    data_dir = args.data_dir or default_data_dir()
    report = copy_to_office(data_dir, url) if args.to else copy_from_office(url, data_dir)
    print_json({"copied": report.total, "tables": report.rows, "checksum": report.checksum, "verified": True})
    return EXIT_OK


def cmd_db_status(args) -> int:
    from core.installation import default_data_dir
    from core.store.database import DATABASE_FILE_NAME
    from core.store.office import chosen_office_url, office_status, shown_url

    data_dir = args.data_dir or default_data_dir()
    url = database_url_of(args) or chosen_office_url(data_dir)
    if url is None:
        print_json({"engine": "sqlite", "database": str(data_dir / DATABASE_FILE_NAME)})
        return EXIT_OK
    status = office_status(url)
    print_json({"engine": "postgresql", "database": shown_url(url), "server_version": status.server_version,
                "schema_version": status.schema_version, "tls": status.tls})
    return EXIT_OK


def cmd_db_password(args) -> int:
    from core.store.office import libpq_url, remember_office_password, shown_url
    from core.store.passwords import account_of, forget_password

    url = _office_url_of(args)
    account = account_of(libpq_url(url))
    if args.forget:
        print_json({"database": shown_url(url), "account": account, "forgotten": forget_password(libpq_url(url))})
        return EXIT_OK
    password = read_password(args.password_file, "--password-file") if args.password_file else _typed_password()
    status, keyring = remember_office_password(url, password)
    overridden = bool(os.environ.get("PGPASSWORD"))
    if overridden:
        print_error(translate("Commands", "Note: PGPASSWORD is set, and comes first: the password kept in the system "
                                          "keyring is used where PGPASSWORD is not."))
    print_json({"database": shown_url(url), "account": account, "remembered": True, "keyring": keyring,
                "server_version": status.server_version, "schema_version": status.schema_version,
                "overridden_by_pgpassword": overridden})
    return EXIT_OK


def _office_url_of(args) -> str:
    """--database-url, $CUSTOMSDESK_DATABASE_URL or the office database chosen in the data folder."""
    from core.errors import FieldError, ValidationError
    from core.installation import default_data_dir
    from core.store.office import chosen_office_url

    url = database_url_of(args) or chosen_office_url(args.data_dir or default_data_dir())
    if url is None:
        raise ValidationError([FieldError("--database-url", translate(
            "Commands", "Name the office database with --database-url or CUSTOMSDESK_DATABASE_URL."))])
    return url


def _typed_password() -> str:
    import getpass
    import sys

    from core.errors import FieldError, ValidationError

    typed = getpass.getpass(translate("Commands", "Password of the server account: ")) if sys.stdin.isatty() \
        else sys.stdin.readline().rstrip("\r\n")
    if not typed:
        raise ValidationError([FieldError("password", translate(
            "Commands", "No password was given: type it, or give a file whose first line it is with "
                        "--password-file."))])
    return typed


def cmd_db_grant(args) -> int:
    from core.errors import FieldError, ValidationError
    from core.store.office import grant_to_clerks

    url = database_url_of(args)
    if url is None:
        raise ValidationError([FieldError("--database-url", translate(
            "Commands", "Name the office database with --database-url or CUSTOMSDESK_DATABASE_URL."))])
    print_json({"role": args.role, "granted": grant_to_clerks(url, args.role)})
    return EXIT_OK


def cmd_office_key_export(args) -> int:
    from core.office_key import export_office_key

    passphrase = read_password(args.passphrase_file, "--passphrase-file")
    context = context_of(args)
    written = export_office_key(context.access, context.data_dir, args.file, passphrase, replace=args.force)
    print_json({"written": str(written)})
    return EXIT_OK


def cmd_office_key_import(args) -> int:
    from core.installation import default_data_dir
    from core.office_key import import_office_key

    passphrase = read_password(args.passphrase_file, "--passphrase-file")
    done = import_office_key(args.data_dir or default_data_dir(), args.file, passphrase)
    if done.warning:
        print_error(done.warning)
    print_json({"imported": True, "previous_key_kept": str(done.previous_key_kept) if done.previous_key_kept else None,
                "locked_with_previous_key": list(done.locked_with_previous_key), "warning": done.warning})
    return EXIT_OK


COMMANDS = {
    "db-copy": cmd_db_copy,
    "db-status": cmd_db_status,
    "db-grant": cmd_db_grant,
    "db-password": cmd_db_password,
    "office-key-export": cmd_office_key_export,
    "office-key-import": cmd_office_key_import,
}
