"""HTML preview of a message for QTextBrowser (spec 02 §2.5).

One stylesheet per message type in resources/xsl (fallback.xsl for the rest), completed with
the shared templates of common.xsl. Messages are parsed without DTDs, entities or network, and
the stylesheets run with every file and network access denied. Codes are explained through the
XSLT extension function cd:meaning(code[, kind]) in the namespace urn:customsdesk:xslt.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from pathlib import Path

from lxml import etree

from core.errors import UserError
from core.i18n import translate
from core.messages.explain import XML_ERROR_CODES, CodeMeaning, explain_builtin
from core.messages.preview_labels import translate_labels
from core.messages.xml import hardened_parser, local_name, parse_xml
from core.resources import resource

XSLT_NS = "urn:customsdesk:xslt"
TYPES_WITH_STYLESHEET = frozenset({"E_ACC_COD", "E_ACC_RSP", "CC034C", "CC037C", "CC055C", "CC906C", "CC917C",
                                   "CUSPRL", "CUSPRR"})
FALLBACK = "fallback"
COLOUR_PARAMETERS = frozenset({"red", "green", "muted", "header"})  # the xsl:params of common.xsl
COMMON = "common"

Explain = Callable[[str], CodeMeaning]


class PreviewError(UserError):
    pass


def render_html(data: bytes, explain: Explain | None = None, colours: Mapping[str, str] | None = None) -> str:
    """Raises MessageFormatError for a message that is not XML or declares a DTD.

    ``colours`` replace those of common.xsl (for a dark window, say): ``red``, ``green`` and ``muted`` are CSS
    declarations (``color:#ff7b72``), ``header`` is the background of header cells (``#3a3a3a``)."""
    document = parse_xml(data)
    message_type = local_name(document)
    name = message_type if message_type in TYPES_WITH_STYLESHEET else FALLBACK
    transform, lock = _stylesheet(name)
    return _apply(transform, lock, document, explain, _colour_parameters(colours))


def _colour_parameters(colours: Mapping[str, str] | None) -> dict[str, str]:
    unknown = set(colours or ()) - COLOUR_PARAMETERS
    if unknown:
        raise ValueError(f"unknown preview colours: {', '.join(sorted(unknown))}")
    return {name: etree.XSLT.strparam(value) for name, value in (colours or {}).items()}


def stylesheet_path(name: str) -> Path:
    return resource("xsl", f"{name}.xsl")


# ---- compiled stylesheets, once per process -------------------------------------------------

_compiled: dict[str, tuple[etree.XSLT, threading.Lock]] = {}
_compiled_lock = threading.Lock()


def _stylesheet(name: str) -> tuple[etree.XSLT, threading.Lock]:
    with _compiled_lock:
        if name not in _compiled:
            _compiled[name] = (_compile(stylesheet_path(name).read_bytes()), threading.Lock())
        return _compiled[name]


def _compile(stylesheet: bytes) -> etree.XSLT:
    return etree.XSLT(_with_common_templates(stylesheet), extensions={(XSLT_NS, "meaning"): _meaning},
                      access_control=etree.XSLTAccessControl.DENY_ALL)


def _with_common_templates(stylesheet: bytes) -> etree._Element:
    """One stylesheet of both; the new root declares every prefix, as XPath expressions use them too."""
    own = etree.fromstring(stylesheet, hardened_parser())
    common = etree.fromstring(stylesheet_path(COMMON).read_bytes(), hardened_parser())
    merged = etree.Element(own.tag, attrib=dict(own.attrib), nsmap={**common.nsmap, **own.nsmap})
    merged.set("exclude-result-prefixes", " ".join(p for p in merged.nsmap if p and p != "xsl"))
    for part in [*own, *common]:
        if isinstance(part.tag, str):
            merged.append(part)
    return merged


def _transform_with(stylesheet: bytes, data: bytes, explain: Explain | None = None) -> str:
    """Renders with a stylesheet given here, compiled and run exactly like the shipped ones."""
    return _apply(_compile(stylesheet), threading.Lock(), parse_xml(data), explain)


# ---- running ------------------------------------------------------------------------------

class _Meanings:
    """The explain function of the current rendering, with each code looked up once."""

    def __init__(self, explain: Explain):
        self._explain = explain
        self._seen: dict[tuple[str, str], CodeMeaning] = {}

    def get(self, code: str, kind: str) -> CodeMeaning:
        key = (code, kind)
        if key not in self._seen:
            if kind == "xml" and code in XML_ERROR_CODES:
                self._seen[key] = CodeMeaning(code, *XML_ERROR_CODES[code])
            else:
                self._seen[key] = self._explain(code)
        return self._seen[key]


_current: ContextVar[_Meanings] = ContextVar("customsdesk_preview_meanings")


def _apply(transform: etree.XSLT, lock: threading.Lock, document: etree._Element, explain: Explain | None,
           parameters: dict[str, str] | None = None) -> str:
    token = _current.set(_Meanings(explain or explain_builtin))
    try:
        with lock:
            result = transform(document, **(parameters or {}))
    except etree.XSLTApplyError as exc:
        raise PreviewError(translate("Messages", "The message cannot be shown: {reason}. The preview may not read "
                                                 "files or the network.").format(reason=exc)) from None
    finally:
        _current.reset(token)
    if result.getroot() is not None:
        translate_labels(result.getroot())
    return str(result)


def _meaning(_context, code, kind="") -> list[etree._Element]:
    meaning = _current.get().get(_string(code).strip(), _string(kind))
    return [etree.Element("meaning", code=meaning.code, en=meaning.en or "", cs=meaning.cs or "",
                          local=meaning.local or "")]


def _string(value) -> str:
    if isinstance(value, list):
        if not value:
            return ""
        first = value[0]
        return first if isinstance(first, str) else "".join(first.itertext())
    return "" if value is None else str(value)
