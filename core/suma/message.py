"""The summary declaration as messages: CUSPRL (the declaration, sent by the presenter) and CUSPRR (the answer of
customs), in the project's own schema resources/schemas/atlas-summary-declaration.xsd.

Element names follow the field names of core/suma/model.py: each part of the JSON path in UpperCamelCase, a dotted
path a data group (``presenter.tin`` → ``Presenter/TIN``, ``specific_reference`` → ``SpecificReference``);
``HEADER_ELEMENTS`` and ``POSITION_ELEMENTS`` list them. The header is in ``Declaration``, each position in a
``Position`` of its own, after the message header every CustomsDesk message has.

A message carries only the positions of its plan. On VSM and ESA every optional field of the header and of the
positions carried is written, empty when it has no value: an empty element deletes what customs hold (field
description, rules 2 and 3). VSA and ESV leave empty optional fields out.

The XML signature of the message (enveloped XMLDSig, see core/transport/xmldsig.py) is put on by ``sign_xml`` after
the message is built, and taken off by ``verify_xml``, which returns only what was signed.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from lxml import etree

from core.errors import UserError
from core.formatting import integer
from core.i18n import translate
from core.messages.xml import (
    SUMA_NS,
    MessageFormatError,
    MessageHeader,
    Node,
    add,
    add_optional,
    local_name,
    new_message,
    read_header,
    read_message,
    to_bytes,
)
from core.suma.model import (
    HEADER,
    HEADER_FIELDS,
    MANIFEST_FIELDS,
    MAX_POSITIONS,
    POSITION_FIELDS,
    Declaration,
    FieldSpec,
    Kind,
    Position,
    Status,
    parse_value,
)
from core.suma.rules import Plan, Problem
from core.transport.xmldsig import sign_xml, verify_xml

__all__ = [
    "DECLARATION", "HEADER_ELEMENTS", "POSITION_ELEMENTS", "RESPONSE", "SUMA_NS", "ParsedDeclaration", "SumaError",
    "SumaResponse", "build_cusprl", "build_response", "element_path", "parse_cusprl", "parse_response", "sign_xml",
    "verify_xml",
]

DECLARATION = "CUSPRL"
RESPONSE = "CUSPRR"
DELETING_KINDS = frozenset({Kind.VSM, Kind.ESA})  # an optional field sent empty deletes the value held
CREATING_KINDS = frozenset({Kind.VSA, Kind.ESV})  # customs hold nothing yet: no MRN or manifest id to address
MAX_ERROR_TEXT = 512
_ACRONYMS = {"tin": "TIN"}


def element_path(name: str) -> tuple[str, ...]:
    """A field's elements: ``presenter.tin`` → ``("Presenter", "TIN")``, ``gross_mass`` → ``("GrossMass",)``."""
    return tuple(_ACRONYMS.get(part) or "".join(word.capitalize() for word in part.split("_"))
                 for part in name.split("."))


HEADER_ELEMENTS: dict[str, tuple[str, ...]] = {spec.name: element_path(spec.name) for spec in HEADER_FIELDS}
POSITION_ELEMENTS: dict[str, tuple[str, ...]] = {spec.name: element_path(spec.name) for spec in POSITION_FIELDS}


@dataclass(frozen=True)
class _Group:
    """Consecutive fields written in one data group (``name``), or directly (``name`` None)."""

    name: str | None
    fields: tuple[tuple[FieldSpec, str], ...]  # (field, element name)
    required: bool  # written even when every field is empty


def _layout(specs: tuple[FieldSpec, ...]) -> tuple[_Group, ...]:
    groups: list[tuple[str | None, list[FieldSpec]]] = []
    for spec in specs:
        path = element_path(spec.name)
        group = path[0] if len(path) == 2 else None
        if group is not None and groups and groups[-1][0] == group:
            groups[-1][1].append(spec)
        else:
            groups.append((group, [spec]))
    return tuple(_Group(name, tuple((spec, element_path(spec.name)[-1]) for spec in members),
                        any(spec.required for spec in members)) for name, members in groups)


# ---- the declaration (CUSPRL) --------------------------------------------------------------------------------

@dataclass
class ParsedDeclaration:
    """A CUSPRL as read: its header, what it does, how it addresses the declaration, and the data it carries."""

    header: MessageHeader
    kind: Kind
    flag: str | None  # Kennzeichen Bestätigung der Gestellung
    mrn: str | None
    manifest_id: tuple[str, ...] | None  # transport number, arrival date, place of loading, previous document type
    declaration: Declaration  # the header data and the positions carried, in the order sent
    confirms: list[int] = field(default_factory=list)  # the positions whose presentation the message confirms
    deletions: list[tuple[str, int | None]] = field(default_factory=list)  # (field, position) sent empty

    @property
    def positions(self) -> list[int]:
        return [p.number for p in self.declaration.positions]


def build_cusprl(declaration: Declaration, plan: Plan, header: MessageHeader, *,
                 manifest_id: tuple[str, ...] | None = None) -> bytes:
    """The CUSPRL of ``plan`` (from ``core.suma.rules.check``) for the working copy ``declaration``.

    Addressed by ``declaration.mrn`` or, when the declaration is identified by its manifest id, by ``manifest_id``
    (the one customs hold; the declaration's own when None). Not validated here: run SchemaSet().validate on it.
    """
    kind, flag = plan.row.kind, plan.row.flag
    if sorted(plan.confirms) != (sorted(plan.positions) if plan.row.confirms else []):
        if plan.row.confirms:
            text = translate("Suma", "A message of kind {kind} confirms every position it carries; the plan says "
                                     "otherwise. Check the declaration again before sending it.")
        else:
            text = translate("Suma", "A message of kind {kind} confirms no position; the plan says otherwise. Check "
                                     "the declaration again before sending it.")
        raise UserError(text.format(kind=kind.value))
    root = new_message(DECLARATION, SUMA_NS, header)
    add(root, "Kind", kind.value)
    add_optional(root, "ConfirmationFlag", flag)
    if kind not in CREATING_KINDS:
        _add_address(root, declaration, manifest_id)
    keep_empty = kind in DELETING_KINDS
    _HEADER_WRITER.write(root, declaration.header, keep_empty, None)
    by_number = {p.number: p for p in declaration.positions}
    for number in plan.positions:
        position = by_number.get(number)
        if position is None:
            raise UserError(translate("Suma", "Position {number} is to be sent but the declaration has no such "
                                              "position: check the declaration again before sending it.").format(
                number=number))
        _POSITION_WRITER.write(root, position.values, keep_empty, number)
    return to_bytes(root)


def _add_address(root: etree._Element, declaration: Declaration, manifest_id: tuple[str, ...] | None) -> None:
    if str(declaration.get("identification") or "").strip().upper() == "MID":
        values = manifest_id if manifest_id is not None else declaration.manifest_id
        if len(values) != len(MANIFEST_FIELDS):
            raise UserError(translate("Suma", "A manifest id has four parts: transport number, arrival date, place "
                                              "of loading and previous document type."))
        group = add(root, "ManifestId")
        for name, value in zip(MANIFEST_FIELDS, values, strict=True):
            add(group, HEADER_ELEMENTS[name][-1], _text(HEADER[name], value))
    elif declaration.mrn:
        add(root, "MRN", declaration.mrn.strip().upper())
    else:
        raise UserError(translate("Suma", "Customs have not given this declaration a registration number (MRN) yet: "
                                          "it cannot be changed or confirmed until they have accepted it."))


class _Writer:
    """Writes the fields of one level (the header, or one position) by copying a template that holds every element
    of the level and filling in the values; for 9,999 positions far quicker than making each element in Python."""

    def __init__(self, tag: str, specs: tuple[FieldSpec, ...]):
        self.template = etree.Element(tag)
        leaves: list[tuple[FieldSpec, etree._Element]] = []
        optional_groups: list[etree._Element] = []
        for group in _layout(specs):
            parent = self.template
            if group.name is not None:
                parent = etree.SubElement(self.template, group.name)
                if not group.required:
                    optional_groups.append(parent)
            leaves += [(spec, etree.SubElement(parent, name)) for spec, name in group.fields]
        order = {element: at for at, element in enumerate(self.template.iter())}
        # (field name, field, written in capitals, required, the element's place in the order of template.iter())
        self.slots = tuple((spec.name, spec, spec.kind == "code", spec.required, order[leaf]) for spec, leaf in leaves)
        self.optional_groups = tuple(order[group] for group in optional_groups)  # left out when left empty

    def write(self, parent: etree._Element, values: dict, keep_empty: bool, position: int | None) -> None:
        """``position``: the number of the position written (None: the header)."""
        element = copy.deepcopy(self.template)
        nodes = list(element.iter())
        dropped = []
        try:
            for name, spec, upper, required, at in self.slots:
                value = values.get(name)
                if type(value) is str:
                    text = value.strip()
                    if upper:
                        text = text.upper()
                elif value is None:
                    text = ""
                else:
                    text = _text(spec, value)
                if text:
                    nodes[at].text = text
                elif not (keep_empty or required):
                    dropped.append(nodes[at])
        except ValueError as exc:  # lxml refuses control characters and the like
            if position is None:
                text = translate("Suma", "A value in the header cannot be sent ({error}): remove the special "
                                         "characters.")
            else:
                text = translate("Suma", "A value in position {number} cannot be sent ({error}): remove the special "
                                         "characters.")
            raise UserError(text.format(error=exc, number=position)) from None
        for node in dropped:
            node.getparent().remove(node)
        if dropped:
            for at in self.optional_groups:
                if len(nodes[at]) == 0:
                    element.remove(nodes[at])
        parent.append(element)


_HEADER_WRITER = _Writer("Declaration", HEADER_FIELDS)
_POSITION_WRITER = _Writer("Position", POSITION_FIELDS)


def _text(spec: FieldSpec, value: object) -> str:
    """The value as the message writes it: trimmed, codes in capitals, dates YYYY-MM-DD, numbers without exponent."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.strip()
        return text.upper() if spec.kind == "code" else text
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def parse_cusprl(data: bytes) -> ParsedDeclaration:
    """A CUSPRL as a ParsedDeclaration; MessageFormatError when it is not one or a value cannot be read."""
    root = read_message(data, DECLARATION)
    kind = _enum(root, "Kind", Kind)
    flag = root.optional_text("ConfirmationFlag")
    if flag is not None and flag not in ("1", "2", "3"):
        raise _bad(root.required("ConfirmationFlag"),
                   translate("Suma", "{path} is a confirmation flag (1, 2 or 3), not '{value}' (line {line})."),
                   value=flag)
    manifest = root.optional("ManifestId")
    manifest_id = None
    if manifest is not None:
        manifest_id = tuple(manifest.text(HEADER_ELEMENTS[name][-1]) for name in MANIFEST_FIELDS)
    mrn = root.optional_text("MRN")
    deletions: list[tuple[str, int | None]] = []
    header_values = _read_fields(root.required("Declaration").element, f"{DECLARATION}/Declaration", _HEADER_READER,
                                 None, deletions)
    positions = []
    confirming = flag is not None
    for index, element in enumerate((e for e in root.element if _name(e) == "Position"), start=1):
        values = _read_fields(element, f"{DECLARATION}/Position[{index}]", _POSITION_READER, index, deletions)
        positions.append(Position(values, confirmed=confirming))
    if len(positions) > MAX_POSITIONS:
        raise MessageFormatError(translate("Suma", "A summary declaration carries at most {most} positions; this one "
                                                   "has {count}.").format(most=integer(MAX_POSITIONS),
                                                                          count=integer(len(positions))))
    declaration = Declaration(header=header_values, positions=positions, mrn=mrn)
    numbers = [p.number for p in positions]
    by_index = dict(enumerate(numbers, start=1))
    deletions = [(name, by_index[at] if at is not None else None) for name, at in deletions]
    return ParsedDeclaration(header=read_header(root), kind=kind, flag=flag, mrn=mrn, manifest_id=manifest_id,
                             declaration=declaration, confirms=numbers if confirming else [], deletions=deletions)


@dataclass(frozen=True)
class _Reader:
    """The fields of one level by element name (a data group maps its own element names)."""

    fields: tuple[tuple[FieldSpec, str], ...]  # (field, its path below the level, e.g. Presenter/TIN)
    names: dict[str, FieldSpec | dict[str, FieldSpec]]


def _reader(specs: tuple[FieldSpec, ...]) -> _Reader:
    names: dict = {}
    for group in _layout(specs):
        if group.name is None:
            spec, name = group.fields[0]
            names[name] = spec
        else:
            names[group.name] = {name: spec for spec, name in group.fields}
    return _Reader(tuple((spec, "/".join(element_path(spec.name))) for spec in specs), names)


_HEADER_READER = _reader(HEADER_FIELDS)
_POSITION_READER = _reader(POSITION_FIELDS)


def _name(element: etree._Element) -> str | None:
    """The local name of an element (None for comments and processing instructions); quick for unqualified ones."""
    tag = element.tag
    if type(tag) is not str:
        return None
    return tag if tag[0] != "{" else local_name(element)


def _read_fields(element: etree._Element, path: str, reader: _Reader, index: int | None,
                 deletions: list) -> dict[str, object]:
    """Every field of ``reader`` ("" when absent or empty); the empty optional ones are added to ``deletions``."""
    found: dict[str, etree._Element] = {}
    names = reader.names
    for child in element:
        entry = names.get(_name(child))
        if entry is None:
            continue
        if type(entry) is dict:
            for grandchild in child:
                spec = entry.get(_name(grandchild))
                if spec is not None:
                    found[spec.name] = grandchild
        else:
            found[entry.name] = child
    values: dict[str, object] = {}
    for spec, where in reader.fields:
        child = found.get(spec.name)
        text = child.text if child is not None else None
        text = text.strip() if text else ""
        if not text:
            if spec.required:
                raise Node(element, path).missing(where)
            if child is not None:
                deletions.append((spec.name, index))
            values[spec.name] = ""
            continue
        value, problem = parse_value(spec, text)
        if problem:
            raise MessageFormatError(translate("Suma", "{path}: {problem} (line {line}).").format(
                path=f"{path}/{where}", problem=problem, line=child.sourceline), child.sourceline)
        values[spec.name] = value
    return values


# ---- the answer (CUSPRR) -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SumaError:
    code: str
    text: str
    position: int | None = None
    field: str | None = None

    @classmethod
    def from_problem(cls, problem: Problem) -> SumaError:
        return cls(problem.code.value, problem.message, problem.position, problem.field)


@dataclass
class SumaResponse:
    """What customs answer: accepted or not, the MRN, the status the declaration now has, the positions
    processed without error, and the errors."""

    accepted: bool
    mrn: str | None = None
    status: Status = Status.NONE
    accepted_positions: list[int] = field(default_factory=list)
    errors: list[SumaError] = field(default_factory=list)
    header: MessageHeader | None = None  # set when read from a message


def build_response(response: SumaResponse, header: MessageHeader) -> bytes:
    """The CUSPRR; ``header.correlation_id`` names the CUSPRL answered."""
    if not (header.correlation_id or "").strip():
        raise UserError(translate("Suma", "An answer names the message it answers: give its header the correlation "
                                          "id (the message identification of the CUSPRL)."))
    root = new_message(RESPONSE, SUMA_NS, header)
    add(root, "Accepted", "1" if response.accepted else "0")
    add_optional(root, "MRN", (response.mrn or "").strip().upper())
    if response.status is not Status.NONE:
        add(root, "Status", Status(response.status).value)
    for number in response.accepted_positions:
        add(root, "AcceptedPosition", str(int(number)))
    for error in response.errors:
        element = add(root, "Error")
        add(element, "Code", error.code.strip().upper())
        text = " ".join(error.text.split()) or error.code
        add(element, "Text", text if len(text) <= MAX_ERROR_TEXT else text[:MAX_ERROR_TEXT - 1] + "…")
        add_optional(element, "Position", str(error.position) if error.position else None)
        add_optional(element, "Field", error.field)
    return to_bytes(root)


def parse_response(data: bytes) -> SumaResponse:
    root = read_message(data, RESPONSE)
    status = _enum(root, "Status", Status) if root.optional("Status") is not None else Status.NONE
    positions = [_number(node) for node in root.all("AcceptedPosition")]
    errors = [SumaError(code=node.text("Code"), text=node.text("Text"),
                        position=node.integer("Position") if node.optional_text("Position") else None,
                        field=node.optional_text("Field")) for node in root.all("Error")]
    return SumaResponse(accepted=root.flag("Accepted"), mrn=root.optional_text("MRN"), status=status,
                        accepted_positions=positions, errors=errors, header=read_header(root))


def _number(node: Node) -> int:
    text = (node.element.text or "").strip()
    if not text.isdigit():
        raise _bad(node, translate("Suma", "{path} is a position number, not '{value}' (line {line})."), value=text)
    return int(text)


def _enum(root: Node, name: str, kind):
    value = root.text(name)
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind if member.value != "none")
        raise _bad(root.required(name), translate("Suma", "{path} is one of {allowed}, not '{value}' (line {line})."),
                   allowed=allowed, value=value) from None


def _bad(node: Node, text: str, **values) -> MessageFormatError:
    """``text`` (translated) with the element's {path} and {line} filled in, and ``values``."""
    line = node.element.sourceline
    return MessageFormatError(text.format(path=node.path, line=line, **values), line)
