"""What each kind of customs answer changes on the guarantee records (spec 01 §1.5–1.7)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from core.i18n import QT_TRANSLATE_NOOP
from core.messages import (
    QueryAnswer,
    QueryKind,
    parse_cc037c,
    parse_cc055c,
    parse_cc906c,
    parse_cc917c,
    parse_confirmation,
)
from core.wording import InEachLanguage, Value, in_context, joined

if TYPE_CHECKING:
    from core.messaging.apply import AnswerApplier
    from core.messaging.store import Message

POINTER_POSITION = re.compile(r"GuaranteeReference\[(\d+)\]")
_said = in_context("Answers")


@dataclass
class Outcome:
    """What applying one inbound message did."""

    state: str = "applied"  # of the inbound message
    outbound_state: str | None = None  # answered / rejected
    result: Value = ""  # a wording (core.wording): kept in English, shown in the reader's language
    records: list[tuple[int | None, str]] = field(default_factory=list)
    error_code: str | None = None
    error_text: str | None = None


def pointer_position(pointer: str) -> int | None:
    match = POINTER_POSITION.search(pointer or "")
    return int(match.group(1)) if match else None


def registration_confirmation(applier: AnswerApplier, xml: bytes, outbound: Message | None, summary) -> Outcome:
    _, confirmation = parse_confirmation(xml)
    gid = applier.guarantee_for(confirmation.grn, outbound)
    records = [(gid, confirmation.grn)]
    if outbound is None:
        return Outcome(state="unmatched", records=records, result=_said(QT_TRANSLATE_NOOP(
            "Answers", "Confirmation for {grn} that answers no message sent from here"), grn=confirmation.grn))
    if gid is None:
        return Outcome(state="unmatched", records=records, result=_said(QT_TRANSLATE_NOOP(
            "Answers", "Confirmation for {grn}, which the registration did not name (not applied)"),
            grn=confirmation.grn))
    if confirmation.errors:
        meanings = [applier.meaning(code) for code in confirmation.errors]
        first = meanings[0]
        applier.update_guarantee(gid, codes_registered_at=None, last_error_code=first.code,
                                 last_error_text=first.en or first.code, answered_at=applier.now())
        return Outcome(outbound_state="rejected", records=records, error_code=first.code, error_text=first.en,
                       result=_said(QT_TRANSLATE_NOOP("Answers", "Registration refused: {errors}"),
                                    errors=joined("; ", (meaning_of(m) for m in meanings))))
    registered = (confirmation.registered_at.isoformat(timespec="seconds")
                  if confirmation.registered_at else applier.now())
    applier.update_guarantee(gid, codes_registered_at=registered, last_error_code=None, last_error_text=None,
                             answered_at=applier.now())
    result = _said(QT_TRANSLATE_NOOP("Answers", "secondary codes registered: {count}"), count=confirmation.stored_count)
    if confirmation.pac_changed and gid is not None:
        applier.access_codes.promote_new_pac(gid)
        result = _said(QT_TRANSLATE_NOOP("Answers", "{registered}; the primary access code was changed"),
                       registered=result)
    if gid is not None and applier.access_codes.pac_holder(gid):
        summary.pac_deletion_recommended.append(confirmation.grn)
    return Outcome(outbound_state="answered", records=records, result=result)


def query_response(applier: AnswerApplier, xml: bytes, outbound: Message | None, summary) -> Outcome:
    _, response = parse_cc037c(xml)
    records, parts, matched = [], [], 0
    for answer in response.answers:
        gid = applier.guarantee_for(answer.grn, outbound)
        records.append((gid, answer.grn))
        if outbound is not None and gid is None:
            parts.append(_said(QT_TRANSLATE_NOOP("Answers", "{grn}: unmatched, not asked about in this query (not "
                                                            "applied)"), grn=answer.grn))
            continue
        if outbound is not None:
            _apply_answer(applier, gid, answer)
            matched += 1
        parts.append(_said(QT_TRANSLATE_NOOP("Answers", "{grn}: {answer}"), grn=answer.grn,
                           answer=_answer_summary(answer)))
    if outbound is None:
        return Outcome(state="unmatched", records=records, result=_said(QT_TRANSLATE_NOOP(
            "Answers", "Answer to a query not sent from here: {answers}"), answers=joined("; ", parts)))
    if not matched:
        return Outcome(state="unmatched", records=records, result=_said(QT_TRANSLATE_NOOP(
            "Answers", "Answer about guarantees this query did not ask about: {answers}"), answers=joined("; ", parts)))
    return Outcome(outbound_state="answered", records=records, result=joined("; ", parts))


def _apply_answer(applier: AnswerApplier, gid: int | None, answer: QueryAnswer) -> None:
    columns = {"answered_at": answer.accepted_at.isoformat(timespec="seconds")}
    if not _registration_refused(applier, gid):  # a query answer says nothing about the codes' registration
        columns.update(last_error_code=None, last_error_text=None)
    if answer.exposure is not None:
        e = answer.exposure
        columns.update(exposure=_money(e.exposure), usage_count=e.counter, currency_answer=e.currency,
                       balance=_money(e.balance) if e.balance is not None else None)
    if answer.info is not None:
        info = answer.info
        columns.update(
            reference_amount=_money(info.reference_amount) if info.reference_amount is not None else None,
            guarantee_amount_answer=_money(info.guarantee_amount), currency_answer=info.currency,
            valid_from=info.validity_start.isoformat() if info.validity_start else None,
            valid_to=info.validity_end.isoformat() if info.validity_end else None,
            restrictions=_restrictions(info),
        )
        if info.invalidity_code:
            meaning = applier.meaning(info.invalidity_code)
            columns.update(last_error_code=info.invalidity_code,
                           last_error_text=info.invalidity_text or meaning.en or info.invalidity_code)
    if answer.owner is not None:
        columns["owner_answer"] = f"{answer.owner.name} ({answer.owner.tin})"
    if answer.kind in (QueryKind.USAGE, QueryKind.USAGE_AND_BALANCE):
        columns["usage_period"] = _period(answer)
        _replace_usages(applier, gid, answer)
    applier.update_guarantee(gid, **columns)


def _registration_refused(applier: AnswerApplier, gid: int | None) -> bool:
    """The newest access code registration was refused: its error stays shown until one succeeds."""
    return gid is not None and applier.store.latest_outbound_state(gid, "E_ACC_COD") == "rejected"


def _replace_usages(applier: AnswerApplier, gid: int | None, answer: QueryAnswer) -> None:
    if gid is None:
        return
    applier.guarantees.replace_usages(gid, [
        {"mrn": u.mrn, "amount": _money(u.amount), "currency": u.currency, "lock_date": u.lock_date.isoformat(),
         "arrival": u.arrival.isoformat() if u.arrival else None,
         "release_date": u.release_date.isoformat() if u.release_date else None}
        for u in answer.usages
    ])


def _answer_summary(answer: QueryAnswer) -> Value:
    bits = []
    if answer.kind in (QueryKind.USAGE, QueryKind.USAGE_AND_BALANCE):
        bits.append(_said(QT_TRANSLATE_NOOP("Answers", "operations: {count}"), count=len(answer.usages)))
    if answer.exposure is not None:
        e = answer.exposure
        if e.balance is not None:
            bits.append(_said(QT_TRANSLATE_NOOP("Answers", "in use {amount} {currency}, balance {balance}"),
                              amount=_cents(e.exposure), currency=e.currency, balance=_cents(e.balance)))
        else:
            bits.append(_said(QT_TRANSLATE_NOOP("Answers", "in use {amount} {currency}"), amount=_cents(e.exposure),
                              currency=e.currency))
    if answer.info is not None:
        bits.append(_said(QT_TRANSLATE_NOOP("Answers", "amount {amount} {currency}"),
                          amount=_cents(answer.info.guarantee_amount), currency=answer.info.currency))
        if answer.info.invalidity_code:
            bits.append(_said(QT_TRANSLATE_NOOP("Answers", "not valid: {code}"), code=answer.info.invalidity_code))
    return joined(", ", bits) if bits else _said(QT_TRANSLATE_NOOP("Answers", "answered"))


def _restrictions(info) -> str | None:
    parts = []
    if info.restricted_for_suspended_goods:
        parts.append("not valid for suspended goods")
    if info.not_valid_in:
        parts.append("not valid in " + ", ".join(info.not_valid_in))
    return "; ".join(parts) or None


def _period(answer: QueryAnswer) -> str:
    if answer.period_from is None and answer.period_to is None:
        return "operations not yet released"
    return f"{answer.period_from or ''}..{answer.period_to or ''}"


def _money(value) -> str:
    return f"{value:.2f}"


def _cents(value) -> Decimal:
    """An amount of a result, written the reader's way when shown."""
    return Decimal(value).quantize(Decimal("0.01"))


def meaning_of(meaning) -> Value:
    """An error code and its meaning (core.messages.explain), in each language the code lists give."""
    texts = {"en": meaning.text}
    for language in ("cs", "de", "pl"):
        local = getattr(meaning, language)
        if local:
            texts[language] = f"{meaning.code} {local}"
    return InEachLanguage(texts)


def functional_rejection(applier: AnswerApplier, xml: bytes, outbound: Message | None, summary) -> Outcome:
    _, rejection = parse_cc906c(xml)
    records, parts, first = [], [], None
    for error in rejection.errors:
        code = error.reason or error.code
        meaning = applier.meaning(code)
        first = first or meaning
        target = _target(applier, error.pointer, error.original_value, outbound)
        if target is not None:
            records.append(target)
            applier.update_guarantee(target[0], last_error_code=meaning.code, last_error_text=meaning.en or code,
                                     answered_at=applier.now())
        where = target[1] if target else error.pointer
        parts.append(_said(QT_TRANSLATE_NOOP("Answers", "{where}: {meaning}"), where=where,
                           meaning=meaning_of(meaning)))
    outcome = Outcome(outbound_state="rejected", records=_unique(records),
                      result=_said(QT_TRANSLATE_NOOP("Answers", "Refused: {errors}"), errors=joined("; ", parts)))
    if first is not None:
        outcome.error_code, outcome.error_text = first.code, first.en
    if outbound is None:
        outcome.state = "unmatched"
    return outcome


def _target(applier, pointer: str, value: str | None, outbound):
    position = pointer_position(pointer)
    if position is not None and outbound is not None:
        return applier.guarantee_at(position, outbound)
    if value and outbound is not None:
        gid = applier.guarantee_for(value, outbound)
        if gid is not None:
            return gid, value
    return None


def xml_rejection(applier: AnswerApplier, xml: bytes, outbound: Message | None, summary) -> Outcome:
    _, rejection = parse_cc917c(xml)
    records = applier.store.records(outbound.id) if outbound is not None else []
    first = rejection.errors[0] if rejection.errors else None
    text = joined("; ", (_said(QT_TRANSLATE_NOOP("Answers", "line {line}, column {column}: {error}"), line=e.line,
                               column=e.column, error=e.text) for e in rejection.errors))
    if first is not None:
        for gid, _ in records:
            applier.update_guarantee(gid, last_error_code=first.code,
                                     last_error_text=f"XML error at line {first.line}, column {first.column}: {first.text}",
                                     answered_at=applier.now())
    return Outcome(state="applied" if outbound else "unmatched", outbound_state="rejected", records=records,
                   result=_said(QT_TRANSLATE_NOOP("Answers", "XML refused: {errors}"), errors=text),
                   error_code=first.code if first else None,
                   error_text=first.text if first else None)


def guarantee_not_valid(applier: AnswerApplier, xml: bytes, outbound: Message | None, summary) -> Outcome:
    """CC055C answers a declaration, usually not sent from here: applied to the guarantees by GRN."""
    _, notice = parse_cc055c(xml)
    records, parts = [], []
    for invalid in notice.guarantees:
        gid = applier.guarantee_for(invalid.grn, outbound)
        meaning = applier.meaning(invalid.code)
        if gid is not None:
            records.append((gid, invalid.grn))
            applier.update_guarantee(gid, last_error_code=invalid.code,
                                     last_error_text=invalid.text or meaning.en or invalid.code,
                                     answered_at=applier.now())
        parts.append(_said(QT_TRANSLATE_NOOP("Answers", "{where}: {meaning}"), where=invalid.grn,
                           meaning=meaning_of(meaning)))
    state = "applied" if records else "unmatched"
    first = notice.guarantees[0] if notice.guarantees else None
    return Outcome(state=state, outbound_state="rejected", records=records,
                   result=_said(QT_TRANSLATE_NOOP("Answers", "Guarantee not valid for {mrn}: {guarantees}"),
                                mrn=notice.mrn, guarantees=joined("; ", parts)),
                   error_code=first.code if first else None, error_text=first.text if first else None)


def _unique(records):
    return list(dict.fromkeys(records))


HANDLERS = {
    "E_ACC_RSP": registration_confirmation,
    "CC037C": query_response,
    "CC906C": functional_rejection,
    "CC917C": xml_rejection,
    "CC055C": guarantee_not_valid,
}
