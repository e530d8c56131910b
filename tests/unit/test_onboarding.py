"""The onboarding checklist per EORI and administration (spec 03 §3.3): steps, order, dates, rights, audit."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from users_shared import ADMIN

from core.communication import CommParams
from core.communication.onboarding import (
    PARTICIPANT_CODE_SETTING,
    SEA_FREIGHT_ONLY,
    STEPS,
)
from core.errors import NotPermitted, ValidationError
from core.users import AuditFilter, Role

EORI = "CZ25596641"
DE_EORI = "DE415230871234567"


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def certificate_for(eori: str, key, days: int = 365) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Seal {eori}")])
    now = datetime.now(UTC)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=days)).sign(key, hashes.SHA256()))


def add_params(context, eori: str = EORI, administration: str = "CZ", code: str = "CDTRAIN01",
               environment: str = "training", name: str | None = None) -> CommParams:
    return context.params.save(CommParams(name=name or f"{administration} {environment} {eori}", administration=administration,
                                     environment=environment, eori=eori, participant_code=code))


def import_certificate(context, key, eori: str = EORI) -> int:
    return context.certificates.add("participant", "CZ", "training", certificate_for(eori, key), key, eori=eori)


def refused_fields(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return {e.field: e.message for e in caught.value.errors}


@pytest.fixture
def service(workspace):
    add_params(workspace)
    return workspace.onboarding


@pytest.fixture
def imported(service, workspace, key):
    """The service, with the EORI's participant certificate imported."""
    import_certificate(workspace, key)
    return service


# --- which checklists --------------------------------------------------------------------------------------


def test_checklists_come_from_the_parameter_sets_with_an_eori(workspace):
    add_params(workspace)
    add_params(workspace, environment="production", code="CDPROD01")  # the same pair again
    add_params(workspace, DE_EORI, "DE", "DE-WKS-0815")
    workspace.params.save(CommParams(name="no EORI yet", administration="PL"))

    pairs = [(c.eori, c.administration) for c in workspace.onboarding.checklists()]

    assert pairs == [(EORI, "CZ"), (DE_EORI, "DE")]


def test_a_pair_with_recorded_steps_stays_listed_without_a_parameter_set(workspace):
    workspace.onboarding.set_step("PL5260001246", "PL", "apply", "in_progress")

    assert [(c.eori, c.administration) for c in workspace.onboarding.checklists()] == [("PL5260001246", "PL")]


def test_a_new_checklist_has_four_open_steps_in_order_with_the_organisation(service, org):
    checklist = service.checklist(" cz 2559 6641 ", "CZ")

    assert [(s.key, s.number, s.state) for s in checklist.steps] == [(k, n, "open") for n, k in enumerate(STEPS, 1)]
    assert checklist.organisations == [org.name]
    assert (checklist.done, checklist.total, checklist.summary, checklist.complete) == (0, 4, "0 of 4 done", False)
    assert checklist.label == f"{EORI} · CZ NCTS — 0 of 4 done"


def test_the_register_step_speaks_of_the_german_portal_only_for_germany(workspace):
    add_params(workspace, DE_EORI, "DE", "DE-WKS-0815")
    german = workspace.onboarding.checklist(DE_EORI, "DE").step("register").explanation
    czech = workspace.onboarding.checklist(EORI, "CZ").step("register").explanation

    assert "ELSTER" in german and "Certificate administration for B2A" in german
    assert "ATLAS digital signature for web-service communication" in german
    assert "ELSTER" not in czech and "Czech customs" in czech
    assert all("never the private key" in text for text in (german, czech))


# --- the order of the steps --------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["in_progress", "done"])
def test_the_password_waits_for_the_ticket_number(imported, state):
    service = imported
    errors = refused_fields(lambda: service.set_step(EORI, "CZ", "send_password", state))
    assert "ticket number" in errors["state"] and "step 3" in errors["state"]

    service.set_step(EORI, "CZ", "send_to_gateway", "done")  # sent, but no ticket number yet
    assert "state" in refused_fields(lambda: service.set_step(EORI, "CZ", "send_password", state))

    service.set_step(EORI, "CZ", "send_to_gateway", "done", reference="T-2025-0042")
    assert service.set_step(EORI, "CZ", "send_password", state).step("send_password").state == state


def test_the_ticket_number_stays_while_the_password_is_recorded_as_sent(imported):
    service = imported
    service.set_step(EORI, "CZ", "send_to_gateway", "done", reference="T-2025-0042")
    service.set_step(EORI, "CZ", "send_password", "done")

    assert "step 4" in refused_fields(lambda: service.set_step(EORI, "CZ", "send_to_gateway", "done", reference=""))["reference"]
    assert "state" in refused_fields(lambda: service.set_step(EORI, "CZ", "send_to_gateway", "in_progress"))
    assert service.checklist(EORI, "CZ").step("send_to_gateway").reference == "T-2025-0042"


@pytest.mark.parametrize("step", ["register", "send_to_gateway"])
def test_registering_and_sending_need_the_imported_certificate(service, workspace, key, step):
    errors = refused_fields(lambda: service.set_step(EORI, "CZ", step, "done"))
    assert "import it" in errors["state"] and EORI in errors["state"]
    assert service.set_step(EORI, "CZ", step, "in_progress").step(step).state == "in_progress"

    row_id = import_certificate(workspace, key)

    checklist = service.set_step(EORI, "CZ", step, "done")
    assert checklist.step(step).state == "done" and checklist.certificate_id == row_id


def test_the_apply_step_shows_the_imported_certificate(service, workspace, key):
    assert "8–10 weeks" in service.checklist(EORI, "CZ").step("apply").hint
    import_certificate(workspace, key)
    certificate = workspace.certificates.participant_for(EORI)

    hint = service.checklist(EORI, "CZ").step("apply").hint

    assert f"imported on {certificate.added_at.date()}" in hint
    assert f"valid until {certificate.not_after.date()}" in hint and "Mark this step done" in hint
    assert "Mark this step done" not in service.set_step(EORI, "CZ", "apply", "done").step("apply").hint


def test_an_application_in_progress_shows_the_expected_arrival(service, workspace):
    applied = workspace.access.today() - timedelta(weeks=1)

    step = service.set_step(EORI, "CZ", "apply", "in_progress", started_on=applied).step("apply")

    assert step.started_on == applied
    assert f"between {applied + timedelta(weeks=8)} and {applied + timedelta(weeks=10)}" in step.hint


def test_the_mail_subject_names_the_participant_code(workspace):
    add_params(workspace, code="CDPROD01", environment="production")
    add_params(workspace, code="CDTRAIN01", environment="training")
    add_params(workspace, "PL5260001246", "PL", code="")

    checklist = workspace.onboarding.checklist(EORI, "CZ")
    assert checklist.mail_subject == "Einrichtung WKS, CDPROD01"
    assert "“Einrichtung WKS, CDTRAIN01”" in checklist.step("send_to_gateway").hint
    no_code = workspace.onboarding.checklist("PL5260001246", "PL")
    assert no_code.mail_subject is None and PARTICIPANT_CODE_SETTING in no_code.step("send_to_gateway").hint


# --- states, notes and dates -------------------------------------------------------------------------------


def test_a_step_not_needed_says_why(service):
    errors = refused_fields(lambda: service.set_step(EORI, "CZ", "apply", "not_needed"))
    assert "sea-freight" in errors["note"]

    checklist = service.set_step(EORI, "CZ", "apply", "not_needed", note=SEA_FREIGHT_ONLY)

    assert checklist.step("apply").note == SEA_FREIGHT_ONLY
    assert (checklist.done, checklist.total, checklist.summary) == (0, 3, "0 of 3 done (1 not needed)")


def test_done_is_dated_today_unless_told_and_never_in_the_future(service, workspace):
    today = workspace.access.today()
    assert service.set_step(EORI, "CZ", "apply", "done").step("apply").done_on == today

    errors = refused_fields(lambda: service.set_step(EORI, "CZ", "apply", "done", done_on=today + timedelta(days=1)))
    assert "future" in errors["done_on"]
    errors = refused_fields(lambda: service.set_step(EORI, "CZ", "apply", "in_progress",
                                                     started_on=today + timedelta(days=1)))
    assert "future" in errors["started_on"]


def test_a_step_is_not_done_before_it_started(service, workspace):
    today = workspace.access.today()

    errors = refused_fields(lambda: service.set_step(EORI, "CZ", "apply", "done", started_on=today,
                                                     done_on=today - timedelta(days=3)))

    assert "before the start date" in errors["done_on"]
    step = service.set_step(EORI, "CZ", "apply", "done", started_on=today - timedelta(days=3), done_on=today).step("apply")
    assert (step.started_on, step.done_on) == (today - timedelta(days=3), today)


def test_values_not_given_are_kept_and_an_open_step_has_no_dates(imported, workspace):
    service = imported
    started = workspace.access.today() - timedelta(days=10)
    service.set_step(EORI, "CZ", "send_to_gateway", "in_progress", started_on=started, reference="T-1", note="mailed")

    kept = service.set_step(EORI, "CZ", "send_to_gateway", "done").step("send_to_gateway")
    assert (kept.started_on, kept.reference, kept.note) == (started, "T-1", "mailed")

    reopened = service.set_step(EORI, "CZ", "send_to_gateway", "open").step("send_to_gateway")
    assert (reopened.started_on, reopened.done_on, reopened.reference) == (None, None, "T-1")


def test_every_step_done_or_not_needed_completes_the_checklist(imported):
    service = imported
    service.set_step(EORI, "CZ", "apply", "done")
    service.set_step(EORI, "CZ", "register", "not_needed", note="training only: the simulator knows it")
    service.set_step(EORI, "CZ", "send_to_gateway", "done", reference="T-7")

    checklist = service.set_step(EORI, "CZ", "send_password", "done")

    assert checklist.complete and checklist.summary == "3 of 3 done (1 not needed)"
    assert checklist.as_dict()["complete"] is True


@pytest.mark.parametrize("change, field", [
    ({"step": "sign"}, "step"),
    ({"state": "finished"}, "state"),
    ({"administration": "AT"}, "administration"),
    ({"eori": "12345"}, "eori"),
    ({"step": "register", "reference": "R-1"}, "reference"),
    ({"state": "open", "started_on": datetime.now().date()}, "started_on"),
    ({"state": "in_progress", "done_on": datetime.now().date()}, "done_on"),
])
def test_each_wrong_input_names_its_field(service, workspace, change, field):
    arguments = {"eori": EORI, "administration": "CZ", "step": "apply", "state": "done", **change}
    positional = [arguments.pop(name) for name in ("eori", "administration", "step", "state")]

    assert list(refused_fields(lambda: service.set_step(*positional, **arguments))) == [field]
    assert workspace.db.execute("SELECT count(*) FROM onboarding_steps").fetchone()[0] == 0


# --- who, when, audit --------------------------------------------------------------------------------------


def test_a_change_records_who_and_when_and_is_audited(imported, workspace):
    service = imported
    step = service.set_step(EORI, "CZ", "send_to_gateway", "done", reference="T-2025-0042").step("send_to_gateway")

    assert step.changed_by == ADMIN and step.changed_at.startswith(str(datetime.now(UTC).date()))
    entries = workspace.audit.list(AuditFilter(action="onboarding_step"))
    assert [(e.user, e.action) for e in entries] == [(ADMIN, "onboarding_step")]
    assert EORI in entries[0].detail and "step 3" in entries[0].detail and "T-2025-0042" in entries[0].detail


def test_a_refused_change_is_neither_stored_nor_audited(service, workspace):
    refused_fields(lambda: service.set_step(EORI, "CZ", "send_password", "done"))

    assert service.checklist(EORI, "CZ").step("send_password").state == "open"
    assert workspace.audit.list(AuditFilter(action="onboarding_step")) == []


def test_a_declarant_reads_but_cannot_change(office):
    add_params(office.admin)
    office.add_user("jan", role=Role.DECLARANT)
    jan = office.open_as("jan")

    assert [c.eori for c in jan.onboarding.checklists()] == [EORI]
    assert "declarant" in jan.onboarding.why_not_change()
    with pytest.raises(NotPermitted, match="guarantee officer or an administrator"):
        jan.onboarding.set_step(EORI, "CZ", "apply", "in_progress")
    assert office.admin.onboarding.checklist(EORI, "CZ").step("apply").state == "open"


def test_a_guarantee_officer_changes_the_checklist(office):
    add_params(office.admin)
    office.add_user("petra", role=Role.OFFICER)
    petra = office.open_as("petra")

    assert petra.onboarding.why_not_change() is None
    step = petra.onboarding.set_step(EORI, "CZ", "apply", "in_progress").step("apply")
    assert (step.state, step.changed_by) == ("in_progress", "petra")


def test_organisation_names_are_those_the_user_may_see(office):
    add_params(office.admin)
    office.add_org("Spedice Test s.r.o.")  # EORIS[0] is EORI
    office.add_user("jan", role=Role.DECLARANT)

    assert office.admin.onboarding.checklist(EORI, "CZ").organisations == ["Spedice Test s.r.o."]
    assert office.open_as("jan").onboarding.checklist(EORI, "CZ").organisations == []
