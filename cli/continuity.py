"""The incident log and movements handled on paper (business continuity plan) from the command line."""
from __future__ import annotations

from pathlib import Path

from cli.base import (
    EXIT_OK,
    context_of,
    months,
    paper_number,
    percent,
    print_json,
    row_id,
)
from core.errors import FieldError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate

INCIDENT_KINDS = ("customs-planned", "customs-unplanned", "own-system", "link")


INCIDENT_TEXTS = (
    ("start", QT_TRANSLATE_NOOP("Cli", "when it started: YYYY-MM-DDTHH:MM, local time or with the time zone (default: "
                                       "now)")),
    ("expected-end", QT_TRANSLATE_NOOP("Cli", "a planned outage: when customs expect it to end")),
    ("end", QT_TRANSLATE_NOOP("Cli", "when it ended")),
    ("eori", QT_TRANSLATE_NOOP("Cli", "own-system: the authorised consignee's EORI")),
    ("cause", QT_TRANSLATE_NOOP("Cli", "the cause, if known")),
    ("ticket", QT_TRANSLATE_NOOP("Cli", "the service desk's ticket number")),
    ("administration", QT_TRANSLATE_NOOP("Cli", "CZ, DE or PL")),
    ("gateway", QT_TRANSLATE_NOOP("Cli", "the gateway concerned")),
    ("notes", QT_TRANSLATE_NOOP("Cli", "free notes")),
)


def add_commands(sub) -> None:
    p = sub.add_parser("incidents",
                       help=QT_TRANSLATE_NOOP("Cli", "the incident log: outages of customs, of our own system and of "
                                                     "the link"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p.add_argument("--state", choices=["draft", "open", "closed"])
    p = sub.add_parser("incident-open",
                       help=QT_TRANSLATE_NOOP("Cli", "record an incident (with --end: one that is over); prints it"))
    p.add_argument("--kind", required=True, choices=INCIDENT_KINDS)
    for option, what in INCIDENT_TEXTS:
        p.add_argument(f"--{option}", help=what)
    p.add_argument("--confirmed", choices=["yes", "no", "refused"],
                   help=QT_TRANSLATE_NOOP("Cli", "own-system: the service desk's answer"))
    p = sub.add_parser("incident-update",
                       help=QT_TRANSLATE_NOOP("Cli", "correct or complete an incident (a detected draft becomes yours)"),
                       description=QT_TRANSLATE_NOOP("Cli", "Correct or complete an incident; '' clears a text."))
    p.add_argument("id", type=row_id, metavar="ID")
    p.add_argument("--kind", choices=INCIDENT_KINDS)
    for option, what in INCIDENT_TEXTS:
        p.add_argument(f"--{option}", help=what)
    p.add_argument("--confirmed", choices=["yes", "no", "refused", ""],
                   help=QT_TRANSLATE_NOOP("Cli", "own-system: the service desk's answer"))
    p = sub.add_parser("incident-close", help=QT_TRANSLATE_NOOP("Cli", "the outage is over; prints the incident"))
    p.add_argument("id", type=row_id, metavar="ID")
    p.add_argument("--end", help=QT_TRANSLATE_NOOP("Cli", "when it ended (default: now)"))
    p = sub.add_parser("incident-report",
                       help=QT_TRANSLATE_NOOP("Cli", "write the report of an incident for the customs service desk"))
    p.add_argument("id", type=row_id, metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--format", choices=["pdf", "csv"],
                   help=QT_TRANSLATE_NOOP("Cli", "default: as FILE ends (.csv), else pdf"))
    p.add_argument("--force", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "replace FILE when it exists"))
    p = sub.add_parser("incident-pending",
                       help=QT_TRANSLATE_NOOP("Cli", "outbound messages queued or sent without an answer during an "
                                                "incident: declarations to withdraw"))
    p.add_argument("id", type=row_id, metavar="ID")

    p = sub.add_parser("bcp-range-add",
                       help=QT_TRANSLATE_NOOP("Cli", "a range of paper declaration numbers the office allocated"))
    p.add_argument("--office", required=True,
                   help=QT_TRANSLATE_NOOP("Cli", "the customs office the range belongs to, e.g. DE004600"))
    p.add_argument("--first", required=True, type=paper_number)
    p.add_argument("--last", required=True, type=paper_number)
    p.add_argument("--prefix", default="", help=QT_TRANSLATE_NOOP("Cli", "written before the number, e.g. BCP-"))
    sub.add_parser("bcp-ranges",
                   help=QT_TRANSLATE_NOOP("Cli", "the paper number ranges")).add_argument("--json", action="store_true")
    p = sub.add_parser("bcp-add",
                       help=QT_TRANSLATE_NOOP("Cli", "record a movement handled on paper (BCP); prints it with its "
                                                     "deadline"))
    p.add_argument("--country", required=True, help=QT_TRANSLATE_NOOP("Cli", "the country of destination, e.g. DE"))
    p.add_argument("--office-destination", required=True, metavar="OFFICE")
    p.add_argument("--taken-over", required=True, metavar="ISO",
                   help=QT_TRANSLATE_NOOP("Cli", "when the goods were taken over"))
    p.add_argument("--document-number", metavar="N",
                   help=QT_TRANSLATE_NOOP("Cli", "the paper declaration's number (default: the next of "
                                                           "a range of the office of destination)"))
    p.add_argument("--kind", choices=["BCP-TAD", "TAD"], default="BCP-TAD",
                   help=QT_TRANSLATE_NOOP("Cli", "the paper document"))
    p.add_argument("--office-departure", metavar="OFFICE", default="")
    p.add_argument("--incident", type=row_id, metavar="ID",
                   help=QT_TRANSLATE_NOOP("Cli", "the incident that made it go on paper"))
    p.add_argument("--notes", default="")
    p = sub.add_parser("bcp",
                       help=QT_TRANSLATE_NOOP("Cli", "the movements handled on paper, with deadlines and reminders"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p.add_argument("--due", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "only those due today, tomorrow or overdue"))
    p = sub.add_parser("bcp-presented",
                       help=QT_TRANSLATE_NOOP("Cli", "the endorsed paper document was presented at the office of "
                                                     "destination"))
    p.add_argument("id", type=row_id, metavar="ID")
    p.add_argument("--at", metavar="ISO", help=QT_TRANSLATE_NOOP("Cli", "when (default: now)"))
    p = sub.add_parser("bcp-send",
                       help=QT_TRANSLATE_NOOP("Cli", "refused: a movement handled on paper is never sent electronically"))
    p.add_argument("id", type=row_id, metavar="ID")
    p = sub.add_parser("bcp-share",
                       help=QT_TRANSLATE_NOOP("Cli", "per month: movements on paper, messages declared electronically, "
                                                     "the share"))
    p.add_argument("--months", type=months, default=6)
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))
    p = sub.add_parser("bcp-settings",
                       help=QT_TRANSLATE_NOOP("Cli", "show or set the offices' regions and the share that draws a "
                                                     "warning"))
    p.add_argument("--office-regions", metavar="TEXT",
                   help=QT_TRANSLATE_NOOP("Cli", "e.g. 'DE004600=HH DE002601=NW' ('' for none)"))
    p.add_argument("--share-warning", type=percent, metavar="PERCENT",
                   help=QT_TRANSLATE_NOOP("Cli", "warn above this share (default 5)"))


def cmd_incidents(args) -> int:
    incidents = context_of(args).incidents.list(args.state)
    if args.json:
        print_json([i.as_dict() for i in incidents])
    else:
        for i in incidents:
            print(f"{i.id:>5}  {i.state:<6} {i.kind:<17} {i.start}  {i.end or 'going on':<20} {i.ticket:<12} "
                  f"{i.eori or i.gateway}")
    return EXIT_OK


def _incident_values(args) -> dict:
    names = [option.replace("-", "_") for option, _ in INCIDENT_TEXTS] + ["kind", "confirmed"]
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def cmd_incident_open(args) -> int:
    context = context_of(args)
    values = _incident_values(args)
    saved = context.incidents.open(values.pop("kind"), values.pop("start", None), **values)
    print_json(saved.record.as_dict())
    return EXIT_OK


def cmd_incident_update(args) -> int:
    values = _incident_values(args)
    if not values:
        raise ValidationError([FieldError(None, translate("Commands", "Give what to change, e.g. --ticket T or --confirmed yes."))])
    context = context_of(args)
    context.incidents.update(args.id, **values)
    print_json(context.incidents.get(args.id).as_dict())
    return EXIT_OK


def cmd_incident_close(args) -> int:
    context = context_of(args)
    context.incidents.close(args.id, args.end)
    print_json(context.incidents.get(args.id).as_dict())
    return EXIT_OK


def cmd_incident_report(args) -> int:
    from core.data_folder import DataFolder
    from core.installation import default_data_dir

    # a name that would be refused is refused before the database is opened (and signed in to)
    DataFolder(args.data_dir or default_data_dir()).check_user_file(args.file, replace=args.force)
    fmt = args.format or ("csv" if args.file.suffix.lower() == ".csv" else "pdf")
    path = context_of(args).incidents.write_report(args.id, args.file, format=fmt, replace=args.force)
    print_json({"id": args.id, "path": str(path), "format": fmt})
    return EXIT_OK


def cmd_incident_pending(args) -> int:
    context = context_of(args)
    incident = context.incidents.get(args.id)
    print_json({"incident": incident.as_dict(),
                 "pending": [m.as_dict() for m in context.bcp.pending_during(args.id)]})
    return EXIT_OK


def cmd_bcp_range_add(args) -> int:
    print_json(context_of(args).bcp.add_range(args.office, args.first, args.last, args.prefix).record.as_dict())
    return EXIT_OK


def cmd_bcp_ranges(args) -> int:
    ranges = context_of(args).bcp.ranges()
    if args.json:
        print_json([r.as_dict() for r in ranges])
    else:
        for r in ranges:
            print(f"{r.id:>4}  {r.office}  {r.label:<30} {r.remaining} left")
    return EXIT_OK


def _movement_json(context, movement) -> dict:
    reminder = context.bcp.reminder(movement)
    return movement.as_dict() | {"reminder": reminder.text if reminder else None}


def cmd_bcp_add(args) -> int:
    context = context_of(args)
    saved = context.bcp.record(country=args.country, office_destination=args.office_destination,
                               taken_over=args.taken_over, document_kind=args.kind,
                               document_number=args.document_number, office_departure=args.office_departure,
                               incident=args.incident, notes=args.notes)
    print_json(_movement_json(context, saved.record))
    return EXIT_OK


def cmd_bcp(args) -> int:
    context = context_of(args)
    movements = [r.movement for r in context.bcp.due()] if args.due else context.bcp.list()
    if args.json:
        print_json([_movement_json(context, m) for m in movements])
    else:
        for m in movements:
            state = f"presented {m.presented_at}" if m.presented else f"due {m.deadline}"
            print(f"{m.id:>5}  {m.label:<28} {m.office_destination}  {m.taken_over_at}  {state}")
    return EXIT_OK


def cmd_bcp_presented(args) -> int:
    context = context_of(args)
    context.bcp.mark_presented(args.id, args.at)
    print_json(_movement_json(context, context.bcp.get(args.id)))
    return EXIT_OK


def cmd_bcp_send(args) -> int:
    from core.continuity.bcp import EndsOnPaper

    try:
        context_of(args).bcp.send_electronically(args.id)
    except EndsOnPaper as exc:
        raise ValidationError([FieldError("id", str(exc))]) from None
    raise AssertionError("a movement handled on paper is never sent")  # send_electronically always refuses


def cmd_bcp_share(args) -> int:
    shares = context_of(args).bcp.monthly_share(args.months)
    if args.json:
        print_json([s.as_dict() for s in shares])
    else:
        for s in shares:
            share = "—" if s.share is None else f"{s.share:g} %"
            print(f"{s.month}  paper {s.paper:>5}  electronic {s.electronic:>6}  {share:>8}  {s.warning or ''}")
    return EXIT_OK


def cmd_bcp_settings(args) -> int:
    bcp = context_of(args).bcp
    if args.office_regions is not None:
        bcp.set_office_regions(args.office_regions)
    if args.share_warning is not None:
        bcp.set_share_warning_percent(args.share_warning)
    print_json({"office_regions": bcp.office_regions(), "share_warning_percent": bcp.share_warning_percent()})
    return EXIT_OK


COMMANDS = {
    "incidents": cmd_incidents,
    "incident-open": cmd_incident_open,
    "incident-update": cmd_incident_update,
    "incident-close": cmd_incident_close,
    "incident-report": cmd_incident_report,
    "incident-pending": cmd_incident_pending,
    "bcp-range-add": cmd_bcp_range_add,
    "bcp-ranges": cmd_bcp_ranges,
    "bcp-add": cmd_bcp_add,
    "bcp": cmd_bcp,
    "bcp-presented": cmd_bcp_presented,
    "bcp-send": cmd_bcp_send,
    "bcp-share": cmd_bcp_share,
    "bcp-settings": cmd_bcp_settings,
}
