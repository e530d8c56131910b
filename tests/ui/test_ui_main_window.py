"""The main window over real demo data: tree, pages, actions, context menus, deleting."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from ui_helpers import add_organisations

from simulator.demo import DEMO_SPKS
from core.guarantees.model import Guarantee
from core.organisations import Organisation
from ui.actions import MESSAGE_ACTIONS
from ui.main_window import guarantee_html
from ui.models.navigation import NodeKind

DEMO_CODES = ("AC01", "PK7Q", "BX42")
ORGANISATION_MENU = ["customs_guarantees", "new_guarantee", "edit", "delete"]
GENERATE_MENU = ["msg_register_codes", "msg_query_usage", "msg_query_balance", "msg_query_info"]


def fetch_all(model, parent: QModelIndex) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)


def select_node(win, kind: NodeKind, record_id: int | None = None) -> QModelIndex:
    """Make the tree's current item the node of ``kind`` (loading the branches on the way)."""
    nav = win.navigation
    if kind is NodeKind.ORGANISATIONS:
        index = nav.index_of(nav.organisations_node)
    elif kind is NodeKind.NCTS:
        index = nav.index_of(nav.ncts_node)
    else:
        fetch_all(nav, nav.index_of(nav.organisations_node))
        if kind is NodeKind.GUARANTEE:
            org_id = win.context.guarantees.get(record_id).org_id
            fetch_all(nav, nav.index_of(nav.find(NodeKind.ORGANISATION, org_id)))
        node = nav.find(kind, record_id)
        assert node is not None, f"no {kind} node {record_id} in the tree"
        index = nav.index_of(node)
    win.tree.setCurrentIndex(index)
    return index


def action_names(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if not a.isSeparator() and a.menu() is None]


def submenu(menu: QMenu, title: str) -> QMenu:
    menus = [a.menu() for a in menu.actions() if a.menu() is not None and a.menu().title().replace("&", "") == title]
    assert len(menus) == 1, f"{title!r} not among {[a.text() for a in menu.actions()]}"
    return menus[0]


def submenu_of_menubar(win, title: str) -> QMenu:
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().title().replace("&", "") == title]
    assert len(menus) == 1
    return menus[0]


def first_org(context) -> Organisation:
    return context.organisations.list()[0]


def test_tree_shows_organisations_and_ncts(demo_ws, window):
    win = window(demo_ws)
    nav = win.tree.model()
    assert [nav.index(r, 0).data() for r in range(nav.rowCount())] == ["Organisations", "NCTS"]
    organisations = nav.index(0, 0)
    assert win.tree.isExpanded(organisations)
    assert nav.rowCount(organisations) == 4
    assert win.list_title.text() == "Organisations (4)"
    assert win.pages.currentWidget() is win.org_table


def test_selecting_an_organisation_lists_its_guarantees_with_the_count(demo_ws, window):
    win = window(demo_ws)
    org = first_org(demo_ws)
    select_node(win, NodeKind.ORGANISATION, org.id)
    assert win.pages.currentWidget() is win.guarantee_table
    assert win.list_title.text() == f"Customs guarantees of {org.label} (3)"
    table = win.guarantee_table.model()
    shown = {table.index(r, 0).data() for r in range(table.rowCount())}
    assert shown == {g.reference for g in demo_ws.guarantees.list(org_id=org.id)}


def test_selecting_ncts_lists_all_guarantees(demo_ws, window):
    win = window(demo_ws)
    select_node(win, NodeKind.NCTS)
    assert win.list_title.text() == "NCTS — all guarantees (10)"
    assert win.guarantee_table.model().rowCount() == 10


def test_guarantee_detail_page_never_shows_access_codes(demo_ws, window):
    win = window(demo_ws)
    for g in demo_ws.guarantees.list():
        select_node(win, NodeKind.GUARANTEE, g.id)
        assert win.pages.currentWidget() is win.detail
        text = win.detail.toPlainText()
        assert g.reference in text
        html = guarantee_html(demo_ws, g, demo_ws.organisations.get(g.org_id).label)
        for code in DEMO_CODES:
            assert code not in text and code not in html, f"{code} shown for {g.reference}"


def test_guarantee_detail_says_who_holds_the_pac_and_how_many_codes_are_stored(demo_ws, window):
    win = window(demo_ws)
    g = next(g for g in demo_ws.guarantees.list() if g.grn.startswith("25CZ520101000011"))
    select_node(win, NodeKind.GUARANTEE, g.id)
    text = win.detail.toPlainText()
    assert "stored (held by alice)" in text
    assert f"{len(DEMO_SPKS[g.type])} stored" in text
    assert win.list_title.text() == f"Guarantee {g.grn}"


def test_new_guarantee_is_disabled_with_a_reason_until_an_organisation_is_selected(demo_ws, window):
    win = window(demo_ws)
    new_guarantee = win.actions["new_guarantee"]
    assert not new_guarantee.isEnabled()
    assert "Select an organisation" in new_guarantee.toolTip()
    assert not win.actions["edit"].isEnabled() and not win.actions["delete"].isEnabled()

    select_node(win, NodeKind.ORGANISATION, first_org(demo_ws).id)
    assert new_guarantee.isEnabled()
    assert win.actions["customs_guarantees"].isEnabled()
    assert win.actions["edit"].isEnabled() and win.actions["delete"].isEnabled()

    select_node(win, NodeKind.NCTS)
    assert not new_guarantee.isEnabled()
    assert not win.actions["customs_guarantees"].isEnabled()


def test_selecting_a_guarantee_enables_edit_and_delete_but_not_customs_guarantees(demo_ws, window):
    win = window(demo_ws)
    g = demo_ws.guarantees.list()[0]
    select_node(win, NodeKind.GUARANTEE, g.id)
    assert win.target.guarantee_ids == [g.id] and win.target.org_id == g.org_id
    assert win.actions["edit"].isEnabled() and win.actions["delete"].isEnabled()
    assert win.actions["new_guarantee"].isEnabled()
    assert not win.actions["customs_guarantees"].isEnabled()


def test_message_actions_for_a_guarantee_without_grn_are_disabled_with_the_reason(demo_ws, window):
    win = window(demo_ws)
    cash = next(g for g in demo_ws.guarantees.list() if g.type == "3")
    select_node(win, NodeKind.GUARANTEE, cash.id)
    messages = submenu_of_menubar(win, "Messages")
    names = action_names(messages) + action_names(submenu(messages, "Generate message"))
    assert sorted(names) == sorted([*MESSAGE_ACTIONS, "msg_inbox", "msg_sync", "msg_simulator", "suma", "continuity"])
    assert "only guarantee types 0 and 1" in win.actions["msg_register_codes"].toolTip()
    for name in ("msg_register_codes", "msg_query_usage", "msg_query_balance", "msg_query_info"):
        assert not win.actions[name].isEnabled(), name
    for name in ("msg_query_usage", "msg_query_balance", "msg_query_info"):
        assert "has no GRN" in win.actions[name].toolTip(), name
    assert win.actions["msg_for_record"].isEnabled()


def test_organisation_context_menu_has_exactly_the_organisation_commands(demo_ws, window):
    win = window(demo_ws)
    select_node(win, NodeKind.ORGANISATION, first_org(demo_ws).id)
    menu = win.context_menu()
    assert action_names(menu) == ORGANISATION_MENU
    assert all(a.menu() is None for a in menu.actions())


def test_guarantee_context_menu_has_edit_delete_and_the_messages_submenu(demo_ws, window):
    win = window(demo_ws)
    select_node(win, NodeKind.GUARANTEE, demo_ws.guarantees.list()[0].id)
    menu = win.context_menu()
    assert action_names(menu) == ["edit", "delete"]
    messages = submenu(menu, "Messages")
    assert action_names(messages) == ["msg_for_record"]
    assert action_names(submenu(messages, "Generate message")) == GENERATE_MENU


def test_context_menu_reuses_the_menu_bar_actions(demo_ws, window):
    win = window(demo_ws)
    register = submenu_of_menubar(win, "Register")
    bar = {a.objectName(): a for a in register.actions() if a.objectName()}
    select_node(win, NodeKind.ORGANISATION, first_org(demo_ws).id)
    for action in win.context_menu().actions():
        if not action.isSeparator():
            assert action is bar[action.objectName()]

    bar_messages = submenu_of_menubar(win, "Messages")
    select_node(win, NodeKind.GUARANTEE, demo_ws.guarantees.list()[0].id)
    menu_messages = submenu(win.context_menu(), "Messages")
    assert menu_messages.actions()[-1] is bar_messages.actions()[-1] is win.actions["msg_for_record"]
    generate = submenu(menu_messages, "Generate message").actions()
    assert generate == submenu(bar_messages, "Generate message").actions()
    assert all(a is win.actions[name] for a, name in zip(generate, GENERATE_MENU))


def test_shift_f10_on_the_tree_opens_the_context_menu(demo_ws, window, qtbot):
    win = window(demo_ws)
    select_node(win, NodeKind.ORGANISATION, first_org(demo_ws).id)
    win.activateWindow()
    win.tree.setFocus()
    qtbot.waitUntil(win.tree.hasFocus)
    assert QApplication.activePopupWidget() is None
    qtbot.keyClick(win.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    popup = QApplication.activePopupWidget()
    try:
        assert isinstance(popup, QMenu) and popup.isVisible()
        assert action_names(popup) == ORGANISATION_MENU
    finally:
        if popup is not None:
            popup.close()
        # the popup took the key releases: tell the application that Shift is up again
        qtbot.keyRelease(win.tree, Qt.Key.Key_Shift)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def test_deleting_an_organisation_lists_its_guarantees_and_yes_deletes_them(demo_ws, window, modal):
    win = window(demo_ws)
    org = first_org(demo_ws)
    guarantees = demo_ws.guarantees.list(org_id=org.id)
    ids = [g.id for g in guarantees]
    select_node(win, NodeKind.ORGANISATION, org.id)

    modal.answer(QMessageBox.StandardButton.Yes)
    win.actions["delete"].trigger()

    assert len(modal.seen) == 1
    question = modal.seen[0]
    assert org.label in question.text
    assert "Its 3 guarantees and their access codes" in question.informative
    for g in guarantees:
        assert g.reference in question.informative
    assert demo_ws.organisations.count() == 3
    assert demo_ws.guarantees.count() == 7
    marks = ",".join("?" * len(ids))
    assert demo_ws.db.execute(f"SELECT count(*) FROM access_codes WHERE guarantee_id IN ({marks})", ids).fetchone()[0] == 0
    nav = win.navigation
    assert nav.rowCount(nav.index_of(nav.organisations_node)) == 3
    assert nav.find(NodeKind.ORGANISATION, org.id) is None
    assert win.target.org_id != org.id


def test_cancelling_the_organisation_deletion_keeps_everything(demo_ws, window, modal):
    win = window(demo_ws)
    org = first_org(demo_ws)
    codes_before = demo_ws.db.execute("SELECT count(*) FROM access_codes").fetchone()[0]
    select_node(win, NodeKind.ORGANISATION, org.id)

    modal.answer(QMessageBox.StandardButton.Cancel)
    win.actions["delete"].trigger()

    assert len(modal.seen) == 1
    assert demo_ws.organisations.count() == 4
    assert demo_ws.guarantees.count() == 10
    assert demo_ws.db.execute("SELECT count(*) FROM access_codes").fetchone()[0] == codes_before
    assert win.navigation.find(NodeKind.ORGANISATION, org.id) is not None


def test_deleting_an_organisation_without_guarantees_asks_without_a_list(context, window, modal):
    org = context.organisations.add(Organisation(name="Empty s.r.o.", eori="CZ12345678", country="CZ"))
    win = window(context)
    select_node(win, NodeKind.ORGANISATION, org.id)
    modal.answer(QMessageBox.StandardButton.Yes)
    win.actions["delete"].trigger()
    assert modal.seen[0].informative == ""
    assert context.organisations.count() == 0


def test_deleting_a_guarantee_from_the_tree_removes_it_from_tree_and_database(demo_ws, window, modal):
    win = window(demo_ws)
    g = demo_ws.guarantees.list()[0]
    select_node(win, NodeKind.GUARANTEE, g.id)
    modal.answer(QMessageBox.StandardButton.Yes)
    win.actions["delete"].trigger()
    assert g.reference in modal.seen[0].text
    assert demo_ws.guarantees.count() == 9
    assert win.navigation.find(NodeKind.GUARANTEE, g.id) is None


def test_customs_guarantees_action_selects_the_organisation_and_expands_it(demo_ws, window):
    win = window(demo_ws)
    org = first_org(demo_ws)
    win.org_table.selectRow(0)
    assert win.target.is_organisation and win.target.org_id == org.id
    win.actions["customs_guarantees"].trigger()
    current = win.navigation.node(win.tree.currentIndex())
    assert current.kind is NodeKind.ORGANISATION and current.record_id == org.id
    assert win.tree.isExpanded(win.tree.currentIndex())
    assert win.pages.currentWidget() is win.guarantee_table
    assert win.guarantee_table.model().rowCount() == 3


def test_a_guarantee_saved_elsewhere_appears_after_refresh(context, org, window):
    win = window(context)
    select_node(win, NodeKind.ORGANISATION, org.id)
    assert win.guarantee_table.model().rowCount() == 0
    context.guarantees.add(Guarantee(org_id=org.id, type="1", grn="23GB0000010000863"))
    win.actions["refresh"].trigger()
    assert win.guarantee_table.model().rowCount() == 1
    assert "1 organisation · 1 guarantee ·" in win.status.text()


def test_after_deleting_the_selected_guarantee_in_the_tree_commands_no_longer_target_it(demo_ws, window, modal):
    win = window(demo_ws)
    g = demo_ws.guarantees.list()[0]
    select_node(win, NodeKind.GUARANTEE, g.id)
    modal.answer(QMessageBox.StandardButton.Yes)
    win.actions["delete"].trigger()
    assert demo_ws.guarantees.count() == 9
    assert g.id not in win.target.guarantee_ids
    assert g.reference not in win.list_title.text()


def test_after_deleting_the_selected_guarantee_in_the_list_commands_no_longer_target_it(demo_ws, window, modal):
    win = window(demo_ws)
    org = first_org(demo_ws)
    select_node(win, NodeKind.ORGANISATION, org.id)
    win.guarantee_table.selectRow(0)
    deleted = win.target.guarantee_ids
    assert len(deleted) == 1
    modal.answer(QMessageBox.StandardButton.Yes)
    win.actions["delete"].trigger()
    assert demo_ws.guarantees.count(org.id) == 2
    assert win.target.guarantee_ids != deleted
    assert win.target.org_id == org.id


def test_new_organisation_from_the_menu_appears_in_the_tree(context, window, modal):
    win = window(context)

    def fill(editor):
        editor.name.setText("Nová Spedice s.r.o.")
        editor.eori.setText("CZ60826843")
        editor.country.setText("CZ")
        editor.accept()

    modal.answer(handle=fill)
    win.actions["new_organisation"].trigger()
    assert [s.widget_class for s in modal.seen] == ["OrganisationEditor"]
    assert context.organisations.count() == 1
    nav = win.navigation
    organisations = nav.index_of(nav.organisations_node)
    assert nav.rowCount(organisations) == 1
    assert nav.index(0, 0, organisations).data() == "Nová Spedice s.r.o. (CZ60826843)"
    assert win.org_table.model().rowCount() == 1


def test_new_guarantee_from_the_menu_is_added_to_the_selected_organisation(context, org, window, modal):
    win = window(context)
    index = select_node(win, NodeKind.ORGANISATION, org.id)
    assert not win.navigation.hasChildren(index)

    def fill(editor):
        assert editor.user.text() == org.label
        editor.grn.setText("23GB0000010000863")
        editor.accept()

    modal.answer(handle=fill)
    win.actions["new_guarantee"].trigger()
    assert [s.widget_class for s in modal.seen] == ["GuaranteeEditor"]
    assert context.guarantees.count(org.id) == 1
    assert win.navigation.hasChildren(index)
    assert win.guarantee_table.model().rowCount() == 1
    nav = win.navigation
    fetch_all(nav, nav.index_of(nav.ncts_node))
    assert nav.rowCount(nav.index_of(nav.ncts_node)) == 1


def test_editing_an_organisation_relabels_its_tree_node(demo_ws, window, modal):
    win = window(demo_ws)
    org = first_org(demo_ws)
    select_node(win, NodeKind.ORGANISATION, org.id)

    def rename(editor):
        editor.name.setText("Hafen Logistik AG")
        editor.accept()

    modal.answer(handle=rename)
    win.actions["edit"].trigger()
    assert demo_ws.organisations.get(org.id).name == "Hafen Logistik AG"
    node = win.navigation.find(NodeKind.ORGANISATION, org.id)
    assert node.label == f"Hafen Logistik AG ({org.eori})"
    assert win.navigation.index_of(node).data() == node.label


def tree_with_450_organisations(context, window):
    add_organisations(context, 450)
    win = window(context)
    nav = win.navigation
    organisations = nav.index_of(nav.organisations_node)
    assert nav.rowCount(organisations) == 200
    return win, organisations


def test_scrolling_near_the_end_of_the_loaded_organisations_fetches_the_next_batch(context, window):
    win, organisations = tree_with_450_organisations(context, window)
    bar = win.tree.verticalScrollBar()
    bar.setValue(bar.maximum() - 5)
    assert win.navigation.rowCount(organisations) == 400


def test_dragging_the_scroll_bar_to_the_very_end_fetches_the_next_batch(context, window):
    win, organisations = tree_with_450_organisations(context, window)
    bar = win.tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert win.navigation.rowCount(organisations) == 400
    QApplication.processEvents()  # the tree lays out the new rows between two drags
    bar.setValue(bar.maximum())
    assert win.navigation.rowCount(organisations) == 450
    names = [win.navigation.index(r, 0, organisations).data() for r in range(450)]
    assert len(set(names)) == 450


def test_no_two_commands_of_the_main_window_share_a_shortcut(context, window):
    win = window(context)
    shortcuts = [s.toString() for a in win.actions for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    assert win.actions["continuity"].shortcut().toString() == "Ctrl+Shift+O"


def test_the_main_toolbar_shows_an_icon_beside_each_commands_text(demo_ws, window):
    from PySide6.QtWidgets import QToolBar, QToolButton

    win = window(demo_ws)
    toolbar = win.findChild(QToolBar, "main_toolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    commands = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(commands) == 7
    for action in commands:
        button = toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton) and not action.icon().isNull(), action.objectName()
        assert not action.icon().pixmap(16, 16).toImage().isNull()
        assert button.text().replace("&", "") == action.text().replace("&", "").rstrip("…")
