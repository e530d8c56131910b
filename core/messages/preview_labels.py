"""The words of the message previews (resources/xsl) in the user's language.

The stylesheets write their labels, headings and fixed words in English; after the transform, every text of the
result that is exactly one of these (leading and trailing spaces aside) is replaced by its translation. A value
from the message itself is left alone unless it happens to be one of these words, which then reads the same.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.i18n import QT_TRANSLATE_NOOP, current_language, translate

if TYPE_CHECKING:
    from lxml import etree

LABELS = frozenset((
    QT_TRANSLATE_NOOP("Preview", "(early)"),
    QT_TRANSLATE_NOOP("Preview", "(final)"),
    QT_TRANSLATE_NOOP("Preview", "(partial)"),
    QT_TRANSLATE_NOOP("Preview", "Accepted"),
    QT_TRANSLATE_NOOP("Preview", "Access code"),
    QT_TRANSLATE_NOOP("Preview", "Access code registration"),
    QT_TRANSLATE_NOOP("Preview", "Access code registration confirmation"),
    QT_TRANSLATE_NOOP("Preview", "Additional information"),
    QT_TRANSLATE_NOOP("Preview", "Address"),
    QT_TRANSLATE_NOOP("Preview", "Addressed by"),
    QT_TRANSLATE_NOOP("Preview", "Amount"),
    QT_TRANSLATE_NOOP("Preview", "Amount in use (exposure)"),
    QT_TRANSLATE_NOOP("Preview", "Answered"),
    QT_TRANSLATE_NOOP("Preview", "Arrival"),
    QT_TRANSLATE_NOOP("Preview", "Arrival date"),
    QT_TRANSLATE_NOOP("Preview", "Code"),
    QT_TRANSLATE_NOOP("Preview", "Codes stored"),
    QT_TRANSLATE_NOOP("Preview", "Column"),
    QT_TRANSLATE_NOOP("Preview", "Confirmation flag"),
    QT_TRANSLATE_NOOP("Preview", "Contact name"),
    QT_TRANSLATE_NOOP("Preview", "Contact phone"),
    QT_TRANSLATE_NOOP("Preview", "Contact position"),
    QT_TRANSLATE_NOOP("Preview", "Correlation id"),
    QT_TRANSLATE_NOOP("Preview", "Currency"),
    QT_TRANSLATE_NOOP("Preview", "Custodian"),
    QT_TRANSLATE_NOOP("Preview", "Customs office of guarantee"),
    QT_TRANSLATE_NOOP("Preview", "Customs status"),
    QT_TRANSLATE_NOOP("Preview", "Declaration"),
    QT_TRANSLATE_NOOP("Preview", "Declaration accepted"),
    QT_TRANSLATE_NOOP("Preview", "Endgültig (final)"),
    QT_TRANSLATE_NOOP("Preview", "Error"),
    QT_TRANSLATE_NOOP("Preview", "Errors ("),
    QT_TRANSLATE_NOOP("Preview", "Errors in the XML sent ("),
    QT_TRANSLATE_NOOP("Preview", "Expires"),
    QT_TRANSLATE_NOOP("Preview", "Exposure and balance"),
    QT_TRANSLATE_NOOP("Preview", "Field"),
    QT_TRANSLATE_NOOP("Preview", "Functional rejection"),
    QT_TRANSLATE_NOOP("Preview", "Goods description"),
    QT_TRANSLATE_NOOP("Preview", "Gross mass (kg)"),
    QT_TRANSLATE_NOOP("Preview", "Guarantee"),
    QT_TRANSLATE_NOOP("Preview", "Guarantee amount"),
    QT_TRANSLATE_NOOP("Preview", "Guarantee not valid"),
    QT_TRANSLATE_NOOP("Preview", "Guarantee type"),
    QT_TRANSLATE_NOOP("Preview", "Guarantee voucher"),
    QT_TRANSLATE_NOOP("Preview", "Guarantees not valid ("),
    QT_TRANSLATE_NOOP("Preview", "Guarantees queried ("),
    QT_TRANSLATE_NOOP("Preview", "Guarantor"),
    QT_TRANSLATE_NOOP("Preview", "Holder"),
    QT_TRANSLATE_NOOP("Preview", "Holder of the transit procedure"),
    QT_TRANSLATE_NOOP("Preview", "Identification number"),
    QT_TRANSLATE_NOOP("Preview", "Identified by"),
    QT_TRANSLATE_NOOP("Preview", "Individual guarantee by a guarantor"),
    QT_TRANSLATE_NOOP("Preview", "Invalidity reason"),
    QT_TRANSLATE_NOOP("Preview", "Invalidity text"),
    QT_TRANSLATE_NOOP("Preview", "Issued"),
    QT_TRANSLATE_NOOP("Preview", "Kind"),
    QT_TRANSLATE_NOOP("Preview", "Kind of declaration"),
    QT_TRANSLATE_NOOP("Preview", "Line"),
    QT_TRANSLATE_NOOP("Preview", "Lock date"),
    QT_TRANSLATE_NOOP("Preview", "Manifest id"),
    QT_TRANSLATE_NOOP("Preview", "Message id"),
    QT_TRANSLATE_NOOP("Preview", "Mode of transport"),
    QT_TRANSLATE_NOOP("Preview", "Monitoring code"),
    QT_TRANSLATE_NOOP("Preview", "Name"),
    QT_TRANSLATE_NOOP("Preview", "New primary access code"),
    QT_TRANSLATE_NOOP("Preview", "Not valid for suspended goods"),
    QT_TRANSLATE_NOOP("Preview", "Not valid in"),
    QT_TRANSLATE_NOOP("Preview", "Number of uses"),
    QT_TRANSLATE_NOOP("Preview", "Office of departure"),
    QT_TRANSLATE_NOOP("Preview", "Office of destination"),
    QT_TRANSLATE_NOOP("Preview", "Office of presentation"),
    QT_TRANSLATE_NOOP("Preview", "Other information"),
    QT_TRANSLATE_NOOP("Preview", "Owner"),
    QT_TRANSLATE_NOOP("Preview", "Package kind"),
    QT_TRANSLATE_NOOP("Preview", "Packages"),
    QT_TRANSLATE_NOOP("Preview", "Period"),
    QT_TRANSLATE_NOOP("Preview", "Place of custody"),
    QT_TRANSLATE_NOOP("Preview", "Place of loading"),
    QT_TRANSLATE_NOOP("Preview", "Position"),
    QT_TRANSLATE_NOOP("Preview", "Positions ("),
    QT_TRANSLATE_NOOP("Preview", "Positions accepted ("),
    QT_TRANSLATE_NOOP("Preview", "Prepared"),
    QT_TRANSLATE_NOOP("Preview", "Presentation date"),
    QT_TRANSLATE_NOOP("Preview", "Presenter"),
    QT_TRANSLATE_NOOP("Preview", "Presenter (TIN / branch)"),
    QT_TRANSLATE_NOOP("Preview", "Previous document number"),
    QT_TRANSLATE_NOOP("Preview", "Previous document type"),
    QT_TRANSLATE_NOOP("Preview", "Primary access code"),
    QT_TRANSLATE_NOOP("Preview", "Primary access code changed"),
    QT_TRANSLATE_NOOP("Preview", "Query"),
    QT_TRANSLATE_NOOP("Preview", "Query on guarantees"),
    QT_TRANSLATE_NOOP("Preview", "Reason"),
    QT_TRANSLATE_NOOP("Preview", "Recipient"),
    QT_TRANSLATE_NOOP("Preview", "Reference amount"),
    QT_TRANSLATE_NOOP("Preview", "Reference number"),
    QT_TRANSLATE_NOOP("Preview", "Registered"),
    QT_TRANSLATE_NOOP("Preview", "Registration accepted"),
    QT_TRANSLATE_NOOP("Preview", "Registration number (MRN)"),
    QT_TRANSLATE_NOOP("Preview", "Registration refused"),
    QT_TRANSLATE_NOOP("Preview", "Rejected"),
    QT_TRANSLATE_NOOP("Preview", "Release"),
    QT_TRANSLATE_NOOP("Preview", "Remaining balance"),
    QT_TRANSLATE_NOOP("Preview", "Representative (TIN / branch)"),
    QT_TRANSLATE_NOOP("Preview", "Requester"),
    QT_TRANSLATE_NOOP("Preview", "Response to query on guarantees"),
    QT_TRANSLATE_NOOP("Preview", "Role"),
    QT_TRANSLATE_NOOP("Preview", "Secondary access codes ("),
    QT_TRANSLATE_NOOP("Preview", "Sender"),
    QT_TRANSLATE_NOOP("Preview", "Sender (TIN / branch)"),
    QT_TRANSLATE_NOOP("Preview", "Specific reference"),
    QT_TRANSLATE_NOOP("Preview", "Status"),
    QT_TRANSLATE_NOOP("Preview", "Status once accepted"),
    QT_TRANSLATE_NOOP("Preview", "Summary declaration"),
    QT_TRANSLATE_NOOP("Preview", "Summary declaration answer"),
    QT_TRANSLATE_NOOP("Preview", "Teilweise (partial), or Endgültig (final) once every position is confirmed"),
    QT_TRANSLATE_NOOP("Preview", "Text"),
    QT_TRANSLATE_NOOP("Preview", "Text in the message"),
    QT_TRANSLATE_NOOP("Preview", "They replace every code registered before."),
    QT_TRANSLATE_NOOP("Preview", "Transit operation"),
    QT_TRANSLATE_NOOP("Preview", "Transport number"),
    QT_TRANSLATE_NOOP("Preview", "Usage ("),
    QT_TRANSLATE_NOOP("Preview", "Valid from"),
    QT_TRANSLATE_NOOP("Preview", "Valid to"),
    QT_TRANSLATE_NOOP("Preview", "Value sent"),
    QT_TRANSLATE_NOOP("Preview", "Vorzeitig (early)"),
    QT_TRANSLATE_NOOP("Preview", "Voucher amount"),
    QT_TRANSLATE_NOOP("Preview", "Where"),
    QT_TRANSLATE_NOOP("Preview", "XML rejection"),
    QT_TRANSLATE_NOOP("Preview", "balance"),
    QT_TRANSLATE_NOOP("Preview", "new declaration (customs give the MRN)"),
    QT_TRANSLATE_NOOP("Preview", "no"),
    QT_TRANSLATE_NOOP("Preview", "no end date"),
    QT_TRANSLATE_NOOP("Preview", "none"),
    QT_TRANSLATE_NOOP("Preview", "none yet"),
    QT_TRANSLATE_NOOP("Preview", "not given"),
    QT_TRANSLATE_NOOP("Preview", "other information"),
    QT_TRANSLATE_NOOP("Preview", "sent empty (deletes)"),
    QT_TRANSLATE_NOOP("Preview", "unchanged"),
    QT_TRANSLATE_NOOP("Preview", "usage"),
    QT_TRANSLATE_NOOP("Preview", "usage and balance"),
    QT_TRANSLATE_NOOP("Preview", "yes"),
    QT_TRANSLATE_NOOP("Preview", "— confirm presentation"),
    QT_TRANSLATE_NOOP("Preview", "— confirm without changes"),
    QT_TRANSLATE_NOOP("Preview", "— confirm, changing the positions"),
    QT_TRANSLATE_NOOP("Preview", "— create (early)"),
    QT_TRANSLATE_NOOP("Preview", "— create and confirm all"),
    QT_TRANSLATE_NOOP("Preview", "— create and confirm all positions"),
    QT_TRANSLATE_NOOP("Preview", "— modify"),
    QT_TRANSLATE_NOOP("Preview", "— unknown code"),
))


COUNTED = re.compile(r"(?P<label>[^()]+) \((?P<count>\d+)\)")  # "Errors (3)"
NAMED = re.compile(r"(?P<label>\S+) (?P<value>\S+)")  # "Guarantee 25CZ5201010000111"
NAMED_LABELS = frozenset({"Guarantee"})


def translate_labels(root: etree._Element) -> None:
    """Put the preview's own words into the user's language, in place (nothing to do in English)."""
    if current_language() == "en":
        return
    for element in root.iter():
        element.text = _translated(element.text)
        element.tail = _translated(element.tail)


def _translated(text: str | None) -> str | None:
    if not text:
        return text
    word = text.strip()
    if word not in LABELS:
        return _with_value(text, word)
    start = text.index(word[0])
    return text[:start] + translate("Preview", word) + text[start + len(word):]


def _with_value(text: str, word: str) -> str:
    """A heading the stylesheet joined with a value, e.g. "Errors (3)" or "Guarantee 25CZ…": its words translated,
    the value kept."""
    counted = COUNTED.fullmatch(word)
    if counted and f"{counted['label']} (" in LABELS:
        return text.replace(word, f"{translate('Preview', counted['label'] + ' (')}{counted['count']})")
    named = NAMED.fullmatch(word)
    if named and named["label"] in NAMED_LABELS:
        return text.replace(word, f"{translate('Preview', named['label'])} {named['value']}")
    return text
