"""Access codes (spec 01 §1.5): format, type rules, per-user storage, sealed at rest."""
from __future__ import annotations

import pytest
from colleagues import add_colleague

from core.errors import NotFound, UserError, ValidationError
from core.guarantees.access_codes import AccessCodes, validate_codes
from core.guarantees.model import Guarantee
from core.secrets import Secret
from core.store.database import DATABASE_FILE_NAME

GRNS = {"0": "23GB0000010000854", "1": "23GB0000010000863", "2": "22GB0000010000313",
        "4": "05DE3300BE0001067A001017", "9": "23GB0000010000872"}


def codes(pac=None, new_pac=None, spks=()):
    return AccessCodes(pac=Secret(pac) if pac else None, new_pac=Secret(new_pac) if new_pac else None,
                       spks=[Secret(s) for s in spks])


def fields(guarantee_type, c) -> list[str]:
    return [e.field for e in validate_codes(guarantee_type, c)]


@pytest.fixture
def guarantee(workspace, org):
    def add(gtype="1"):
        return workspace.guarantees.add(Guarantee(org_id=org.id, type=gtype, grn=GRNS.get(gtype, ""),
                                                  other_ref="REF" if gtype == "8" else ""))
    return add


@pytest.fixture
def bob(workspace, org):
    context = add_colleague(workspace, "bob", role="officer")
    yield context
    context.close()


# --- rules ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["AC0", "AC012", "AC-1", "ÄC01", "AC 1"])
def test_code_is_exactly_four_letters_or_digits(code):
    assert fields("1", codes(spks=[code])) == ["spk"]
    assert fields("1", codes(pac=code)) == ["pac"]


def test_codes_are_case_insensitive_and_stored_upper(workspace, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(pac=" pk7q ", spks=["ac01", "Bx42"]))
    stored = workspace.access_codes.codes_for(g.id)
    assert stored.pac.reveal() == "PK7Q"
    assert [s.reveal() for s in stored.spks] == ["AC01", "BX42"]
    assert stored.first_spk.reveal() == "AC01"


@pytest.mark.parametrize("gtype", ["2", "4", "9"])
def test_pac_only_for_types_0_and_1(gtype):
    assert fields(gtype, codes(pac="PK7Q")) == ["pac"]
    assert "only types 0 and 1" in validate_codes(gtype, codes(pac="PK7Q"))[0].message


@pytest.mark.parametrize("gtype", ["0", "1"])
def test_pac_allowed_for_types_0_and_1(gtype):
    assert fields(gtype, codes(pac="PK7Q", spks=["AC01", "AC02"])) == []


@pytest.mark.parametrize("gtype", ["2", "4"])
def test_guarantor_types_take_one_spk(gtype):
    assert fields(gtype, codes(spks=["GU12"])) == []
    assert fields(gtype, codes(spks=["GU12", "GU13"])) == ["spk"]


@pytest.mark.parametrize("gtype", ["3", "5", "8", "A"])
def test_types_without_grn_take_no_codes(gtype):
    assert fields(gtype, codes(spks=["AC01"])) == ["spk"]


def test_up_to_999_spks_for_type_1():
    many = [f"{i:04d}" for i in range(999)]
    assert fields("1", codes(spks=many)) == []
    assert fields("1", codes(spks=[*many, "A999"])) == ["spk"]


def test_duplicate_spks_are_refused_case_insensitively(workspace, guarantee):
    g = guarantee("1")
    with pytest.raises(ValidationError) as caught:
        workspace.access_codes.save(g.id, codes(spks=["AC01", "ac01"]))
    assert caught.value.for_field("spk") == ["Secondary code in row 2 repeats an earlier row: each code once."]
    assert workspace.access_codes.codes_for(g.id).spks == []


def test_new_pac_needs_the_current_pac():
    assert fields("1", codes(new_pac="NEW1")) == ["pac"]
    assert fields("1", codes(pac="PK7Q", new_pac="NEW1")) == []


def test_pac_change_is_stored(workspace, guarantee):
    g = guarantee("0")
    workspace.access_codes.save(g.id, codes(pac="PK7Q", new_pac="nw12", spks=["AC01"]))
    stored = workspace.access_codes.codes_for(g.id)
    assert (stored.pac.reveal(), stored.new_pac.reveal()) == ("PK7Q", "NW12")


def test_empty_rows_are_dropped(workspace, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, AccessCodes(spks=[Secret("  "), Secret("AC01"), Secret("")]))
    assert [s.reveal() for s in workspace.access_codes.codes_for(g.id).spks] == ["AC01"]


# --- per-user storage ------------------------------------------------------------------------------

def test_users_never_see_each_others_spks(workspace, bob, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(spks=["AL01", "AL02"]))
    bob.access_codes.save(g.id, codes(spks=["BO01"]))
    assert [s.reveal() for s in workspace.access_codes.codes_for(g.id).spks] == ["AL01", "AL02"]
    assert [s.reveal() for s in bob.access_codes.codes_for(g.id).spks] == ["BO01"]


def test_saving_replaces_only_the_users_own_codes(workspace, bob, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(spks=["AL01"]))
    bob.access_codes.save(g.id, codes(spks=["BO01"]))
    bob.access_codes.save(g.id, codes(spks=["BO02"]))
    assert [s.reveal() for s in workspace.access_codes.codes_for(g.id).spks] == ["AL01"]
    assert [s.reveal() for s in bob.access_codes.codes_for(g.id).spks] == ["BO02"]


def test_two_users_on_one_database_keep_their_codes_apart(workspace, guarantee):
    g = guarantee("1")
    carol = add_colleague(workspace, "carol")
    try:
        workspace.access_codes.save(g.id, codes(spks=["AL01"]))
        assert carol.access_codes.codes_for(g.id).spks == []
        assert [s.reveal() for s in workspace.access_codes.codes_for(g.id).spks] == ["AL01"]
    finally:
        carol.close()


def test_pac_holder_is_reported_to_other_users(workspace, bob, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(pac="PK7Q", spks=["AL01"]))
    seen_by_bob = bob.access_codes.codes_for(g.id)
    assert seen_by_bob.pac_holder == "alice"
    assert seen_by_bob.pac is None
    assert workspace.access_codes.codes_for(g.id).pac_holder == "alice"


def test_pac_of_another_user_stays_when_saving_only_spks(workspace, bob, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(pac="PK7Q"))
    bob.access_codes.save(g.id, codes(spks=["BO01"]))
    assert workspace.access_codes.codes_for(g.id).pac.reveal() == "PK7Q"


def test_a_new_pac_holder_replaces_the_old_one(workspace, bob, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(pac="PK7Q", spks=["AL01"]))
    bob.access_codes.save(g.id, codes(pac="BPAC"))
    assert bob.access_codes.pac_holder(g.id) == "bob"
    alice_view = workspace.access_codes.codes_for(g.id)
    assert alice_view.pac is None
    assert [s.reveal() for s in alice_view.spks] == ["AL01"]


def test_delete_pac_keeps_the_spks(workspace, guarantee):
    g = guarantee("0")
    workspace.access_codes.save(g.id, codes(pac="PK7Q", new_pac="NW12", spks=["AC01"]))
    workspace.access_codes.delete_pac(g.id)
    stored = workspace.access_codes.codes_for(g.id)
    assert (stored.pac, stored.new_pac, stored.pac_holder) == (None, None, None)
    assert [s.reveal() for s in stored.spks] == ["AC01"]


# --- secrecy ---------------------------------------------------------------------------------------

@pytest.mark.sqlite_file
def test_database_and_wal_hold_no_code_in_clear_text(workspace, bob, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(pac="QZ7X", new_pac="WV3K", spks=["J8YH", "T2MR"]))
    bob.access_codes.save(g.id, codes(spks=["N5PD"]))
    db_file = workspace.data_dir / DATABASE_FILE_NAME
    wal_file = db_file.with_name(db_file.name + "-wal")
    assert wal_file.exists() and wal_file.stat().st_size > 0
    for path in (db_file, wal_file):
        raw = path.read_bytes()
        for code in ("QZ7X", "WV3K", "J8YH", "T2MR", "N5PD"):
            assert code.encode() not in raw, f"{code} in clear text in {path.name}"
            assert code.lower().encode() not in raw
    assert b"alice" in db_file.read_bytes() + wal_file.read_bytes()  # the rows really are there


@pytest.mark.sqlite_file
def test_codes_stay_sealed_after_checkpoint(workspace, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(spks=["J8YH"]))
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (workspace.data_dir / DATABASE_FILE_NAME).read_bytes()
    assert b"J8YH" not in raw
    assert workspace.db.execute("SELECT count(*) FROM access_codes").fetchone()[0] == 1


def test_sealed_code_copied_to_another_user_does_not_open(workspace, bob, guarantee):
    g = guarantee("1")
    workspace.access_codes.save(g.id, codes(spks=["AL01"]))
    with workspace.db.atomic():
        workspace.db.execute("UPDATE access_codes SET user_id = (SELECT id FROM users WHERE login = 'bob')")
    with pytest.raises(UserError, match="cannot be unlocked"):
        bob.access_codes.codes_for(g.id)


def test_secret_never_shows_itself():
    secret = Secret("QZ7X")
    assert "QZ7X" not in repr(secret)
    assert "QZ7X" not in str(secret)
    assert "QZ7X" not in f"{secret}"
    assert secret.reveal() == "QZ7X"
    assert secret == Secret("QZ7X") and secret != Secret("QZ7Y")


def test_access_codes_repr_never_shows_a_code(workspace, guarantee):
    g = guarantee("0")
    workspace.access_codes.save(g.id, codes(pac="QZ7X", new_pac="WV3K", spks=["J8YH"]))
    stored = workspace.access_codes.codes_for(g.id)
    for text in (repr(stored), str(stored), repr(stored.spks), str(workspace.access_codes)):
        for code in ("QZ7X", "WV3K", "J8YH"):
            assert code not in text
    assert "alice" in repr(stored)


def test_validation_error_never_shows_a_code(workspace, guarantee):
    g = guarantee("2")
    with pytest.raises(ValidationError) as caught:
        workspace.access_codes.save(g.id, codes(pac="QZ7X", spks=["J8YH", "T2MR"]))
    assert "QZ7X" not in str(caught.value) and "J8YH" not in str(caught.value)


def test_key_file_is_private(workspace):
    key_file = workspace.data_dir / "secrets.key"
    assert key_file.stat().st_mode & 0o077 == 0
    assert len(key_file.read_bytes()) == 32


def test_a_deactivated_colleague_loses_access_at_once(workspace, bob, guarantee):
    g = guarantee("1")
    assert bob.guarantees.list() and bob.access.why_not_manager("import reference data") is None
    user = workspace.users.get("bob")
    user.active = False
    workspace.users.update_user(workspace.session, user)
    assert bob.guarantees.list() == [] and bob.organisations.count() == 0
    assert "deactivated" in bob.access.why_not_manager("import reference data")
    with pytest.raises(NotFound):
        bob.access_codes.codes_for(g.id)


def test_an_officer_who_adds_an_organisation_represents_it_and_a_declarant_cannot_add_one(workspace, bob, org):
    from core.errors import NotPermitted
    from core.organisations import Organisation

    added = bob.organisations.add(Organisation(name="Nová Firma s.r.o.", eori="CZ12345679", country="CZ"))
    assert bob.access.rights(added.id).label == "extended"
    assert [e.detail for e in workspace.audit.list() if e.action == "representation_added"][0].startswith(
        "Nová Firma s.r.o. ← bob")
    carol = add_colleague(workspace, "carol", role="declarant")
    try:
        with pytest.raises(NotPermitted, match="guarantee officer or an administrator"):
            carol.organisations.add(Organisation(name="Jiná s.r.o.", eori="CZ12345687", country="CZ"))
    finally:
        carol.close()
