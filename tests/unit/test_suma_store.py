"""The summary declarations' store: positions as rows of the working copy."""
from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import NotFound

POSITION = {"number": 1, "specific_reference": "020-00000001", "specific_reference_kind": "AWB",
            "custodian": {"tin": "DE123456789012345", "branch": "0001"}, "custody_place": "FRA-1",
            "description": "Electronic parts", "package_kind": "PK", "packages": 3, "gross_mass": "125.5",
            "customs_status": "N"}


def test_an_optional_field_emptied_is_stored_empty(workspace):
    suma = workspace.suma
    declaration_id = suma.import_json({"positions": [POSITION]}).id

    suma.set_position_values(declaration_id, 1, {"custody_place": "", "custodian.tin": " ", "packages": ""})
    [row] = suma.page(declaration_id, 0, 10)

    assert row.values["custody_place"] == "" and row.values["custodian.tin"] == ""
    assert row.values["packages"] == "" and row.values["gross_mass"] == Decimal("125.5")
    assert suma.count_positions(declaration_id, "FRA-1") == 0


def test_one_declarations_row_is_read_by_its_id_and_a_missing_one_is_named(workspace):
    suma = workspace.suma
    first = suma.import_json({"positions": [POSITION]}).id
    second = suma.import_json({"positions": [POSITION, {**POSITION, "number": 2}]}).id

    assert (suma.store.row(first).id, suma.store.row(first).positions_total) == (first, 1)
    assert (suma.store.row(second).id, suma.store.row(second).positions_total) == (second, 2)
    with pytest.raises(NotFound, match=f"Summary declaration {second + 1} does not exist"):
        suma.store.row(second + 1)
