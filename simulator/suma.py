"""Customs' side of summary declarations in the training environment: the same state machine as the app.

Each message is checked with ``core.suma.rules`` against the declaration customs hold. Positions with a
fault of their own are refused alone; a message whose header or kind is wrong is refused whole; a
declaration gets its status only once a position was processed without error.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import datetime

from core.store.transactions import is_database_error
from core.suma.model import Declaration, Kind, Position, Status, new_mrn
from core.suma.rules import Code, Context, Problem, Refused, check


@dataclass
class Decision:
    """What customs answer: accepted (with the MRN, the status and the positions taken) or refused with errors."""

    accepted: bool
    mrn: str | None = None
    status: Status = Status.NONE
    positions: list[int] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


class SumaDesk:
    def __init__(self, db, clock, office_at_airport):
        self.db = db
        self.clock = clock
        self.office_at_airport = office_at_airport
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS suma (
                mrn TEXT PRIMARY KEY, manifest_key TEXT, status TEXT NOT NULL, data TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS suma_serial (n INTEGER NOT NULL);
            """
        )

    # -- deciding --------------------------------------------------------------------------------
    def process(self, kind: Kind, flag: str | None, mrn: str | None, sent: Declaration) -> Decision:
        """``sent``: the header and the positions the message carries."""
        held = None if kind in (Kind.VSA, Kind.ESV) else self._held(mrn, sent)  # creating addresses nothing held
        if held is None and kind in (Kind.VSM, Kind.ESA):
            return Decision(False, errors=[Problem(Code.KIND_NOT_ALLOWED, "Customs hold no declaration with this "
                                                   "registration number or manifest id.", "mrn")])
        working = _merged(held, sent)
        carried = [p.number for p in sent.positions]
        context = Context(office_at_airport=self.office_at_airport,
                          manifest_in_use=lambda manifest: self._manifest_in_use(manifest))
        try:
            plan = check(held, working, kind, flag, carried, context)
        except Refused as refused:
            plan, refused_positions = self._without_faulty_positions(held, working, kind, flag, carried, context,
                                                                     refused.problems)
            if plan is None:
                return Decision(False, mrn=held.mrn if held else None, status=held.status if held else Status.NONE,
                                errors=refused.problems)
            return self._take(held, working, plan, refused_positions)
        return self._take(held, working, plan, [])

    def _without_faulty_positions(self, held, working, kind, flag, carried, context, problems):
        """When only some positions are at fault, the others are taken: (plan, problems of those refused)."""
        faulty = {p.position for p in problems}
        if None in faulty or not set(carried) - faulty:
            return None, problems
        good = [n for n in carried if n not in faulty]
        trimmed = copy.deepcopy(working)
        trimmed.positions = [p for p in trimmed.positions if p.number not in faulty or
                             (held is not None and held.position(p.number) is not None)]
        for number in faulty:
            before = held.position(number) if held else None
            if before is not None:
                index = next(i for i, p in enumerate(trimmed.positions) if p.number == number)
                trimmed.positions[index] = copy.deepcopy(before)
        try:
            return check(held, trimmed, kind, flag, good, context), problems
        except Refused:
            return None, problems

    def _take(self, held: Declaration | None, working: Declaration, plan, refused: list[Problem]) -> Decision:
        taken = copy.deepcopy(working)
        previous = {p.number: p for p in (held.positions if held else [])}
        refused_numbers = {p.position for p in refused}
        taken.positions = [p for p in taken.positions if p.number not in refused_numbers or p.number in previous]
        for position in taken.positions:
            was = previous.get(position.number)
            position.confirmed = (was is not None and was.confirmed) or position.number in plan.confirms
        taken.status = plan.status_after
        taken.mrn = held.mrn if held and held.mrn else self._new_mrn()
        self._store(taken)
        return Decision(True, taken.mrn, taken.status, plan.positions, refused)

    # -- the register ----------------------------------------------------------------------------
    def _held(self, mrn: str | None, sent: Declaration) -> Declaration | None:
        if mrn:
            row = self.db.execute("SELECT data FROM suma WHERE mrn = ?", [mrn]).fetchone()
        elif sent.get("identification") == "MID":
            row = self.db.execute("SELECT data FROM suma WHERE manifest_key = ? AND status IN (?, ?)",
                                  ["|".join(sent.manifest_id), Status.EARLY.value, Status.PARTIAL.value]).fetchone()
        else:
            row = None
        return _declaration(json.loads(row[0])) if row else None

    def _manifest_in_use(self, manifest: tuple[str, ...]) -> bool:
        return self.db.execute("SELECT 1 FROM suma WHERE manifest_key = ? AND status IN (?, ?)",
                               ["|".join(manifest), Status.EARLY.value, Status.PARTIAL.value]).fetchone() is not None

    def hold(self, declaration: Declaration) -> None:
        """Customs hold this declaration as it is (seeding the register)."""
        self._store(declaration)

    def _store(self, declaration: Declaration) -> None:
        manifest = "|".join(declaration.manifest_id) if declaration.get("identification") == "MID" else None
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO suma (mrn, manifest_key, status, data) VALUES (?, ?, ?, ?)",
                            [declaration.mrn, manifest, declaration.status.value, json.dumps(_data(declaration))])

    def _new_mrn(self) -> str:
        row = self.db.execute("SELECT n FROM suma_serial").fetchone()
        serial = (row[0] if row else 0) + 1
        self.db.execute("DELETE FROM suma_serial")
        self.db.execute("INSERT INTO suma_serial (n) VALUES (?)", [serial])
        now: datetime = self.clock()
        return new_mrn(now.year, "DE", f"SUMA{serial:08d}")

    def status_of(self, mrn: str) -> Status | None:
        row = self.db.execute("SELECT status FROM suma WHERE mrn = ?", [mrn]).fetchone()
        return Status(row[0]) if row else None


def _merged(held: Declaration | None, sent: Declaration) -> Declaration:
    """What customs would hold if they took every part of the message: its header, its positions over theirs."""
    working = copy.deepcopy(held) if held is not None else Declaration()
    working.header = dict(sent.header)
    for position in sent.positions:
        current = working.position(position.number)
        if current is None:
            working.positions.append(Position(dict(position.values)))
        else:
            current.values = dict(position.values)
    working.positions.sort(key=lambda p: p.number)
    return working


def _data(declaration: Declaration) -> dict:
    text = lambda values: {k: (str(v) if not isinstance(v, (int, str, type(None))) else v) for k, v in values.items()}
    return {"header": text(declaration.header), "status": declaration.status.value, "mrn": declaration.mrn,
            "positions": [{"values": text(p.values), "confirmed": p.confirmed} for p in declaration.positions]}


def _declaration(data: dict) -> Declaration:
    from decimal import Decimal

    def values(raw: dict) -> dict:
        if raw.get("gross_mass") not in (None, ""):
            raw = {**raw, "gross_mass": Decimal(str(raw["gross_mass"]))}
        return raw

    return Declaration(header=data["header"], status=Status(data["status"]), mrn=data["mrn"],
                       positions=[Position(values(p["values"]), p["confirmed"]) for p in data["positions"]])


def airport_offices(app_database) -> set[str]:
    """The offices at an airport, as the app's customs office list names them (read-only)."""
    from core.refdata.catalogue import Catalogue
    from core.suma.service import AIRPORT_WORDS
    from simulator.register import app_records

    with app_records(app_database) as app:
        if app is None:
            return set()
        try:
            return Catalogue(app).offices_named(AIRPORT_WORDS)
        except Exception as exc:  # an app database older than the office list
            if not is_database_error(exc):
                raise
            return set()


def seed_from_app(desk: SumaDesk, app_database) -> int:
    """Customs hold what the app says they accepted (the demo's declarations); read-only, through core's store."""
    from core.suma.store import ACCEPTED, SumaStore
    from simulator.register import app_records

    seeded = 0
    with app_records(app_database) as app:
        if app is None:
            return 0
        try:
            store = SumaStore(app)
            for row in store.rows():
                held = store.declaration(row.id, ACCEPTED)
                if held is not None and held.mrn and desk.status_of(held.mrn) is None:
                    desk.hold(held)
                    seeded += 1
        except Exception as exc:  # an app database older than summary declarations
            if not is_database_error(exc):
                raise
            return 0
    return seeded
