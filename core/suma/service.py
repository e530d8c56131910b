"""The clerk's summary declarations: importing and editing the working copy, checking it against what customs
hold, and sending it through the outbox. Each action is one transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from core.changes import SUMA, Changes
from core.errors import UserError
from core.formatting import integer
from core.i18n import translate
from core.suma.model import (
    HEADER_FIELDS,
    MAX_POSITIONS,
    POSITION,
    POSITION_FIELDS,
    Declaration,
    Kind,
    Position,
    Status,
    flatten,
    nest,
    parse_value,
)
from core.suma.rules import Code, Context, Plan, Problem, Refused, check
from core.suma.store import ACCEPTED, WORKING, DeclarationRow, PositionRow, SumaStore

if TYPE_CHECKING:
    from core.communication import CommParams, CommParamsService
    from core.messaging.service import MessagingService
    from core.messaging.store import Message
    from core.refdata.catalogue import Catalogue
    from core.settings import Settings
    from core.store.connection import Database
    from core.transport.certificates import CertificateStore
    from core.users.access import Access

CUSPRL, CUSPRR = "CUSPRL", "CUSPRR"
ATLAS_RECIPIENT = "ATLAS.DE"
AIRPORT_OFFICES_SETTING = "suma_airport_offices"  # "+DE001234 -DE002601": offices the reference data misjudges
AIRPORT_WORDS = ("FLUGHAFEN", "AIRPORT", "AÉROPORT", "LETIŠTĚ", "LOTNISKO", "AEROPORTO", "AEROPUERTO", "LUCHTHAVEN")


class SumaInputError(Refused):
    """A declaration that cannot be stored as given: every problem with its field and position."""


@dataclass(frozen=True)
class Imported:
    id: int
    positions: int
    changes: Changes

    def as_dict(self) -> dict:
        return {"id": self.id, "positions": self.positions}


class SumaService:
    def __init__(self, *, db: Database, access: Access, settings: Settings, catalogue: Catalogue, user: str,
                 messaging: MessagingService, params: CommParamsService, certificates: CertificateStore):
        self._db = db
        self._access = access
        self._settings = settings
        self._catalogue = catalogue
        self._user = user
        self._messaging = messaging
        self._params = params
        self._certificates = certificates
        self.store = SumaStore(db)

    # -- the working copy --------------------------------------------------------------------------
    def import_json(self, data: object, declaration_id: int | None = None) -> Imported:
        """A declaration from JSON (see the headless command ``suma-import``): new, or replacing the working copy
        of ``declaration_id``. Nothing is stored when any value cannot be read."""
        declaration = declaration_from_json(data)
        if declaration_id is None:
            declaration_id = self.store.create(declaration, self._user)
        else:
            self._require_editable(declaration_id)
            self.store.replace_working(declaration_id, declaration)
        return Imported(declaration_id, len(declaration.positions), Changes.of(SUMA, declaration_id))

    def set_header_value(self, declaration_id: int, name: str, raw: object) -> Changes:
        spec = next((f for f in HEADER_FIELDS if f.name == name), None)
        if spec is None:
            raise UserError(translate("Suma", "{name} is not a field of the declaration's header.").format(name=name))
        value, problem = parse_value(spec, raw)
        if problem:
            raise SumaInputError([Problem(Code.FIELD_INVALID, problem, name)])
        self._require_editable(declaration_id)
        self.store.set_header_value(declaration_id, name, value)
        return Changes.of(SUMA, declaration_id)

    def set_position_values(self, declaration_id: int, number: int, raw: dict[str, object]) -> Changes:
        """Change fields of one position; a confirmed position cannot change (rules 3, 5 and 7)."""
        values, problems = _parsed(raw, number)
        if number in self.store.confirmed_numbers(declaration_id):
            problems.append(Problem(Code.CONFIRMED_POSITION_CHANGED, translate(
                "Suma", "Position {number} is confirmed by customs: it can no longer change.").format(number=number),
                next(iter(raw), None), number))
        if problems:
            raise SumaInputError(problems)
        self._require_editable(declaration_id)
        with self._db.atomic():
            self.store.set_position_values(declaration_id, number, values)
        return Changes.of(SUMA, declaration_id)

    def paste(self, declaration_id: int, rows: list[dict[str, object]]) -> tuple[Changes, list[Problem]]:
        """Rows pasted from a spreadsheet: each replaces the position of its number or is appended. Rows with a
        problem are left out (each problem names the cell); the others are stored together."""
        confirmed = self.store.confirmed_numbers(declaration_id)
        existing = {p.number for p in self.store.positions(declaration_id, WORKING)}
        good, problems = [], []
        for index, raw in enumerate(rows, 1):
            values, row_problems = _parsed(raw, None)
            number = values.get("number") or (max(existing | {p.number for p in good}, default=0) + 1)
            values["number"] = number
            if number in confirmed:
                row_problems.append(Problem(Code.CONFIRMED_POSITION_CHANGED, translate(
                    "Suma", "Position {number} is confirmed by customs: it can no longer change.").format(
                        number=number), "number", number))
            for problem in row_problems:
                problems.append(Problem(problem.code, translate("Suma", "Row {row}: {problem}").format(
                    row=index, problem=problem.message), problem.field, problem.position or number))
            if not row_problems:
                good.append(Position(values))
        if len(existing | {p.number for p in good}) > MAX_POSITIONS:
            raise SumaInputError([Problem(Code.TOO_MANY_POSITIONS, translate(
                "Suma", "A declaration has at most {most} positions.").format(most=integer(MAX_POSITIONS)),
                "positions")])
        self._require_editable(declaration_id)
        with self._db.atomic():
            for position in good:
                if position.number in existing:
                    self.store.set_position_values(declaration_id, position.number, position.values)
                else:
                    self.store.add_positions(declaration_id, [position])
        return Changes.of(SUMA, declaration_id), problems

    def _require_editable(self, declaration_id: int) -> None:
        row = self.store.require(declaration_id)
        if row["status"] == Status.FINAL.value:
            raise UserError(translate("Suma", "Summary declaration {id} is final: customs accept no more changes.")
                            .format(id=declaration_id))

    # -- reading ------------------------------------------------------------------------------------
    def rows(self) -> list[DeclarationRow]:
        return self.store.rows()

    def row(self, declaration_id: int) -> DeclarationRow:
        """The declaration's line of the list (status, MRN, counts, last error) without reading its positions."""
        self.store.require(declaration_id)
        return self.store.row(declaration_id)

    def header(self, declaration_id: int) -> dict[str, object]:
        """The working copy's header, without its positions."""
        return self.store.header(declaration_id, WORKING)

    def working(self, declaration_id: int) -> Declaration:
        return self.store.declaration(declaration_id, WORKING)

    def accepted(self, declaration_id: int) -> Declaration | None:
        return self.store.declaration(declaration_id, ACCEPTED)

    def page(self, declaration_id: int, offset: int, limit: int, order: str = "number", descending: bool = False,
             text: str = "") -> list[PositionRow]:
        return self.store.page(declaration_id, offset, limit, order, descending, text)

    def count_positions(self, declaration_id: int, text: str = "") -> int:
        return self.store.count_positions(declaration_id, text)

    def as_json(self, declaration_id: int) -> dict:
        """The full declaration (``suma-show``): the working copy with each position's ``confirmed``."""
        working = self.working(declaration_id)
        row = self.store.row(declaration_id)
        confirmed = self.store.confirmed_numbers(declaration_id)
        data = {**row.as_dict(), **nest(working.header, HEADER_FIELDS)}
        data["positions"] = [{**nest(p.values, POSITION_FIELDS), "confirmed": p.number in confirmed}
                             for p in working.positions]
        return data

    # -- what may be sent ---------------------------------------------------------------------------
    def check(self, declaration_id: int, kind: Kind, flag: str | None = None,
              positions: list[int] | None = None) -> Plan:
        """The message ``kind``/``flag`` would carry, or Refused with every rule it breaks."""
        return check(self.accepted(declaration_id), self.working(declaration_id), kind, flag, positions,
                     self.rules_context(declaration_id))

    def send(self, declaration_id: int, kind: Kind, flag: str | None = None,
             positions: list[int] | None = None) -> Message:
        """Check the working copy against what customs hold, then queue the CUSPRL, signed with the participant
        certificate of the sender, through the outbox; customs' answer updates the declaration."""
        from core.messages import MessageHeader, new_message_id
        from core.suma.message import build_cusprl, sign_xml

        if self.store.pending_message(declaration_id) is not None:
            raise UserError(translate("Suma", "A message about summary declaration {id} waits for customs' answer: "
                                              "send the next one after it was answered.").format(id=declaration_id))
        plan = self.check(declaration_id, kind, flag, positions)
        working, accepted = self.working(declaration_id), self.accepted(declaration_id)
        working.mrn = accepted.mrn if accepted else None
        params = self._params_for(working)
        header = MessageHeader(sender=params.participant_code or params.eori, recipient=ATLAS_RECIPIENT,
                               prepared_at=datetime.now().replace(microsecond=0), message_id=new_message_id(),
                               message_type=CUSPRL)
        credentials = self._certificates.participant(params.eori, params.administration, params.environment)
        signed = sign_xml(build_cusprl(working, plan, header), credentials)
        label = f"summary declaration {kind.value}" + (f" flag {flag}" if flag else "")
        reference = " ".join(str(v) for v in (working.mrn, working.get("reference"), working.get("transport_number"))
                             if v)
        return self._messaging.queue_document(
            signed, params, message_type=CUSPRL, kind=label, message_id=header.message_id,
            search_text=f"{CUSPRL} {label} {reference}",
            also=lambda message: self.store.record_message(message.id, declaration_id, kind.value, flag, working,
                                                           plan.positions, plan.confirms))

    def _params_for(self, declaration: Declaration) -> CommParams:
        """The German parameter set of the sender's EORI, else the first German one."""
        sender = str(declaration.get("sender.tin") or "").upper()
        german = [p for p in self._params.list() if p.administration == "DE"]
        chosen = next((p for p in german if p.eori == sender), german[0] if german else None)
        if chosen is None:
            raise UserError(translate("Suma", "Summary declarations go to German customs (ATLAS): add a parameter set "
                                              "for administration DE in Settings ▸ Communication parameters."))
        return chosen

    def rules_context(self, declaration_id: int | None) -> Context:
        return Context(office_at_airport=self.office_at_airport,
                       manifest_in_use=lambda manifest: self.store.manifest_in_use(manifest, declaration_id))

    def office_at_airport(self, code: str) -> bool:
        """From the customs office list (its name says airport) unless the setting says otherwise."""
        code = code.strip().upper()
        overrides = (self._settings.get(AIRPORT_OFFICES_SETTING, "") or "").upper().split()
        if f"+{code}" in overrides or code in overrides:
            return True
        if f"-{code}" in overrides:
            return False
        return is_airport_name(" ".join(self._catalogue.office_names(code)))


def is_airport_name(name: str) -> bool:
    """The customs office list gives no location; an office "at the airport" says so in its name."""
    return any(word in name.upper() for word in AIRPORT_WORDS)


# -- reading JSON and pasted rows ------------------------------------------------------------------------

def declaration_from_json(data: object) -> Declaration:
    if not isinstance(data, dict):
        raise SumaInputError([Problem(Code.FIELD_INVALID, translate(
            "Suma", "A declaration is a JSON object with the header fields and \"positions\": a list of positions."),
            None)])
    header_raw = flatten(data, HEADER_FIELDS)
    header, problems = {}, []
    for spec in HEADER_FIELDS:
        value, problem = parse_value(spec, header_raw.get(spec.name))
        header[spec.name] = value
        if problem:
            problems.append(Problem(Code.FIELD_INVALID, problem, spec.name))
    raw_positions = data.get("positions", [])
    if not isinstance(raw_positions, list):
        raise SumaInputError([Problem(Code.FIELD_INVALID, translate("Suma", "\"positions\" is a list of positions."),
                                      "positions")])
    if len(raw_positions) > MAX_POSITIONS:
        raise SumaInputError([Problem(Code.TOO_MANY_POSITIONS, translate(
            "Suma", "A declaration has at most {most} positions; this one has {count}.").format(
                most=integer(MAX_POSITIONS), count=integer(len(raw_positions))), "positions")])
    positions = []
    for index, raw in enumerate(raw_positions, 1):
        if not isinstance(raw, dict):
            problems.append(Problem(Code.FIELD_INVALID, translate("Suma", "Position {number} is not a JSON object.")
                                    .format(number=index), "positions", index))
            continue
        values, position_problems = _parsed(flatten(raw, POSITION_FIELDS), None)
        if not values.get("number"):
            values["number"] = index
        problems += position_problems
        positions.append(Position(values))
    if problems:
        raise SumaInputError(problems)
    return Declaration(header=header, positions=positions)


def _parsed(raw: dict[str, object], number: int | None) -> tuple[dict[str, object], list[Problem]]:
    values, problems = {}, []
    for name, given in raw.items():
        spec = POSITION.get(name)
        if spec is None:
            problems.append(Problem(Code.FIELD_INVALID, translate("Suma", "{name} is not a field of a position.")
                                    .format(name=name), name, number))
            continue
        value, problem = parse_value(spec, given)
        values[name] = value
        if problem:
            problems.append(Problem(Code.FIELD_INVALID, problem, name, number or _number_of(raw)))
    return values, problems


def _number_of(raw: dict[str, object]) -> int | None:
    try:
        return int(str(raw.get("number")).strip())
    except ValueError:
        return None


__all__ = ["SUMA", "Imported", "Refused", "SumaInputError", "SumaService", "declaration_from_json"]
