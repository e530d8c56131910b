"""Message preview (spec 02 §2.5) and code meanings (spec 01 §1.7)."""
from __future__ import annotations

import re
from functools import partial

import pytest
from lxml import etree
from message_samples import (
    GRNS,
    NEW_PAC,
    P4_FILES,
    P5_G04,
    P6_G03,
    PAC,
    SECRET_TEXT,
    SPK,
    answer,
    confirmation,
    functional_rejection,
    header,
    hostile_documents,
    mrn,
    notice,
    query,
    registration,
    response,
    xml_rejection,
)

from core.messages import (
    CodeMeaning,
    MessageFormatError,
    PreviewError,
    QueryKind,
    build_cc034c,
    build_cc037c,
    build_cc055c,
    build_cc906c,
    build_cc917c,
    build_confirmation,
    build_registration,
    explain,
    explain_builtin,
    parse_xml,
    render_html,
)
from core.messages.preview import (
    TYPES_WITH_STYLESHEET,
    _transform_with,
    _with_common_templates,
    stylesheet_path,
)
from languages import install_language

RED = "color:#b00000"
MASK = "••••"
G_CODES = [f"G{n:02d}" for n in range(1, 14)]
P_CODES = [f"P{n:02d}" for n in range(1, 11)] + ["P97", "P98", "P99"]


@pytest.fixture
def meaning(workspace):
    return partial(explain, workspace.catalogue)


def red_code(code: str) -> str:
    return f'<span style="{RED}; font-weight:bold">{code}</span>'


# ---- titles and layout ---------------------------------------------------------------------

@pytest.mark.parametrize("data, title", [
    (lambda: build_cc034c(query(), header("CC034C")), "Query on guarantees"),
    (lambda: build_cc037c(response(), header("CC037C", "CDQ1", outbound=False)), "Response to query on guarantees"),
    (lambda: build_cc055c(notice(), header("CC055C", outbound=False)), "Guarantee not valid"),
    (lambda: build_cc906c(functional_rejection(), header("CC906C", "CDQ1", outbound=False)), "Functional rejection"),
    (lambda: build_cc917c(xml_rejection(), header("CC917C", "CDQ1", outbound=False)), "XML rejection"),
    (lambda: build_registration(registration(), header("E_ACC_COD")), "Access code registration"),
    (lambda: build_confirmation(confirmation(), header("E_ACC_RSP", "CDR1", outbound=False)),
     "Access code registration confirmation"),
], ids=["CC034C", "CC037C", "CC055C", "CC906C", "CC917C", "E_ACC_COD", "E_ACC_RSP"])
def test_title_and_header_table(data, title):
    message = data()
    html = render_html(message)
    assert f"<h2>{title}<span" in html
    for label in ("Sender", "Recipient", "Prepared", "Message id", "Correlation id"):
        assert f">{label}</th>" in html
    assert "2024-05-02 09:30:15" in html
    assert "<script" not in html and "<link" not in html


def test_every_message_type_has_its_stylesheet():
    for name in [*TYPES_WITH_STYLESHEET, "fallback", "common"]:
        assert stylesheet_path(name).is_file()


def test_shipped_stylesheets_read_nothing():
    xsl = "{http://www.w3.org/1999/XSL/Transform}"
    for path in stylesheet_path("common").parent.glob("*.xsl"):
        for element in etree.parse(str(path)).iter(etree.Element):
            assert element.tag not in (f"{xsl}include", f"{xsl}import"), f"{path.name} includes a file"
            assert not element.tag.endswith("}document"), f"{path.name} writes a document"
            for value in element.attrib.values():
                assert "document(" not in value, f"{path.name} calls document()"


# ---- errors in red with their meaning ------------------------------------------------------

def test_functional_rejection_shows_the_reason_in_red_in_english_and_czech(meaning):
    html = render_html(build_cc906c(functional_rejection("G03"), header("CC906C", outbound=False)), meaning)
    g03, rule = meaning("G03"), meaning("14")
    assert g03.en == "Access code not valid" and g03.cs == "Neplatný přístupový kód"
    assert red_code("G03") in html
    assert f'<span style="{RED}"> — {g03.en}</span>' in html
    assert f'<span style="{RED}"><i>{g03.cs}</i></span>' in html
    assert red_code("14") in html and rule.en in html and rule.cs in html
    assert red_code("R261") in html and meaning("R261").en in html
    assert "/CC034C/GuaranteeReference[1]/GRN" in html


def test_without_an_explain_function_the_built_in_texts_are_used():
    html = render_html(P6_G03.read_bytes())
    assert red_code("G03") in html and "Neplatný přístupový kód" in html


def test_the_explain_function_given_is_used():
    def custom(code):
        return CodeMeaning(code, f"imported text {code}", f"dovezený text {code}")
    html = render_html(P5_G04.read_bytes(), custom)
    assert "imported text G04" in html and "dovezený text G04" in html


def test_an_unknown_code_is_said_to_be_unknown():
    html = render_html(build_cc906c(functional_rejection("ZZ9"), header("CC906C", outbound=False)))
    assert red_code("ZZ9") + f'<span style="{RED}"> — unknown code</span>' in html


def test_xml_rejection_explains_xml_error_codes():
    html = render_html(build_cc917c(xml_rejection(), header("CC917C", outbound=False)))
    assert red_code("51") in html and "Value does not match the required pattern" in html
    assert "Hodnota neodpovídá předepsanému tvaru" in html
    assert "<td align=\"right\">12</td><td align=\"right\">7</td>" in html


def test_registration_refused_lists_the_errors(meaning):
    html = render_html(build_confirmation(confirmation(["G03", "P06"]), header("E_ACC_RSP", outbound=False)), meaning)
    assert "Registration refused" in html
    assert red_code("G03") in html and red_code("P06") in html
    assert meaning("P06").cs in html


def test_registration_accepted():
    html = render_html(build_confirmation(confirmation(), header("E_ACC_RSP", outbound=False)))
    assert "Registration accepted" in html and RED not in html


def test_guarantee_not_valid_real_sample():
    html = render_html(P5_G04.read_bytes())
    assert "23XI00000100000D0" in html and "23GB000246F5YWI4J2" in html and red_code("G04") in html


# ---- access codes are never shown ----------------------------------------------------------

def test_query_never_shows_the_access_code():
    html = render_html(build_cc034c(query(items=3), header("CC034C")))
    assert SPK not in html
    assert html.count(f"<td>{MASK}</td>") == 3


def test_registration_never_shows_any_code():
    html = render_html(build_registration(registration(spk_count=5, new_pac=True), header("E_ACC_COD")))
    for code in (PAC, NEW_PAC, SPK, "S001", "S004"):
        assert code not in html
    assert ">Primary access code</th><td>••••</td>" in html
    assert ">New primary access code</th><td>••••</td>" in html
    assert "Secondary access codes (5)" in html


def test_unknown_messages_mask_anything_named_like_an_access_code():
    data = build_registration(registration(), header("E_ACC_COD")).replace(b"E_ACC_COD", b"E_ACC_XYZ")
    html = render_html(data)
    assert "Message E_ACC_XYZ" in html
    assert PAC not in html and SPK not in html and MASK in html
    p4_query = next(p for p in P4_FILES if "CD034A" in p.name)
    html = render_html(p4_query.read_bytes())
    assert "AccCodCOD729</td><td>••••</td>" in html and ">1234<" not in html


@pytest.mark.parametrize("sample", P4_FILES, ids=[p.stem for p in P4_FILES])
def test_old_phase_4_messages_still_render(sample):
    assert "<h2>Message C" in render_html(sample.read_bytes())


# ---- 9,999 usages --------------------------------------------------------------------------

def test_response_with_9999_usages_lists_them_all():
    data = build_cc037c(response(answer(QueryKind.USAGE, usage_count=9999, full=False)),
                        header("CC037C", outbound=False))
    html = render_html(data)
    mrns = re.findall(r"<td>(24CZ\d{12}J\d)</td>", html)
    assert mrns == [mrn(i) for i in range(1, 10000)]
    assert "Usage (9999)" in html and '<td align="right">9999</td>' in html


def test_response_shows_exposure_information_owner_and_guarantor(meaning):
    html = render_html(build_cc037c(response(answer()), header("CC037C", outbound=False)), meaning)
    for text in ("Exposure and balance", "3751.50 CZK", "496248.50 CZK", "Other information", "1000000.00 CZK",
                 "2026-12-31", "Guarantee revoked by the guarantor", "CH, NO", "Owner", "Guarantor",
                 "Česká banka a.s.", "Na Příkopě 1, 11000 Praha, CZ", "usage and balance (3)", "2024-04-01 – 2024-04-30"):
        assert text in html, text
    assert red_code("G02") in html and meaning("G02").en in html


# ---- hardening -----------------------------------------------------------------------------

def test_xxe_and_billion_laughs_are_not_rendered(tmp_path):
    for document in hostile_documents(tmp_path):
        with pytest.raises(MessageFormatError) as error:
            render_html(document)
        assert SECRET_TEXT not in str(error.value)


def test_stylesheets_may_not_read_files(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text(f"<secret>{SECRET_TEXT}</secret>", encoding="utf-8")
    secret_uri = secret.as_uri()
    stylesheet = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
      <xsl:variable name="title" select="'Leak'"/>
      <xsl:template match="*" mode="content"><p><xsl:value-of select="document('{secret_uri}')"/></p></xsl:template>
    </xsl:stylesheet>""".encode()
    data = build_cc034c(query(), header("CC034C"))
    unguarded = etree.XSLT(_with_common_templates(stylesheet))
    assert SECRET_TEXT in str(unguarded(parse_xml(data)))  # the stylesheet does read the file when allowed
    with pytest.raises(PreviewError, match="read rights .* denied") as error:
        _transform_with(stylesheet, data)
    assert SECRET_TEXT not in str(error.value)


def test_stylesheets_may_not_write_files(tmp_path):
    target = tmp_path / "written.html"
    stylesheet = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
      <xsl:variable name="title" select="'Write'"/>
      <xsl:template match="*" mode="content"><exsl:document href="{target.as_uri()}">x</exsl:document></xsl:template>
    </xsl:stylesheet>""".encode()
    with pytest.raises(PreviewError, match="write rights .* denied"):
        _transform_with(stylesheet, build_cc034c(query(), header("CC034C")))
    assert not target.exists()


def test_a_harmless_custom_stylesheet_renders_like_the_shipped_ones():
    stylesheet = b"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
      <xsl:variable name="title" select="'Custom'"/>
      <xsl:template match="*" mode="content"><p><xsl:value-of select="count(*)"/></p></xsl:template>
    </xsl:stylesheet>"""
    html = _transform_with(stylesheet, build_cc034c(query(), header("CC034C")))
    assert "<h2>Custom<span" in html and "<p>7</p>" in html


def test_the_html_is_well_formed_enough_for_qt():
    html = render_html(build_cc037c(response(), header("CC037C", outbound=False)))
    etree.fromstring(html.encode(), etree.HTMLParser())
    assert html.startswith("<html><body>")


# ---- explain -------------------------------------------------------------------------------

@pytest.mark.parametrize("code", G_CODES + P_CODES)
def test_explain_guarantee_and_national_codes_from_the_catalogue(workspace, code):
    meaning = explain(workspace.catalogue, code)
    assert meaning.en and meaning.cs and meaning.en != meaning.cs
    assert meaning.text == f"{code} {meaning.en}"
    assert explain_builtin(code) == meaning


def test_explain_reads_codes_as_typed(workspace):
    assert explain(workspace.catalogue, " g03 ").text == "G03 Access code not valid"


def test_explain_functional_error_code(workspace):
    meaning = explain(workspace.catalogue, "14")
    assert (meaning.en, meaning.cs) == ("Rule violation", "Porušení pravidla")


def test_explain_rule_codes_of_the_simulator(workspace):
    r261, thr60 = explain(workspace.catalogue, "R261"), explain(workspace.catalogue, "THR60")
    assert "types 2 and 4" in r261.en and r261.cs
    assert "60 seconds" in thr60.en and "60 sekund" in thr60.cs


def test_explain_xml_error_codes(workspace):
    assert explain(workspace.catalogue, "51", xml_error=True).en == "Value does not match the required pattern"
    assert explain(workspace.catalogue, "12").en == "Codelist value not valid"  # functional unless said otherwise
    assert explain(workspace.catalogue, "35").en == "Too many repetitions"  # only an XML error code


def test_explain_unknown_code(workspace):
    meaning = explain(workspace.catalogue, "X99")
    assert meaning == CodeMeaning("X99", None, None)
    assert meaning.text == "X99 (unknown code)"


def test_explain_prefers_imported_texts(workspace):
    with workspace.db.atomic():
        workspace.db.execute("UPDATE code_lists SET description = 'Imported wording' "
                             "WHERE list_name = 'InvalidGuaranteeReason' AND code = 'G06' AND language = 'EN'")
    meaning = explain(workspace.catalogue, "G06")
    assert meaning.en == "Imported wording" and meaning.cs


def test_grns_used_in_the_samples_render():
    html = render_html(build_cc055c(notice(), header("CC055C", outbound=False)))
    assert GRNS[0] in html and GRNS[1] in html


def test_the_colours_of_a_dark_window_replace_the_light_defaults():
    dark = {"red": "color:#ff7b72", "green": "color:#6fcf8f", "muted": "color:#a0a0a0", "header": "#45494e"}
    refused = render_html(build_cc906c(functional_rejection("G03"), header("CC906C", outbound=False)), colours=dark)
    accepted = render_html(build_confirmation(confirmation(), header("E_ACC_RSP", outbound=False)), colours=dark)
    for html in (refused, accepted):
        assert 'bgcolor="#45494e"' in html and "#eeeeee" not in html and "color:#666666" not in html
        assert "color:#a0a0a0; font-weight:normal" in html
    assert '<span style="color:#ff7b72; font-weight:bold">G03</span>' in refused and RED not in refused
    assert '<h3 style="color:#6fcf8f">Registration accepted</h3>' in accepted
    assert 'bgcolor="#eeeeee"' in render_html(P6_G03.read_bytes())  # the defaults, for print and the CLI


def test_an_unknown_colour_is_refused():
    with pytest.raises(ValueError, match="blue"):
        render_html(P6_G03.read_bytes(), colours={"blue": "color:#0000ff"})


@pytest.mark.parametrize("language, words", [("cs", "přístupový kód"), ("de", "Zugangscode"), ("pl", "kod dostępu")])
def test_a_guarantee_error_means_something_in_each_language(language, words, meaning):
    from core import i18n

    i18n.install(None, language)
    try:
        g03 = explain_builtin("G03")
        assert g03.en == "Access code not valid" and words.lower() in g03.local.lower()
        html = render_html(build_cc906c(functional_rejection("G03"), header("CC906C", outbound=False)), meaning)
        assert f'<span style="{RED}"><i>{g03.local}</i></span>' in html
    finally:
        install_language("en")
    assert explain_builtin("G03").local == g03.cs  # an English reader sees the Czech beside it


def test_every_guarantee_and_processing_code_has_all_four_languages():
    for code in [f"G{n:02d}" for n in range(1, 14)] + ["P01", "P06", "P97", "P99"]:
        meaning = explain_builtin(code)
        assert all((meaning.en, meaning.cs, meaning.de, meaning.pl)), code


@pytest.mark.parametrize("language", ["cs", "de", "pl"])
def test_the_preview_speaks_the_users_language_and_leaves_the_message_alone(language, meaning):
    from core import i18n

    xml = build_cc906c(functional_rejection("G03"), header("CC906C", outbound=False))
    english = render_html(xml, meaning)
    install_language(language)
    try:
        translated = render_html(xml, meaning)
        words = [i18n.translate("Preview", w) for w in ("Functional rejection", "Sender", "Value sent")]
        errors = i18n.translate("Preview", "Errors (")  # a heading the stylesheet joins with a count
    finally:
        install_language("en")
    assert "Functional rejection" in english and "Value sent" in english
    assert all(word in translated for word in words) and "Value sent" not in translated
    assert re.search(re.escape(errors) + r"\d+\)", translated) and errors != "Errors ("
    assert "/CC034C/GuaranteeReference[1]/GRN" in translated and "NTA.CZ" in translated  # the message's own text


def test_the_requesters_role_in_an_answer_is_a_row_of_its_own_with_a_translated_label(meaning):
    from core import i18n

    xml = build_cc037c(response(), header("CC037C", "CDQ1", outbound=False))
    install_language("pl")
    try:
        html = render_html(xml, meaning)
        role = i18n.translate("Preview", "Role")
    finally:
        install_language("en")
    assert role != "Role" and re.search(rf">\s*{re.escape(role)}\s*<", html)
    assert "(role" not in html and "(role" not in render_html(xml, meaning)
