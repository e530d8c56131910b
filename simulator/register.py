"""The customs side's own register: guarantees, their codes and use, and what it has received and owes.

Kept in its own SQLite file beside the app's data (``simulator/customs.sqlite``); first seeded from the
app's guarantees (the demo data) and optionally from a JSON file of register entries.
"""
from __future__ import annotations

import contextlib
import json
import random
import sqlite3
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from core.errors import FieldError, ValidationError
from core.guarantees.grn import compute_check_digit
from core.guarantees.service import GuaranteeService
from core.organisations import OrganisationService
from core.store.connection import Database as AppDatabase
from core.users import system_access

REGISTER_FILE = "customs.sqlite"


@dataclass
class RegisteredGuarantee:
    grn: str
    type: str
    office: str
    holder_tin: str
    holder_name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    valid: bool = True
    amount: str = "0.00"
    currency: str = "EUR"
    reference_amount: str | None = None
    valid_from: str = "2025-01-01"
    valid_to: str | None = None
    restricted_for_suspended_goods: bool = False
    not_valid_in: list[str] = field(default_factory=list)
    pac: str | None = None
    spks: list[str] = field(default_factory=list)
    registered_at: str | None = None

    def to_row(self) -> dict:
        row = dict(self.__dict__)
        row["valid"] = int(self.valid)
        row["restricted_for_suspended_goods"] = int(self.restricted_for_suspended_goods)
        row["not_valid_in"] = json.dumps(self.not_valid_in)
        row["spks"] = json.dumps(self.spks)
        return row

    @classmethod
    def from_row(cls, row: dict) -> RegisteredGuarantee:
        data = dict(row)
        data["valid"] = bool(data["valid"])
        data["restricted_for_suspended_goods"] = bool(data["restricted_for_suspended_goods"])
        data["not_valid_in"] = json.loads(data["not_valid_in"] or "[]")
        data["spks"] = json.loads(data["spks"] or "[]")
        return cls(**data)


class CustomsRegister:
    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.db = Database(folder / REGISTER_FILE)
        self.db.execute("PRAGMA journal_mode=WAL")
        # A killed simulator loses nothing in WAL mode without a flush per commit; only a power cut could, and
        # for a training gateway that is worth the speed of answering like a real one.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._create()

    def _create(self) -> None:
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS guarantees (
                grn TEXT PRIMARY KEY, type TEXT, office TEXT, holder_tin TEXT, holder_name TEXT, street TEXT,
                postcode TEXT, city TEXT, country TEXT, valid INTEGER, amount TEXT, currency TEXT,
                reference_amount TEXT, valid_from TEXT, valid_to TEXT, restricted_for_suspended_goods INTEGER,
                not_valid_in TEXT, pac TEXT, spks TEXT, registered_at TEXT);
            CREATE TABLE IF NOT EXISTS usages (
                grn TEXT, position INTEGER, mrn TEXT, amount TEXT, currency TEXT, lock_date TEXT,
                arrival TEXT, release_date TEXT, PRIMARY KEY (grn, position));
            CREATE TABLE IF NOT EXISTS received (
                message_id TEXT PRIMARY KEY, sender TEXT, received_at TEXT, receipt BLOB);
            CREATE TABLE IF NOT EXISTS outbox (
                id TEXT PRIMARY KEY, recipient TEXT, kind TEXT, data BLOB, deliver_after TEXT, created_at TEXT);
            CREATE TABLE IF NOT EXISTS queries (grn TEXT PRIMARY KEY, last_at TEXT);
            CREATE TABLE IF NOT EXISTS switches (name TEXT PRIMARY KEY, value TEXT);
            """
        )

    def atomic(self):
        """One transaction (BEGIN … COMMIT); the methods below use plain statements so they join it."""
        return self.db.atomic()

    # -- guarantees -----------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self.db.execute("SELECT count(*) FROM guarantees").fetchone()[0] == 0

    def put(self, g: RegisteredGuarantee) -> None:
        _insert(self.db, "guarantees", g.to_row(), replace=True)
        if not self.db.execute("SELECT 1 FROM usages WHERE grn = ?", [g.grn]).fetchone():
            for usage in generated_usages(g):
                _insert(self.db, "usages", usage)

    def get(self, grn: str) -> RegisteredGuarantee | None:
        rows = list(self.db.query("SELECT * FROM guarantees WHERE grn = ?", [grn]))
        return RegisteredGuarantee.from_row(rows[0]) if rows else None

    def usages(self, grn: str) -> list[dict]:
        return list(self.db.query("SELECT * FROM usages WHERE grn = ? ORDER BY position", [grn]))

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM guarantees").fetchone()[0]

    # -- throttle -------------------------------------------------------------------------------
    def last_query(self, grn: str) -> str | None:
        row = self.db.execute("SELECT last_at FROM queries WHERE grn = ?", [grn]).fetchone()
        return row[0] if row else None

    def note_query(self, grn: str, at: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO queries (grn, last_at) VALUES (?, ?)", [grn, at])

    # -- messages -------------------------------------------------------------------------------
    def receipt_for(self, message_id: str) -> bytes | None:
        row = self.db.execute("SELECT receipt FROM received WHERE message_id = ?", [message_id]).fetchone()
        return row[0] if row else None

    def received_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM received").fetchone()[0]

    def received_in_order(self, sender: str | None = None) -> list[tuple[str, str]]:
        """(message id, time received) of each message received (from ``sender``), in the order received."""
        where, params = ("WHERE sender = ?", [sender]) if sender is not None else ("", [])
        return [(row[0], row[1]) for row in self.db.execute(
            f"SELECT message_id, received_at FROM received {where} ORDER BY rowid", params).fetchall()]

    def note_received(self, message_id: str, sender: str, at: str, receipt: bytes) -> None:
        _insert(self.db, "received", {"message_id": message_id, "sender": sender, "received_at": at, "receipt": receipt})

    def queue(self, item_id: str, recipient: str, kind: str, data: bytes, deliver_after: str, now: str) -> None:
        _insert(self.db, "outbox", {"id": item_id, "recipient": recipient, "kind": kind, "data": data,
                                    "deliver_after": deliver_after, "created_at": now})

    def waiting_for(self, recipient: str, now: str) -> list[dict]:
        """First in, first out: rowid keeps the order of answers made within the same second."""
        return list(self.db.query(
            "SELECT id, kind, length(data) AS size FROM outbox WHERE recipient = ? AND deliver_after <= ? "
            "ORDER BY created_at, rowid",
            [recipient, now]))

    def due_now(self, clock) -> list[dict]:
        now = clock().strftime("%Y-%m-%dT%H:%M:%SZ")
        return list(self.db.query("SELECT * FROM outbox WHERE deliver_after <= ? ORDER BY created_at, rowid", [now]))

    def item(self, item_id: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM outbox WHERE id = ?", [item_id]).fetchone()
        return row[0] if row else None

    def forget(self, item_id: str) -> bool:
        with self.atomic():
            return self.db.execute("DELETE FROM outbox WHERE id = ?", [item_id]).rowcount > 0

    def switch(self, name: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM switches WHERE name = ?", [name]).fetchone()
        return row[0] if row else default

    def set_switch(self, name: str, value: str) -> None:
        with self.atomic():
            self.db.execute("INSERT OR REPLACE INTO switches (name, value) VALUES (?, ?)", [name, value])

    def close(self) -> None:
        self.db.close()


def _insert(db: Database, table: str, row: dict, replace: bool = False) -> None:
    names = ", ".join(row)
    marks = ", ".join("?" * len(row))
    db.execute(f"INSERT {'OR REPLACE ' if replace else ''}INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def generated_usages(g: RegisteredGuarantee, today: date | None = None) -> list[dict]:
    """A plausible, repeatable history of transit operations for a guarantee."""
    if g.type not in "01249":
        return []
    rng = random.Random(g.grn)
    today = today or date.today()
    country = g.office[:2] or "CZ"
    rows = []
    for position in range(rng.randint(3, 8)):
        lock = today - timedelta(days=rng.randint(1, 75))
        body = f"{lock:%y}{country}{rng.randrange(16**12):012X}J"
        mrn = body + str(compute_check_digit(body))
        released = rng.random() < 0.6 and lock < today - timedelta(days=2)
        arrival = datetime.combine(lock + timedelta(days=rng.randint(1, 2)), datetime.min.time()).replace(hour=rng.randint(6, 20))
        rows.append({
            "grn": g.grn, "position": position, "mrn": mrn,
            "amount": f"{Decimal(rng.randint(1500, 250000)) / 10:.2f}", "currency": g.currency or "EUR",
            "lock_date": lock.isoformat(), "arrival": arrival.isoformat(timespec="seconds") if released else None,
            "release_date": (arrival.date() + timedelta(days=1)).isoformat() if released else None,
        })
    return rows


@contextlib.contextmanager
def app_records(app_database: Path | str):
    """The app's database read through core's store, on nobody's behalf: its SQLite file opened read-only, or
    an office database at its URL; None when there is no file."""
    from core.store.office import connect, is_office_url

    if is_office_url(app_database):
        app = connect(app_database)
    elif Path(app_database).exists():
        conn = sqlite3.connect(f"file:{app_database}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row  # as the app's store reads its rows
        app = AppDatabase(conn)
    else:
        yield None
        return
    try:
        yield app
    finally:
        app.close()


def seed_from_app(register: CustomsRegister, app_database: Path | str) -> int:
    """Take the app's guarantees (the demo data) as the customs register, with the codes customs know."""
    from simulator.demo import DEMO_PAC, DEMO_SPKS

    with app_records(app_database) as app:
        if app is None:
            return 0
        holders = {o.id: o for o in OrganisationService(app, system_access()).list()}
        guarantees = [g for g in GuaranteeService(app, system_access()).list() if g.grn]
    with register.atomic():
        for g in guarantees:
            holder, with_pac = holders[g.org_id], g.type in "01"
            register.put(RegisteredGuarantee(
                grn=g.grn, type=g.type, office=g.office, holder_tin=holder.eori, holder_name=holder.name,
                street=holder.street or "Unknown street", postcode=holder.postcode, city=holder.city or "Unknown",
                country=holder.country, amount=str(g.amount or "0.00"), currency=g.currency or "EUR",
                reference_amount=str(g.amount) if with_pac and g.amount is not None else None,
                pac=DEMO_PAC if with_pac else None, spks=list(DEMO_SPKS.get(g.type, [])),
                registered_at="2025-01-15T09:00:00" if with_pac else None,
            ))
    return len(guarantees)


def seed_from_file(register: CustomsRegister, path: Path) -> int:
    """Entries from a JSON list of register records (fields of RegisteredGuarantee); they replace same GRNs."""
    return seed_entries(register, read_register_file(path))


def seed_entries(register: CustomsRegister, entries: list[RegisteredGuarantee]) -> int:
    with register.atomic():
        for entry in entries:
            register.put(entry)
    return len(entries)


def read_register_file(path: Path, field: str = "--register") -> list[RegisteredGuarantee]:
    """The entries of a register file; ValidationError on ``field`` naming the file and what is wrong."""
    path = Path(path)
    example = '[{"grn": "...", "type": "1", "office": "CZ520101", "holder_tin": "CZ25596641"}]'

    def refuse(problem: str) -> ValidationError:
        return ValidationError([FieldError(field, f"The register file {path} {problem}")])

    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise refuse(f"cannot be read ({getattr(exc, 'strerror', None) or exc}).") from None
    except (ValueError, RecursionError) as exc:
        raise refuse(f"is not JSON ({exc if isinstance(exc, ValueError) else 'nested too deeply'}): give a list of "
                     f"entries like {example}.") from None
    if not isinstance(entries, list):
        raise refuse(f"must hold a list of entries like {example}.")
    known = {f.name for f in fields(RegisteredGuarantee)}
    required = {f.name for f in fields(RegisteredGuarantee) if f.default is MISSING and f.default_factory is MISSING}
    read = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise refuse(f"has entry {number} that is not an object like {example}.")
        missing, unknown = sorted(required - entry.keys()), sorted(entry.keys() - known)
        if missing or unknown:
            raise refuse(f"has entry {number} " + " and ".join(filter(None, [
                f"without {', '.join(missing)}" if missing else "",
                f"with fields the register does not know: {', '.join(unknown)}" if unknown else ""])) + ".")
        read.append(RegisteredGuarantee(**entry))
    return read
