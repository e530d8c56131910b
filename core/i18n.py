"""What the user reads, in their language: English, Czech, German or Polish.

One mechanism end to end: Qt's catalogues (``resources/translations/*.ts``, compiled to ``.qm`` by ``make``), for
the window and the headless commands alike. Code marks a text with :func:`translate` where it is shown, or with
:data:`QT_TRANSLATE_NOOP` where it is defined ahead (a constant), and translates that constant where it is shown.
``pyside6-lupdate`` finds both. core never imports Qt: the interface that starts (the window, the headless
commands) installs the catalogue of the chosen language with :func:`install` (see the ``i18n`` package).

Texts with values use named fields, filled after translating, so that a translation may put them in another
order: ``translate("Guarantees", "The GRN {grn} is not valid.").format(grn=grn)``. Counts use Qt's plural forms:
``translate("Messages", "%n message(s) sent", None, count)``.
"""
from __future__ import annotations

from collections.abc import Callable

LANGUAGES = {"en": "English", "cs": "Čeština", "de": "Deutsch", "pl": "Polski"}
LOCALES = {"en": "en_GB", "cs": "cs_CZ", "de": "de_DE", "pl": "pl_PL"}  # how each writes numbers and dates
DEFAULT_LANGUAGE = "en"

Lookup = Callable[[str, str, "str | None", int], str]  # (context, source, disambiguation, n) → "" when absent

_lookup: Lookup | None = None
_language = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language (as written when it has no translation); ``%n`` becomes ``n``."""
    translated = _lookup(context, text, disambiguation, n) if _lookup is not None else ""
    result = translated or text
    return result.replace("%n", _count(n)) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for the catalogues without translating it now: translate it where it is shown."""
    return text


def install(lookup: Lookup | None, language: str) -> None:
    """Translate from now on with ``lookup`` (None: English as written)."""
    global _lookup, _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _lookup, _language = lookup, language


def current_language() -> str:
    return _language


def _count(n: int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(n, locale=LOCALES[_language])
