"""Schema validation of messages: the project's own schemas, plus a folder of EU schemas when configured.

Own schemas (resources/schemas): national-access-codes.xsd for E_ACC_COD / E_ACC_RSP,
ncts-guarantee-messages.xsd for CC034C, CC037C, CC055C, CC906C, CC917C and
atlas-summary-declaration.xsd for the ATLAS summary declaration CUSPRL and its answer CUSPRR. An extra folder is
searched for ``<type in lower case>.xsd`` (the EU file names, e.g. cc034c.xsd).
"""
from __future__ import annotations

import functools
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from lxml import etree

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.messages.xml import (
    NATIONAL_NS,
    NCTS_NS,
    SUMA_NS,
    MessageFormatError,
    hardened_parser,
    local_name,
    parse_xml,
)
from core.resources import resource

NCTS_SCHEMA = "ncts-guarantee-messages.xsd"
NATIONAL_SCHEMA = "national-access-codes.xsd"
SUMA_SCHEMA = "atlas-summary-declaration.xsd"
OWN_SCHEMAS = {
    **{t: (NCTS_SCHEMA, NCTS_NS) for t in ("CC034C", "CC037C", "CC055C", "CC906C", "CC917C")},
    **{t: (NATIONAL_SCHEMA, NATIONAL_NS) for t in ("E_ACC_COD", "E_ACC_RSP")},
    **{t: (SUMA_SCHEMA, SUMA_NS) for t in ("CUSPRL", "CUSPRR")},
}
MASK = "••••"

# What the rule of an element is, in words, added to the validator's message ("parent/name" or "name"); in English,
# translated where added (_hint).
_HINTS = {
    "accessCode": QT_TRANSLATE_NOOP("Messages", "An access code is exactly 4 letters (A–Z) or digits."),
    "GRN": QT_TRANSLATE_NOOP("Messages", "A GRN is 2 digits (year), 2 letters (country), 12 capitals or digits and a "
                                         "check digit (vouchers add a letter and 6 digits)."),
    "MRN": QT_TRANSLATE_NOOP("Messages", "An MRN is 18 characters: year, country, serial number and check character."),
    "referenceNumber": QT_TRANSLATE_NOOP("Messages", "A customs office is 2 letters (country) and 6 capitals or "
                                                     "digits, e.g. CZ510201."),
    "Guarantee/guaranteeType": QT_TRANSLATE_NOOP("Messages", "Only guarantee types 0 and 1 have access codes to "
                                                             "register."),
    "preparationDateAndTime": QT_TRANSLATE_NOOP("Messages", "Date and time are written YYYY-MM-DDThh:mm:ss, without "
                                                            "fractions or time zone."),
    # the ATLAS summary declaration (CUSPRL) and its answer (CUSPRR)
    "CUSPRL/MRN": QT_TRANSLATE_NOOP("Messages", "The MRN of a summary declaration is 18 characters: 2 digits (year), "
                                                "2 letters (country), 12 capitals or digits, the procedure letter U "
                                                "and a check digit."),
    "CUSPRR/MRN": QT_TRANSLATE_NOOP("Messages", "The MRN of a summary declaration is 18 characters: 2 digits (year), "
                                                "2 letters (country), 12 capitals or digits, the procedure letter U "
                                                "and a check digit."),
    "CUSPRL/Kind": QT_TRANSLATE_NOOP("Messages", "The kind of declaration is VSA (create), VSM (modify), ESA "
                                                 "(confirm) or ESV (create and confirm)."),
    "CUSPRL/ConfirmationFlag": QT_TRANSLATE_NOOP("Messages", "The confirmation flag is 1 or 2 (ESA) or 3 (ESV)."),
    "Position/Number": QT_TRANSLATE_NOOP("Messages", "Positions are numbered 1 to 9,999, each number once."),
    "AcceptedPosition": QT_TRANSLATE_NOOP("Messages", "Positions are numbered 1 to 9,999, each number once."),
    "Declaration/Identification": QT_TRANSLATE_NOOP("Messages", "The declaration is identified by REG (registration "
                                                                "number) or MID (manifest id)."),
    "Declaration/TransportMode": QT_TRANSLATE_NOOP("Messages", "The mode of transport is one of 1, 2, 3, 4, 5, 7, 8, "
                                                               "9."),
    "Declaration/PreviousDocumentType": QT_TRANSLATE_NOOP("Messages", "The previous document type is MAWB, FLI, MAN, "
                                                                      "ENS or OTH (empty deletes it)."),
    "ManifestId/PreviousDocumentType": QT_TRANSLATE_NOOP("Messages", "The previous document type is MAWB, FLI, MAN, "
                                                                     "ENS or OTH."),
    "OfficeOfPresentation": QT_TRANSLATE_NOOP("Messages", "A customs office is 2 letters (country) and 6 capitals or "
                                                          "digits, e.g. DE002601."),
    "Presenter/Country": QT_TRANSLATE_NOOP("Messages", "A country is 2 capital letters, e.g. DE."),
    "ArrivalDate": QT_TRANSLATE_NOOP("Messages", "A date is written YYYY-MM-DD (empty deletes an optional one)."),
    "PresentationDate": QT_TRANSLATE_NOOP("Messages", "A date is written YYYY-MM-DD (empty deletes it)."),
    "Position/SpecificReferenceKind": QT_TRANSLATE_NOOP("Messages", "The kind of reference is AWB, MAWB, BL, CMR, CIM "
                                                                    "or OTH."),
    "Position/PackageKind": QT_TRANSLATE_NOOP("Messages", "The package kind is a code of 2 capitals or digits, e.g. "
                                                          "PK."),
    "Position/Packages": QT_TRANSLATE_NOOP("Messages", "The number of packages is a whole number of at most 8 "
                                                       "digits."),
    "Position/GrossMass": QT_TRANSLATE_NOOP("Messages", "The gross mass is in kilograms with at most 3 decimals and 16 "
                                                        "characters, e.g. 1250.5."),
    "Position/CustomsStatus": QT_TRANSLATE_NOOP("Messages", "The customs status is N (non-Union goods) or U (Union "
                                                            "goods)."),
    "Error/Field": QT_TRANSLATE_NOOP("Messages", "The field is named by its JSON path, e.g. presenter.tin."),
}
# The same for an element that is one too many ("This element is not expected").
_REPEAT_HINTS = {
    "SecondaryAccessCode": QT_TRANSLATE_NOOP("Messages", "One registration carries 1 to 999 secondary access codes."),
    "GuaranteeReference": QT_TRANSLATE_NOOP("Messages", "One message carries 1 to 99 guarantees."),
    "Error": QT_TRANSLATE_NOOP("Messages", "A confirmation carries at most 9 error codes."),
    "Usage": QT_TRANSLATE_NOOP("Messages", "One guarantee lists at most 9,999 usages."),
    "Position": QT_TRANSLATE_NOOP("Messages", "A summary declaration carries at most 9,999 positions."),
    "AcceptedPosition": QT_TRANSLATE_NOOP("Messages", "An answer lists at most 9,999 accepted positions."),
}
_NAMESPACE_URI = re.compile(r"\{[a-z][a-z0-9+.-]*:[^}]*\}")
_ELEMENT_OF_MESSAGE = re.compile(r"^Element '(?:\{[^}]*\})?([^']+)'")
_PHASE_4 = re.compile(r"C[CD]\d{3}A")


@dataclass(frozen=True)
class SchemaProblem:
    line: int
    column: int
    path: str
    message: str

    def as_dict(self) -> dict:
        return asdict(self)


class SchemaSet:
    def __init__(self, extra_folder: Path | None = None):
        self.extra_folder = Path(extra_folder) if extra_folder else None

    def validate(self, data: bytes) -> list[SchemaProblem]:
        try:
            root = parse_xml(data)
        except MessageFormatError as exc:
            return [SchemaProblem(exc.line or 1, exc.column or 1, "", str(exc))]
        message_type = local_name(root)
        own = OWN_SCHEMAS.get(message_type)
        extra = self._extra_schema(message_type)
        if own is None and extra is None:
            return [_unknown_type(root, message_type)]
        if own and etree.QName(root).namespace != own[1]:
            return [SchemaProblem(root.sourceline or 1, 1, f"/{message_type}",
                                  translate("Messages", "The {message_type} root element must be in the namespace "
                                                        "{namespace}.").format(message_type=message_type,
                                                                               namespace=own[1]))]
        schemas = ([resource("schemas", own[0])] if own else []) + ([extra] if extra else [])
        found: dict[tuple, SchemaProblem] = {}
        context = _ProblemContext(data, root)
        for path in schemas:
            for problem in _run(path, root, context):
                found.setdefault((problem.line, problem.path, problem.message), problem)
        return sorted(found.values(), key=lambda p: (p.line, p.column))

    def _extra_schema(self, message_type: str) -> Path | None:
        if self.extra_folder is None:
            return None
        candidate = self.extra_folder / f"{message_type.lower()}.xsd"
        return candidate if candidate.is_file() else None


EU_MESSAGE_SCHEMAS = ("cc034c.xsd", "cc037c.xsd", "cc055c.xsd", "cc906c.xsd", "cc917c.xsd")


def check_schema_folder(folder: Path) -> list[str]:
    """The official message schemas a folder holds, each compiled once; UserError when it holds none or a broken one."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(translate("Messages", "The schema folder {folder} does not exist: choose the folder with the "
                                              "published XSD files.").format(folder=folder))
    found = [name for name in EU_MESSAGE_SCHEMAS if (folder / name).is_file()]
    if not found:
        raise UserError(translate("Messages", "The folder {folder} holds none of the message schemas ({files}): "
                                              "choose the folder of the published NCTS XSD files.").format(
            folder=folder, files=", ".join(EU_MESSAGE_SCHEMAS)))
    for name in found:
        compiled_schema(folder / name)
    return found


def _unknown_type(root: etree._Element, message_type: str) -> SchemaProblem:
    if _PHASE_4.fullmatch(message_type):
        text = translate("Messages", "unknown message type {message_type}: no schema is known for it. It looks like an "
                                     "old NCTS phase 4 message, which CustomsDesk does not process.")
    else:
        text = translate("Messages", "unknown message type {message_type}: no schema is known for it.")
    return SchemaProblem(root.sourceline or 1, 1, f"/{message_type}", text.format(message_type=message_type))


# ---- compiled schemas, once per process ----------------------------------------------------

_compiled: dict[Path, tuple[float, etree.XMLSchema, threading.Lock]] = {}
_compiled_lock = threading.Lock()


def compiled_schema(path: Path) -> tuple[etree.XMLSchema, threading.Lock]:
    """The schema and the lock to hold while validating with it (its error log is shared)."""
    path = Path(path).resolve()
    mtime = path.stat().st_mtime
    with _compiled_lock:
        cached = _compiled.get(path)
        if cached is None or cached[0] != mtime:
            cached = (mtime, _compile(path), threading.Lock())
            _compiled[path] = cached
    return cached[1], cached[2]


def _compile(path: Path) -> etree.XMLSchema:
    try:
        return etree.XMLSchema(etree.parse(str(path), hardened_parser()))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
        raise UserError(translate("Messages", "The schema file {path} cannot be used: {error}. Replace it with the "
                                              "published file.").format(path=path, error=exc)) from None


class _ProblemContext:
    """What turning validator errors into problems needs, worked out only when there are any: a valid message
    of 9,999 positions is not read line by line."""

    def __init__(self, data: bytes, root: etree._Element):
        self._data, self._root = data, root

    @functools.cached_property
    def source_lines(self) -> list[bytes]:
        return self._data.splitlines()

    @functools.cached_property
    def secrets(self) -> set[str]:
        return _secret_values(self._root)


def _run(path: Path, root: etree._Element, context: _ProblemContext) -> list[SchemaProblem]:
    schema, lock = compiled_schema(path)
    with lock:
        if schema.validate(root):
            return []
        entries = list(schema.error_log)
    return [_problem(entry, context.source_lines, context.secrets) for entry in entries]


def _problem(entry, source_lines: list[bytes], secrets: set[str]) -> SchemaProblem:
    element = _ELEMENT_OF_MESSAGE.match(entry.message)
    name = element.group(1) if element else None
    line = entry.line or 1
    column = entry.column or _column_of(source_lines, line, name)
    return SchemaProblem(line, column, entry.path or "", _readable(entry.message, entry.path or "", secrets))


def _readable(message: str, path: str, secrets: set[str]) -> str:
    text = re.sub(r"\[facet '\w+'\] ", "", _NAMESPACE_URI.sub("", message)).rstrip()
    for secret in secrets:
        text = text.replace(f"'{secret}'", f"'{MASK}'")
    hint = _hint(path, repeated="This element is not expected" in text)
    return f"{text} {hint}" if hint else text


def _hint(path: str, repeated: bool) -> str | None:
    """The rule of the element at ``path`` (e.g. /acc:E_ACC_COD/Guarantee/guaranteeType)."""
    names = [re.sub(r"^[^:]*:|\[\d+\]$", "", part) for part in path.split("/") if part]
    if not names:
        return None
    hint = _REPEAT_HINTS.get(names[-1]) if repeated else _HINTS.get("/".join(names[-2:])) or _HINTS.get(names[-1])
    return translate("Messages", hint) if hint else None


def _secret_values(root: etree._Element) -> set[str]:
    """Access codes in the message, never to be repeated in a problem's text."""
    return {(e.text or "").strip() for e in root.iter() if isinstance(e.tag, str)
            and "accesscode" in local_name(e).lower() and (e.text or "").strip()}


def _column_of(source_lines: list[bytes], line: int, name: str | None) -> int:
    """libxml2 gives no column for validity errors: point at the element's start tag on its line."""
    if not name or not 0 < line <= len(source_lines):
        return 1
    found = re.search(rb"<(?:[\w.-]+:)?" + re.escape(name.encode()) + rb"[\s/>]", source_lines[line - 1])
    return found.start() + 1 if found else 1
