"""What an error or reason code means: in English, as the EU lists give it, and in the user's language (Czech,
German or Polish; Czech beside English when the user reads English, spec 01 §1.7)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from core.i18n import current_language
from core.refdata.catalogue import INVALID_GUARANTEE_REASONS, NATIONAL_PROCESSING_CODES
from core.resources import resource

if TYPE_CHECKING:
    from core.refdata.catalogue import Catalogue

FUNCTIONAL_ERROR_CODES = "FunctionalErrorCodesIeCA"
LOCAL_LANGUAGES = ("cs", "de", "pl")

# Rule codes the customs simulator answers with (CC906C errorReason).
RULE_CODES = {
    "R261": ("Balance queries (kinds 2 and 3) are not allowed for guarantee types 2 and 4",
             "Dotaz na zůstatek (druh 2 a 3) není u záruk typu 2 a 4 povolen",
             "Saldoabfragen (Abfrageart 2 und 3) sind für die Sicherheitsarten 2 und 4 nicht zulässig",
             "Zapytania o saldo (rodzaje 2 i 3) są niedozwolone dla zabezpieczeń rodzaju 2 i 4"),
    "THR60": ("The same guarantee was queried again within 60 seconds: wait a minute and send the query again",
              "Stejná záruka byla dotazována znovu do 60 sekund: počkejte minutu a dotaz zopakujte",
              "Dieselbe Sicherheit wurde innerhalb von 60 Sekunden erneut abgefragt: bitte eine Minute warten und "
              "die Abfrage erneut senden",
              "Zapytanie o to samo zabezpieczenie wysłano ponownie w ciągu 60 sekund: odczekaj minutę i wyślij je "
              "ponownie"),
}

# Error codes of XML rejections (CC917C errorCode).
XML_ERROR_CODES = {
    "12": ("Value not in the list of allowed values",
           "Hodnota není mezi povolenými hodnotami",
           "Wert nicht in der Liste der zulässigen Werte",
           "Wartość spoza listy dozwolonych wartości"),
    "13": ("Missing element",
           "Chybí povinný prvek",
           "Pflichtelement fehlt",
           "Brak wymaganego elementu"),
    "15": ("Element not allowed in this position",
           "Prvek na tomto místě není povolen",
           "Element an dieser Stelle nicht zulässig",
           "Element niedozwolony w tym miejscu"),
    "18": ("Other or unspecified error",
           "Jiná nebo blíže neurčená chyba",
           "Sonstiger oder nicht näher bezeichneter Fehler",
           "Inny lub nieokreślony błąd"),
    "35": ("Too many repetitions",
           "Příliš mnoho opakování",
           "Zu viele Wiederholungen",
           "Zbyt wiele powtórzeń"),
    "39": ("Value too long",
           "Hodnota je příliš dlouhá",
           "Wert zu lang",
           "Wartość jest za długa"),
    "40": ("Value too short",
           "Hodnota je příliš krátká",
           "Wert zu kurz",
           "Wartość jest za krótka"),
    "50": ("Value not valid for its type",
           "Hodnota neodpovídá svému typu",
           "Wert entspricht nicht seinem Datentyp",
           "Wartość niezgodna ze swoim typem"),
    "51": ("Value does not match the required pattern",
           "Hodnota neodpovídá předepsanému tvaru",
           "Wert entspricht nicht dem vorgeschriebenen Format",
           "Wartość niezgodna z wymaganym wzorcem"),
    "52": ("The XML is not well formed",
           "XML není správně utvořené",
           "Das XML ist nicht wohlgeformt",
           "XML nie jest poprawnie sformułowany"),
    "53": ("Characters not allowed",
           "Nepovolené znaky",
           "Unzulässige Zeichen",
           "Niedozwolone znaki"),
    "54": ("Value below the lowest allowed value",
           "Hodnota je menší než nejnižší povolená",
           "Wert unter dem kleinsten zulässigen Wert",
           "Wartość mniejsza niż najmniejsza dozwolona"),
    "55": ("Value above the highest allowed value",
           "Hodnota je větší než nejvyšší povolená",
           "Wert über dem größten zulässigen Wert",
           "Wartość większa niż największa dozwolona"),
    "56": ("Value not above the lower limit",
           "Hodnota není větší než dolní mez",
           "Wert nicht größer als die Untergrenze",
           "Wartość nie jest większa niż dolna granica"),
    "57": ("Value not below the upper limit",
           "Hodnota není menší než horní mez",
           "Wert nicht kleiner als die Obergrenze",
           "Wartość nie jest mniejsza niż górna granica"),
}

_LISTS_BY_PATTERN = (
    (re.compile(r"G\d{2}"), (INVALID_GUARANTEE_REASONS,)),
    (re.compile(r"P\d{2}"), (NATIONAL_PROCESSING_CODES,)),
    (re.compile(r"\d{2}"), (FUNCTIONAL_ERROR_CODES,)),
)


@dataclass(frozen=True)
class CodeMeaning:
    code: str
    en: str | None
    cs: str | None
    de: str | None = None
    pl: str | None = None

    @property
    def text(self) -> str:
        return f"{self.code} {self.en}" if self.en else f"{self.code} (unknown code)"

    @property
    def local(self) -> str | None:
        """The meaning in the user's language, shown beside the English one (Czech for English readers)."""
        language = current_language()
        return {"cs": self.cs, "de": self.de, "pl": self.pl}.get(language, self.cs)


def explain(catalogue: Catalogue, code: str, *, xml_error: bool = False) -> CodeMeaning:
    """Looks ``code`` up in the stored code lists, then in the built-in tables.

    Two-digit codes are functional error codes unless ``xml_error`` (a CC917C errorCode).
    """
    code = (code or "").strip().upper()
    if xml_error and code in XML_ERROR_CODES:
        return CodeMeaning(code, *XML_ERROR_CODES[code])
    for list_name in _lists_for(code):
        en = catalogue.describe(list_name, code, "EN")
        if en:
            local = {language: catalogue.describe(list_name, code, language.upper()) for language in LOCAL_LANGUAGES}
            return CodeMeaning(code, en, **{k: v if v != en else None for k, v in local.items()})
    return _built_in(code)


def explain_builtin(code: str, *, xml_error: bool = False) -> CodeMeaning:
    """The same without a database: the code lists shipped in resources/refdata/builtin.json."""
    code = (code or "").strip().upper()
    if xml_error and code in XML_ERROR_CODES:
        return CodeMeaning(code, *XML_ERROR_CODES[code])
    lists = _builtin_lists()
    for list_name in _lists_for(code):
        texts = lists.get(list_name, {})
        en = texts.get("EN", {}).get(code)
        if en:
            return CodeMeaning(code, en, **{language: texts.get(language.upper(), {}).get(code)
                                            for language in LOCAL_LANGUAGES})
    return _built_in(code)


def _lists_for(code: str) -> tuple[str, ...]:
    for pattern, lists in _LISTS_BY_PATTERN:
        if pattern.fullmatch(code):
            return lists
    return ()


def _built_in(code: str) -> CodeMeaning:
    texts = RULE_CODES.get(code) or XML_ERROR_CODES.get(code)
    return CodeMeaning(code, *texts) if texts else CodeMeaning(code, None, None)


@lru_cache(maxsize=1)
def _builtin_lists() -> dict:
    return json.loads(resource("refdata", "builtin.json").read_text(encoding="utf-8"))["lists"]
