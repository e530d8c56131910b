"""The incident log (spec 06 §6.2): outages of customs (planned or not), failures of the office's own system as
an authorised consignee, and failures of the link; each with its start, end, ticket and notes, and a report for
the customs service desk.

The transport opens a *draft* when it sees a gateway down (:meth:`IncidentService.open_detected`) and sets its end
when the gateway answers again (:meth:`IncidentService.close_detected`); a clerk confirms or corrects it later.
Each clerk's action is one transaction and returns what changed.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from core.administrations import ADMINISTRATIONS
from core.changes import CONTINUITY, Changes
from core.continuity.report import csv_bytes, pdf_bytes
from core.continuity.times import parse_stamp, read_moment, read_stamp, stamp, utc_now
from core.errors import FieldError, NotFound, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.organisations.model import eori_errors, normalise_eori
from core.store.rows import insert_row, update_row
from core.users.access import SYSTEM_LOGIN

if TYPE_CHECKING:
    from core.data_folder import DataFolder
    from core.store.connection import Database
    from core.users.access import Access

T = TypeVar("T")

# The labels of the kinds, states and confirmations, in English: translated where shown (see Incident)
KINDS = {
    "customs-planned": QT_TRANSLATE_NOOP("Continuity", "Planned customs outage"),
    "customs-unplanned": QT_TRANSLATE_NOOP("Continuity", "Unplanned customs outage"),
    "own-system": QT_TRANSLATE_NOOP("Continuity", "Failure of our own system (authorised consignee)"),
    "link": QT_TRANSLATE_NOOP("Continuity", "Failure of the link to customs"),
}
STATES = {"draft": QT_TRANSLATE_NOOP("Continuity", "Draft (detected automatically)"),
          "open": QT_TRANSLATE_NOOP("Continuity", "Open"), "closed": QT_TRANSLATE_NOOP("Continuity", "Closed")}
CONFIRMATIONS = {"yes": QT_TRANSLATE_NOOP("Continuity", "Confirmed by the service desk"),
                 "no": QT_TRANSLATE_NOOP("Continuity", "Not confirmed (yet)"),
                 "refused": QT_TRANSLATE_NOOP("Continuity", "Confirmation refused by customs")}
DETECTED_KIND = "customs-unplanned"
EDITABLE = ("kind", "start", "expected_end", "end", "administration", "gateway", "eori", "cause", "ticket",
            "confirmed", "notes")
TEXT_LIMITS = {"cause": 2000, "notes": 4000, "ticket": 64, "gateway": 500}
TEXT_NAMES = {"cause": QT_TRANSLATE_NOOP("Continuity", "cause"), "notes": QT_TRANSLATE_NOOP("Continuity", "notes"),
              "ticket": QT_TRANSLATE_NOOP("Continuity", "ticket"),
              "gateway": QT_TRANSLATE_NOOP("Continuity", "gateway")}  # in the messages about a text too long
REPORT_FORMATS = ("pdf", "csv")
REPORT_COLUMNS = ("incident", "kind", "state", "eori", "start", "end", "expected_end", "cause", "ticket",
                  "confirmed", "administration", "gateway", "notes", "recorded_by", "recorded_at", "updated_at")


@dataclass(frozen=True)
class Saved(Generic[T]):
    """A record just stored, and what changed."""

    record: T
    changes: Changes


@dataclass
class Incident:
    id: int
    kind: str
    state: str
    start: str
    expected_end: str | None
    end: str | None
    administration: str
    gateway: str
    eori: str
    cause: str
    ticket: str
    confirmed: str | None
    notes: str
    created_by: str
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row) -> Incident:
        return cls(**{f.name: row[f.name] for f in fields(cls)})

    @property
    def kind_label(self) -> str:
        return translate("Continuity", KINDS[self.kind]) if self.kind in KINDS else self.kind

    @property
    def state_label(self) -> str:
        return translate("Continuity", STATES[self.state]) if self.state in STATES else self.state

    @property
    def confirmed_label(self) -> str:
        return translate("Continuity", CONFIRMATIONS[self.confirmed]) if self.confirmed in CONFIRMATIONS else ""

    @property
    def detected(self) -> bool:
        return self.created_by == SYSTEM_LOGIN

    def as_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data.update(kind_label=self.kind_label, state_label=self.state_label, confirmed_label=self.confirmed_label)
        return data


class IncidentService:
    """Everybody signed in records incidents: outages concern the whole office."""

    def __init__(self, db: Database, access: Access, files: DataFolder | None = None,
                 clock: Callable[[], datetime] = utc_now):
        self._db = db
        self._access = access
        self._files = files
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------------------------
    def list(self, state: str | None = None) -> list[Incident]:
        """Newest start first; ``state`` one of draft, open, closed."""
        where, params = ("WHERE state = ?", [state]) if state else ("", [])
        rows = self._db.execute(f"SELECT * FROM incidents {where} ORDER BY start DESC, id DESC", params).fetchall()
        return [Incident.from_row(r) for r in rows]

    def get(self, incident_id: int) -> Incident:
        row = self._db.execute("SELECT * FROM incidents WHERE id = ?", [incident_id]).fetchone()
        if row is None:
            raise NotFound(translate("Continuity", "Incident {id} does not exist: see the incident log for the "
                                                   "numbers.").format(id=incident_id))
        return Incident.from_row(row)

    def current(self) -> list[Incident]:
        """The incidents going on now (started, no end yet or an end still ahead), for a banner."""
        now = stamp(self._clock())
        rows = self._db.execute(
            "SELECT * FROM incidents WHERE state != 'closed' AND start <= ? AND (\"end\" IS NULL OR \"end\" > ?) "
            "ORDER BY start, id", [now, now]).fetchall()
        return [Incident.from_row(r) for r in rows]

    # -- a clerk's record -------------------------------------------------------------------------------------
    def open(self, kind: str, start: str | datetime | None = None, *, expected_end: str | datetime | None = None,
             end: str | datetime | None = None, administration: str = "", gateway: str = "", eori: str = "",
             cause: str = "", ticket: str = "", confirmed: str | None = None, notes: str = "") -> Saved[Incident]:
        """Record an incident; ``start`` defaults to now. One with an ``end`` is recorded closed."""
        values = _checked({
            "kind": kind, "start": start if start not in (None, "") else self._clock(),
            "expected_end": expected_end, "end": end, "administration": administration, "gateway": gateway,
            "eori": eori, "cause": cause, "ticket": ticket, "confirmed": confirmed, "notes": notes,
        })
        now = stamp(self._clock())
        with self._db.atomic():
            incident_id = insert_row(self._db, "incidents", {
                **values, "state": "closed" if values["end"] else "open", "created_by": self._access.user.login,
                "created_at": now, "updated_at": now})
        return Saved(self.get(incident_id), Changes.of(CONTINUITY, incident_id))

    def update(self, incident_id: int, **changes: object) -> Changes:
        """Change some of :data:`EDITABLE`; a draft the transport opened becomes the clerk's (open, or closed when
        it has an end)."""
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise ValidationError([FieldError(name, translate("Continuity", "'{name}' cannot be changed; an incident "
                                                                            "has {fields}.").format(
                name=name, fields=", ".join(EDITABLE))) for name in unknown])
        with self._db.atomic():
            incident = self.get(incident_id)
            current = {name: getattr(incident, name) for name in EDITABLE}
            values = _checked({**current, **changes})
            columns = {**values, "state": "closed" if values["end"] else "open", "updated_at": stamp(self._clock())}
            if incident.detected:
                columns["created_by"] = self._access.user.login  # confirmed: now it is this clerk's record
            update_row(self._db, "incidents", incident_id, columns)
        return Changes.of(CONTINUITY, incident_id)

    def close(self, incident_id: int, end: str | datetime | None = None) -> Changes:
        """The outage is over at ``end``: by default the end detected already (a draft's), else now."""
        incident = self.get(incident_id)
        if end in (None, ""):
            if incident.state == "closed":
                raise ValidationError([FieldError("id", translate(
                    "Continuity", "Incident {id} was closed already (end {end}): give the end to correct it.").format(
                        id=incident_id, end=incident.end))])
            end = incident.end or self._clock()
        return self.update(incident_id, end=end)

    # -- the transport's automatic detection ----------------------------------------------------------------
    def open_detected(self, source: str, gateway: str, administration: str, since: str, reason: str) -> int:
        """A draft customs-unplanned incident for ``gateway``, down since ``since`` (UTC, 'YYYY-MM-DDTHH:MM:SSZ');
        the id of the incident already going on for that gateway (a draft, or one a clerk confirmed and left
        without an end) if there is one."""
        start = read_stamp(since, "since", translate("Continuity", "the start of the outage"))
        gateway = _limited(gateway, "gateway")
        with self._db.atomic():
            row = self._db.execute(
                "SELECT id FROM incidents WHERE gateway = ? AND state IN ('draft', 'open') AND \"end\" IS NULL "
                "ORDER BY id DESC LIMIT 1", [gateway]).fetchone()
            if row is not None:
                return row[0]
            now = stamp(self._clock())
            return insert_row(self._db, "incidents", {
                "kind": DETECTED_KIND, "state": "draft", "start": start, "administration": administration.upper(),
                "gateway": gateway, "cause": _limited(reason, "cause"),
                "notes": f"Opened automatically: the gateway stopped answering ({source}).",
                "created_by": SYSTEM_LOGIN, "created_at": now, "updated_at": now})

    def close_detected(self, incident_id: int, end: str) -> None:
        """The gateway answers again since ``end`` (UTC): the end of the incident, when it is still going on (a
        draft stays a draft for the clerk to confirm); a clerk's end is never overwritten."""
        moment = read_stamp(end, "end", translate("Continuity", "the end of the outage"))
        with self._db.atomic():
            incident = self.get(incident_id)
            if incident.end is not None or incident.state == "closed":
                return
            moment = max(moment, incident.start)
            update_row(self._db, "incidents", incident_id, {
                "end": moment, "state": "draft" if incident.state == "draft" else "closed",
                "updated_at": stamp(self._clock())})

    # -- the report for the service desk ----------------------------------------------------------------------
    def report_rows(self, incident_id: int) -> list[tuple[str, str]]:
        i = self.get(incident_id)
        return [
            (translate("Continuity", "Incident"), translate("Continuity", "No. {id}: {kind}").format(
                id=i.id, kind=i.kind_label)),
            (translate("Continuity", "State"), i.state_label),
            ("EORI", i.eori or "-"),
            (translate("Continuity", "Start (date and time)"), _shown(i.start)),
            (translate("Continuity", "Expected end"), _shown(i.expected_end) if i.expected_end else "-"),
            (translate("Continuity", "End"), _shown(i.end) if i.end else translate("Continuity", "still going on")),
            (translate("Continuity", "Cause"), i.cause or translate("Continuity", "not known")),
            (translate("Continuity", "Service desk ticket"), i.ticket or "-"),
            (translate("Continuity", "Confirmed"), i.confirmed_label or "-"),
            (translate("Continuity", "Administration"),
             ADMINISTRATIONS.get(i.administration, i.administration) or "-"),
            (translate("Continuity", "Gateway"), i.gateway or "-"),
            (translate("Continuity", "Notes"), i.notes or "-"),
            (translate("Continuity", "Recorded by"),
             translate("Continuity", "CustomsDesk (automatic detection)") if i.detected else i.created_by),
            (translate("Continuity", "Recorded at"), _shown(i.created_at)),
            (translate("Continuity", "Last changed"), _shown(i.updated_at)),
        ]

    def report_csv(self, incident_id: int) -> bytes:
        i = self.get(incident_id)
        return csv_bytes(REPORT_COLUMNS, [[
            i.id, i.kind, i.state, i.eori, i.start, i.end, i.expected_end, i.cause, i.ticket, i.confirmed or "",
            i.administration, i.gateway, i.notes, i.created_by, i.created_at, i.updated_at]])

    def report_pdf(self, incident_id: int) -> bytes:
        i = self.get(incident_id)
        return pdf_bytes(translate("Continuity", "Incident report for the customs service desk: {kind}").format(
                             kind=i.kind_label),
                         self.report_rows(incident_id),
                         translate("Continuity", "Written by CustomsDesk for {user} on {moment}. Times are UTC.")
                         .format(user=self._access.user.login, moment=_shown(stamp(self._clock()))))

    def write_report(self, incident_id: int, path: Path, *, format: str | None = None,
                     replace: bool = False) -> Path:
        """Write the report to ``path`` (``format`` pdf or csv; by default as the name ends, else PDF): an
        existing file only with ``replace``, never one of the data folder's own files."""
        if self._files is None:
            raise RuntimeError("this incident log was opened without its data folder: it cannot write reports")
        path = Path(path)
        chosen = (format or ("csv" if path.suffix.lower() == ".csv" else "pdf")).lower()
        if chosen not in REPORT_FORMATS:
            raise ValidationError([FieldError("format", translate(
                "Continuity", "'{format}' is not a report format: pdf or csv.").format(format=format))])
        self._files.check_user_file(path, replace=replace)
        data = self.report_csv(incident_id) if chosen == "csv" else self.report_pdf(incident_id)
        return self._files.write_user_file(path, data, replace=replace)


def _shown(moment: str | None) -> str:
    return parse_stamp(moment).strftime("%Y-%m-%d %H:%M UTC") if moment else ""


def _limited(text: object, name: str) -> str:
    """What the transport says, cut to what is kept (a clerk's text is refused when too long instead)."""
    return str(text or "").strip()[:TEXT_LIMITS[name]]


def _checked(values: dict) -> dict:
    """The incident's columns from what was given, or ValidationError with every field that is wrong."""
    errors: list[FieldError] = []
    kind = str(values["kind"] or "").strip()
    if kind not in KINDS:
        errors.append(FieldError("kind", translate("Continuity", "'{kind}' is not a kind of incident: {kinds}.").format(
            kind=kind, kinds=", ".join(KINDS))))
    moments = {}
    for name, what in (("start", translate("Continuity", "the start")),
                       ("expected_end", translate("Continuity", "the expected end")),
                       ("end", translate("Continuity", "the end"))):
        value = values[name]
        if value in (None, ""):
            moments[name] = None
            continue
        try:
            moments[name] = read_moment(value, name, what).utc
        except ValidationError as exc:
            errors += exc.errors
            moments[name] = None
    if moments["start"] is None and not any(e.field == "start" for e in errors):
        errors.append(FieldError("start", translate("Continuity", "The start (date and time) is required: the "
                                                                  "service desk asks for it.")))
    for name, text in (("expected_end", translate("Continuity", "The expected end ({end}) must come after the start "
                                                                "({start}).")),
                       ("end", translate("Continuity", "The end ({end}) must come after the start ({start})."))):
        if moments["start"] and moments[name] and moments[name] <= moments["start"]:
            errors.append(FieldError(name, text.format(end=_shown(moments[name]), start=_shown(moments["start"]))))
    eori = normalise_eori(str(values["eori"] or ""))
    if kind == "own-system" or eori:
        found = eori_errors(eori)
        if found and not eori:
            found = [FieldError("eori", translate("Continuity", "A failure of our own system is reported to the "
                                                                "service desk with the authorised consignee's EORI, "
                                                                "e.g. DE1234567890123: give it."))]
        errors += found
    texts = {name: str(values[name] or "").strip() for name in TEXT_LIMITS}
    for name, most in TEXT_LIMITS.items():
        if len(texts[name]) > most:
            errors.append(FieldError(name, translate("Continuity", "The {name} has {count} characters; at most {most} "
                                                                   "are kept.").format(
                name=translate("Continuity", TEXT_NAMES[name]), count=len(texts[name]), most=most)))
    confirmed = str(values["confirmed"] or "").strip().lower() or None
    ticket = texts["ticket"]
    if confirmed is not None and confirmed not in CONFIRMATIONS:
        errors.append(FieldError("confirmed", translate("Continuity", "'{answer}' is not an answer of the service "
                                                                      "desk: yes, no or refused.").format(
            answer=confirmed)))
    elif confirmed is not None and kind in KINDS and kind != "own-system":
        label = translate("Continuity", KINDS[kind])
        errors.append(FieldError("confirmed", translate("Continuity", "Only a failure of our own system is confirmed "
                                                                      "by the service desk; leave it empty for a "
                                                                      "{kind}.").format(
            kind=label[:1].lower() + label[1:])))
    elif confirmed == "yes" and not ticket:
        errors.append(FieldError("ticket", translate("Continuity", "The service desk confirms with a ticket number: "
                                                                   "give it.")))
    administration = str(values["administration"] or "").strip().upper()
    if administration and administration not in ADMINISTRATIONS:
        errors.append(FieldError("administration", translate("Continuity", "'{administration}' is not an "
                                                                           "administration: {known}.").format(
            administration=administration, known=", ".join(ADMINISTRATIONS))))
    if errors:
        raise ValidationError(errors)
    return {"kind": kind, "start": moments["start"], "expected_end": moments["expected_end"], "end": moments["end"],
            "administration": administration, "gateway": texts["gateway"], "eori": eori, "cause": texts["cause"],
            "ticket": ticket, "confirmed": confirmed, "notes": texts["notes"]}
