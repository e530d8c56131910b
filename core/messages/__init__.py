"""Customs messages as XML: build, read, validate, explain and preview (no database, no Qt)."""
from core.messages.access_codes import (
    AccessCodeRegistration,
    RegistrationConfirmation,
    build_confirmation,
    build_registration,
    parse_confirmation,
    parse_registration,
)
from core.messages.explain import CodeMeaning, explain, explain_builtin
from core.messages.preview import PreviewError, render_html
from core.messages.queries import (
    Exposure,
    GuaranteeInfo,
    GuaranteeQuery,
    Party,
    QueryAnswer,
    QueryItem,
    QueryKind,
    QueryResponse,
    Usage,
    build_cc034c,
    build_cc037c,
    parse_cc034c,
    parse_cc037c,
)
from core.messages.rejections import (
    FunctionalError,
    FunctionalRejection,
    GuaranteeInvalidNotice,
    InvalidGuarantee,
    XmlError,
    XmlRejection,
    build_cc055c,
    build_cc906c,
    build_cc917c,
    parse_cc055c,
    parse_cc906c,
    parse_cc917c,
)
from core.messages.schemas import SchemaProblem, SchemaSet
from core.messages.xml import (
    NATIONAL_NS,
    NCTS_NS,
    MessageFormatError,
    MessageHeader,
    mask_access_codes,
    message_type_of,
    new_message_id,
    parse_xml,
    read_header,
)

__all__ = [
    "NATIONAL_NS", "NCTS_NS", "AccessCodeRegistration", "CodeMeaning", "Exposure", "FunctionalError",
    "FunctionalRejection", "GuaranteeInfo", "GuaranteeInvalidNotice", "GuaranteeQuery", "InvalidGuarantee",
    "MessageFormatError", "MessageHeader", "Party", "PreviewError", "QueryAnswer", "QueryItem", "QueryKind",
    "QueryResponse", "RegistrationConfirmation", "SchemaProblem", "SchemaSet", "Usage", "XmlError",
    "XmlRejection", "build_cc034c", "build_cc037c", "build_cc055c", "build_cc906c", "build_cc917c",
    "build_confirmation", "build_registration", "explain", "explain_builtin", "mask_access_codes", "message_type_of",
    "new_message_id", "parse_cc034c", "parse_cc037c", "parse_cc055c", "parse_cc906c", "parse_cc917c",
    "parse_confirmation", "parse_registration", "parse_xml", "read_header", "render_html",
]
