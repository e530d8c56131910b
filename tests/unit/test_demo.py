"""Demo data: loaded once, complete and valid."""
from __future__ import annotations

from collections import Counter

from simulator.demo import DEMO_PAC, DEMO_SPKS, DEMO_USERS, load_demo
from core.guarantees.grn import check_grn
from core.settings import DEMO_OFFERED_KEY


def test_demo_creates_organisations_guarantees_and_parameter_sets(workspace):
    assert workspace.should_offer_demo() is True
    result = load_demo(workspace)
    assert {k: result[k] for k in ("loaded", "organisations", "guarantees", "parameter_sets")} == {
        "loaded": True, "organisations": 4, "guarantees": 10, "parameter_sets": 3}
    assert [u["login"] for u in result["users"]] == [login for login, *_ in DEMO_USERS]
    assert workspace.organisations.count() == 4
    assert workspace.guarantees.count() == 10
    assert len(workspace.params.list()) == 3
    assert workspace.setting(DEMO_OFFERED_KEY) == "loaded"
    assert workspace.should_offer_demo() is False


def test_demo_covers_several_guarantee_types(workspace):
    load_demo(workspace)
    types = Counter(g.type for g in workspace.guarantees.list())
    assert types == Counter({"1": 4, "0": 1, "2": 1, "3": 1, "9": 1, "4": 1, "8": 1})


def test_all_demo_grns_are_valid(workspace):
    load_demo(workspace)
    with_grn = [g for g in workspace.guarantees.list() if g.grn]
    assert len(with_grn) == 8
    for g in with_grn:
        assert check_grn(g.grn, g.type).valid, g.grn
        assert g.grn_override is False
    voucher = next(g for g in with_grn if g.type == "4")
    assert len(voucher.grn) == 24


def test_demo_guarantees_pass_the_service_rules(workspace):
    load_demo(workspace)
    for g in workspace.guarantees.list():
        assert workspace.guarantees.validate(g) == [], g.label


def test_demo_loaded_twice_adds_nothing(workspace):
    load_demo(workspace)
    second = load_demo(workspace)
    assert second["loaded"] is False
    assert (workspace.organisations.count(), workspace.guarantees.count(), len(workspace.params.list())) == (4, 10, 3)


def test_demo_codes_belong_to_the_loading_user(workspace):
    load_demo(workspace)
    by_grn = {g.grn[:16]: g for g in workspace.guarantees.list() if g.grn}
    first = by_grn["25CZ520101000011"]
    codes = workspace.access_codes.codes_for(first.id)
    assert codes.pac.reveal() == DEMO_PAC
    assert [s.reveal() for s in codes.spks] == DEMO_SPKS["1"]
    assert codes.pac_holder == "alice"


def test_demo_has_a_parameter_set_without_permit_number(workspace):
    load_demo(workspace)
    missing = [p.name for p in workspace.params.list() if not p.ncts_permit_number]
    assert missing == ["PL NCTS test (permit pending)"]


def test_loading_the_demo_signs_nobody_in(workspace):
    from core.users import AuditFilter

    load_demo(workspace)
    entries = workspace.audit.list(AuditFilter())
    sign_ins = [e.user for e in entries if e.action in ("login", "login_failed")]
    assert sign_ins == [workspace.user]  # the loader's own sign-in, nobody else's
    demo_logins = {login for login, *_ in DEMO_USERS}
    assert not [e for e in entries if e.user in demo_logins]  # nothing recorded as done by them
    given = [e for e in entries if e.action == "spk_changed" and "set up by the administrator" in e.detail]
    assert {e.user for e in given} == {workspace.user}
    assert {e.detail.split(" of ")[1].split(",")[0] for e in given} == demo_logins


def test_the_demo_users_read_the_codes_given_them_when_they_sign_in(workspace):
    from simulator.demo import DEMO_PASSWORD
    from core.installation import open_context

    load_demo(workspace)
    jan = open_context(workspace.data_dir, user="jan", password=DEMO_PASSWORD)
    try:
        brno = next(g for g in jan.guarantees.list() if g.grn.startswith("25CZ520101000011"))
        assert [s.reveal() for s in jan.access_codes.codes_for(brno.id).spks] == ["BX42"]
    finally:
        jan.close()
