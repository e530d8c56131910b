"""What may be sent, and what customs then hold: the state machine of the ATLAS field description.

One table (``ROWS``) says, for each processing status, which kinds of declaration and confirmation
flags are allowed, which header fields and positions they may change, and the status that follows.
``check`` compares the clerk's working copy with the state customs accepted last and returns the
message to send (a ``Plan``) or every rule it breaks, each naming the field, the position and the rule
(the paragraph of the field description). The customs simulator applies the same component.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from core.errors import UserError
from core.formatting import integer
from core.i18n import translate
from core.suma.model import (
    CONTACT_FIELDS,
    HEADER_FIELDS,
    MANIFEST_FIELDS,
    MAX_POSITIONS,
    POSITION_FIELDS,
    PRESENTER_FIELDS,
    Declaration,
    Kind,
    Position,
    Status,
    mrn_errors,
    normalised,
    parse_value,
)


class HeaderChanges(StrEnum):
    ALL = "all"  # the message creates the declaration
    ALL_BUT_PRESENTER = "all but the presenter's TIN and address"
    CONTACT_ONLY = "only the contact person's name, position and phone"


class PositionChanges(StrEnum):
    CREATE = "create"  # every position is new
    CHANGE = "change and append"  # any position may change, new ones may be appended
    CONFIRM_CHANGING = "confirm, changing them"  # confirm the named positions (changed or new)
    CONFIRM_AS_THEY_ARE = "confirm without changes"


@dataclass(frozen=True)
class Row:
    """One line of the field description's table (its paragraph is ``rule``)."""

    rule: int
    before: Status
    kind: Kind
    flag: str | None
    header: HeaderChanges
    positions: PositionChanges
    confirms: bool  # the positions sent are confirmed
    after: Status | None  # None: the status stays; PARTIAL/FINAL after a confirmation is worked out

    @property
    def label(self) -> str:
        if self.flag:
            return translate("Suma", "{kind} with flag {flag} at status {status}").format(
                kind=self.kind.value, flag=self.flag, status=self.before.label)
        return translate("Suma", "{kind} at status {status}").format(kind=self.kind.value, status=self.before.label)


ROWS: tuple[Row, ...] = (
    Row(1, Status.NONE, Kind.VSA, None, HeaderChanges.ALL, PositionChanges.CREATE, False, Status.EARLY),
    Row(2, Status.EARLY, Kind.VSM, None, HeaderChanges.ALL_BUT_PRESENTER, PositionChanges.CHANGE, False, None),
    Row(3, Status.PARTIAL, Kind.VSM, None, HeaderChanges.CONTACT_ONLY, PositionChanges.CHANGE, False, None),
    Row(4, Status.EARLY, Kind.ESA, "1", HeaderChanges.ALL_BUT_PRESENTER, PositionChanges.CONFIRM_CHANGING, True,
        Status.PARTIAL),
    Row(5, Status.PARTIAL, Kind.ESA, "1", HeaderChanges.CONTACT_ONLY, PositionChanges.CONFIRM_CHANGING, True,
        Status.PARTIAL),
    Row(6, Status.EARLY, Kind.ESA, "2", HeaderChanges.ALL_BUT_PRESENTER, PositionChanges.CONFIRM_AS_THEY_ARE, True,
        Status.PARTIAL),
    Row(7, Status.PARTIAL, Kind.ESA, "2", HeaderChanges.CONTACT_ONLY, PositionChanges.CONFIRM_AS_THEY_ARE, True,
        Status.PARTIAL),
    Row(8, Status.NONE, Kind.ESV, "3", HeaderChanges.ALL, PositionChanges.CREATE, True, Status.FINAL),
)


class Code(StrEnum):
    """The error codes customs (and the simulator) answer with."""

    KIND_NOT_ALLOWED = "S01"
    HEADER_LOCKED = "S02"
    CONFIRMED_POSITION_CHANGED = "S03"
    ALREADY_CONFIRMED = "S04"
    MANIFEST_NOT_AT_AIRPORT = "S05"
    TOO_MANY_POSITIONS = "S06"
    PRESENTER_CHANGED = "S07"
    SENDER_NOT_PRESENTER = "S08"
    POSITION_CHANGED_FLAG_2 = "S09"
    MANIFEST_IN_USE = "S10"
    FIELD_INVALID = "S11"
    UNKNOWN_POSITION = "S12"
    POSITION_REMOVED = "S13"
    NOTHING_TO_SEND = "S14"
    NO_MRN = "S15"


@dataclass(frozen=True)
class Problem:
    code: Code
    message: str
    field: str | None = None
    position: int | None = None
    rule: int | None = None

    def as_dict(self) -> dict:
        return {"code": self.code.value, "field": self.field, "position": self.position, "rule": self.rule,
                "message": self.message}


@dataclass
class Plan:
    """The message to send and what customs will hold once they accept it."""

    row: Row
    positions: list[int]  # the position numbers the message carries, in order
    confirms: list[int]  # those it confirms
    header_changes: list[str] = field(default_factory=list)
    deletions: list[tuple[str, int | None]] = field(default_factory=list)  # (field, position) sent empty
    status_after: Status = Status.NONE


class Refused(UserError):
    """The declaration breaks rules: every problem names its field, position and rule."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems[:3]) + ("…" if len(problems) > 3 else ""))
        self.problems = problems


def allowed(status: Status) -> list[Row]:
    """The kinds and flags that may be sent at ``status`` (none once final)."""
    return [row for row in ROWS if row.before is status]


def row_for(status: Status, kind: Kind, flag: str | None) -> Row | None:
    return next((r for r in ROWS if r.before is status and r.kind is kind and r.flag == flag), None)


def locked_header_fields(status: Status, kind: Kind | None = None) -> dict[str, str]:
    """Header fields the clerk may not change now, with the reason (for the editor's tooltips)."""
    if status is Status.FINAL:
        reason = translate("Suma", "The declaration is final: customs accept no more changes.")
        return {f.name: reason for f in HEADER_FIELDS}
    if status is Status.PARTIAL:
        reason = translate("Suma", "Some positions are confirmed (status partial): only the contact person may "
                                   "change (rules 3, 5 and 7).")
        return {f.name: reason for f in HEADER_FIELDS if f.name not in CONTACT_FIELDS}
    if status is Status.EARLY:
        reason = translate("Suma", "The presenter's TIN and address never change once customs hold the declaration "
                                   "(rules 2, 4 and 6).")
        return {name: reason for name in PRESENTER_FIELDS}
    return {}


@dataclass(frozen=True)
class Context:
    """What the rules need to know besides the two copies."""

    office_at_airport: Callable[[str], bool]
    manifest_in_use: Callable[[tuple[str, ...]], bool] = lambda manifest: False


def check(accepted: Declaration | None, working: Declaration, kind: Kind, flag: str | None,
          named: list[int] | None, context: Context) -> Plan:
    """The plan of the message ``kind``/``flag`` for ``working`` against ``accepted`` (None: not sent yet);
    ``named``: the positions to send or confirm (None: what changed, or every unconfirmed one)."""
    status = accepted.status if accepted is not None else Status.NONE
    row = row_for(status, kind, flag)
    if row is None:
        raise Refused([_kind_not_allowed(status, kind, flag)])
    problems = field_problems(working)
    problems += _identity_problems(accepted, working, row, context)
    header_changes = _changed_header(accepted, working)
    problems += _header_problems(row, header_changes)
    plan = Plan(row, [], [], header_changes)
    problems += _position_plan(accepted, working, row, named, plan)
    if problems:
        raise Refused(problems)
    plan.deletions = _deletions(accepted, working, plan)
    plan.status_after = status_after(accepted, working, row, plan.confirms)
    return plan


def status_after(accepted: Declaration | None, working: Declaration, row: Row, confirmed_now: list[int]) -> Status:
    if row.after is None:
        return row.before
    if not row.confirms or row.kind is Kind.ESV:
        return row.after
    confirmed = {p.number for p in (accepted.positions if accepted else []) if p.confirmed} | set(confirmed_now)
    return Status.FINAL if all(p.number in confirmed for p in working.positions) else Status.PARTIAL


# -- the parts of a check -------------------------------------------------------------------------

def _kind_not_allowed(status: Status, kind: Kind, flag: str | None) -> Problem:
    rows = allowed(status)
    offered = ", ".join(translate("Suma", "{kind} with flag {flag}").format(kind=r.kind.value, flag=r.flag)
                        if r.flag else r.kind.value for r in rows)
    why = (translate("Suma", "allowed are {kinds}").format(kinds=offered) if rows
           else translate("Suma", "the declaration is final and takes no more messages"))
    if flag:
        text = translate("Suma", "{kind} with flag {flag} is not allowed at status {status}: {why}.")
    else:
        text = translate("Suma", "{kind} without a flag is not allowed at status {status}: {why}.")
    return Problem(Code.KIND_NOT_ALLOWED, text.format(kind=kind.value, flag=flag, status=status.label, why=why),
                   field="kind")


def field_problems(declaration: Declaration) -> list[Problem]:
    """Every field of the working copy in its format; required ones filled; the positions numbered 1..9,999."""
    problems = []
    for spec in HEADER_FIELDS:
        problems += _value_problems(spec, declaration.get(spec.name), None)
    if len(declaration.positions) > MAX_POSITIONS:
        problems.append(Problem(Code.TOO_MANY_POSITIONS, translate(
            "Suma", "A declaration has at most {most} positions; this one has {count}.").format(
                most=integer(MAX_POSITIONS), count=integer(len(declaration.positions))), field="positions"))
    seen: set[int] = set()
    for index, position in enumerate(declaration.positions, 1):
        number = position.number
        for spec in POSITION_FIELDS:
            problems += _value_problems(spec, position.get(spec.name), number or index)
        if number and not 1 <= number <= MAX_POSITIONS:
            problems.append(Problem(Code.FIELD_INVALID, translate("Suma", "Position numbers run from 1 to {most}.")
                                    .format(most=integer(MAX_POSITIONS)), field="number", position=number))
        elif number in seen:
            problems.append(Problem(Code.FIELD_INVALID, translate("Suma", "Position {number} appears twice: give each "
                                                                         "its own number.").format(number=number),
                                    field="number", position=number))
        seen.add(number)
    return problems


def _value_problems(spec, value, position: int | None) -> list[Problem]:
    if normalised(value) == "":
        if spec.required:
            return [Problem(Code.FIELD_INVALID, translate("Suma", "{field} ({german}) is required.").format(
                field=spec.label, german=spec.german), spec.name, position)]
        return []
    _, problem = parse_value(spec, value)
    return [Problem(Code.FIELD_INVALID, problem, spec.name, position)] if problem else []


def _identity_problems(accepted: Declaration | None, working: Declaration, row: Row, context: Context) -> list[Problem]:
    problems = []
    sender = _party(working, "sender")
    if sender not in (_party(working, "presenter"), _party(working, "representative")):
        problems.append(Problem(
            Code.SENDER_NOT_PRESENTER, translate("Suma", "The sender's TIN and branch must be those of the presenter "
                                                         "or of the representative: customs take the declaration only "
                                                         "from them."), field="sender.tin"))
    if working.get("identification") == "MID":
        for name in MANIFEST_FIELDS:
            if normalised(working.get(name)) == "":
                problems.append(Problem(Code.FIELD_INVALID, translate(
                    "Suma", "A declaration identified by its manifest id needs the transport number, arrival date, "
                            "place of loading and previous document type."), field=name))
        office = str(normalised(working.get("office_of_presentation")))
        if office and not context.office_at_airport(office):
            problems.append(Problem(
                Code.MANIFEST_NOT_AT_AIRPORT, translate(
                    "Suma", "The manifest id can be used only at an office located at the airport; {office} is not "
                            "one. Identify the declaration by its registration number (REG).").format(office=office),
                field="identification"))
        if row.kind in (Kind.VSA, Kind.ESV) and context.manifest_in_use(working.manifest_id):
            problems.append(Problem(
                Code.MANIFEST_IN_USE, translate("Suma", "Another early or partial declaration has this manifest id "
                                                        "(transport number, arrival date, place of loading, previous "
                                                        "document type)."), field="transport_number"))
    if row.kind not in (Kind.VSA, Kind.ESV) and working.get("identification") == "REG" and not (accepted and accepted.mrn):
        problems.append(Problem(Code.NO_MRN, translate("Suma", "Customs have not given this declaration a registration "
                                                               "number yet."), field="mrn"))
    if accepted is not None and accepted.mrn and mrn_errors(accepted.mrn):
        problems.append(Problem(Code.FIELD_INVALID, mrn_errors(accepted.mrn)[0], field="mrn"))
    return problems


def _party(declaration: Declaration, who: str) -> tuple[str, str]:
    return (str(normalised(declaration.get(f"{who}.tin"))).upper(), str(normalised(declaration.get(f"{who}.branch"))))


def _changed_header(accepted: Declaration | None, working: Declaration) -> list[str]:
    if accepted is None:
        return [f.name for f in HEADER_FIELDS if normalised(working.get(f.name)) != ""]
    return [f.name for f in HEADER_FIELDS if normalised(accepted.get(f.name)) != normalised(working.get(f.name))]


def _header_problems(row: Row, changed: list[str]) -> list[Problem]:
    if row.header is HeaderChanges.ALL:
        return []
    problems = []
    for name in changed:
        if name in PRESENTER_FIELDS:
            problems.append(Problem(Code.PRESENTER_CHANGED, translate(
                "Suma", "The presenter's TIN and address never change once the declaration is lodged; put the old "
                        "value back."), field=name, rule=row.rule))
        elif row.header is HeaderChanges.CONTACT_ONLY and name not in CONTACT_FIELDS:
            problems.append(Problem(Code.HEADER_LOCKED, translate(
                "Suma", "At status {status} only the contact person's name, position and phone may change in the "
                        "header; put the old value back.").format(status=row.before.label),
                field=name, rule=row.rule))
    return problems


def _position_plan(accepted: Declaration | None, working: Declaration, row: Row, named: list[int] | None,
                   plan: Plan) -> list[Problem]:
    if row.positions is PositionChanges.CREATE:
        plan.positions = [p.number for p in working.positions]
        plan.confirms = list(plan.positions) if row.confirms else []
        if not plan.positions:
            return [Problem(Code.NOTHING_TO_SEND, translate("Suma", "A declaration needs at least one position."),
                            field="positions")]
        return []
    before = {p.number: p for p in accepted.positions}
    now = {p.number: p for p in working.positions}
    problems = [Problem(Code.POSITION_REMOVED, translate("Suma", "Position {number} was sent to customs and cannot be "
                                                                 "taken out: keep it in the declaration.").format(
                            number=number), field="number", position=number)
                for number in before if number not in now]
    changed = [n for n, p in now.items() if n not in before or not p.same_data(before[n])]
    if row.positions is PositionChanges.CONFIRM_AS_THEY_ARE:
        chosen = named if named is not None else [n for n in now if n in before and not before[n].confirmed]
    elif row.confirms:
        chosen = named if named is not None else [n for n in now if not (n in before and before[n].confirmed)]
    else:
        chosen = named if named is not None else changed
    for number in chosen:
        problems += _position_problems(row, number, before.get(number), now.get(number))
    plan.positions = sorted(set(chosen))
    plan.confirms = list(plan.positions) if row.confirms else []
    if not plan.positions and not plan.header_changes:
        problems.append(Problem(Code.NOTHING_TO_SEND, translate("Suma", "Nothing changed and no position is named: "
                                                                        "there is nothing to send."),
                                field="positions"))
    elif row.confirms and not plan.positions:
        problems.append(Problem(Code.NOTHING_TO_SEND, translate("Suma", "Name the positions to confirm."),
                                field="positions"))
    return problems


def _position_problems(row: Row, number: int, before: Position | None, now: Position | None) -> list[Problem]:
    if now is None:
        return [Problem(Code.UNKNOWN_POSITION, translate("Suma", "There is no position {number}.").format(
            number=number), field="number", position=number)]
    if before is None:
        if row.positions is PositionChanges.CONFIRM_AS_THEY_ARE:
            return [Problem(Code.POSITION_CHANGED_FLAG_2, translate(
                "Suma", "Position {number} is new: flag 2 confirms positions without changes and appends none; use "
                        "flag 1 to append and confirm it.").format(number=number),
                field="number", position=number, rule=row.rule)]
        return []
    if before.confirmed and row.confirms:
        return [Problem(Code.ALREADY_CONFIRMED, translate("Suma", "Position {number} is confirmed already and cannot "
                                                                  "be confirmed again.").format(number=number),
                        field="confirmed", position=number, rule=row.rule)]
    if before.confirmed and not now.same_data(before):
        return [Problem(Code.CONFIRMED_POSITION_CHANGED, translate(
            "Suma", "Position {number} is confirmed: it can no longer change. Put back {field}.").format(
                number=number, field=_first_change(before, now)), field=_first_change(before, now), position=number,
            rule=row.rule)]
    if row.positions is PositionChanges.CONFIRM_AS_THEY_ARE and not now.same_data(before):
        return [Problem(Code.POSITION_CHANGED_FLAG_2, translate(
            "Suma", "Flag 2 confirms position {number} as customs hold it, but {field} changed: send the change with "
                    "flag 1, or put it back.").format(number=number, field=_first_change(before, now)),
            field=_first_change(before, now), position=number, rule=row.rule)]
    return []


def _first_change(before: Position, now: Position) -> str:
    return next(f.name for f in POSITION_FIELDS if normalised(before.get(f.name)) != normalised(now.get(f.name)))


def _deletions(accepted: Declaration | None, working: Declaration, plan: Plan) -> list[tuple[str, int | None]]:
    """Optional fields sent empty where customs hold a value: the message deletes it (rules 2 and 3)."""
    if accepted is None:
        return []
    found = [(f.name, None) for f in HEADER_FIELDS if not f.required and f.name in plan.header_changes
             and normalised(working.get(f.name)) == ""]
    for number in plan.positions:
        before, now = accepted.position(number), working.position(number)
        if before is not None and now is not None:
            found += [(f.name, number) for f in POSITION_FIELDS if not f.required
                      and normalised(before.get(f.name)) != "" and normalised(now.get(f.name)) == ""]
    return found
