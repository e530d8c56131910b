"""What every message shares: the hardened parser, the MESSAGE header and element helpers.

Builders write the root in its namespace with a prefix and the children unqualified, as the
EU schemas require (elementFormDefault="unqualified"). Readers go by local names, so a root
written as ``ns2:CC055C`` or with another prefix reads the same.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from lxml import etree

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, translate

NCTS_NS = "http://ncts.dgtaxud.ec"
NATIONAL_NS = "urn:customsdesk:cz:ncts:access-codes:1"
SUMA_NS = "urn:customsdesk:atlas:suma:1"
PHASE_ID = "NCTS5.1"
PREFIXES = {NCTS_NS: "ncts", NATIONAL_NS: "acc", SUMA_NS: "suma"}

_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("ascii", "utf-16-le", "utf-16-be"))
_CENT = Decimal("0.01")


class MessageFormatError(UserError):
    """A message that cannot be read: not XML, a DTD, or a required element missing."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line = line
        self.column = column


def hardened_parser() -> etree.XMLParser:
    """No DTD, no entity expansion, no network, no huge trees. A new one per use: parsers are not thread-safe."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, attribute_defaults=False)


def parse_xml(data: bytes) -> etree._Element:
    if any(marker in data for marker in _DOCTYPE_MARKERS):
        raise _dtd_refused()
    try:
        root = etree.fromstring(bytes(data), hardened_parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        reason = (exc.msg or "unreadable").split(", line ")[0].rstrip(".")
        raise MessageFormatError(
            translate("Messages", "The message is not well-formed XML: {reason} (line {line}, column {column}).")
            .format(reason=reason, line=line, column=column), line, column
        ) from None
    if root is None:
        raise MessageFormatError(translate("Messages", "The message is empty."))
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _dtd_refused()
    return root


def _dtd_refused() -> MessageFormatError:
    return MessageFormatError(
        translate("Messages", "The message declares a document type (<!DOCTYPE …>): DTDs and entities are not "
                              "accepted in customs messages. Ask the sender for the message without it."), 1, 1
    )


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname


def message_type_of(data: bytes) -> str:
    return local_name(parse_xml(data))


def new_message_id() -> str:
    """Unique per message, 22 characters (the EU limit is 35)."""
    return "CD" + base64.b32encode(os.urandom(15)).decode("ascii")[:20]


@dataclass
class MessageHeader:
    sender: str
    recipient: str
    prepared_at: datetime
    message_id: str
    message_type: str
    correlation_id: str | None = None

    @classmethod
    def new(cls, message_type: str, sender: str, recipient: str, correlation_id: str | None = None) -> MessageHeader:
        """A header for a message prepared now, with a fresh message id."""
        return cls(sender=sender, recipient=recipient, prepared_at=datetime.now().replace(microsecond=0),
                   message_id=new_message_id(), message_type=message_type, correlation_id=correlation_id)


# ---- writing -------------------------------------------------------------------------------

def new_message(message_type: str, namespace: str, header: MessageHeader, phase_id: str | None = None) -> etree._Element:
    """The root with the MESSAGE group. The type written is always ``message_type``, whatever the header says."""
    root = etree.Element(etree.QName(namespace, message_type), nsmap={PREFIXES[namespace]: namespace})
    if phase_id:
        root.set("PhaseID", phase_id)
    add(root, "messageSender", header.sender.strip())
    add(root, "messageRecipient", header.recipient.strip())
    add(root, "preparationDateAndTime", format_datetime(header.prepared_at))
    add(root, "messageIdentification", header.message_id.strip())
    add(root, "messageType", message_type)
    add_optional(root, "correlationIdentifier", header.correlation_id)
    return root


def add(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, name)
    if text is not None:
        element.text = text
    return element


def add_optional(parent: etree._Element, name: str, text: str | None) -> etree._Element | None:
    if text is None or text == "":
        return None
    return add(parent, name, text)


def to_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def code(text: str) -> str:
    """Codes, references and identification numbers travel trimmed and in capitals."""
    return text.strip().upper()


def format_datetime(value: datetime) -> str:
    """Seconds precision, no time zone: the EU pattern \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}."""
    return value.strftime("%Y-%m-%dT%H:%M:%S")


def format_date(value: date) -> str:
    return value.isoformat()


def format_amount(value: Decimal | int | str) -> str:
    return f"{Decimal(str(value)).quantize(_CENT, rounding=ROUND_HALF_UP):f}"


def format_optional_amount(value: Decimal | None) -> str | None:
    return None if value is None else format_amount(value)


def format_optional_date(value: date | None) -> str | None:
    return None if value is None else format_date(value)


def format_flag(value: bool) -> str:
    return "1" if value else "0"


# ---- reading -------------------------------------------------------------------------------

# what a value must be, in the messages of Node._convert (translated there, when a value is wrong)
_A_DATE = QT_TRANSLATE_NOOP("Messages", "a date (YYYY-MM-DD)")
_A_DATETIME = QT_TRANSLATE_NOOP("Messages", "a date and time (YYYY-MM-DDThh:mm:ss)")
_AN_AMOUNT = QT_TRANSLATE_NOOP("Messages", "an amount")
_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Messages", "a whole number")
_A_FLAG = QT_TRANSLATE_NOOP("Messages", "a flag (0 or 1)")


class Node:
    """An element read by the local names of its children; knows its path for error messages."""

    __slots__ = ("_children", "element", "path")

    def __init__(self, element: etree._Element, path: str):
        self.element = element
        self.path = path
        self._children: dict[str, list[etree._Element]] = {}
        for child in element:
            if isinstance(child.tag, str):
                self._children.setdefault(local_name(child), []).append(child)

    def all(self, name: str) -> list[Node]:
        return [Node(e, f"{self.path}/{name}[{i}]") for i, e in enumerate(self._children.get(name, ()), start=1)]

    def optional(self, name: str) -> Node | None:
        found = self._children.get(name)
        return Node(found[0], f"{self.path}/{name}") if found else None

    def required(self, name: str) -> Node:
        node = self.optional(name)
        if node is None:
            raise self.missing(name)
        return node

    def missing(self, name: str) -> MessageFormatError:
        line = self.element.sourceline
        return MessageFormatError(
            translate("Messages", "The message is incomplete: {path} has no {element}, which is required (line "
                                  "{line}). The sender must correct the message.").format(
                path=self.path, element=name, line=line), line
        )

    def optional_text(self, name: str) -> str | None:
        node = self.optional(name)
        if node is None:
            return None
        text = (node.element.text or "").strip()
        return text or None

    def text(self, name: str) -> str:
        value = self.optional_text(name)
        if value is None:
            raise self.missing(name)
        return value

    def date(self, name: str) -> date:
        return self._convert(name, self.text(name), _to_date, _A_DATE)

    def optional_date(self, name: str) -> date | None:
        value = self.optional_text(name)
        return None if value is None else self._convert(name, value, _to_date, _A_DATE)

    def datetime(self, name: str) -> datetime:
        return self._convert(name, self.text(name), datetime.fromisoformat, _A_DATETIME)

    def optional_datetime(self, name: str) -> datetime | None:
        value = self.optional_text(name)
        if value is None:
            return None
        return self._convert(name, value, datetime.fromisoformat, _A_DATETIME)

    def decimal(self, name: str) -> Decimal:
        return self._convert(name, self.text(name), _to_decimal, _AN_AMOUNT)

    def optional_decimal(self, name: str) -> Decimal | None:
        value = self.optional_text(name)
        return None if value is None else self._convert(name, value, _to_decimal, _AN_AMOUNT)

    def integer(self, name: str) -> int:
        return self._convert(name, self.text(name), int, _A_WHOLE_NUMBER)

    def flag(self, name: str) -> bool:
        return self._convert(name, self.text(name), _to_flag, _A_FLAG)

    def _convert(self, name, value, convert, what):
        """``what`` (in English, marked for translation) the value must be."""
        try:
            return convert(value)
        except (ValueError, InvalidOperation):
            line = self.required(name).element.sourceline
            raise MessageFormatError(
                translate("Messages", "{path} must be {what}, not '{value}' (line {line}).").format(
                    path=f"{self.path}/{name}", what=translate("Messages", what), value=value, line=line), line
            ) from None


def _to_date(text: str) -> date:
    return date.fromisoformat(text[:10]) if len(text) > 10 and text[10] == "." else date.fromisoformat(text)


def _to_decimal(text: str) -> Decimal:
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError(text)
    return value


def _to_flag(text: str) -> bool:
    if text not in ("0", "1"):
        raise ValueError(text)
    return text == "1"


def read_message(data: bytes, message_type: str) -> Node:
    """The root of ``data`` as a Node; refuses a message of another type."""
    root = parse_xml(data)
    found = local_name(root)
    if found != message_type:
        raise MessageFormatError(translate("Messages", "Expected a {expected} message, but this one is {found}.")
                                 .format(expected=message_type, found=found), root.sourceline)
    return Node(root, message_type)


def read_header(root: etree._Element | Node) -> MessageHeader:
    node = root if isinstance(root, Node) else Node(root, local_name(root))
    return MessageHeader(
        sender=node.text("messageSender"),
        recipient=node.text("messageRecipient"),
        prepared_at=node.datetime("preparationDateAndTime"),
        message_id=node.text("messageIdentification"),
        message_type=node.text("messageType"),
        correlation_id=node.optional_text("correlationIdentifier"),
    )


ACCESS_CODE_ELEMENT = "accessCode"
ACCESS_CODE_MASK = "••••"


def mask_access_codes(data: bytes) -> bytes:
    """The message with every access code (PAC, new PAC, SPK) replaced by a mask, for showing or exporting."""
    root = parse_xml(data)
    for element in root.iter():
        if isinstance(element.tag, str) and local_name(element) == ACCESS_CODE_ELEMENT:
            element.text = ACCESS_CODE_MASK
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")
