"""Messages to customs from the command line: access codes, queries, send and receive, the archive, gateways."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from cli.base import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    MAX_ROW_ID,
    context_of,
    date_arg,
    port,
    print_json,
    row_id,
    seconds,
    whole_seconds,
)
from cli.register import guarantee_by_grn
from core.errors import FieldError, UserError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate


def add_commands(sub) -> None:
    p = sub.add_parser("codes-set",
                       help=QT_TRANSLATE_NOOP("Cli", 'store your access codes for a guarantee: JSON {"pac", "new_pac", "spk": [...]} on stdin'))
    p.add_argument("grn")
    p = sub.add_parser("codes-show", help=QT_TRANSLATE_NOOP("Cli", "show your own access codes for a guarantee"))
    p.add_argument("grn")
    p = sub.add_parser("register-codes",
                       help=QT_TRANSLATE_NOOP("Cli", "queue the access code registration (E_ACC_COD) with your codes"))
    p.add_argument("grn")
    p.add_argument("--urgent", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "send it before the others (first when the gateway is back after an "
                                                 "outage)"))
    p.add_argument("--send", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "send it now and fetch answers (like sync)"))
    p = sub.add_parser("query", help=QT_TRANSLATE_NOOP("Cli", "queue a guarantee query (CC034C) for one or more GRNs"))
    p.add_argument("grns", nargs="+", metavar="GRN")
    p.add_argument("--kind", required=True, choices=["usage", "balance", "info"])
    p.add_argument("--from", dest="period_from", type=date_arg,
                   help=QT_TRANSLATE_NOOP("Cli", "usage period start, YYYY-MM-DD (default: 30 days ago)"))
    p.add_argument("--to", dest="period_to", type=date_arg,
                   help=QT_TRANSLATE_NOOP("Cli", "usage period end, YYYY-MM-DD (default: today)"))
    p.add_argument("--unreleased", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "usage without a period: only the operations not yet released"))
    p.add_argument("--urgent", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "send it before the others (first when the gateway is back after an "
                                                 "outage)"))
    p.add_argument("--send", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "send it now and fetch answers (like sync)"))
    sub.add_parser("sync",
                   help=QT_TRANSLATE_NOOP("Cli", "send the outbox, fetch and apply the inbox; prints a JSON summary"))
    p = sub.add_parser("messages", help=QT_TRANSLATE_NOOP("Cli", "list messages in and out"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p.add_argument("--grn")
    p.add_argument("--direction", choices=["in", "out"])
    p.add_argument("--state")
    p.add_argument("--type", dest="message_type")
    p.add_argument("--search", help=QT_TRANSLATE_NOOP("Cli", "full-text search"))
    p = sub.add_parser("message-show", help=QT_TRANSLATE_NOOP("Cli", "print a message as XML or as its preview HTML"))
    p.add_argument("id", help=QT_TRANSLATE_NOOP("Cli", "the message's number or its message identification"))
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--xml", action="store_true")
    group.add_argument("--html", action="store_true")
    group.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "its fields and its history"))
    p = sub.add_parser("message-retry",
                       help=QT_TRANSLATE_NOOP("Cli", "apply a quarantined answer again at the next send and receive"))
    p.add_argument("id", help=QT_TRANSLATE_NOOP("Cli", "the message's number"))
    p = sub.add_parser("params", help=QT_TRANSLATE_NOOP("Cli", "list the communication parameter sets"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p = sub.add_parser("params-set", help=QT_TRANSLATE_NOOP("Cli", "change a communication parameter set; prints it"))
    p.add_argument("id", type=row_id, help=QT_TRANSLATE_NOOP("Cli", "the parameter set's id (see params)"))
    for option, what in (("name", QT_TRANSLATE_NOOP("Cli", "its name")),
                         ("gateway", QT_TRANSLATE_NOOP("Cli", "the gateway: an http(s) URL or a mailbox folder")),
                         ("eori", QT_TRANSLATE_NOOP("Cli", "the participant's EORI")),
                         ("participant-code", QT_TRANSLATE_NOOP("Cli", "the participant code")),
                         ("permit", QT_TRANSLATE_NOOP("Cli", "the NCTS permit number"))):
        p.add_argument(f"--{option}", help=what)
    p = sub.add_parser("validate-message", help=QT_TRANSLATE_NOOP("Cli", "check a message file against the schemas"))
    p.add_argument("file", type=Path)
    p = sub.add_parser("simulator",
                       help=QT_TRANSLATE_NOOP("Cli", "run the customs simulator (training environment) on loopback"))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=port, default=8720)
    p.add_argument("--register", type=Path,
                   help=QT_TRANSLATE_NOOP("Cli", "JSON file of register entries to add or replace"))
    p.add_argument("--throttle-seconds", type=whole_seconds, default=60,
                   help=QT_TRANSLATE_NOOP("Cli", "minimum time between queries on one GRN"))
    p.add_argument("--schemas", type=Path,
                   help=QT_TRANSLATE_NOOP("Cli", "folder of official XSDs to validate against as well"))
    p.add_argument("--mailbox", type=Path, help=QT_TRANSLATE_NOOP("Cli", "also serve a mailbox folder (out/ and in/)"))
    p.add_argument("--outage", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "start in a simulated outage"))
    p.add_argument("--answer-delay", type=seconds,
                   help=QT_TRANSLATE_NOOP("Cli", "seconds before answers become available"))


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
    context = context_of(args)
    g = guarantee_by_grn(context, args.grn)
    current = context.access_codes.codes_for(g.id)
    secret = lambda v: Secret(str(v)) if v not in (None, "") else None
    codes = AccessCodes(
        pac=secret(data["pac"]) if "pac" in data else current.pac,
        new_pac=secret(data["new_pac"]) if "new_pac" in data else current.new_pac,
        spks=[Secret(str(v)) for v in data["spk"]] if "spk" in data else current.spks,
    )
    context.access_codes.save(g.id, codes)
    print_json(_codes_json(context, g))
    return EXIT_OK


def _codes_from_stdin() -> dict:
    """{"pac": ..., "new_pac": ..., "spk": [...]} from stdin: each code a string (or a number), or null."""
    try:
        data = json.loads(sys.stdin.read() or "{}")
    except (ValueError, RecursionError) as exc:
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise ValidationError([FieldError("stdin", translate(
            "Commands", 'Not JSON ({reason}): give an object with "pac", "new_pac" and "spk".').format(reason=why))]) from None
    if not isinstance(data, dict) or not isinstance(data.get("spk", []), list):
        raise ValidationError([FieldError("stdin", translate(
            "Commands", 'Give a JSON object like {"pac": "AB12", "spk": ["CD34"]}; "spk" is a list.'))])
    is_code = lambda v: isinstance(v, (str, int)) and not isinstance(v, bool)
    errors = [FieldError(kind, translate("Commands", '"{field}" must be a code in quotes, e.g. "AB12", or null to clear it.')
                         .format(field=kind))
              for kind in ("pac", "new_pac") if kind in data and data[kind] is not None and not is_code(data[kind])]
    if not all(is_code(v) for v in data.get("spk", [])):
        errors.append(FieldError("spk", translate("Commands", '"spk" must be a list of codes in quotes, e.g. ["CD34", "EF56"].')))
    if errors:
        raise ValidationError(errors)
    return data


def cmd_codes_show(args) -> int:
    context = context_of(args)
    print_json(_codes_json(context, guarantee_by_grn(context, args.grn)))
    return EXIT_OK


def sync_json(context) -> dict:
    import asyncio

    return asyncio.run(context.messaging.sync()).as_dict()


def cmd_register_codes(args) -> int:
    context = context_of(args)
    message = context.messaging.prepare_registration(guarantee_by_grn(context, args.grn).id, urgent=args.urgent)
    output = {"queued": [message_json(context, message.id)]}
    if args.send:
        output["sync"] = sync_json(context)
        output["queued"] = [message_json(context, message.id)]
    print_json(output)
    return EXIT_OK


def cmd_query(args) -> int:
    from core.messages import QueryKind

    context = context_of(args)
    ids = [guarantee_by_grn(context, grn).id for grn in args.grns]
    messages = context.messaging.prepare_queries(ids, QueryKind.from_name(args.kind), args.period_from, args.period_to,
                                            unreleased_only=args.unreleased, urgent=args.urgent)
    output = {"queued": [message_json(context, m.id) for m in messages]}
    if args.send:
        output["sync"] = sync_json(context)
        output["queued"] = [message_json(context, m.id) for m in messages]
    print_json(output)
    return EXIT_OK


def cmd_sync(args) -> int:
    summary = sync_json(context_of(args))
    print_json(summary)
    return EXIT_CHECK_FAILED if summary["problems"] else EXIT_OK


def message_json(context, row_id: int) -> dict:
    message = context.messaging.store.get(row_id)
    data = message.as_dict()
    data["events"] = [e.__dict__ for e in context.messaging.store.events(row_id)]
    return data


def cmd_messages(args) -> int:
    from core.messaging.store import MessageFilter

    context = context_of(args)
    flt = MessageFilter(direction=args.direction, state=args.state, message_type=args.message_type,
                        grn=args.grn, text=args.search)
    messages = context.messaging.store.list(flt)
    if args.json:
        print_json([m.as_dict() for m in messages])
    else:
        for m in messages:
            print(f"{m.id:>6}  {m.direction:<3} {m.message_type:<9} {m.state:<11} {m.created_at}  {' '.join(m.grns)}  {m.result_shown}")
    return EXIT_OK


def _message_row(context, given: str) -> int:
    """The number of the message given by its number or its message identification."""
    from core.errors import NotFound

    store = context.messaging.store
    if given.isascii() and given.isdigit() and int(given) > MAX_ROW_ID:
        raise ValidationError([FieldError("id", translate(
            "Commands", "'{given}' is not a message number: give a whole number from 1 to {largest}, or the message "
                        "identification.").format(given=given, largest=MAX_ROW_ID))])
    row_id = int(given) if given.isascii() and given.isdigit() else store.find_id(given)
    if row_id is None:
        raise NotFound(f"No message with identification {given}: give its number or its full identification "
                       "(see 'messages --json').")
    store.require_visible(row_id)
    return row_id


def cmd_message_show(args) -> int:
    context = context_of(args)
    store = context.messaging.store
    row_id = _message_row(context, args.id)
    if args.json:
        data = store.get(row_id).as_dict()
        data["history"] = [{"state": e.state, "at": e.at, "detail": e.detail, "detail_shown": e.shown}
                           for e in store.events(row_id)]
        print_json(data)
        return EXIT_OK
    xml, _ = store.content(row_id)
    if xml is None:
        raise UserError(translate("Commands", "Message {id} has no readable content (state: {state}); see its history "
                                   "with 'messages --json'.").format(id=row_id, state=store.get(row_id).state_label))
    if args.xml:
        from core.messages import mask_access_codes

        shown = mask_access_codes(xml)  # access codes never leave the workstation in an export
        sys.stdout.buffer.write(shown if shown.endswith(b"\n") else shown + b"\n")
    else:
        from core.messages import explain, render_html

        print(render_html(xml, lambda code: explain(context.catalogue, code)))
    return EXIT_OK


def cmd_message_retry(args) -> int:
    context = context_of(args)
    message = context.messaging.retry(_message_row(context, args.id))
    print_json(message_json(context, message.id))
    return EXIT_OK


def cmd_params(args) -> int:
    sets = context_of(args).params.list()
    if args.json:
        print_json([p.as_dict() for p in sets])
    else:
        for p in sets:
            print(f"{p.id:>4}  {p.administration} {p.environment:<10} {p.eori:<17} {p.participant_code:<10} {p.gateway}")
    return EXIT_OK


def cmd_params_set(args) -> int:
    context = context_of(args)
    params = context.params.get(args.id)
    for option, field in (("name", "name"), ("gateway", "gateway"), ("eori", "eori"),
                          ("participant_code", "participant_code"), ("permit", "ncts_permit_number")):
        value = getattr(args, option)
        if value is not None:
            setattr(params, field, value)
    print_json(context.params.save(params).as_dict())
    return EXIT_OK


def cmd_validate_message(args) -> int:
    from core.messages import SchemaSet
    from core.store import DatabaseProblem

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError([FieldError("file", translate("Commands", "Cannot read {file}: {reason}.").format(
            file=args.file, reason=exc.strerror or exc))]) from None
    folder = None
    try:
        folder = context_of(args).schema_folder() if args.data_dir else None
    except DatabaseProblem:
        folder = None
    problems = SchemaSet(folder).validate(data)
    print_json({"valid": not problems, "errors": [p.as_dict() for p in problems]})
    return EXIT_OK if not problems else EXIT_CHECK_FAILED


def cmd_simulator(args) -> int:
    from core.installation import default_data_dir
    from simulator.server import run as run_simulator

    return run_simulator(args.data_dir or default_data_dir(), host=args.host, port=args.port,
                         register_file=args.register, throttle_seconds=args.throttle_seconds,
                         schema_folder=args.schemas, mailbox=args.mailbox, outage=args.outage,
                         answer_delay=args.answer_delay)


COMMANDS = {
    "codes-set": cmd_codes_set,
    "codes-show": cmd_codes_show,
    "register-codes": cmd_register_codes,
    "query": cmd_query,
    "sync": cmd_sync,
    "messages": cmd_messages,
    "message-show": cmd_message_show,
    "message-retry": cmd_message_retry,
    "params": cmd_params,
    "params-set": cmd_params_set,
    "validate-message": cmd_validate_message,
    "simulator": cmd_simulator,
}
