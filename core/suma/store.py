"""Summary declarations in the database: the clerk's working copy and what customs accepted last.

Positions are rows (both copies), so that a grid over 9,999 of them reads, sorts and filters in SQL.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from core.errors import NotFound
from core.i18n import translate
from core.store.listing import contains, limit_offset
from core.suma.model import (
    HEADER_FIELDS,
    POSITION,
    POSITION_FIELDS,
    Declaration,
    Position,
    Status,
    normalised,
)

if TYPE_CHECKING:
    from core.store.connection import Database

WORKING, ACCEPTED = "working", "accepted"
POSITION_COLUMNS = tuple(f.column for f in POSITION_FIELDS)
SEARCHED_COLUMNS = ("specific_reference", "description", "custody_place", "custodian_tin")
OPEN_STATUSES = (Status.EARLY.value, Status.PARTIAL.value)
NUMBER_KINDS = ("integer", "decimal")


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class DeclarationRow:
    """One line of the list of declarations."""

    id: int
    status: Status
    mrn: str | None
    reference: str
    transport_number: str
    office: str
    positions_total: int
    positions_confirmed: int
    last_error_code: str | None
    last_error_text: str | None
    updated_at: str

    def as_dict(self) -> dict:
        return {"id": self.id, "status": self.status.value, "status_label": self.status.label, "mrn": self.mrn,
                "reference": self.reference, "transport_number": self.transport_number,
                "office_of_presentation": self.office, "positions_total": self.positions_total,
                "positions_confirmed": self.positions_confirmed, "last_error_code": self.last_error_code,
                "last_error_text": self.last_error_text, "updated_at": self.updated_at}


@dataclass(frozen=True)
class PositionRow:
    """A position of the working copy as the grid shows it: its values, whether customs confirmed it, the last
    error customs gave for it."""

    values: dict[str, object]
    confirmed: bool
    error: str

    @property
    def number(self) -> int:
        return int(self.values["number"])


class SumaStore:
    def __init__(self, db: Database):
        self._db = db

    # -- writing ---------------------------------------------------------------------------------
    def create(self, declaration: Declaration, created_by: str, params_id: int | None = None) -> int:
        now = now_stamp()
        with self._db.atomic():
            row_id = self._db.insert_returning_id(
                "INSERT INTO suma_declarations (params_id, status, working_header, manifest_key, created_by, "
                "created_at, updated_at) VALUES (?, 'none', ?, ?, ?, ?, ?)",
                [params_id, _header_json(declaration), _manifest_key(declaration), created_by, now, now],
            )
            self._write_positions(row_id, WORKING, declaration.positions)
        return row_id

    def replace_working(self, declaration_id: int, declaration: Declaration) -> None:
        self.require(declaration_id)
        with self._db.atomic():
            self._db.execute("UPDATE suma_declarations SET working_header = ?, manifest_key = ?, updated_at = ? "
                             "WHERE id = ?", [_header_json(declaration), _manifest_key(declaration), now_stamp(),
                                              declaration_id])
            self._db.execute("DELETE FROM suma_positions WHERE declaration = ? AND copy = ?", [declaration_id, WORKING])
            self._write_positions(declaration_id, WORKING, declaration.positions)

    def set_header_value(self, declaration_id: int, name: str, value: object) -> None:
        working = self.header(declaration_id, WORKING)
        working[name] = value
        with self._db.atomic():
            self._db.execute("UPDATE suma_declarations SET working_header = ?, manifest_key = ?, updated_at = ? "
                             "WHERE id = ?", [json.dumps(_jsonable(working)),
                                              _manifest_key(Declaration(header=working)), now_stamp(), declaration_id])

    def set_position_values(self, declaration_id: int, number: int, values: dict[str, object]) -> None:
        """Change some fields of a position of the working copy (inside the caller's transaction)."""
        columns = {_column(name): _db_value(value, POSITION[name].kind) for name, value in values.items()}
        assignments = ", ".join(f"{column} = ?" for column in columns)
        self._db.execute(f"UPDATE suma_positions SET {assignments} WHERE declaration = ? AND copy = ? AND number = ?",
                         [*columns.values(), declaration_id, WORKING, number])

    def add_positions(self, declaration_id: int, positions: Iterable[Position]) -> None:
        self._write_positions(declaration_id, WORKING, positions)

    def _write_positions(self, declaration_id: int, copy: str, positions: Iterable[Position]) -> None:
        marks = ", ".join("?" * (len(POSITION_COLUMNS) + 4))
        self._db.executemany(
            f"INSERT INTO suma_positions (declaration, copy, {', '.join(POSITION_COLUMNS)}, confirmed, error) "
            f"VALUES ({marks}) ON CONFLICT (declaration, copy, number) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in (*POSITION_COLUMNS, "confirmed", "error")),
            [[declaration_id, copy, *(_db_value(p.get(f.name), f.kind) for f in POSITION_FIELDS), int(p.confirmed), ""]
             for p in positions])

    def record_accepted(self, declaration_id: int, sent: Declaration, numbers: list[int], confirms: list[int],
                        status: Status, mrn: str | None) -> None:
        """Customs accepted ``numbers`` of the positions ``sent`` (confirming ``confirms``), and the header sent."""
        accepted = {p.number: p for p in self.positions(declaration_id, ACCEPTED)}
        for number in numbers:
            position = sent.position(number)
            if position is not None:
                was_confirmed = number in accepted and accepted[number].confirmed
                accepted[number] = Position(dict(position.values), was_confirmed or number in confirms)
        self._db.execute("DELETE FROM suma_positions WHERE declaration = ? AND copy = ?", [declaration_id, ACCEPTED])
        self._write_positions(declaration_id, ACCEPTED, sorted(accepted.values(), key=lambda p: p.number))
        self._db.execute(
            "UPDATE suma_declarations SET accepted_header = ?, status = ?, mrn = coalesce(?, mrn), last_error_code = "
            "NULL, last_error_text = NULL, updated_at = ? WHERE id = ?",
            [_header_json(sent), status.value, mrn, now_stamp(), declaration_id])
        marks = ", ".join("?" * len(numbers))
        self._db.execute(f"UPDATE suma_positions SET error = '' WHERE declaration = ? AND copy = ? "
                         f"AND number IN ({marks})", [declaration_id, WORKING, *numbers])

    def record_errors(self, declaration_id: int, code: str, text: str, by_position: dict[int, str]) -> None:
        self._db.execute("UPDATE suma_declarations SET last_error_code = ?, last_error_text = ?, updated_at = ? "
                         "WHERE id = ?", [code, text, now_stamp(), declaration_id])
        self._db.executemany(
            "UPDATE suma_positions SET error = ? WHERE declaration = ? AND copy = ? AND number = ?",
            [(error, declaration_id, WORKING, number) for number, error in by_position.items()])

    def delete(self, declaration_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM suma_declarations WHERE id = ?", [declaration_id])

    # -- reading ---------------------------------------------------------------------------------
    def require(self, declaration_id: int) -> dict:
        row = self._db.execute("SELECT * FROM suma_declarations WHERE id = ?", [declaration_id]).fetchone()
        if row is None:
            raise NotFound(translate("Suma", "Summary declaration {id} does not exist.").format(id=declaration_id))
        return dict(row)

    def header(self, declaration_id: int, copy: str) -> dict[str, object]:
        row = self.require(declaration_id)
        text = row["working_header"] if copy == WORKING else row["accepted_header"]
        return json.loads(text) if text else {}

    def declaration(self, declaration_id: int, copy: str = WORKING) -> Declaration | None:
        """The working copy, or what customs accepted (None before they accepted anything)."""
        row = self.require(declaration_id)
        if copy == ACCEPTED and row["accepted_header"] is None:
            return None
        header = json.loads(row["working_header"] if copy == WORKING else row["accepted_header"])
        return Declaration(header=header, positions=self.positions(declaration_id, copy), status=Status(row["status"]),
                           mrn=row["mrn"], id=declaration_id)

    def positions(self, declaration_id: int, copy: str) -> list[Position]:
        rows = self._db.execute(
            f"SELECT number, {', '.join(POSITION_COLUMNS[1:])}, confirmed FROM suma_positions "
            "WHERE declaration = ? AND copy = ? ORDER BY number", [declaration_id, copy]).fetchall()
        return [Position(_values(row), bool(row["confirmed"])) for row in rows]

    def rows(self) -> list[DeclarationRow]:
        return self._declaration_rows("ORDER BY d.updated_at DESC, d.id DESC", [])

    def row(self, declaration_id: int) -> DeclarationRow:
        found = self._declaration_rows("WHERE d.id = ?", [declaration_id])
        if not found:
            raise NotFound(translate("Suma", "Summary declaration {id} does not exist.").format(id=declaration_id))
        return found[0]

    def _declaration_rows(self, clause: str, params: list) -> list[DeclarationRow]:
        found = self._db.execute(
            f"""SELECT d.*,
                 (SELECT count(*) FROM suma_positions p WHERE p.declaration = d.id AND p.copy = 'working') AS total,
                 (SELECT count(*) FROM suma_positions p WHERE p.declaration = d.id AND p.copy = 'accepted'
                    AND p.confirmed = 1) AS confirmed
               FROM suma_declarations d {clause}""", params).fetchall()
        return [_declaration_row(dict(r)) for r in found]

    def count_positions(self, declaration_id: int, text: str = "") -> int:
        where, params = _position_filter(declaration_id, text)
        return self._db.execute(f"SELECT count(*) FROM suma_positions w {where}", params).fetchone()[0]

    def page(self, declaration_id: int, offset: int, limit: int, order: str = "number", descending: bool = False,
             text: str = "") -> list[PositionRow]:
        """Positions of the working copy, sorted and filtered in SQL over all of them."""
        where, params = _position_filter(declaration_id, text)
        column = order if order in POSITION_COLUMNS or order == "confirmed" else "number"
        sort = "a.confirmed" if column == "confirmed" else f"w.{column}"
        direction = "DESC" if descending else "ASC"
        rows = self._db.execute(
            f"""SELECT w.*, coalesce(a.confirmed, 0) AS is_confirmed FROM suma_positions w
                LEFT JOIN suma_positions a ON a.declaration = w.declaration AND a.copy = 'accepted'
                     AND a.number = w.number
                {where} ORDER BY {sort} {direction}, w.number {direction} LIMIT ? OFFSET ?""",
            [*params, *limit_offset(limit, offset)]).fetchall()
        return [PositionRow(_values(r), bool(r["is_confirmed"]), r["error"]) for r in rows]

    def confirmed_numbers(self, declaration_id: int) -> set[int]:
        rows = self._db.execute("SELECT number FROM suma_positions WHERE declaration = ? AND copy = 'accepted' "
                                "AND confirmed = 1", [declaration_id]).fetchall()
        return {r[0] for r in rows}

    def manifest_in_use(self, manifest: tuple[str, ...], except_id: int | None) -> bool:
        """Another early or partial declaration has this manifest id."""
        marks = ", ".join("?" * len(OPEN_STATUSES))
        row = self._db.execute(
            f"SELECT 1 FROM suma_declarations WHERE manifest_key = ? AND status IN ({marks}) AND id != ?",
            ["|".join(manifest), *OPEN_STATUSES, except_id or 0]).fetchone()
        return row is not None

    # -- messages ------------------------------------------------------------------------------
    def record_message(self, message_row: int, declaration_id: int, kind: str, flag: str | None, sent: Declaration,
                       positions: list[int], confirms: list[int]) -> None:
        self._db.execute(
            "INSERT INTO suma_messages (message, declaration, kind, flag, positions, confirms, sent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [message_row, declaration_id, kind, flag, json.dumps(positions), json.dumps(confirms),
             json.dumps({"header": _jsonable(sent.header),
                         "positions": [_jsonable(sent.position(n).values) for n in positions]})])

    def message(self, message_row: int) -> SentMessage | None:
        row = self._db.execute("SELECT * FROM suma_messages WHERE message = ?", [message_row]).fetchone()
        if row is None:
            return None
        sent = json.loads(row["sent"])
        declaration = Declaration(header=sent["header"], positions=[Position(v) for v in sent["positions"]])
        return SentMessage(row["declaration"], row["kind"], row["flag"], json.loads(row["positions"]),
                           json.loads(row["confirms"]), declaration)

    def pending_message(self, declaration_id: int) -> int | None:
        """A message sent about the declaration and not answered yet."""
        row = self._db.execute(
            "SELECT s.message FROM suma_messages s JOIN messages m ON m.id = s.message WHERE s.declaration = ? "
            "AND m.state IN ('queued', 'sent', 'delivered') ORDER BY s.message DESC LIMIT 1",
            [declaration_id]).fetchone()
        return row[0] if row else None


@dataclass(frozen=True)
class SentMessage:
    declaration_id: int
    kind: str
    flag: str | None
    positions: list[int]
    confirms: list[int]
    sent: Declaration


def _declaration_row(row: dict) -> DeclarationRow:
    header = json.loads(row["working_header"])
    return DeclarationRow(row["id"], Status(row["status"]), row["mrn"], str(header.get("reference") or ""),
                          str(header.get("transport_number") or ""), str(header.get("office_of_presentation") or ""),
                          row["total"], row["confirmed"], row["last_error_code"], row["last_error_text"],
                          row["updated_at"])


def _position_filter(declaration_id: int, text: str) -> tuple[str, list]:
    """The working copy's positions, those matching ``text`` (in a searched column, or as the number) if given."""
    where, params = "WHERE w.declaration = ? AND w.copy = 'working'", [declaration_id]
    if text.strip():
        condition, more = contains([f"w.{c}" for c in SEARCHED_COLUMNS], text)
        where += f" AND ({condition} OR CAST(w.number AS TEXT) = ?)"
        params += [*more, text.strip()]
    return where, params


def _column(name: str) -> str:
    column = name.replace(".", "_")
    if column not in POSITION_COLUMNS:
        raise ValueError(f"not a position field: {name}")
    return column


def _values(row) -> dict[str, object]:
    values = {}
    for spec in POSITION_FIELDS:
        value = row[spec.column]
        if spec.kind == "decimal" and value not in (None, ""):
            value = Decimal(str(value))
        values[spec.name] = "" if value is None else value
    return values


def _db_value(value: object, kind: str = "text") -> object:
    """As stored: an empty number is NULL, an empty text ''; the text columns take no NULL."""
    value = normalised(value)
    if value == "":
        return None if kind in NUMBER_KINDS else ""
    return str(value) if isinstance(value, Decimal) else value


def _jsonable(values: dict[str, object]) -> dict[str, object]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in values.items()}


def _header_json(declaration: Declaration) -> str:
    return json.dumps(_jsonable({f.name: declaration.get(f.name) for f in HEADER_FIELDS}))


def _manifest_key(declaration: Declaration) -> str | None:
    if declaration.get("identification") != "MID":
        return None
    return "|".join(declaration.manifest_id)
