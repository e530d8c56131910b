"""The navigation tree model and the lazy table models, checked by pytest-qt's model tester."""
from __future__ import annotations

import pytest
from bulk_records import (
    GUARANTEE_KEYS,
    ORGANISATION_KEYS,
    add_varied_guarantees,
    add_varied_organisations,
    sorted_like_the_store,
)
from colleagues import add_colleague
from PySide6.QtCore import QModelIndex, Qt

from ui_helpers import add_organisations
from core.guarantees.model import Guarantee
from core.organisations import Organisation
from ui.models.admin import AuditTableModel, RepresentationTableModel, UserTableModel
from ui.models.certificates import (
    CustomsTableModel,
    HistoryTableModel,
    ParticipantTableModel,
    customs_table_rows,
    participant_rows,
)
from ui.models.navigation import BATCH, KindRole, NavigationModel, NodeKind
from ui.models.tables import GuaranteeTableModel, OrganisationTableModel

# qtmodeltester uses Qt's own QAbstractItemModelTester, which reports through qWarning: make such
# warnings fail the test. (The pure-Python tester, force_py=True, is avoided: its cleanup disconnects
# ~30 signals and PySide6 6.12 on Python 3.11 drops a reference to True on every disconnect, which
# aborts the interpreter at exit once enough tests have run.)
pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def fetch_all(model, parent: QModelIndex = QModelIndex()) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)


def labels(model, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def org_index(model: NavigationModel, org_id: int) -> QModelIndex:
    fetch_all(model, model.index_of(model.organisations_node))
    node = model.find(NodeKind.ORGANISATION, org_id)
    assert node is not None
    return model.index_of(node)


# --- navigation model ------------------------------------------------------------------------

def test_navigation_model_passes_model_tester_on_empty_database(context, qtmodeltester):
    model = NavigationModel(context)
    qtmodeltester.check(model)
    assert labels(model, QModelIndex()) == ["Organisations", "NCTS"]
    for node in (model.organisations_node, model.ncts_node):
        fetch_all(model, model.index_of(node))
        assert model.rowCount(model.index_of(node)) == 0


def test_navigation_model_passes_model_tester_on_demo_data(demo_ws, qtmodeltester):
    model = NavigationModel(demo_ws)
    qtmodeltester.check(model)
    fetch_all(model, model.index_of(model.organisations_node))
    fetch_all(model, model.index_of(model.ncts_node))
    assert model.rowCount(model.index_of(model.organisations_node)) == 4
    assert model.rowCount(model.index_of(model.ncts_node)) == 10


def test_navigation_model_passes_model_tester_after_fetching_organisation_children(demo_ws, qtmodeltester):
    model = NavigationModel(demo_ws)
    organisations = model.index_of(model.organisations_node)
    fetch_all(model, organisations)
    for row in range(model.rowCount(organisations)):
        fetch_all(model, model.index(row, 0, organisations))
    qtmodeltester.check(model)
    first = demo_ws.organisations.list()[0]
    index = org_index(model, first.id)
    assert model.rowCount(index) == demo_ws.guarantees.count(first.id) == 3
    assert {model.index(r, 0, index).data(KindRole) for r in range(3)} == {"guarantee"}


def test_navigation_model_passes_model_tester_when_children_are_reloaded(demo_ws, qtmodeltester):
    model = NavigationModel(demo_ws)
    qtmodeltester.check(model)
    node = model.find(NodeKind.ORGANISATION, demo_ws.organisations.list()[0].id)
    model.reload_children(node)
    model.update_organisation(node.record_id)
    model.reload_children(model.organisations_node)
    assert model.rowCount(model.index_of(model.organisations_node)) == 4


def test_organisations_node_fetches_in_batches_of_200(context):
    add_organisations(context, 650)
    model = NavigationModel(context)
    organisations = model.index_of(model.organisations_node)
    assert model.rowCount(organisations) == 0
    assert model.hasChildren(organisations)
    assert model.canFetchMore(organisations)

    model.fetchMore(organisations)
    assert model.rowCount(organisations) == 200 == BATCH
    assert model.canFetchMore(organisations)
    model.fetchMore(organisations)
    assert model.rowCount(organisations) == 400
    fetch_all(model, organisations)
    assert model.rowCount(organisations) == 650
    assert not model.canFetchMore(organisations)
    names = labels(model, organisations)
    assert names[0].startswith("Org 00000") and names[-1].startswith("Org 00649")
    assert len(set(names)) == 650


def test_organisations_fetched_in_batches_under_model_tester_are_neither_lost_nor_doubled(context, qtmodeltester):
    add_organisations(context, 450)
    model = NavigationModel(context)
    qtmodeltester.check(model)
    organisations = model.index_of(model.organisations_node)
    fetch_all(model, organisations)
    names = labels(model, organisations)
    assert len(names) == 450
    assert len(set(names)) == 450


def test_organisation_has_children_only_when_it_has_guarantees(demo_ws):
    empty = demo_ws.organisations.add(Organisation(name="Aaa Empty s.r.o.", eori="CZ12345678", country="CZ"))
    model = NavigationModel(demo_ws)
    with_guarantees = demo_ws.organisations.list()[1]
    assert with_guarantees.id != empty.id
    assert not model.hasChildren(org_index(model, empty.id))
    assert model.hasChildren(org_index(model, with_guarantees.id))


def test_ncts_node_lists_all_guarantees(demo_ws):
    model = NavigationModel(demo_ws)
    ncts = model.index_of(model.ncts_node)
    assert model.index(1, 0).data() == "NCTS"
    fetch_all(model, ncts)
    assert model.rowCount(ncts) == demo_ws.guarantees.count() == 10
    assert sorted(labels(model, ncts)) == sorted(g.label for g in demo_ws.guarantees.list())
    assert not any(model.hasChildren(model.index(r, 0, ncts)) for r in range(10))


def test_organisation_node_shows_a_guarantee_added_later_after_reload(context, org):
    model = NavigationModel(context)
    index = org_index(model, org.id)
    assert not model.hasChildren(index)
    context.guarantees.add(Guarantee(org_id=org.id, type="1", grn="23GB0000010000863"))
    model.reload_children(model.find(NodeKind.ORGANISATION, org.id))
    assert model.hasChildren(index)
    assert labels(model, index) == ["23GB0000010000863 · type 1"]


# --- table models -----------------------------------------------------------------------------

def test_organisation_table_model_passes_model_tester(demo_ws, qtmodeltester):
    model = OrganisationTableModel(demo_ws)
    qtmodeltester.check(model)
    fetch_all(model)
    assert model.rowCount() == 4
    assert model.headerData(1, Qt.Orientation.Horizontal) == "EORI / TIN"
    assert {model.index(r, 1).data() for r in range(4)} == {o.eori for o in demo_ws.organisations.list()}


def test_guarantee_table_model_passes_model_tester(demo_ws, qtmodeltester):
    first = demo_ws.organisations.list()[0]
    for_org = GuaranteeTableModel(demo_ws, org_id=first.id)
    qtmodeltester.check(for_org)
    fetch_all(for_org)
    assert for_org.rowCount() == 3
    assert {for_org.record(r).org_id for r in range(3)} == {first.id}


def test_guarantee_table_model_for_all_guarantees_passes_model_tester(demo_ws, qtmodeltester):
    model = GuaranteeTableModel(demo_ws)
    qtmodeltester.check(model)
    fetch_all(model)
    assert model.rowCount() == 10


def test_table_models_pass_model_tester_when_reloaded(demo_ws, qtmodeltester):
    model = GuaranteeTableModel(demo_ws)
    qtmodeltester.check(model)
    model.show_organisation(demo_ws.organisations.list()[0].id)
    assert model.rowCount() == 3
    model.reload()
    assert model.rowCount() == 3


def test_organisation_table_fetches_in_batches(context):
    add_organisations(context, 450)
    model = OrganisationTableModel(context)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    fetch_all(model)
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())


def test_organisation_table_fetched_in_batches_under_model_tester_has_each_row_once(context, qtmodeltester):
    add_organisations(context, 450)
    model = OrganisationTableModel(context)
    qtmodeltester.check(model)
    fetch_all(model)
    eoris = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert len(eoris) == 450
    assert len(set(eoris)) == 450


def test_guarantee_table_marks_an_overridden_grn(context, org):
    context.guarantees.add(Guarantee(org_id=org.id, type="1", grn="01GB1234567890120", grn_override=True))
    model = GuaranteeTableModel(context, org_id=org.id)
    fetch_all(model)
    assert model.index(0, 0).data() == "01GB1234567890120"
    assert "check digit" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


# --- sorting and searching over every record ------------------------------------------------------

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def record_ids(model) -> list[int]:
    return [model.record(row).id for row in range(model.rowCount())]


@pytest.fixture
def register(context):
    """520 organisations and 540 guarantees: more than two batches of each."""
    org_ids = add_varied_organisations(context, 520)
    add_varied_guarantees(context, org_ids, 540)
    return context


@pytest.mark.parametrize("column", range(len(OrganisationTableModel.columns)))
def test_organisation_table_model_sorts_every_record_under_model_tester(register, qtmodeltester, column):
    model = OrganisationTableModel(register)
    qtmodeltester.check(model)
    key = ORGANISATION_KEYS[model.columns[column].sort]
    for order in (DESCENDING, ASCENDING):
        model.sort(column, order)
        expected = sorted_like_the_store(register.organisations.list(), key, order == DESCENDING)
        assert model.rowCount() == BATCH and model.canFetchMore(QModelIndex())
        assert model.index(0, column).data() == model.columns[column].value(expected[0])
        fetch_all(model)
        assert record_ids(model) == [o.id for o in expected]


@pytest.mark.parametrize("column", range(len(GuaranteeTableModel.columns)))
def test_guarantee_table_model_sorts_every_record_under_model_tester(register, qtmodeltester, column):
    model = GuaranteeTableModel(register)
    qtmodeltester.check(model)
    key = GUARANTEE_KEYS[model.columns[column].sort]
    for order in (DESCENDING, ASCENDING):
        model.sort(column, order)
        expected = sorted_like_the_store(register.guarantees.list(), key, order == DESCENDING)
        assert model.index(0, column).data() == model.columns[column].value(expected[0])
        fetch_all(model)
        assert model.index(model.rowCount() - 1, column).data() == model.columns[column].value(expected[-1])
        assert record_ids(model) == [g.id for g in expected]


def test_sorting_by_name_descending_starts_with_the_last_name_of_all_not_of_the_first_batch(context):
    add_organisations(context, 500)
    model = OrganisationTableModel(context)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BATCH
    model.sort(0, DESCENDING)
    assert model.index(0, 0).data() == "Org 00499"
    assert model.index(BATCH - 1, 0).data() == "Org 00300"
    model.sort(-1, DESCENDING)  # no column: the usual order
    assert model.index(0, 0).data() == "Org 00000" and model.sort_key is None


def test_the_guarantees_of_one_organisation_stay_sorted_when_another_is_shown(register, qtmodeltester):
    model = GuaranteeTableModel(register)
    qtmodeltester.check(model)
    model.sort(3, DESCENDING)
    for org in register.organisations.list()[:3]:
        model.show_organisation(org.id)
        fetch_all(model)
        expected = sorted_like_the_store(register.guarantees.list(org_id=org.id), GUARANTEE_KEYS["amount"], True)
        assert record_ids(model) == [g.id for g in expected]


def test_the_search_text_finds_an_organisation_not_read_yet(register, qtmodeltester):
    model = OrganisationTableModel(register)
    qtmodeltester.check(model)
    model.sort(0, ASCENDING)
    last = max((o for o in register.organisations.list() if o.name.isascii()), key=lambda o: (o.name.lower(), o.id))
    assert model.row_of(last.id) is None and model.canFetchMore(QModelIndex())
    model.set_text(last.name.upper())  # letters A–Z match in either case
    fetch_all(model)
    assert last.id in record_ids(model)
    assert all(last.name.lower() in model.record(r).name.lower() for r in range(model.rowCount()))
    assert record_ids(model) == [o.id for o in register.organisations.page(sort="name", text=last.name)]
    model.set_text("  ")
    assert model.rowCount() == BATCH and model.canFetchMore(QModelIndex())


def test_the_search_text_finds_a_guarantee_not_read_yet_and_keeps_the_order(register, qtmodeltester):
    model = GuaranteeTableModel(register)
    qtmodeltester.check(model)
    model.sort(2, DESCENDING)
    last = register.guarantees.page(sort="office", descending=True)[-1]
    assert model.row_of(last.id) is None
    model.set_text(last.reference.lower())
    assert last.id in record_ids(model)
    model.set_text("transit")
    fetch_all(model)
    expected = sorted_like_the_store([g for g in register.guarantees.list() if "transit" in g.description.lower()],
                                     GUARANTEE_KEYS["office"], True)
    assert record_ids(model) == [g.id for g in expected] != []


def test_a_declarant_sorts_and_searches_only_the_organisations_they_represent(register, qtmodeltester):
    every = register.organisations.list()
    represented = [o for o in every if o.id % 5 == 0]
    dana = add_colleague(register, "dana", org_ids=[o.id for o in represented])
    try:
        model = OrganisationTableModel(dana)
        qtmodeltester.check(model)
        model.sort(3, DESCENDING)
        fetch_all(model)
        expected = sorted_like_the_store(represented, ORGANISATION_KEYS["city"], True)
        assert record_ids(model) == [o.id for o in expected]
        hidden = next(o for o in every if o.id % 5)
        model.set_text(hidden.eori)
        assert hidden.id not in record_ids(model)
        guarantees = GuaranteeTableModel(dana)
        guarantees.sort(4, ASCENDING)
        fetch_all(guarantees)
        assert {g.org_id for g in (guarantees.record(r) for r in range(guarantees.rowCount()))} <= {
            o.id for o in represented}
        assert guarantees.rowCount() == dana.guarantees.count() < register.guarantees.count()
    finally:
        dana.close()


# --- the other table models --------------------------------------------------------------------

def shown_ids(model) -> list:
    fetch_all(model)
    return [model.record(row).id for row in range(model.rowCount())]


def test_audit_model_passes_model_tester_and_keeps_newest_first_when_asked_to_sort(demo_ws, qtmodeltester):
    model = AuditTableModel(demo_ws)
    qtmodeltester.check(model)
    newest_first = shown_ids(model)
    assert newest_first == sorted(newest_first, reverse=True) != []
    model.sort(1, ASCENDING)  # the log is not sorted by column
    assert shown_ids(model) == newest_first


@pytest.mark.parametrize("make", [
    lambda context: (UserTableModel(), context.users.list()),
    lambda context: (RepresentationTableModel(), context.representations.list()),
    lambda context: (ParticipantTableModel(), participant_rows(context)),
    lambda context: (CustomsTableModel(), customs_table_rows(context.certificates.customs_rows())),
    lambda context: (HistoryTableModel(), context.certificates.participants()),
], ids=["users", "representations", "participants", "customs", "history"])
def test_list_models_pass_model_tester_when_filled_and_asked_to_sort(demo_ws, qtmodeltester, make):
    model, rows = make(demo_ws)
    qtmodeltester.check(model)
    model.set_rows(rows)
    assert model.rowCount() == len(rows) > 0
    model.sort(0, DESCENDING)  # short lists in memory: shown as given
    assert [model.record(r) for r in range(model.rowCount())] == rows
    model.set_rows([])
    assert model.rowCount() == 0
