"""The headless commands support and scripts use to look at messages and gateways, over the real simulator."""
from __future__ import annotations

from data_folders import records_of

from core.messaging.faults import CRASH_ENV

KILLED_AT_CRASH_POINT = 70

PAC_GRN_START = "25CZ520101000011"


def _demo(cli) -> dict[str, str]:
    cli.ok("init")
    cli.ok("demo")
    return {g["grn"][:16]: g["grn"] for g in cli.ok("guarantees", "--json") if g["grn"]}


def test_params_lists_the_sets_and_params_set_points_one_at_another_gateway(cli, start_simulator):
    _demo(cli)
    sets = cli.ok("params", "--json")
    assert sets and {"id", "administration", "environment", "eori", "participant_code", "gateway",
                     "ncts_permit_number", "name"} <= set(sets[0])
    simulator = start_simulator()
    changed = cli.ok("params-set", str(sets[0]["id"]), "--gateway", simulator.url + "other/")
    assert changed["gateway"] == simulator.url + "other/" and changed["id"] == sets[0]["id"]
    again = {p["id"]: p for p in cli.ok("params", "--json")}
    assert again[sets[0]["id"]]["gateway"] == simulator.url + "other/"

    bad = cli("params-set", str(sets[0]["id"]), "--eori", "12345")
    assert bad.returncode == 2 and bad.json["errors"][0]["field"] == "eori"
    assert cli("params-set", "999999", "--gateway", "x").returncode == 2


def test_message_show_json_has_the_fields_and_the_history(cli, start_simulator):
    grns = _demo(cli)
    start_simulator()
    queued = cli.ok("query", grns[PAC_GRN_START], "--kind", "balance", "--send")["queued"][0]
    shown = cli.ok("message-show", str(queued["id"]), "--json")
    assert shown["message_id"] == queued["message_id"] and shown["state"] == "answered"
    assert [h["state"] for h in shown["history"]][:2] == ["queued", "sent"]
    assert all(set(h) >= {"state", "at"} for h in shown["history"])
    by_identification = cli.ok("message-show", queued["message_id"], "--json")
    assert by_identification["id"] == queued["id"]
    missing = cli("message-show", "9" * 25, "--json")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_message_retry_applies_a_quarantined_answer_again(cli, start_simulator):
    grns = _demo(cli)
    start_simulator()
    cli.ok("query", grns[PAC_GRN_START], "--kind", "balance")
    stored_only = cli("sync", env={CRASH_ENV: "before-apply"})  # killed with the answer stored, not applied
    assert stored_only.returncode == KILLED_AT_CRASH_POINT
    with records_of(cli.data_dir) as db, db.atomic():  # the participant's decryption key goes missing: the answer
        saved = db.execute("SELECT id, replaced_at FROM certificates WHERE role = 'participant'").fetchall()
        db.execute("UPDATE certificates SET replaced_at = '2000-01-01T00:00:00Z' WHERE role = 'participant'")
    quarantining = cli("sync")
    assert quarantining.json["quarantined"] == 1, quarantining.stdout + quarantining.stderr
    [answer] = cli.messages("--direction", "in")
    assert answer["state"] == "quarantined"

    with records_of(cli.data_dir) as db, db.atomic():  # put right: the certificate is back
        db.executemany("UPDATE certificates SET replaced_at = ? WHERE id = ?", [(r[1], r[0]) for r in saved])
    retried = cli.ok("message-retry", str(answer["id"]))
    assert retried["state"] == "received"
    assert cli.ok("sync")["applied"] == 1
    assert [m["state"] for m in cli.messages("--direction", "in")] == ["applied"]
    again = cli("message-retry", str(answer["id"]))
    assert again.returncode == 2 and "only a quarantined answer" in again.json["errors"][0]["message"]
    audit = cli.ok("audit", "--json", "--action", "message_retried")
    assert len(audit) == 1
