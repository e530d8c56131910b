"""onboarding and onboarding-step: the certificate onboarding checklists as JSON, and recording a step."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from simulator.demo import DEMO_PASSWORD

EXIT_OK, EXIT_INVALID, EXIT_LOGIN = 0, 2, 3
DE_EORI = "DE415230871234567"
CHECKLIST_KEYS = {"eori", "administration", "organisations", "done", "total", "steps"}
STEP_KEYS = {"step", "number", "title", "state", "started_on", "done_on", "reference", "note", "hint"}


def _ok(result):
    assert result.returncode == EXIT_OK, result.stderr + result.stdout
    return result.json


@pytest.fixture
def demo(cli):
    return _ok(cli("demo"))


def test_onboarding_lists_a_checklist_per_eori_and_administration(cli, demo):
    checklists = _ok(cli("onboarding", "--json"))

    assert [(c["eori"], c["administration"]) for c in checklists] == [
        ("CZ25596641", "CZ"), (DE_EORI, "DE"), ("PL5260001246", "PL")]
    for checklist in checklists:
        assert CHECKLIST_KEYS <= set(checklist) and (checklist["done"], checklist["total"]) == (0, 4)
        assert [s["step"] for s in checklist["steps"]] == ["apply", "register", "send_to_gateway", "send_password"]
        assert all(STEP_KEYS <= set(step) and step["state"] == "open" for step in checklist["steps"])
    assert checklists[1]["organisations"] == ["Hafen Logistik GmbH"]
    assert "Einrichtung WKS, DE-WKS-0815" in checklists[1]["steps"][2]["hint"]


def test_onboarding_filters_by_eori_and_administration(cli, demo):
    assert [c["eori"] for c in _ok(cli("onboarding", "--eori", "de 415230871234567", "--json"))] == [DE_EORI]
    assert [c["administration"] for c in _ok(cli("onboarding", "--administration", "pl", "--json"))] == ["PL"]
    assert _ok(cli("onboarding", "--eori", DE_EORI, "--administration", "CZ", "--json"))[0]["done"] == 0
    refused = cli("onboarding", "--administration", "AT", "--json")
    assert refused.returncode == EXIT_INVALID and refused.error_fields() == {"administration"}


def test_onboarding_step_records_the_step_and_prints_the_checklist(cli, demo):
    done_on = (date.today() - timedelta(days=1)).isoformat()

    printed = _ok(cli("onboarding-step", DE_EORI, "DE", "send_to_gateway", "--state", "done", "--done-on", done_on,
                      "--reference", "T-2025-0042"))

    step = printed["steps"][2]
    assert (printed["eori"], printed["done"], printed["total"]) == (DE_EORI, 1, 4)
    assert (step["state"], step["done_on"], step["reference"]) == ("done", done_on, "T-2025-0042")
    assert "T-2025-0042" in printed["steps"][3]["hint"]
    listed = _ok(cli("onboarding", "--eori", DE_EORI, "--json"))[0]
    assert listed["steps"][2] == step
    assert _ok(cli("audit", "--action", "onboarding_step", "--json"))[0]["detail"].startswith(f"{DE_EORI} DE ATLAS")


def test_the_password_before_the_ticket_number_is_refused_with_exit_2(cli, demo):
    refused = cli("onboarding-step", DE_EORI, "DE", "send_password", "--state", "done")

    assert refused.returncode == EXIT_INVALID and refused.error_fields() == {"state"}
    assert "ticket number" in refused.json["errors"][0]["message"]
    assert _ok(cli("onboarding", "--eori", DE_EORI, "--json"))[0]["steps"][3]["state"] == "open"


def test_a_step_not_needed_without_a_note_is_refused(cli, demo):
    refused = cli("onboarding-step", "CZ25596641", "CZ", "apply", "--state", "not_needed")
    assert refused.returncode == EXIT_INVALID and refused.error_fields() == {"note"}

    printed = _ok(cli("onboarding-step", "CZ25596641", "CZ", "apply", "--state", "not_needed",
                      "--note", "sea-freight port orders only"))
    assert (printed["done"], printed["total"], printed["steps"][0]["note"]) == (0, 3, "sea-freight port orders only")


def test_a_declarant_may_not_record_a_step(cli, demo, tmp_path):
    password = tmp_path / "pw"
    password.write_text(DEMO_PASSWORD + "\n", encoding="utf-8")

    refused = cli("--user", "jan", "--password-file", password, "onboarding-step", "CZ25596641", "CZ", "apply",
                  "--state", "in_progress")

    assert refused.returncode == EXIT_LOGIN and "declarant" in refused.json["errors"][0]["message"]
    assert len(_ok(cli("--user", "jan", "--password-file", password, "onboarding", "--json"))) == 3
