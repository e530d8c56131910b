"""Who sees and does what (spec 04 §4.1): representations in force, two-level rights, roles, administration.

Several real users on one real SQLite file, each signed in through their own UserContext.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from users_shared import ADMIN, LONG_AGO, PASSWORD, SignedIn, codes, revealed

from simulator.demo import DEMO_PASSWORD
from core.errors import NotFound, NotPermitted, ValidationError
from core.messages import QueryKind
from core.users import (
    AuditFilter,
    Level,
    Representation,
    RepresentationFilter,
    Rights,
    Role,
    User,
)
from core.context import UserContext

TODAY = date.today()
YESTERDAY, TOMORROW = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
BASIC, EXTENDED = Rights.BASIC, Rights.EXTENDED


@pytest.fixture
def demo_users(demo_dir):
    """The demo's users signing in to the same folder, each with their own UserContext."""
    users = SignedIn(demo_dir, DEMO_PASSWORD)
    yield users
    users.close_all()


def demo_guarantee(context: UserContext, grn_start: str):
    [g] = [g for g in context.guarantees.list() if g.grn.startswith(grn_start)]
    return g


def demo_org_id(context: UserContext, name_start: str) -> int:
    [org] = [o for o in context.organisations.list() if o.name.startswith(name_start)]
    return org.id


def sees(context: UserContext, org, guarantee) -> bool:
    """Whether the organisation and its guarantee show everywhere, checked consistently."""
    listed = org.id in [o.id for o in context.organisations.list()]
    assert listed == (guarantee.id in [g.id for g in context.guarantees.list()])
    assert listed == bool(context.guarantees.find_by_grn(guarantee.grn))
    assert listed == context.access.can_see(org.id)
    if listed:
        assert context.guarantees.get(guarantee.id).id == guarantee.id
        assert context.organisations.get(org.id).id == org.id
    else:
        with pytest.raises(NotFound):
            context.guarantees.get(guarantee.id)
        with pytest.raises(NotFound):
            context.organisations.get(org.id)
        with pytest.raises(NotFound):
            context.access_codes.codes_for(guarantee.id)
    return listed


# --- representations decide what a user sees --------------------------------------------------------

def test_a_user_without_representation_sees_nothing(context, demo_users, clock):
    context.users.add_user(context.session, User(login="nobody", role=Role.OFFICER, level=Level.ADVANCED,
                                       identity_method="in person"), PASSWORD)
    g = demo_guarantee(context, "25CZ520101000011")
    [message] = context.messaging_at(clock).prepare_queries([g.id], QueryKind.BALANCE)
    nobody = demo_users.open_as("nobody", PASSWORD)
    assert nobody.organisations.list() == [] and nobody.organisations.count() == 0
    assert nobody.guarantees.list() == [] and nobody.guarantees.count() == 0
    assert nobody.guarantees.counts_by_org([g.org_id]) == {}
    assert nobody.guarantees.find_by_grn(g.grn) == []
    assert nobody.access.visible_org_ids() == []
    for read in (nobody.guarantees.get, nobody.access_codes.codes_for, nobody.access_codes.pac_blocker):
        with pytest.raises(NotFound):
            read(g.id)
    with pytest.raises(NotFound):
        nobody.organisations.get(g.org_id)
    assert nobody.messaging.store.list() == [] and nobody.messaging.store.count() == 0
    with pytest.raises(NotFound):
        nobody.messaging.message_for_display(message.id)
    assert nobody.representations.list() == []
    assert context.messaging.message_for_display(message.id)[0].id == message.id  # the administrator does see it


@pytest.mark.parametrize("valid_from, valid_to, visible", [
    (LONG_AGO, None, True),
    (LONG_AGO, TODAY, True),
    (TODAY, None, True),
    (LONG_AGO, TOMORROW, True),
    (LONG_AGO, YESTERDAY, False),
    (TOMORROW, None, False),
    (TOMORROW, date(2099, 12, 31), False),
], ids=["open-ended", "ends-today", "starts-today", "ends-tomorrow", "ended-yesterday", "starts-tomorrow",
        "future-period"])
def test_a_direct_representation_shows_the_organisation_only_while_in_force(office, valid_from, valid_to, visible):
    org, other = office.add_org("Spedice"), office.add_org("Elsewhere")
    g, elsewhere = office.add_guarantee(org), office.add_guarantee(other)
    office.add_user("petra")
    office.represent(org, user="petra", valid_from=valid_from, valid_to=valid_to)
    petra = office.open_as("petra")
    assert sees(petra, org, g) is visible
    assert sees(petra, other, elsewhere) is False


@pytest.mark.parametrize("agency_link, person_link, expected", [
    (EXTENDED, BASIC, BASIC),
    (BASIC, EXTENDED, BASIC),
    (BASIC, BASIC, BASIC),
    (EXTENDED, EXTENDED, EXTENDED),
])
def test_through_an_agency_the_rights_are_the_lesser_of_the_two_links(office, agency_link, person_link, expected):
    principal, agency = office.add_org("Principal"), office.add_org("Agency")
    g = office.add_guarantee(principal)
    office.add_user("petra")
    office.represent(principal, agency=agency, rights=agency_link)
    office.represent(agency, user="petra", rights=person_link)
    petra = office.open_as("petra")
    assert sees(petra, principal, g)
    assert petra.access.rights(principal.id) == expected
    assert petra.access.rights(agency.id) == person_link
    if expected == EXTENDED:
        petra.access_codes.save(g.id, codes(pac="PQ70"))
        assert revealed(petra.access_codes.codes_for(g.id))["pac"] == "PQ70"
    else:
        with pytest.raises(NotPermitted, match="extended rights"):
            petra.access_codes.save(g.id, codes(pac="PQ70"))


@pytest.mark.parametrize("link", ["agency", "person"])
@pytest.mark.parametrize("valid_from, valid_to", [(LONG_AGO, YESTERDAY), (TOMORROW, None)],
                         ids=["ended-yesterday", "starts-tomorrow"])
def test_through_an_agency_nothing_is_seen_when_either_link_is_out_of_force(office, link, valid_from, valid_to):
    principal, agency = office.add_org("Principal"), office.add_org("Agency")
    g, own = office.add_guarantee(principal), office.add_guarantee(agency)
    office.add_user("petra")
    dates = {"valid_from": valid_from, "valid_to": valid_to}
    office.represent(principal, agency=agency, **(dates if link == "agency" else {}))
    office.represent(agency, user="petra", **(dates if link == "person" else {}))
    petra = office.open_as("petra")
    assert sees(petra, principal, g) is False
    assert petra.access.rights(principal.id) is None
    assert sees(petra, agency, own) is (link == "agency")


def test_the_best_of_several_paths_counts(office):
    principal, agency = office.add_org("Principal"), office.add_org("Agency")
    office.add_user("petra")
    office.represent(principal, agency=agency, rights=EXTENDED)
    office.represent(agency, user="petra", rights=EXTENDED)
    office.represent(principal, user="petra", rights=BASIC)
    assert office.open_as("petra").access.rights(principal.id) == EXTENDED


def test_ending_a_representation_hides_the_organisation(office):
    org = office.add_org("Spedice")
    g = office.add_guarantee(org)
    office.add_user("petra")
    rep = office.represent(org, user="petra")
    assert sees(office.open_as("petra"), org, g)
    office.admin.representations.end(rep.id, YESTERDAY)
    assert sees(office.open_as("petra"), org, g) is False


def test_basic_access_level_caps_the_rights_at_basic(office):
    org = office.add_org("Spedice")
    g = office.add_guarantee(org)
    office.add_user("eva", role=Role.OFFICER, level=Level.BASIC)
    office.represent(org, user="eva", rights=EXTENDED)
    eva = office.open_as("eva")
    assert sees(eva, org, g)
    assert eva.access.rights(org.id) == BASIC
    with pytest.raises(NotPermitted, match="basic access"):
        eva.access_codes.save(g.id, codes(pac="EV70"))
    with pytest.raises(NotPermitted, match="extended rights"):
        eva.guarantees.delete(g.id)
    eva.access_codes.save(g.id, codes(spks=["EV71"]))  # her own secondary code she may keep
    assert revealed(eva.access_codes.codes_for(g.id))["spks"] == ["EV71"]


# --- roles: who may hold the PAC and register codes ---------------------------------------------------

def test_a_declarant_with_extended_rights_cannot_hold_the_pac(office):
    org = office.add_org("Spedice")
    g = office.add_guarantee(org)
    office.add_user("jan", role=Role.DECLARANT)
    office.represent(org, user="jan", rights=EXTENDED)
    jan = office.open_as("jan")
    assert jan.access.rights(org.id) == EXTENDED
    with pytest.raises(NotPermitted, match="declarant") as refused:
        jan.access_codes.save(g.id, codes(pac="JN70", spks=["JN71"]))
    assert "guarantee officer" in str(refused.value)
    assert revealed(jan.access_codes.codes_for(g.id)) == {"pac": None, "new_pac": None, "spks": []}
    assert "declarant" in jan.access_codes.pac_blocker(g.id)
    jan.access_codes.save(g.id, codes(spks=["JN71"]))
    assert revealed(jan.access_codes.codes_for(g.id))["spks"] == ["JN71"]


def test_a_declarant_cannot_delete_the_pac_another_user_holds(office):
    org = office.add_org("Spedice")
    g = office.add_guarantee(org)
    office.add_user("petra")
    office.add_user("jan", role=Role.DECLARANT)
    for login in ("petra", "jan"):
        office.represent(org, user=login)
    office.open_as("petra").access_codes.save(g.id, codes(pac="PQ70"))
    with pytest.raises(NotPermitted, match="declarant"):
        office.open_as("jan").access_codes.delete_pac(g.id)
    assert revealed(office.open_as("petra").access_codes.codes_for(g.id))["pac"] == "PQ70"


def test_an_officer_with_basic_rights_cannot_hold_the_pac(office):
    org = office.add_org("Spedice")
    g = office.add_guarantee(org)
    office.add_user("petra")
    office.represent(org, user="petra", rights=BASIC)
    petra = office.open_as("petra")
    with pytest.raises(NotPermitted, match="extended rights"):
        petra.access_codes.save(g.id, codes(pac="PQ70"))
    assert "extended rights" in petra.access_codes.pac_blocker(g.id)
    assert petra.access_codes.pac_holder(g.id) is None


def test_an_officer_with_extended_rights_holds_the_pac(office):
    org = office.add_org("Spedice")
    g = office.add_guarantee(org)
    office.add_user("petra")
    office.represent(org, user="petra", rights=EXTENDED)
    petra = office.open_as("petra")
    assert petra.access_codes.pac_blocker(g.id) is None
    petra.access_codes.save(g.id, codes(pac="PQ70", spks=["PQ71"]))
    assert revealed(petra.access_codes.codes_for(g.id)) == {"pac": "PQ70", "new_pac": None, "spks": ["PQ71"]}
    assert petra.access_codes.pac_holder(g.id) == "petra"


def test_a_declarant_cannot_register_access_codes(context, demo_users):
    jan_id = context.users.get("jan").id
    spedice = demo_org_id(context, "Spedice")
    rep = context.representations.find(spedice, user_id=jan_id)
    rep.rights = EXTENDED
    context.representations.save(rep)
    jan = demo_users.open_as("jan")
    g = demo_guarantee(jan, "25CZ510101000027")
    assert jan.access.rights(spedice) == EXTENDED
    messages_before = context.messaging.store.count()
    with pytest.raises(NotPermitted, match="declarant"):
        jan.messaging.prepare_registration(g.id)
    assert "declarant" in jan.messaging.registration_blocker(g)
    assert context.messaging.store.count() == messages_before
    assert context.audit.list(AuditFilter(user="jan", action="spk_used")) == []


def test_an_officer_registers_access_codes_only_with_extended_rights(context, demo_users):
    petra = demo_users.open_as("petra")
    g = demo_guarantee(petra, "25CZ510101000027")
    petra.access_codes.save(g.id, codes(pac="PB55", spks=["AC01"]))
    message = petra.messaging.prepare_registration(g.id)
    assert (message.kind, message.created_by, message.grns) == ("access code registration", "petra", [g.grn])

    rep = context.representations.find(g.org_id, user_id=context.users.get("petra").id)
    rep.rights = BASIC
    context.representations.save(rep)
    petra_basic = demo_users.open_as("petra")
    with pytest.raises(NotPermitted, match="extended rights"):
        petra_basic.messaging.prepare_registration(g.id)


def test_a_declarant_cannot_change_parameter_sets_or_certificates(context, demo_users):
    jan, petra = demo_users.open_as("jan"), demo_users.open_as("petra")
    before = [p.as_dict() for p in context.params.list()]
    params = jan.params.list()[0]
    params.name = "changed by a declarant"
    with pytest.raises(NotPermitted, match="declarant"):
        jan.params.save(params)
    with pytest.raises(NotPermitted, match="declarant"):
        jan.params.delete(params.id)
    assert [p.as_dict() for p in context.params.list()] == before
    customs = context.certificates.customs("CZ", "training")
    certificates_before = context.db.execute("SELECT count(*) FROM certificates").fetchone()[0]
    for role, eori in (("customs", ""), ("participant", "CZ25596641")):
        with pytest.raises(NotPermitted, match="declarant"):
            jan.certificates.add(role, "CZ", "training", customs, eori=eori)
    assert context.db.execute("SELECT count(*) FROM certificates").fetchone()[0] == certificates_before
    # a guarantee officer may
    assert petra.certificates.add("customs", "CZ", "training", customs) > 0
    params = petra.params.list()[0]
    params.name = "renamed by the officer"
    petra.params.save(params)
    assert "renamed by the officer" in [p.name for p in context.params.list()]


# --- administration ---------------------------------------------------------------------------------

def test_only_an_administrator_adds_users_and_changes_representations(office):
    org, other = office.add_org("Spedice"), office.add_org("Elsewhere")
    office.add_user("petra")
    jan = office.add_user("jan", role=Role.DECLARANT)
    rep = office.represent(org, user="jan", rights=BASIC)
    office.represent(org, user="petra", rights=EXTENDED)
    petra = office.open_as("petra")
    refusals = [
        lambda: petra.users.add_user(petra.session, User(login="mallory", role=Role.ADMIN), PASSWORD),
        lambda: petra.users.update_user(petra.session, User(login="jan", role=Role.OFFICER, id=jan.id)),
        lambda: petra.users.reset_password(petra.session, "jan", "a password petra knows"),
        lambda: petra.representations.save(Representation(org_id=org.id, user_id=jan.id, rights=EXTENDED, id=rep.id)),
        lambda: petra.representations.save(Representation(org_id=other.id, user_id=petra.session.user.id,
                                                          rights=EXTENDED)),
        lambda: petra.representations.end(rep.id, YESTERDAY),
        lambda: petra.organisations.all_names(),
    ]
    for refused in refusals:
        with pytest.raises(NotPermitted, match="Only an administrator"):
            refused()
    assert office.admin.users.find("mallory") is None
    assert office.admin.users.get("jan").role == Role.DECLARANT
    assert office.admin.representations.get(rep.id) == rep
    assert not petra.access.can_see(other.id)
    assert office.open_as("jan").user == "jan"  # the password did not change


def test_a_user_lists_only_their_own_representations(office):
    org = office.add_org("Spedice")
    office.add_user("petra")
    office.add_user("jan")
    office.represent(org, user="petra")
    office.represent(org, user="jan")
    assert [r.representative for r in office.open_as("petra").representations.list()] == ["petra"]
    assert len(office.admin.representations.list(RepresentationFilter(org_id=org.id))) == 2


def test_the_last_administrator_cannot_be_demoted_or_deactivated(office):
    alice = office.admin.users.get(ADMIN)
    for change in ({"role": Role.OFFICER}, {"active": False}):
        changed = User(**{**alice.__dict__, **change})
        with pytest.raises(ValidationError) as refused:
            office.admin.users.update_user(office.admin.session, changed)
        assert refused.value.for_field("role")
    assert office.admin.users.get(ADMIN).role == Role.ADMIN and office.admin.users.get(ADMIN).active
    office.add_user("boss", role=Role.ADMIN)
    alice.role = Role.OFFICER
    assert office.admin.users.update_user(office.admin.session, alice).role == Role.OFFICER


def test_representation_changes_are_audited(office):
    org = office.add_org("Spedice")
    office.add_user("petra")
    rep = office.represent(org, user="petra", rights=BASIC)
    rep.rights = EXTENDED
    office.admin.representations.save(rep)
    office.admin.representations.end(rep.id, YESTERDAY)
    [added] = office.admin.audit.list(AuditFilter(action="representation_added"))
    assert (added.user, added.org_id) == (ADMIN, org.id)
    assert "Spedice ← petra" in added.detail and "basic rights" in added.detail
    changed = office.admin.audit.list(AuditFilter(action="representation_changed"))
    assert [e.detail.rsplit("(changed: ", 1)[1] for e in changed] == ["valid to)", "rights)"]
    assert all(e.user == ADMIN and e.org_id == org.id for e in changed)
