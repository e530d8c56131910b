"""Access codes at rest and in use (spec 04 §4.2): never in clear text in the database file, its WAL, the
message archive, repr(), error messages or the audit log; every use of a code is audited.

A copy of the demo data folder, its users signed in through their own Workspaces on the same file.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from users_shared import PASSWORD, SignedIn, codes, everything_visible

from core.context import UserContext
from core.errors import CannotSend, NotPermitted, UserError, ValidationError
from core.messages import QueryKind
from core.secrets import Secret
from core.store.database import DATABASE_FILE_NAME
from core.users import AuditFilter
from simulator.demo import DEMO_PAC, DEMO_PASSWORD, DEMO_SPKS, DEMO_USERS

NEW_PAC = "NP58"
JAN_NEW_SPK = "JN81"
DEMO_CODES = {DEMO_PAC, *(c for spks in DEMO_SPKS.values() for c in spks), *(u[-1] for u in DEMO_USERS)}
ALL_CODES = sorted(DEMO_CODES | {NEW_PAC, JAN_NEW_SPK})
MASK = "••••".encode()
PAC_GRN = "25CZ520101000011"    # alice, who loaded the demo, holds its PAC
ALICE_GRN = "25CZ510101000027"
PETRA_GRNS = ("25CZ520101000145", "25DE004600000319", "25DE002150000422")


@pytest.fixture
def demo_users(demo_dir):
    """The demo's users signing in to the same folder, each with their own UserContext."""
    users = SignedIn(demo_dir, DEMO_PASSWORD)
    yield users
    users.close_all()


def guarantees(context: UserContext, *grn_starts: str) -> list:
    found = [g for start in grn_starts for g in context.guarantees.list() if g.grn.startswith(start)]
    assert len(found) == len(grn_starts)
    return found


def clear_codes_in(data: bytes) -> list[str]:
    """Every code found in ``data`` as ASCII/UTF-8 or as UTF-16 of either byte order."""
    return [f"{code} ({encoding})" for code in ALL_CODES for encoding in ("ascii", "utf-16-le", "utf-16-be")
            if code.encode(encoding) in data]


def kept_on_disk(data_dir: Path, office_server, written_since: float) -> dict[str, bytes]:
    """What the engine keeps of the data folder's records: its SQLite file and WAL; or the office database's dump,
    files and write-ahead log on the tests' server."""
    if office_server is not None:
        return office_server.kept_on_disk(office_server.database_for(data_dir), written_since)
    db = data_dir / DATABASE_FILE_NAME
    wal = db.with_name(db.name + "-wal")
    return {"database": db.read_bytes(), "wal": wal.read_bytes() if wal.exists() else b""}


def busy_day(alice: UserContext, demo_users: SignedIn, clock) -> dict:
    """Codes stored and changed, queries and a PAC change registration queued, by three users."""
    [pac_g] = guarantees(alice, PAC_GRN)
    held = alice.access_codes.codes_for(pac_g.id)
    alice.access_codes.save(pac_g.id, codes(pac=held.pac.reveal(), new_pac=NEW_PAC,
                                            spks=[s.reveal() for s in held.spks]))
    registration = alice.messaging_at(clock).prepare_registration(pac_g.id)
    alice_query = alice.messaging_at(clock).prepare_queries(
        [g.id for g in guarantees(alice, ALICE_GRN)], QueryKind.BALANCE)
    petra = demo_users.open_as("petra")
    petra_queries = petra.messaging_at(clock).prepare_queries(
        [g.id for g in guarantees(petra, *PETRA_GRNS)], QueryKind.USAGE)
    jan = demo_users.open_as("jan")
    [transpol_g] = guarantees(jan, "25PL320000000614")
    jan.access_codes.save(transpol_g.id, codes(spks=[JAN_NEW_SPK]))
    return {"registration": registration, "queries": alice_query + petra_queries, "petra": petra, "jan": jan}


# --- at rest -------------------------------------------------------------------------------------------

def test_nothing_the_database_keeps_holds_a_code_in_clear_text(context, demo_users, clock, demo_dir, office_server):
    started = time.time()
    busy_day(context, demo_users, clock)
    while_open = kept_on_disk(demo_dir, office_server, started)
    assert len(while_open["wal"]) > 100_000, "the write-ahead log should still hold the day's changes"
    for name, data in while_open.items():
        assert clear_codes_in(data) == [], name
    assert all(PAC_GRN.encode() in data for data in while_open.values())  # the search does find clear text
    context.close()
    demo_users.close_all()
    after_close = kept_on_disk(demo_dir, office_server, started)
    assert len(after_close["database" if office_server is None else "tables"]) > 100_000
    for name, data in after_close.items():
        assert clear_codes_in(data) == [], name


def test_the_archive_shows_masked_codes_and_keeps_the_sealed_envelope(context, demo_users, clock):
    day = busy_day(context, demo_users, clock)
    for message in [day["registration"], *day["queries"]]:
        xml, envelope = context.messaging.store.content(message.id)
        masks = 5 if message is day["registration"] else len(message.grns)  # PAC, new PAC, 3 SPKs
        assert xml.count(MASK) == masks, message.kind
        assert clear_codes_in(xml) == [], message.kind
        assert envelope and message.grns[0].encode() not in envelope  # present, and sealed for customs
        assert clear_codes_in(envelope) == [], message.kind
        shown = context.messaging.message_for_display(message.id)[1]
        assert MASK in shown and clear_codes_in(shown) == []


def test_nothing_any_user_can_list_shows_another_users_code(context, demo_users, clock):
    day = busy_day(context, demo_users, clock)
    seen_by_petra = everything_visible(day["petra"])
    assert JAN_NEW_SPK not in seen_by_petra
    assert DEMO_USERS[1][-1] not in seen_by_petra  # Jan's demo code, BX42
    seen_by_alice = everything_visible(context)
    assert JAN_NEW_SPK not in seen_by_alice


def test_repr_and_errors_around_codes_never_show_a_code(context, demo_users):
    petra, jan = demo_users.open_as("petra"), demo_users.open_as("jan")
    [g] = guarantees(petra, PAC_GRN)
    shown = [repr(petra.session), str(petra.session), repr(petra.session.box), repr(context.box),
             repr(petra.access_codes.codes_for(g.id)), str(petra.access_codes.codes_for(g.id)),
             repr(context.access_codes.codes_for(g.id)), repr(Secret(DEMO_PAC)), f"{Secret(DEMO_PAC)}"]
    attempts = [
        lambda: petra.access_codes.save(g.id, codes(spks=["AC01", "AC01"])),
        lambda: petra.access_codes.save(g.id, codes(spks=["AC01X"])),
        lambda: petra.access_codes.save(g.id, codes(new_pac=NEW_PAC, spks=["AC01"])),
        lambda: jan.access_codes.save(g.id, codes(pac=NEW_PAC, spks=["BX42"])),
        lambda: jan.messaging.prepare_registration(g.id),
        lambda: petra.messaging.prepare_registration(g.id),
    ]
    raised = []
    for attempt in attempts:
        with pytest.raises(UserError) as refused:
            attempt()
        raised.append(refused.value)
    assert [type(e) for e in raised] == [ValidationError, ValidationError, ValidationError, NotPermitted,
                                        NotPermitted, CannotSend]
    petra.lock()
    with pytest.raises(UserError) as locked:
        petra.access_codes.codes_for(g.id)
    raised.append(locked.value)
    with context.db.atomic():  # jan's sealed code moved into petra's row
        context.db.execute("UPDATE access_codes SET sealed = (SELECT sealed FROM access_codes WHERE user_id = ? AND "
                      "guarantee_id = ?) WHERE user_id = ? AND guarantee_id = ?",
                      [jan.session.user.id, g.id, petra.session.user.id, g.id])
    with pytest.raises(UserError) as copied:
        demo_users.open_as("petra").access_codes.codes_for(g.id)
    raised.append(copied.value)
    shown += [text for e in raised for text in (str(e), repr(e), repr(e.args))]
    for text in shown:
        assert clear_codes_in(text.encode()) == [], text


def test_the_audit_log_and_its_export_never_hold_a_code(context, demo_users, clock, tmp_path):
    busy_day(context, demo_users, clock)
    [g] = guarantees(context, PAC_GRN)
    context.access_codes.record_reveal(g.id)
    context.access_codes.delete_pac(g.id)
    rows = context.db.execute("SELECT * FROM audit_log").fetchall()
    assert len(rows) > 40  # a busy day: sign-ins, codes used and changed, a PAC revealed and deleted
    assert clear_codes_in(repr([tuple(r) for r in rows]).encode()) == []
    export = tmp_path / "audit.csv"
    assert context.audit.export_csv(export) == len(rows)
    assert clear_codes_in(export.read_bytes()) == []
    assert PASSWORD not in export.read_text(encoding="utf-8-sig")


# --- every use of a code is audited -----------------------------------------------------------------------

def test_each_use_of_an_spk_in_a_query_is_audited_once_per_guarantee(demo_users, clock):
    petra = demo_users.open_as("petra")
    queried = guarantees(petra, "25CZ520101000011", "25CZ510101000027", *PETRA_GRNS)
    messages = petra.messaging_at(clock).prepare_queries([g.id for g in queried], QueryKind.BALANCE)
    assert len(messages) == 3  # Spedice Brno, Jihočeská doprava and Hafen Logistik: one message each
    message_of = {grn: m.message_id for m in messages for grn in m.grns}
    used = petra.audit.list(AuditFilter(action="spk_used"))
    assert sorted((e.grn, e.guarantee_id) for e in used) == sorted((g.grn, g.id) for g in queried)
    for entry in used:
        assert entry.user == "petra"
        assert entry.message_id == message_of[entry.grn]
        assert entry.org_id == next(g.org_id for g in queried if g.id == entry.guarantee_id)


def test_a_registration_audits_the_codes_used_and_the_pac_change(context, clock):
    [g] = guarantees(context, PAC_GRN)
    held = context.access_codes.codes_for(g.id)
    context.access_codes.save(g.id, codes(pac=held.pac.reveal(), new_pac=NEW_PAC, spks=[s.reveal() for s in held.spks]))
    [requested] = context.audit.list(AuditFilter(action="pac_changed", grn=g.grn))
    assert (requested.user, requested.detail) == ("alice", "new primary access code entered")
    message = context.messaging_at(clock).prepare_registration(g.id)
    [used] = context.audit.list(AuditFilter(action="spk_used", grn=g.grn))
    assert (used.user, used.guarantee_id, used.message_id) == ("alice", g.id, message.message_id)
    assert used.detail.endswith("codes registered: 3")
    sent = context.audit.list(AuditFilter(action="pac_changed", grn=g.grn))[0]
    assert (sent.message_id, sent.detail) == (message.message_id, "sent to customs")


def test_revealing_and_deleting_the_pac_are_audited(context):
    [g] = guarantees(context, PAC_GRN)
    context.access_codes.record_reveal(g.id)
    context.access_codes.record_reveal(g.id, kind="new_pac")
    revealed = context.audit.list(AuditFilter(action="pac_revealed"))
    assert [(e.user, e.grn, e.guarantee_id, e.detail) for e in revealed] == [
        ("alice", g.grn, g.id, "new primary access code"), ("alice", g.grn, g.id, "")]
    context.access_codes.delete_pac(g.id)
    assert context.access_codes.pac_holder(g.id) is None
    [deleted] = context.audit.list(AuditFilter(action="pac_deleted"))
    assert (deleted.user, deleted.grn, deleted.guarantee_id) == ("alice", g.grn, g.id)
    context.access_codes.delete_pac(g.id)  # nothing left to delete: nothing recorded
    assert context.audit.count(AuditFilter(action="pac_deleted")) == 1


def test_storing_and_removing_the_pac_in_the_editor_is_audited(demo_users):
    petra = demo_users.open_as("petra")
    [g] = guarantees(petra, "25CZ510101000027")
    petra.access_codes.save(g.id, codes(pac="PB55", spks=["AC01"]))
    petra.access_codes.save(g.id, codes(spks=["AC01"]))
    actions = [(e.action, e.user, e.grn) for e in petra.audit.list(AuditFilter(grn=g.grn))
               if e.action.startswith("pac_")]
    assert actions == [("pac_deleted", "petra", g.grn), ("pac_stored", "petra", g.grn)]
