"""init, demo, simulator, then codes, registration, the three query kinds and sync — all as separate processes."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

PAC_GRN = "25CZ520101000011"  # + check digit: the demo guarantee whose PAC is stored
EXIT_INVALID, EXIT_CHECK_FAILED = 2, 1


def demo_grns(cli) -> dict[str, str]:
    """First 16 characters (and voucher suffix) -> the full GRN."""
    return {g["grn"][:16] + g["grn"][17:]: g["grn"] for g in cli.ok("guarantees", "--json") if g["grn"]}


@pytest.fixture
def demo(cli, tmp_path):
    cli.ok("init")
    assert cli.ok("demo")["loaded"] is True
    return demo_grns(cli)


def register_file(tmp_path, grns) -> str:
    """Customs' register differs from ours for a few guarantees: the error cases."""
    entries = [
        # invalid guarantee -> G02 on queries
        {"grn": grns["25CZ520101000145"], "type": "1", "office": "CZ520101", "holder_tin": "CZ60826843",
         "valid": False, "amount": "1200000.00", "currency": "CZK", "spks": ["AC01"], "pac": "PK7Q"},
        # customs know another holder -> P07
        {"grn": grns["25DE002150000422"], "type": "9", "office": "DE002150", "holder_tin": "DE999999999999999",
         "amount": "80000.00", "currency": "EUR", "spks": ["AC01"]},
        # another office of guarantee -> P03 on registration
        {"grn": grns["25CZ510101000027"], "type": "0", "office": "CZ510201", "holder_tin": "CZ25596641",
         "amount": "5000000.00", "currency": "CZK", "spks": ["AC01", "BX42"], "pac": "PK7Q"},
    ]
    path = tmp_path / "register.json"
    path.write_text(json.dumps(entries))
    return str(path)


def test_registration_and_queries_end_to_end(cli, demo, start_simulator, tmp_path):
    grns = demo
    simulator = start_simulator("--register", register_file(tmp_path, grns))
    assert simulator.info["guarantees"] >= 8

    # a PAC change with new secondary codes, using the current user's stored PAC
    pac_grn = grns[PAC_GRN]
    codes = cli.ok("codes-set", pac_grn, stdin=json.dumps({"new_pac": "NW55", "spk": ["AC01", "QQ12"]}))
    assert codes["pac"] == "PK7Q" and codes["new_pac"] == "NW55" and codes["spk"] == ["AC01", "QQ12"]
    registration = cli.ok("register-codes", pac_grn)["queued"][0]
    assert registration["message_type"] == "E_ACC_COD" and registration["state"] == "queued"

    # a registration customs refuse: wrong office of guarantee in their register
    cli.ok("codes-set", grns["25CZ510101000027"], stdin=json.dumps({"pac": "PK7Q"}))
    cli.ok("register-codes", grns["25CZ510101000027"])

    # the three query kinds, several guarantees, valid and failing
    usage = cli.ok("query", grns["25CZ510101000027"], grns["25DE004600000517A000042"], "--kind", "usage",
                   "--from", "2025-01-01", "--to", "2025-01-20")["queued"]
    balance = cli.ok("query", grns["25CZ520101000145"], grns["25DE004600000319"], "--kind", "balance")["queued"]
    info = cli.ok("query", grns["25CZ610101000203"], grns["25DE002150000422"], "--kind", "info")["queued"]
    assert len(usage) == 2  # two organisations: one message each
    assert all(m["message_type"] == "CC034C" for m in usage + balance + info)

    summary = cli.ok("sync")
    assert summary["sent"] == 2 + len(usage) + len(balance) + len(info)
    assert summary["delivered"] == summary["sent"]
    assert summary["quarantined"] == 0 and summary["unmatched"] == 0
    assert summary["applied"] == summary["received"] >= summary["sent"]
    assert summary["pac_deletion_recommended"] == [pac_grn]

    registered = cli.guarantee(pac_grn)
    assert registered["codes_registered_at"] and registered["last_error_code"] is None
    shown = cli.ok("codes-show", pac_grn)
    assert shown["pac"] == "NW55" and shown["new_pac"] is None  # the change took effect

    refused = cli.guarantee(grns["25CZ510101000027"])
    assert refused["last_error_code"] == "P03" and "office" in refused["last_error_text"].lower()

    balance_ok = cli.guarantee(grns["25DE004600000319"])
    assert balance_ok["balance"] is not None and balance_ok["exposure"] is not None
    assert balance_ok["usage_count"] >= 1 and balance_ok["currency_answer"] == "EUR"
    assert balance_ok["answered_at"]
    assert cli.guarantee(grns["25CZ520101000145"])["last_error_code"] == "G02"

    assert cli.guarantee(grns["25DE002150000422"])["last_error_code"] == "P07"
    assert cli.guarantee(grns["25CZ610101000203"])["last_error_code"] is None

    out = {m["id"]: m for m in cli.messages("--direction", "out")}
    assert out[registration["id"]]["state"] == "answered"
    states = {m["state"] for m in out.values()}
    assert states <= {"answered", "rejected"}
    inbound = cli.messages("--direction", "in")
    assert {m["message_type"] for m in inbound} >= {"E_ACC_RSP", "CC037C", "CC906C"}
    assert all(m["state"] == "applied" for m in inbound)

    # the error is explained in the preview, in English and Czech
    rejection = next(m for m in inbound if m["message_type"] == "CC906C")
    html = cli("message-show", str(rejection["id"]), "--html").stdout
    assert "G02" in html or "P07" in html
    xml = cli("message-show", str(rejection["id"]), "--xml").stdout
    assert xml.lstrip().startswith("<?xml") and "CC906C" in xml

    # the registration, found by its identification, is exported with its access codes masked
    sent = cli("message-show", registration["message_id"], "--xml")
    assert sent.returncode == 0 and "E_ACC_COD" in sent.stdout
    assert "PK7Q" not in sent.stdout and "NW55" not in sent.stdout and "QQ12" not in sent.stdout
    assert "••••" in sent.stdout
    assert cli("message-show", "NO-SUCH-ID", "--xml").returncode == EXIT_INVALID

    # nothing is applied twice: another sync finds nothing new
    again = cli.ok("sync")
    assert again["sent"] == again["received"] == again["applied"] == 0
    assert len(cli.messages("--direction", "in")) == len(inbound)


def test_blocked_before_sending(cli, demo, start_simulator):
    grns = demo
    start_simulator()
    # R261: no balance for a type 2 (or 4) guarantee
    r261 = cli("query", grns["25CZ610101000203"], "--kind", "balance")
    assert r261.returncode == EXIT_INVALID and "R261" in r261.stdout
    # missing permit number: the PL parameter set has none
    permit = cli("query", grns["25PL320000000614"], "--kind", "balance")
    assert permit.returncode == EXIT_INVALID and "permit" in permit.stdout
    # no SPK of the current user
    cli.ok("codes-set", grns["25DE004600000319"], stdin=json.dumps({"spk": []}))
    no_spk = cli("query", grns["25DE004600000319"], "--kind", "info")
    assert no_spk.returncode == EXIT_INVALID and "secondary access code" in no_spk.stdout
    # the same GRN twice within a minute: says when it will be possible
    cli.ok("query", grns["25CZ520101000011"], "--kind", "balance")
    throttled = cli("query", grns["25CZ520101000011"], "--kind", "info")
    assert throttled.returncode == EXIT_INVALID and "will be possible at" in throttled.stdout
    assert len(cli.messages("--direction", "out")) == 1  # nothing blocked was queued


def test_wrong_access_code_and_unknown_guarantee(cli, demo, start_simulator):
    grns = demo
    start_simulator()
    cli.ok("codes-set", grns["25DE004600000319"], stdin=json.dumps({"spk": ["ZZ99"]}))
    org = cli.ok("orgs", "--json")[0]["id"]
    unknown = "26CZ520101000099"
    from core.guarantees.grn import with_check_digit
    unknown = with_check_digit(unknown[:16])
    added = cli.ok("guarantee-add", "--org", str(org), "--type", "1", "--grn", unknown, "--office", "CZ520101",
                   "--amount", "1000", "--currency", "CZK", "--params", "1")
    cli.ok("codes-set", unknown, stdin=json.dumps({"spk": ["AC01"]}))
    cli.ok("query", grns["25DE004600000319"], "--kind", "info")
    cli.ok("query", added["grn"], "--kind", "info")
    cli.ok("sync")
    assert cli.guarantee(grns["25DE004600000319"])["last_error_code"] == "G03"
    assert cli.guarantee(unknown)["last_error_code"] == "G01"
    assert "does not exist" in cli.guarantee(unknown)["last_error_text"].lower()


def test_outage_keeps_the_message_queued_and_retries_with_the_same_id(cli, demo, start_simulator):
    grns = demo
    simulator = start_simulator()
    simulator.control(outage=True)
    queued = cli.ok("query", grns["25DE004600000319"], "--kind", "balance")["queued"][0]
    down = cli("sync")
    assert down.returncode == EXIT_CHECK_FAILED
    assert down.json["retry_later"] == 1 and down.json["sent"] == 0
    waiting = cli.messages("--direction", "out")[0]
    assert waiting["state"] == "queued" and waiting["attempts"] == 1 and waiting["next_attempt_at"]
    simulator.control(outage=False)
    up = cli.ok("sync")
    assert up["sent"] == 1 and up["applied"] == 1
    answered = cli.messages("--direction", "out")[0]
    assert answered["message_id"] == queued["message_id"] and answered["state"] == "answered"
    assert cli.guarantee(grns["25DE004600000319"])["balance"] is not None
