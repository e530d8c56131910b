"""Texts kept with a record and read later, each reader in their own language.

A record (an answer's result, a step in a message's history) keeps its *wording*: the English text as marked for the
catalogues, its translation context and its fields. :func:`english` gives the plain English the record also keeps
(for searching, the log file and the headless commands' JSON); :func:`shown` gives it in the reader's language, amounts
written their way. :func:`dumps` and :func:`loads` store a wording as JSON.

    reason = Phrase("Messaging", QT_TRANSLATE_NOOP("Messaging", "{size} MB is too large"), {"size": "31.2"})
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Union

from core.errors import UserError
from core.i18n import current_language, translate

STAMP = "%Y-%m-%dT%H:%M:%SZ"  # a moment as records keep it: UTC
Value = Union[str, int, Decimal, datetime, "Phrase", "Joined", "InEachLanguage"]


@dataclass(frozen=True)
class Phrase:
    """A text marked with ``QT_TRANSLATE_NOOP(context, text)``, its ``{fields}`` filled in when it is read.

    A count is best a field ("operations: {count}"): pyside6-lupdate finds no plural forms in a deferred text. Only a
    text that is also translated with its count elsewhere (``translate(context, "%n code(s)", None, n)``), and so has
    its plural forms in the catalogues, takes ``count``."""

    context: str
    text: str
    fields: dict[str, Value] = field(default_factory=dict)
    disambiguation: str | None = None  # as given to translate() where the same text is marked
    count: int = -1


@dataclass(frozen=True)
class Joined:
    """Several wordings in a row, e.g. one per guarantee of an answer."""

    separator: str
    parts: tuple[Value, ...]


@dataclass(frozen=True)
class InEachLanguage:
    """A text given ready in several languages (an error code's meaning in the code lists); English at least."""

    texts: dict[str, str]


class WordedError(UserError):
    """An error whose str() is in the user's language and whose ``wording`` the records keep (core.wording)."""

    def __init__(self, wording: Value):
        super().__init__(shown(wording))
        self.wording = wording

    @property
    def record(self) -> str:
        """The same in English, as the message history and the gateway's state keep it."""
        return english(self.wording)


def in_context(context: str):
    """A maker of phrases of one translation context: ``said(QT_TRANSLATE_NOOP(context, "…{x}"), x=1)``."""

    def said(text: str, /, **fields: Value) -> Phrase:
        return Phrase(context, text, fields)

    return said


def joined(separator: str, parts) -> Joined:
    return Joined(separator, tuple(parts))


def english(value: Value) -> str:
    """As the record keeps it in plain English."""
    if isinstance(value, Phrase):
        text = value.text
        if value.count >= 0:  # as the English catalogue writes it: "(s)" for more than one
            text = text.replace("%n", str(value.count)).replace("(s)", "" if value.count == 1 else "s")
        return text.format(**{name: english(v) for name, v in value.fields.items()})
    if isinstance(value, Joined):
        return value.separator.join(english(part) for part in value.parts)
    if isinstance(value, InEachLanguage):
        return value.texts.get("en", "")
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return _stamp(value)
    return _text(value)


def shown(value: Value) -> str:
    """In the reader's language."""
    if isinstance(value, Phrase):
        text = translate(value.context, value.text, value.disambiguation, value.count)
        return text.format(**{name: shown(v) for name, v in value.fields.items()})
    if isinstance(value, Joined):
        return value.separator.join(shown(part) for part in value.parts)
    if isinstance(value, InEachLanguage):
        return value.texts.get(current_language()) or value.texts.get("en", "")
    if isinstance(value, Decimal):
        from core.formatting import amount

        return amount(value)
    if isinstance(value, datetime):
        from core.formatting import moment

        return moment(value.astimezone(), seconds=True)
    return _text(value)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime(STAMP)


def _text(value) -> str:
    """A field that is no wording: as it reads (a path, an error), nothing for None."""
    return "" if value is None else str(value)


def dumps(value: Value) -> str:
    return json.dumps(_encoded(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Value | None:
    """A wording stored by :func:`dumps`; None for a damaged one (show the English kept beside it instead)."""
    try:
        return _decoded(json.loads(text))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, ArithmeticError):
        return None


def shown_or(wording: str | None, stored: str) -> str:
    """A record's text in the reader's language: from its wording when it has one (older records keep English); the
    English kept when the wording cannot be read or a translation names a field it does not have."""
    value = loads(wording) if wording else None
    if value is None:
        return stored
    try:
        return shown(value)
    except (KeyError, IndexError, ValueError):
        return stored


def _encoded(value: Value):
    if isinstance(value, Phrase):
        data = {"c": value.context, "t": value.text, "f": {k: _encoded(v) for k, v in value.fields.items()}}
        return data | ({"m": value.disambiguation} if value.disambiguation else {}) | (
            {"n": value.count} if value.count >= 0 else {})
    if isinstance(value, Joined):
        return {"j": value.separator, "p": [_encoded(part) for part in value.parts]}
    if isinstance(value, InEachLanguage):
        return {"l": value.texts}
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, datetime):
        return {"at": _stamp(value)}
    if isinstance(value, (str, int)):
        return value
    return _text(value)


def _decoded(data) -> Value:
    if isinstance(data, (str, int)) and not isinstance(data, bool):
        return data
    if "t" in data:
        return Phrase(str(data["c"]), str(data["t"]), {str(k): _decoded(v) for k, v in data["f"].items()},
                      data.get("m"), int(data.get("n", -1)))
    if "j" in data:
        return Joined(str(data["j"]), tuple(_decoded(part) for part in data["p"]))
    if "l" in data:
        return InEachLanguage({str(k): str(v) for k, v in data["l"].items()})
    if "d" in data:
        return Decimal(data["d"])
    if "at" in data:
        return datetime.strptime(data["at"], STAMP).replace(tzinfo=UTC)
    raise ValueError("not a wording")
