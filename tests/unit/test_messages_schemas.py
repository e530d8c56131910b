"""Schema validation (spec 02 §2.1, 01 §1.5): own schemas, the EU folder, readable problems, hardened parsing."""
from __future__ import annotations

import pytest
from lxml import etree
from message_samples import (
    OFFICIAL_XSD,
    P4_FILES,
    P5_G04,
    P6_G03,
    PAC,
    SECRET_TEXT,
    SPK,
    header,
    hostile_documents,
    official_problems,
    query,
    registration,
    response,
)

from core.messages import (
    MessageFormatError,
    SchemaProblem,
    SchemaSet,
    build_cc034c,
    build_cc037c,
    build_registration,
    parse_xml,
)
from core.messages.schemas import compiled_schema
from core.resources import resource
from core.secrets import Secret

OWN_SCHEMAS = [resource("schemas", "national-access-codes.xsd"), resource("schemas", "ncts-guarantee-messages.xsd")]


def only_problem(problems: list[SchemaProblem]) -> SchemaProblem:
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.line > 0 and problem.column > 0 and problem.message
    return problem


def query_with(access_code: str = SPK, grn: str | None = None) -> bytes:
    q = query()
    q.items[0].access_code = Secret(access_code)
    if grn:
        q.items[0].grn = grn
    return build_cc034c(q, header("CC034C"))


# ---- the real samples ----------------------------------------------------------------------

@pytest.mark.parametrize("sample", [P5_G04, P6_G03], ids=["p5-G04", "p6-G03"])
def test_real_cc055c_samples_are_valid_under_the_own_schema(sample):
    assert SchemaSet().validate(sample.read_bytes()) == []


def test_the_eu_folder_is_used_when_configured():
    """The EU 51.8.0 schema does not know the numbered reasons of later versions: only it complains."""
    problem = only_problem(SchemaSet(extra_folder=OFFICIAL_XSD).validate(P5_G04.read_bytes()))
    assert problem.path.endswith("InvalidGuaranteeReason/sequenceNumber")
    assert problem.line == 21


@pytest.mark.parametrize("sample", P4_FILES, ids=[p.stem for p in P4_FILES])
def test_phase_4_messages_are_an_unknown_type(sample):
    for schemas in (SchemaSet(), SchemaSet(extra_folder=OFFICIAL_XSD)):
        problem = only_problem(schemas.validate(sample.read_bytes()))
        assert problem.message.startswith("unknown message type")
        assert "phase 4" in problem.message


def test_a_message_without_a_schema_anywhere_is_an_unknown_type():
    problem = only_problem(SchemaSet(extra_folder=OFFICIAL_XSD).validate(b"<Invoice><total>1</total></Invoice>"))
    assert problem.message.startswith("unknown message type Invoice")


# ---- negative cases ------------------------------------------------------------------------

def test_a_five_character_access_code_in_a_query():
    data = query_with("ABCDE")
    problem = only_problem(SchemaSet().validate(data))
    assert problem.path.endswith("AccessCode/accessCode")
    assert "exactly 4 letters" in problem.message
    assert "ABCDE" not in problem.message
    assert official_problems(data, "CC034C")  # the EU schema refuses it too


def test_a_five_character_access_code_in_a_registration_is_never_repeated():
    data = build_registration(registration(spk="ZX9Q8"), header("E_ACC_COD"))
    problem = only_problem(SchemaSet().validate(data))
    assert problem.path.endswith("SecondaryAccessCode[1]/accessCode") or problem.path.endswith("SecondaryAccessCode/accessCode")
    assert "ZX9Q8" not in problem.message and "••••" in problem.message
    assert PAC not in str(problem.as_dict())


def test_a_lower_case_code_that_skipped_the_builder_is_refused():
    data = build_registration(registration(), header("E_ACC_COD")).replace(f">{SPK}<".encode(), b">m5w2<")
    assert only_problem(SchemaSet().validate(data)).path.endswith("accessCode")


def test_1000_secondary_codes():
    problem = only_problem(SchemaSet().validate(build_registration(registration(spk_count=1000), header("E_ACC_COD"))))
    assert "SecondaryAccessCode" in problem.message and "1 to 999" in problem.message
    assert problem.path.endswith("SecondaryAccessCode[1000]")


def test_registration_for_guarantee_type_2():
    problem = only_problem(SchemaSet().validate(build_registration(registration(guarantee_type="2"), header("E_ACC_COD"))))
    assert problem.path.endswith("Guarantee/guaranteeType")
    assert "types 0 and 1" in problem.message


def test_grn_with_a_wrong_pattern():
    for data in (query_with(grn="23GB000001000085"), build_registration(registration(grn="2XGB0000010000854"), header("E_ACC_COD"))):
        problem = only_problem(SchemaSet().validate(data))
        assert problem.path.endswith("GRN")
        assert "A GRN is 2 digits" in problem.message


def test_missing_required_element():
    root = parse_xml(query_with())
    reference = root.find("GuaranteeReference")
    reference.remove(reference.find("GRN"))
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    problem = only_problem(SchemaSet().validate(data))
    assert "Expected is ( GRN )" in problem.message
    assert problem.line == parse_xml(data).find("GuaranteeReference/GuaranteeQuery").sourceline
    assert problem.column == 5  # the start tag of GuaranteeQuery, indented by four spaces
    assert problem.as_dict() == {"line": problem.line, "column": 5, "path": problem.path, "message": problem.message}


def test_the_eu_folder_and_the_own_schema_both_catch_a_bad_grn():
    data = query_with(grn="23GB000001000085")
    own = SchemaSet().validate(data)
    with_eu = SchemaSet(extra_folder=OFFICIAL_XSD).validate(data)
    assert official_problems(data, "CC034C")
    assert [p.path for p in own] == [own[0].path]
    assert all(p.path == own[0].path for p in with_eu)
    assert len(with_eu) >= len(own)


def test_a_root_in_the_wrong_namespace():
    data = query_with().replace(b'xmlns:ncts="http://ncts.dgtaxud.ec"', b'xmlns:ncts="urn:other"')
    problem = only_problem(SchemaSet().validate(data))
    assert "namespace http://ncts.dgtaxud.ec" in problem.message


def test_an_eu_folder_without_the_type_validates_with_the_own_schema_only(tmp_path):
    assert SchemaSet(extra_folder=tmp_path).validate(query_with()) == []
    assert only_problem(SchemaSet(extra_folder=tmp_path).validate(query_with("ABCDE")))


def test_malformed_xml_is_one_problem():
    problem = only_problem(SchemaSet().validate(b"<?xml version='1.0'?>\n<CC034C>\n<a></b>"))
    assert problem.line == 3 and "not well-formed" in problem.message


# ---- hardening -----------------------------------------------------------------------------

def test_xxe_and_billion_laughs_are_refused(tmp_path):
    for document in hostile_documents(tmp_path):
        problem = only_problem(SchemaSet(extra_folder=OFFICIAL_XSD).validate(document))
        assert "DTDs and entities are not accepted" in problem.message
        assert SECRET_TEXT not in problem.message


def test_parse_xml_refuses_xxe_and_billion_laughs(tmp_path):
    xxe, laughs = hostile_documents(tmp_path)
    for document in (xxe, laughs, xxe.decode().encode("utf-16")):
        with pytest.raises(MessageFormatError, match="DTDs and entities are not accepted") as error:
            parse_xml(document)
        assert SECRET_TEXT not in str(error.value)


# ---- the schemas themselves ----------------------------------------------------------------

@pytest.mark.parametrize("path", OWN_SCHEMAS, ids=lambda p: p.name)
def test_own_schemas_are_self_contained(path):
    text = path.read_text(encoding="utf-8")
    assert "xs:include" not in text and "xs:import" not in text and "schemaLocation" not in text
    compiled_schema(path)


def test_compiled_schemas_are_cached():
    assert compiled_schema(OWN_SCHEMAS[1])[0] is compiled_schema(OWN_SCHEMAS[1])[0]


def test_hints_fit_the_element_they_explain():
    data = build_cc037c(response(), header("CC037C", outbound=False)).replace(
        b"<guaranteeType>1</guaranteeType>", b"<guaranteeType>x</guaranteeType>")
    problem = only_problem(SchemaSet().validate(data))
    assert problem.path.endswith("GuaranteeReference/guaranteeType")
    assert "access codes to register" not in problem.message
    assert "[A-Z0-9]" in problem.message  # the rule is quoted whole
