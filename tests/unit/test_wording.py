"""Stored wordings: kept in English, read in each reader's language (core.wording)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from core import i18n
from core.wording import (
    InEachLanguage,
    Joined,
    Phrase,
    dumps,
    english,
    joined,
    loads,
    shown,
    shown_or,
)
from languages import install_language

ANSWER = Phrase("Answers", "in use {amount} {currency}, balance {balance}",
                {"amount": Decimal("41222.30"), "currency": "CZK", "balance": Decimal("1258777.70")})
REFUSED = Phrase("Answers", "Refused: {errors}", {"errors": joined("; ", [
    Phrase("Answers", "{where}: {meaning}", {"where": "25CZ510101000027", "meaning": InEachLanguage(
        {"en": "G03 Access code not valid", "cs": "G03 Neplatný přístupový kód"})}),
    Phrase("Answers", "line {line}, column {column}: {error}", {"line": 3, "column": 14, "error": "bad"}),
])})


@pytest.fixture
def czech():
    install_language("cs")
    yield
    install_language("en")


def test_a_wording_survives_storing_as_it_was():
    for value in (ANSWER, REFUSED, "plain text", 7, Decimal("0.50")):
        assert loads(dumps(value)) == value
    assert isinstance(loads(dumps(REFUSED)).fields["errors"], Joined)


def test_english_is_what_the_record_keeps_whatever_the_language(czech):
    assert english(ANSWER) == "in use 41222.30 CZK, balance 1258777.70"
    assert english(REFUSED) == "Refused: 25CZ510101000027: G03 Access code not valid; line 3, column 14: bad"


def test_the_reader_sees_it_in_their_language_with_amounts_written_their_way(czech):
    text = shown(ANSWER)
    assert text == i18n.translate("Answers", "in use {amount} {currency}, balance {balance}").format(
        amount="41\N{NO-BREAK SPACE}222,30", currency="CZK", balance="1\N{NO-BREAK SPACE}258\N{NO-BREAK SPACE}777,70")
    assert text != english(ANSWER) and "41222.30" not in text
    refused = shown(REFUSED)
    assert "G03 Neplatný přístupový kód" in refused and "Access code not valid" not in refused
    assert refused.startswith(i18n.translate("Answers", "Refused: {errors}").split("{")[0]) and "Refused" not in refused


def test_a_code_meaning_missing_in_the_readers_language_falls_back_to_english():
    install_language("de")
    try:
        assert shown(InEachLanguage({"en": "G03 Access code not valid", "cs": "G03 Neplatný"})) == "G03 Access code not valid"
    finally:
        install_language("en")


def test_a_record_without_wording_or_with_a_damaged_one_shows_what_it_kept():
    assert shown_or(None, "accepted by the gateway x") == "accepted by the gateway x"
    assert shown_or('{"t": "broken"', "kept") == "kept"
    assert shown_or(dumps(ANSWER), "kept") == "in use 41,222.30 CZK, balance 1,258,777.70"


def test_any_value_a_wording_is_given_is_kept_as_its_text():
    from pathlib import Path

    from core.messaging.channels import said

    wording = said("Cannot write to the mailbox folder {folder} ({error}): check it.", folder=Path("/srv/mail/out"),
                   error=PermissionError(13, "Permission denied"))
    stored = loads(dumps(wording))
    assert english(stored) == english(wording) == ("Cannot write to the mailbox folder /srv/mail/out ([Errno 13] "
                                                   "Permission denied): check it.")
    missing = Phrase("Answers", "Accepted: MRN {mrn}", {"mrn": None})
    assert english(loads(dumps(missing))) == english(missing) == "Accepted: MRN "


def test_a_damaged_wording_or_a_translation_with_a_wrong_field_shows_the_kept_english():
    assert shown_or('{"d": "not a number"}', "kept") == "kept"
    assert shown_or(dumps(Phrase("Answers", "{missing} here", {})), "kept") == "kept"


def test_a_moment_is_kept_as_a_utc_stamp_and_shown_as_local_time_the_readers_way(czech):
    from datetime import UTC, datetime

    from core.formatting import moment

    at = datetime(2026, 11, 3, 9, 10, 40, tzinfo=UTC)
    receipt = Phrase("Answers", "delivery receipt: received by customs at {at}", {"at": at})
    assert english(receipt) == "delivery receipt: received by customs at 2026-11-03T09:10:40Z"
    assert loads(dumps(receipt)) == receipt
    local = moment(at.astimezone(), seconds=True)
    assert shown(receipt).endswith(local) and "2026-11-03T" not in shown(receipt) and "3. 11. 2026" in local
