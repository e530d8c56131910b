"""Reference data: the built-in default and the import of the real EU CS/RD2 files."""
from __future__ import annotations

import gzip
import json

import pytest
from unit_shared import COL_FILE, RD_FILE

from core.errors import UserError
from core.installation import open_context
from core.refdata.catalogue import (
    CURRENCIES,
    GUARANTEE_OFFICE_ROLE,
    GUARANTEE_TYPES,
    INVALID_GUARANTEE_REASONS,
    NATIONAL_PROCESSING_CODES,
)
from core.refdata.importer import import_reference_files
from languages import install_language

EU_CURRENCIES = ["BGN", "CHF", "CZK", "DKK", "EUR", "GBP", "HUF", "ISK", "MKD", "NOK", "PLN", "RON", "RSD",
                 "SEK", "TRY", "UAH"]


def _distinct_office_ids() -> int:
    payload = json.loads(gzip.decompress(COL_FILE.read_bytes()))
    return len({entry["id"] for entry in payload["lists"]["customsOffices"]["listEntries"]})


def _table_dump(context) -> dict:
    """Every row of the reference-data tables, to prove a refused import changed nothing."""
    return {t: [tuple(r) for r in context.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2")]
            for t in ("code_lists", "customs_offices", "customs_office_names", "reference_imports")}


# --- built-in default ------------------------------------------------------------------------------

def test_builtin_guarantee_types(workspace):
    codes = workspace.catalogue.codes(GUARANTEE_TYPES)
    assert [c.code for c in codes] == ["0", "1", "2", "3", "4", "5", "8", "9", "A", "B", "J", "R"]
    assert workspace.catalogue.describe(GUARANTEE_TYPES, "1") == "Comprehensive guarantee"
    assert workspace.catalogue.describe(GUARANTEE_TYPES, "1", "CS") == "Souborná (globální) záruka"


def test_builtin_invalid_guarantee_reasons_have_czech_texts(workspace):
    czech = workspace.catalogue.codes(INVALID_GUARANTEE_REASONS, "CS")
    assert [c.code for c in czech] == [f"G{i:02d}" for i in range(1, 14)]
    assert dict((c.code, c.description) for c in czech)["G03"] == "Neplatný přístupový kód"
    assert workspace.catalogue.describe(INVALID_GUARANTEE_REASONS, "G07", "CS") == "Omezené použití: neplatí pro citlivé zboží"


def test_builtin_national_processing_codes(workspace):
    codes = [c.code for c in workspace.catalogue.codes(NATIONAL_PROCESSING_CODES)]
    assert codes == [f"P{i:02d}" for i in range(1, 11)] + ["P97", "P98", "P99"]
    assert workspace.catalogue.describe(NATIONAL_PROCESSING_CODES, "P09", "CS") == "Nedostatečná volná částka aktivního ručení"


def test_builtin_currencies(workspace):
    assert [c.code for c in workspace.catalogue.codes(CURRENCIES)] == EU_CURRENCIES


def test_builtin_guarantee_offices(workspace):
    found = workspace.catalogue.search_offices("CZ52")
    assert [o.id for o in found] == ["CZ520101"]
    assert found[0].roles == (GUARANTEE_OFFICE_ROLE,)
    assert "Jihočeský" in workspace.catalogue.search_offices("jihočeský", language="CS")[0].name
    assert {o.id for o in workspace.catalogue.search_offices()} >= {"CZ510101", "CZ520101", "DE004600"}


def test_language_falls_back_to_english(workspace):
    texts = {c.code: c.description for c in workspace.catalogue.codes(GUARANTEE_TYPES, "CS")}
    assert texts["1"] == "Souborná (globální) záruka"
    assert texts["B"] == "Záruka pro zboží přepravované v režimu TIR"
    currencies = {c.code: c.description for c in workspace.catalogue.codes("CurrencyCodes", "CS")}
    assert currencies["EUR"] == workspace.catalogue.describe("CurrencyCodes", "EUR", "EN")  # no Czech text: English


def test_the_texts_follow_the_users_language_unless_one_is_asked(workspace):
    from core import i18n

    i18n.install(None, "de")
    try:
        assert workspace.catalogue.describe(GUARANTEE_TYPES, "1") == "Gesamtbürgschaft"
        assert {c.code: c.description for c in workspace.catalogue.codes(GUARANTEE_TYPES)}["1"] == "Gesamtbürgschaft"
        assert workspace.catalogue.describe(GUARANTEE_TYPES, "1", "EN") == "Comprehensive guarantee"
    finally:
        install_language("en")
    assert workspace.catalogue.describe(GUARANTEE_TYPES, "1") == "Comprehensive guarantee"


# --- import of the real EU files -------------------------------------------------------------------

def test_import_counts_the_real_lists(imported_template):
    result = imported_template.result
    assert result.lists["GuaranteeType"] == 12
    assert result.lists["InvalidGuaranteeReason"] == 12
    assert result.lists["CurrencyCodes"] == 16
    assert result.customs_offices == _distinct_office_ids() == 4162


def test_imported_offices_are_stored(imported_workspace):
    assert imported_workspace.catalogue.office_count() == _distinct_office_ids()
    last = imported_workspace.db.execute("SELECT file_name, snapshot_date, offices FROM reference_imports ORDER BY id DESC").fetchone()
    assert last[:] == (COL_FILE.name, "2025-02-12", _distinct_office_ids())


def test_search_finds_office_by_code(imported_workspace):
    found = imported_workspace.catalogue.search_offices("CZ520101")
    assert [o.id for o in found] == ["CZ520101"]
    assert found[0].phone == "+420 387932211"


def test_search_finds_office_by_part_of_its_czech_name(imported_workspace):
    found = imported_workspace.catalogue.search_offices("správních činností", language="CS")
    assert "CZ520101" in [o.id for o in found]
    assert next(o for o in found if o.id == "CZ520101").name == "Právních a správních činností"


def test_search_returns_only_guarantee_offices(imported_workspace):
    catalogue = imported_workspace.catalogue
    found = catalogue.search_offices("CZ", limit=10_000)
    assert found and all(GUARANTEE_OFFICE_ROLE in o.roles for o in found)
    everything = catalogue.search_offices("CZ", role=None, limit=10_000)
    assert len(everything) > len(found)
    assert catalogue.search_offices("AD000001") == []
    assert [o.id for o in catalogue.search_offices("AD000001", role=None)] == ["AD000001"]


def test_import_keeps_builtin_codes_the_eu_list_lacks(imported_workspace):
    catalogue = imported_workspace.catalogue
    codes = [c.code for c in catalogue.codes(INVALID_GUARANTEE_REASONS)]
    assert codes == [f"G{i:02d}" for i in range(1, 14)]
    assert catalogue.describe(INVALID_GUARANTEE_REASONS, "G07") == "Use restriction: not valid for sensitive goods"


def test_import_keeps_czech_texts_and_replaces_english_ones(imported_workspace):
    catalogue = imported_workspace.catalogue
    assert catalogue.describe(INVALID_GUARANTEE_REASONS, "G04", "CS") == "Hlavní povinný pro záruku se neshoduje"
    assert catalogue.describe(INVALID_GUARANTEE_REASONS, "G04", "EN").startswith("Holder of Guarantee is not equ")
    assert catalogue.describe(CURRENCIES, "CHF") == "Swiss Franc"


def test_builtin_is_not_reinstalled_over_an_import(imported_workspace):
    again = open_context(imported_workspace.data_dir)
    try:
        assert again.catalogue.describe(CURRENCIES, "CHF") == "Swiss Franc"
    finally:
        again.close()


def test_demo_offices_are_guarantee_offices_after_import(imported_workspace):
    for office in ("CZ510101", "CZ520101", "CZ610101", "DE002150", "DE004600", "PL320000"):
        assert imported_workspace.catalogue.office_valid_for(office, GUARANTEE_OFFICE_ROLE), office


# --- files that cannot be imported ------------------------------------------------------------------

def _assert_import_refused(context, path, match):
    before = _table_dump(context)
    with pytest.raises(UserError, match=match):
        import_reference_files(context.db, [path])
    assert _table_dump(context) == before


def test_garbage_file_is_refused_and_nothing_changes(workspace, tmp_path):
    bad = tmp_path / "RD_NCTS-P5-garbage.json.gz"
    bad.write_bytes(bytes(range(256)) * 20)
    _assert_import_refused(workspace, bad, "cannot be read as JSON")


def test_truncated_gzip_is_refused_and_nothing_changes(workspace, tmp_path):
    bad = tmp_path / "RD_NCTS-P5-truncated.json.gz"
    bad.write_bytes(RD_FILE.read_bytes()[:50_000])
    _assert_import_refused(workspace, bad, "cannot be read as JSON")


def test_gzip_with_damaged_data_is_refused_and_nothing_changes(workspace, tmp_path):
    # A valid gzip header (no file name field) followed by bytes that are not deflate data.
    header = gzip.compress(b'{"lists": {}}')[:10]
    bad = tmp_path / "COL-damaged.json.gz"
    bad.write_bytes(header + b"x" * 4096)
    _assert_import_refused(workspace, bad, "cannot be read")


def test_bad_second_file_leaves_the_first_unimported(workspace, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    before = _table_dump(workspace)
    with pytest.raises(UserError):
        import_reference_files(workspace.db, [RD_FILE, bad])
    assert _table_dump(workspace) == before


def test_payload_without_lists_is_a_clear_error(workspace, tmp_path):
    wrong = tmp_path / "other.json"
    wrong.write_text(json.dumps({"messageInformation": {"messageID": "x"}, "data": []}), encoding="utf-8")
    _assert_import_refused(workspace, wrong, r"other.json: not an EU reference-data payload \(no 'lists' object\)")


def test_list_without_entries_is_a_clear_error(workspace, tmp_path):
    wrong = tmp_path / "entries.json"
    wrong.write_text(json.dumps({"lists": {"GuaranteeType": {"listName": "GuaranteeType"}}}), encoding="utf-8")
    _assert_import_refused(workspace, wrong, "list 'GuaranteeType' has no listEntries array")


def test_missing_file_is_a_clear_error(workspace, tmp_path):
    _assert_import_refused(workspace, tmp_path / "nowhere.json.gz", "file not found")


def test_plain_json_is_imported_too(workspace, tmp_path):
    plain = tmp_path / "currencies.json"
    plain.write_text(json.dumps({"lists": {"CurrencyCodes": {"listName": "CurrencyCodes", "listEntries": [
        {"state": "valid", "activeFrom": "2025-01-01", "currency": "USD", "description": "US Dollar"}]}}}),
        encoding="utf-8")
    result = import_reference_files(workspace.db, [plain])
    assert (result.lists, result.customs_offices) == ({"CurrencyCodes": 1}, 0)
    assert workspace.catalogue.has_code(CURRENCIES, "USD")
    assert workspace.catalogue.office_count() == 7  # the built-in offices stay
