"""Many varied organisations and guarantees written straight into a real store (shared by the unit and UI
tests), and the orders the lists must come in, worked out in Python over every record."""
from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from core.store.rows import insert_rows

SEED = 20250212
NAMES = ["Org", "org", "Alfa Trans", "alfa trans", "Zeta", "Émile", "Ústí Cargo", "_under", "100% Spedice"]
CITIES = ["Brno", "brno", "Praha", "Ústí", "", "Ostrava"]
OFFICES = ["CZ520101", "CZ510201", "DE004601", "PL301010", ""]
ERRORS = [("12", "Codelist value not valid"), ("N1", "GRN not valid"), ("90", "Unknown")]
WORDS = ["transit", "Transit", "bond", "comprehensive", "Čistá", ""]


def add_varied_organisations(context, count: int) -> list[int]:
    """``count`` organisations with names, branches, cities, countries and contacts that repeat; their ids."""
    rng = random.Random(SEED)
    rows = [{
        "name": f"{rng.choice(NAMES)} {rng.randrange(count // 2):05d}",
        "eori": f"{rng.choice(['CZ', 'DE', 'PL'])}{10000000 + rng.randrange(count * 4)}",
        "branch": rng.choice(["0000", "0001", "0002"]),
        "city": rng.choice(CITIES),
        "country": rng.choice(["CZ", "DE", "PL", "SK"]),
        "contact": rng.choice(["", "Jana Nováková", "petr Svoboda", "Anna Dvořák"]),
    } for _ in range(count)]
    with context.db.atomic():
        first = context.db.execute("SELECT coalesce(max(id), 0) FROM organisations").fetchone()[0] + 1
        insert_rows(context.db, "organisations", rows)
    return list(range(first, first + count))


def add_varied_guarantees(context, org_ids: list[int], count: int) -> None:
    """``count`` guarantees spread over ``org_ids``: with and without GRN, amount, balance, answers, errors."""
    rng = random.Random(SEED + 1)
    rows = []
    for i in range(count):
        with_grn = rng.random() < 0.8
        answered = rng.random() < 0.5
        error = rng.choice(ERRORS) if rng.random() < 0.3 else (None, None)
        rows.append({
            "org_id": rng.choice(org_ids),
            "type": rng.choice("01249") if with_grn else rng.choice("38"),
            "grn": f"{rng.randrange(20, 26)}CZ{rng.randrange(10**12):012d}" if with_grn else "",
            "other_ref": "" if with_grn else f"{rng.choice(['ref', 'REF', 'Bond'])}-{rng.randrange(count):04d}",
            "office": rng.choice(OFFICES),
            "amount": f"{rng.randrange(1, 50) * 1000 + rng.choice([0, 0.5])}" if rng.random() < 0.8 else None,
            "currency": rng.choice(["CZK", "EUR"]),
            "description": f"{rng.choice(WORDS)} {rng.randrange(50)}".strip(),
            "balance": f"{rng.randrange(0, 40_000)}.{rng.randrange(100):02d}" if answered else None,
            "currency_answer": "EUR" if answered else None,
            "codes_registered_at": f"2025-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T10:00:00Z" if answered else None,
            "last_error_code": error[0],
            "last_error_text": error[1],
        })
    with context.db.atomic():
        insert_rows(context.db, "guarantees", rows)


def nocase(text: str) -> str:
    """SQLite's NOCASE: letters A–Z fold, nothing else does."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def server_nocase(text: str):
    """The order of PostgreSQL's ``nocase`` collation (ICU, root, secondary strength) for the names used here:
    spaces, then punctuation, symbols, digits and letters; letters by their base, case ignored; accents count
    only between otherwise equal texts."""
    primary, accents = [], []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0].casefold()
        group = {"Z": 0, "P": 1, "S": 2, "N": 3}.get(unicodedata.category(base)[0], 4)
        primary.append((group, base))
        accents.append(decomposed[1:])
    return primary, accents


def sort_nocase(text: str):
    """How the store sorts ``COLLATE NOCASE`` on the engine the tests run on."""
    return _SORT_NOCASE(text)


_SORT_NOCASE = nocase


def sort_as_the_server_does() -> None:
    """pytest --office-database: the expected orders are PostgreSQL's."""
    global _SORT_NOCASE
    _SORT_NOCASE = server_nocase


def _empty_first(value):
    """SQL sorts NULL before anything else."""
    return (value is not None, value if value is not None else 0)


ORGANISATION_KEYS: dict[str, Callable] = {
    "name": lambda o: sort_nocase(o.name),
    "eori": lambda o: o.eori,
    "branch": lambda o: o.branch,
    "city": lambda o: sort_nocase(o.city),
    "country": lambda o: o.country,
    "contact": lambda o: sort_nocase(o.contact),
}

GUARANTEE_KEYS: dict[str, Callable] = {
    "reference": lambda g: sort_nocase(g.reference),
    "type": lambda g: g.type,
    "office": lambda g: g.office,
    "amount": lambda g: _empty_first(float(g.amount) if g.amount is not None else None),
    "balance": lambda g: _empty_first(float(g.balance) if g.balance is not None else None),
    "codes_registered": lambda g: _empty_first(g.codes_registered_at),
    "last_error": lambda g: _empty_first(g.last_error_code),
    "description": lambda g: sort_nocase(g.description),
}


def sorted_like_the_store(records: list, key: Callable, descending: bool) -> list:
    """The records as the store sorts them: by ``key``, records that sort the same in the order of their ids."""
    return sorted(sorted(records, key=lambda r: r.id), key=key, reverse=descending)
