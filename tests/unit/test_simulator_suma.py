"""The training customs' side of summary declarations: the same rules, an MRN per declaration, partial refusals."""
from __future__ import annotations

import copy
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlite_utils import Database
from test_suma_rules import AIRPORT, INLAND, declaration, position

from core.suma.model import Kind, Status, mrn_errors
from core.suma.rules import Code
from simulator.suma import SumaDesk


@pytest.fixture
def desk(tmp_path) -> SumaDesk:
    return SumaDesk(Database(tmp_path / "register.sqlite"), lambda: datetime(2026, 12, 2, tzinfo=UTC),
                    lambda office: office == AIRPORT)


def carrying(full, *numbers):
    """The message: the whole header and the positions it carries."""
    sent = copy.deepcopy(full)
    sent.positions = [p for p in sent.positions if p.number in numbers]
    return sent


def test_vsa_creates_an_early_declaration_with_a_valid_mrn_then_esa_confirms_to_final(desk):
    full = declaration(3)
    created = desk.process(Kind.VSA, None, None, full)
    assert created.accepted and created.status is Status.EARLY and created.positions == [1, 2, 3]
    assert mrn_errors(created.mrn) == [] and created.mrn[16] == "U"

    partial = desk.process(Kind.ESA, "2", created.mrn, carrying(full, 1))
    assert (partial.accepted, partial.status, partial.mrn) == (True, Status.PARTIAL, created.mrn)
    final = desk.process(Kind.ESA, "1", created.mrn, carrying(full, 2, 3))
    assert final.status is Status.FINAL and desk.status_of(created.mrn) is Status.FINAL

    after = desk.process(Kind.VSM, None, created.mrn, carrying(full, 1))
    assert not after.accepted and after.errors[0].code is Code.KIND_NOT_ALLOWED


def test_confirming_again_and_changing_a_confirmed_position_are_refused_with_codes(desk):
    full = declaration(2)
    mrn = desk.process(Kind.VSA, None, None, full).mrn
    desk.process(Kind.ESA, "2", mrn, carrying(full, 1))
    again = desk.process(Kind.ESA, "2", mrn, carrying(full, 1))
    assert not again.accepted and [(e.code, e.position) for e in again.errors] == [(Code.ALREADY_CONFIRMED, 1)]

    changed = carrying(full, 1)
    changed.positions[0].values["gross_mass"] = Decimal("999")
    refused = desk.process(Kind.VSM, None, mrn, changed)
    assert not refused.accepted and refused.errors[0].code is Code.CONFIRMED_POSITION_CHANGED


def test_a_faulty_position_is_refused_alone_and_the_others_are_taken(desk):
    full = declaration(3)
    full.positions[1].values["customs_status"] = "Q"
    decision = desk.process(Kind.VSA, None, None, full)
    assert decision.accepted and decision.positions == [1, 3]
    assert [(e.code, e.position, e.field) for e in decision.errors] == [(Code.FIELD_INVALID, 2, "customs_status")]


def test_no_status_without_one_position_processed_without_error(desk):
    full = declaration(1)
    full.positions[0].values["description"] = ""
    decision = desk.process(Kind.VSA, None, None, full)
    assert not decision.accepted and decision.mrn is None and decision.status is Status.NONE


@pytest.mark.parametrize("change, code", [
    ({"identification": "MID", "office_of_presentation": INLAND}, Code.MANIFEST_NOT_AT_AIRPORT),
    ({"sender.tin": "DE000000000000001"}, Code.SENDER_NOT_PRESENTER),
])
def test_header_faults_refuse_the_whole_message(desk, change, code):
    decision = desk.process(Kind.VSA, None, None, declaration(2, **change))
    assert not decision.accepted and code in {e.code for e in decision.errors}


def test_the_presenter_cannot_change_and_an_unknown_mrn_is_refused(desk):
    full = declaration(1)
    mrn = desk.process(Kind.VSA, None, None, full).mrn
    moved = copy.deepcopy(full)
    moved.header["presenter.city"] = "Mainz"
    assert desk.process(Kind.VSM, None, mrn, moved).errors[0].code is Code.PRESENTER_CHANGED
    unknown = desk.process(Kind.VSM, None, mrn[:-2] + "U0", full)
    assert not unknown.accepted


def test_a_manifest_id_is_used_by_one_open_declaration_at_a_time(desk):
    first = desk.process(Kind.VSA, None, None, declaration(1, identification="MID"))
    assert first.accepted
    second = desk.process(Kind.VSA, None, None, declaration(1, identification="MID"))
    assert not second.accepted and second.errors[0].code is Code.MANIFEST_IN_USE
    modified = desk.process(Kind.VSM, None, None, carrying(declaration(2, identification="MID"), 2))
    assert modified.accepted and modified.mrn == first.mrn  # addressed by its manifest id


def test_appending_with_vsm_keeps_the_status(desk):
    full = declaration(2)
    mrn = desk.process(Kind.VSA, None, None, full).mrn
    full.positions.append(position(3))
    decision = desk.process(Kind.VSM, None, mrn, carrying(full, 3))
    assert decision.accepted and decision.status is Status.EARLY and decision.positions == [3]
