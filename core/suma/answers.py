"""Customs' answer to a summary declaration (CUSPRR), applied once to the declaration it answers."""
from __future__ import annotations

from typing import TYPE_CHECKING

from core.i18n import QT_TRANSLATE_NOOP
from core.messaging.answers import Outcome
from core.suma.model import Status
from core.suma.store import SumaStore
from core.wording import Phrase, in_context, joined

_said = in_context("Answers")

if TYPE_CHECKING:
    from core.messaging.apply import AnswerApplier
    from core.messaging.store import Message


def summary_declaration_answer(applier: AnswerApplier, xml: bytes, outbound: Message | None, summary) -> Outcome:
    from core.suma.message import parse_response

    response = parse_response(xml)
    store = SumaStore(applier.db)
    sent = store.message(outbound.id) if outbound is not None else None
    if sent is None:
        return Outcome(state="unmatched", result=_said(QT_TRANSLATE_NOOP(
            "Answers", "Answer about a summary declaration not sent from here")))
    by_position = {e.position: f"{e.code} {e.text}" for e in response.errors if e.position is not None}
    if not response.accepted:
        first = response.errors[0] if response.errors else None
        store.record_errors(sent.declaration_id, first.code if first else "", first.text if first else "", by_position)
        text = (joined("; ", (_error_text(e) for e in response.errors[:5])) if response.errors
                else _said(QT_TRANSLATE_NOOP("Answers", "no reason given")))
        return Outcome(outbound_state="rejected", error_code=first.code if first else None,
                       error_text=first.text if first else None,
                       result=_said(QT_TRANSLATE_NOOP("Answers", "Refused: {errors}"), errors=text))
    taken = list(response.accepted_positions) if response.accepted_positions is not None else sent.positions
    status = Status(response.status)
    store.record_accepted(sent.declaration_id, sent.sent, taken, [n for n in sent.confirms if n in taken], status,
                          response.mrn)
    result = _said(QT_TRANSLATE_NOOP("Answers", "Accepted: MRN {mrn}, status {status}, positions: {count}"),
                   count=len(taken), mrn=response.mrn, status=Phrase("Suma", status.english_label))
    if by_position:
        store.record_errors(sent.declaration_id, response.errors[0].code, response.errors[0].text, by_position)
        result = _said(QT_TRANSLATE_NOOP("Answers", "{accepted}; refused {count}: {errors}"), accepted=result,
                       count=len(by_position), errors=joined("; ", (_error_text(e) for e in response.errors[:3])))
    return Outcome(outbound_state="answered", result=result)


def _error_text(error) -> Phrase:
    """What customs said of a position (or of the whole declaration): the code and text as they sent them."""
    error_field = f"({error.field}) " if error.field else ""
    if error.position is None:
        return _said(QT_TRANSLATE_NOOP("Answers", "{field}{code}: {text}"), field=error_field, code=error.code,
                     text=error.text)
    return _said(QT_TRANSLATE_NOOP("Answers", "position {position} {field}{code}: {text}"), position=error.position,
                 field=error_field, code=error.code, text=error.text)


HANDLERS = {"CUSPRR": summary_declaration_answer}
