"""Organisations and guarantees a page at a time: sorted and filtered by the store, over every record the user
may see, on a real SQLite file."""
from __future__ import annotations

import pytest
from bulk_records import (
    GUARANTEE_KEYS,
    ORGANISATION_KEYS,
    add_varied_guarantees,
    add_varied_organisations,
    nocase,
    sorted_like_the_store,
)
from users_shared import PASSWORD

from core.guarantees.service import SORTS as GUARANTEE_SORTS
from core.organisations.service import SORTS as ORGANISATION_SORTS
from core.users import Role

ORGANISATIONS = 520
GUARANTEES = 540
PAGE = 128


@pytest.fixture
def register(workspace):
    org_ids = add_varied_organisations(workspace, ORGANISATIONS)
    add_varied_guarantees(workspace, org_ids, GUARANTEES)
    return workspace


def paged(read, total: int) -> list:
    """Every page read in turn, as a window scrolls."""
    records = []
    for offset in range(0, total + PAGE, PAGE):
        records += read(offset, PAGE)
    return records


def ids(records) -> list[int]:
    return [r.id for r in records]


def test_the_python_orders_cover_every_sort_the_services_offer():
    assert set(ORGANISATION_KEYS) == set(ORGANISATION_SORTS)
    assert set(GUARANTEE_KEYS) == set(GUARANTEE_SORTS)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(ORGANISATION_SORTS))
def test_organisations_are_sorted_over_every_record_and_paged_without_gaps(register, sort, descending):
    service = register.organisations
    expected = sorted_like_the_store(service.list(), ORGANISATION_KEYS[sort], descending)
    assert len(expected) == service.count() == ORGANISATIONS
    assert ids(service.page(0, PAGE, sort=sort, descending=descending)) == ids(expected[:PAGE])
    assert ids(paged(lambda offset, limit: service.page(offset, limit, sort, descending), ORGANISATIONS)) == ids(expected)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(GUARANTEE_SORTS))
def test_guarantees_are_sorted_over_every_record_and_paged_without_gaps(register, sort, descending):
    service = register.guarantees
    expected = sorted_like_the_store(service.list(), GUARANTEE_KEYS[sort], descending)
    assert len(expected) == service.count() == GUARANTEES
    got = paged(lambda offset, limit: service.page(None, offset, limit, sort=sort, descending=descending), GUARANTEES)
    assert ids(got) == ids(expected)


def test_guarantees_of_one_organisation_are_sorted_among_themselves(register):
    service = register.guarantees
    org_id = max(register.organisations.list(), key=lambda o: service.count(o.id)).id
    mine = service.list(org_id=org_id)
    assert len(mine) > 1
    expected = sorted_like_the_store(mine, GUARANTEE_KEYS["amount"], True)
    assert ids(service.page(org_id, sort="amount", descending=True)) == ids(expected)


def test_the_usual_orders_stay_as_they_were(register):
    organisations = register.organisations.list()
    assert ids(organisations) == ids(sorted_like_the_store(organisations, ORGANISATION_KEYS["name"], False))
    guarantees = register.guarantees.list()
    assert [(g.grn, g.other_ref, g.id) for g in guarantees] == sorted((g.grn, g.other_ref, g.id) for g in guarantees)
    assert ids(register.guarantees.page()) == ids(guarantees)


def like(text: str, *values: str) -> bool:
    """SQL's LIKE '%text%': letters A–Z in either case."""
    return any(nocase(text) in nocase(value) for value in values)


def test_text_finds_the_organisations_with_it_in_any_listed_column(register):
    service = register.organisations
    every = service.list()
    for text in ("ALFA", "Ústí", "jana", "0001", "100%", "_"):
        expected = [o for o in every if like(text, o.name, o.eori, o.branch, o.city, o.country, o.contact)]
        found = service.page(text=text, sort="eori")
        assert ids(found) == ids(sorted_like_the_store(expected, ORGANISATION_KEYS["eori"], False)), text
        assert service.count(text=text) == len(expected) > 0


def test_wildcards_and_quotes_in_the_text_are_only_text(register):
    service = register.organisations
    assert service.count(text="%") == len([o for o in service.list() if "%" in o.name]) > 0
    assert service.count(text="'; DROP TABLE organisations; --") == 0
    assert service.count() == ORGANISATIONS


def test_text_finds_guarantees_by_reference_office_or_description(register):
    service = register.guarantees
    every = service.list()
    for text in ("ref-", "de0046", "TRANSIT", "Čistá"):
        expected = [g for g in every if like(text, g.grn, g.other_ref, g.office, g.description)]
        assert ids(service.page(text=text)) == ids(expected), text
        assert service.count(text=text) == len(expected) > 0


def test_an_unknown_sort_is_refused(register):
    with pytest.raises(ValueError, match="Cannot sort by 'name; DROP TABLE guarantees'"):
        register.guarantees.page(sort="name; DROP TABLE guarantees")
    with pytest.raises(ValueError, match="choose one of name, eori"):
        register.organisations.page(sort="id DESC")


def test_a_declarant_pages_sorts_and_searches_only_the_organisations_they_represent(office):
    admin = office.admin
    org_ids = add_varied_organisations(admin, ORGANISATIONS)
    add_varied_guarantees(admin, org_ids, GUARANTEES)
    office.add_user("dana", role=Role.DECLARANT)
    every = admin.organisations.list()
    represented = [o for o in every if o.id % 7 == 0]
    for org in represented:
        office.represent(org, user="dana")
    dana = office.open_as("dana", PASSWORD)
    mine = {o.id for o in represented}

    expected = sorted_like_the_store(represented, ORGANISATION_KEYS["city"], True)
    assert dana.organisations.count() == len(represented) < ORGANISATIONS
    got = paged(lambda offset, limit: dana.organisations.page(offset, limit, sort="city", descending=True),
                len(represented))
    assert ids(got) == ids(expected)

    hidden = next(o for o in every if o.id not in mine and o.name.startswith("Zeta"))
    assert hidden.id in ids(admin.organisations.page(text=hidden.name))
    assert hidden.id not in ids(dana.organisations.page(text=hidden.name))
    assert dana.organisations.count(text="Zeta") == len([o for o in represented if "Zeta" in o.name])

    their_guarantees = [g for g in admin.guarantees.list() if g.org_id in mine]
    assert dana.guarantees.count() == len(their_guarantees) < GUARANTEES
    expected = sorted_like_the_store(their_guarantees, GUARANTEE_KEYS["balance"], False)
    got = paged(lambda offset, limit: dana.guarantees.page(None, offset, limit, sort="balance"),
                len(their_guarantees))
    assert ids(got) == ids(expected)
    assert dana.guarantees.count(org_id=hidden.id) == 0
    assert dana.guarantees.page(hidden.id, sort="amount") == []
