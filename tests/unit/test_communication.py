"""Communication parameter sets: validation and the 'can this be sent' check."""
from __future__ import annotations

import pytest

from core.communication import CommParams, ensure_can_send
from core.communication.parameters import PERMIT_SETTING, validate_params
from core.errors import CannotSend, NotFound, ValidationError
from core.guarantees.model import Guarantee

COMPLETE = dict(name="CZ NCTS training", administration="CZ", environment="training", eori="CZ25596641",
                ncts_permit_number="NCTS-CZ-2025-0142", gateway="http://127.0.0.1:8720/")


def field_names(**changes) -> list[str]:
    return [e.field for e in validate_params(CommParams(**{**COMPLETE, **changes}))]


def test_complete_set_is_valid():
    assert field_names() == []


@pytest.mark.parametrize("change, field", [
    ({"name": "  "}, "name"),
    ({"administration": "AT"}, "administration"),
    ({"environment": "staging"}, "environment"),
    ({"eori": "12345"}, "eori"),
    ({"branch": "12"}, "branch"),
    ({"gateway": "not a gateway"}, "gateway"),
])
def test_each_rule_names_its_field(change, field):
    assert field_names(**change) == [field]


@pytest.mark.parametrize("gateway", ["https://ncts.example.cz/in", "/var/spool/ncts", "file:/tmp/box", r"C:\ncts\out", ""])
def test_gateway_is_an_address_or_a_folder(gateway):
    assert field_names(gateway=gateway) == []


def test_eori_is_optional_and_normalised():
    p = CommParams(**{**COMPLETE, "eori": " cz 2559 6641 "})
    assert validate_params(p) == [] and p.eori == "CZ25596641"
    assert field_names(eori="") == []


def test_save_get_update_list_delete(workspace):
    service = workspace.params
    p = service.save(CommParams(**COMPLETE))
    assert service.get(p.id) == CommParams(id=p.id, **COMPLETE)
    p.environment = "production"
    service.save(p)
    assert service.get(p.id).environment == "production"
    assert [x.name for x in service.list()] == ["CZ NCTS training"]
    service.delete(p.id)
    with pytest.raises(NotFound):
        service.get(p.id)


def test_invalid_set_is_not_stored(workspace):
    with pytest.raises(ValidationError) as caught:
        workspace.params.save(CommParams(name="", administration="XX"))
    assert {e.field for e in caught.value.errors} == {"name", "administration"}
    assert workspace.params.list() == []


def test_deleting_a_set_unlinks_its_guarantees(workspace, org):
    p = workspace.params.save(CommParams(**COMPLETE))
    g = workspace.guarantees.add(Guarantee(org_id=org.id, type="1", grn="23GB0000010000863", params_id=p.id))
    assert workspace.params.users_of(p.id) == 1
    workspace.params.delete(p.id)
    assert workspace.guarantees.get(g.id).params_id is None


def test_ensure_can_send_returns_a_complete_set():
    p = CommParams(**COMPLETE)
    assert ensure_can_send(p, "Guarantee query") is p


def test_missing_permit_number_names_the_setting():
    p = CommParams(**{**COMPLETE, "ncts_permit_number": ""})
    with pytest.raises(CannotSend) as caught:
        ensure_can_send(p, "Access code registration")
    message = str(caught.value)
    assert "NCTS permit number for electronic communication" in message
    assert PERMIT_SETTING in message
    assert "'CZ NCTS training'" in message
    assert message.startswith("Access code registration cannot be sent")


def test_missing_parameter_set_is_refused():
    with pytest.raises(CannotSend, match="has no communication parameters"):
        ensure_can_send(None, "Guarantee query")


def test_missing_gateway_is_refused():
    with pytest.raises(CannotSend, match="no gateway"):
        ensure_can_send(CommParams(**{**COMPLETE, "gateway": ""}), "Guarantee query")
