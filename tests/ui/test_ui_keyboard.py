"""The keyboard: shortcuts of disabled commands say why, Enter opens a record, Esc and Ctrl+W close windows,
every menu has unique access keys, and the focus is visible."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from ui.admin_window import AdministrationWindow
from ui.audit_window import AuditWindow
from ui.certificate_window import CertificateWindow
from ui.messages_window import MessagesWindow
from ui.models.navigation import NodeKind
from ui.suma_window import SumaWindow

ACCESS_KEY = re.compile(r"&([^&])")


def fetch_all(model, parent: QModelIndex) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)


def tree_index(win, kind: NodeKind, record_id: int | None = None) -> QModelIndex:
    nav = win.navigation
    for node in (nav.organisations_node, nav.ncts_node):
        fetch_all(nav, nav.index_of(node))
    if kind is NodeKind.ORGANISATIONS:
        return nav.index_of(nav.organisations_node)
    return nav.index_of(nav.find(kind, record_id))


def activated(qtbot, window: QMainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focused(qtbot, window: QMainWindow, widget) -> None:
    activated(qtbot, window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def a_guarantee(context, grn_start: str = "25CZ520101000145"):
    return next(g for g in context.guarantees.list() if g.grn.startswith(grn_start))


# --- shortcuts of disabled commands -----------------------------------------------------------

def test_the_shortcut_of_a_disabled_command_says_why_in_the_status_bar(demo_ws, window, qtbot):
    win = window(demo_ws)
    win.tree.setCurrentIndex(tree_index(win, NodeKind.ORGANISATIONS))
    edit = win.actions["edit"]
    assert not edit.isEnabled()
    focused(qtbot, win, win.tree)
    qtbot.waitUntil(lambda: win.shortcut_notice.watching)  # from just after the first paint
    qtbot.keyClick(win.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert win.statusBar().currentMessage() == f"Edit is not possible now: {edit.toolTip()}"
    assert "Select one organisation or guarantee" in edit.toolTip()


def test_the_shortcut_of_an_enabled_command_runs_it_and_says_nothing_else(demo_ws, window, qtbot, modal):
    win = window(demo_ws)
    win.tree.setCurrentIndex(tree_index(win, NodeKind.GUARANTEE, a_guarantee(demo_ws).id))
    focused(qtbot, win, win.tree)
    win.statusBar().clearMessage()
    modal.answer()  # the editor opened by Ctrl+E, cancelled
    qtbot.keyClick(win.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [seen.widget_class for seen in modal.seen] == ["GuaranteeEditor"]
    assert "not possible" not in win.statusBar().currentMessage()


def test_a_disabled_shortcut_in_the_messages_window_says_why_too(demo_ws, qtbot):
    inbox = MessagesWindow(demo_ws)
    qtbot.addWidget(inbox)
    inbox.show()
    focused(qtbot, inbox, inbox.table)
    qtbot.waitUntil(lambda: inbox.shortcut_notice.watching)
    qtbot.keyClick(inbox.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert inbox.statusBar().currentMessage() == "Export to PDF is not possible now: Select a message first"


# --- Enter opens --------------------------------------------------------------------------------

@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)])
def test_enter_on_a_guarantee_in_the_tree_opens_its_editor(demo_ws, window, qtbot, modal, key, modifier):
    win = window(demo_ws)
    g = a_guarantee(demo_ws)
    win.tree.setCurrentIndex(tree_index(win, NodeKind.GUARANTEE, g.id))
    focused(qtbot, win, win.tree)
    modal.answer()
    qtbot.keyClick(win.tree, key, modifier)
    assert [(seen.widget_class, seen.title) for seen in modal.seen] == [("GuaranteeEditor", f"Guarantee {g.reference}")]


def test_enter_on_an_organisation_in_the_tree_opens_and_closes_its_branch(demo_ws, window, qtbot):
    win = window(demo_ws)
    org = demo_ws.organisations.list()[0]
    index = tree_index(win, NodeKind.ORGANISATION, org.id)
    win.tree.setCurrentIndex(index)
    win.tree.collapse(index)
    focused(qtbot, win, win.tree)
    qtbot.keyClick(win.tree, Qt.Key.Key_Return)
    assert win.tree.isExpanded(index)
    qtbot.keyClick(win.tree, Qt.Key.Key_Return)
    assert not win.tree.isExpanded(index)


def test_enter_on_a_guarantee_in_the_list_opens_its_editor(demo_ws, window, qtbot, modal):
    win = window(demo_ws)
    win.tree.setCurrentIndex(win.navigation.index_of(win.navigation.ncts_node))
    table = win.guarantee_table
    table.selectRow(0)
    focused(qtbot, win, table)
    modal.answer()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [seen.widget_class for seen in modal.seen] == ["GuaranteeEditor"]


# --- Esc and Ctrl+W close ---------------------------------------------------------------------------

@pytest.mark.parametrize("cls", [CertificateWindow, AuditWindow, AdministrationWindow, MessagesWindow])
@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_secondary_windows_close_with_escape_and_ctrl_w(demo_ws, qtbot, cls, key, modifier):
    window = cls(demo_ws)
    qtbot.addWidget(window)
    window.show()
    activated(qtbot, window)
    qtbot.keyClick(window.focusWidget() or window, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible())


# --- access keys -------------------------------------------------------------------------------------

def access_key(text: str) -> str | None:
    found = ACCESS_KEY.search(text)
    return found.group(1).lower() if found else None


def duplicate_access_keys(menu: QMenu, where: str) -> list[str]:
    """Items of ``menu`` (and of its submenus, each on its own) sharing an access key."""
    seen: dict[str, str] = {}
    problems = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = access_key(action.text())
        if key is not None:
            if key in seen:
                problems.append(f"{where}: {seen[key]!r} and {action.text()!r} share &{key}")
            seen[key] = action.text()
        if action.menu() is not None:
            problems += duplicate_access_keys(action.menu(), f"{where} ▸ {action.text()}")
    return problems


def menu_bar_problems(window: QMainWindow, name: str) -> list[str]:
    bar = QMenu()  # the menu bar's titles, checked like a menu
    bar.addActions(window.menuBar().actions())
    return duplicate_access_keys(bar, name)


def test_no_two_items_of_a_menu_share_an_access_key(demo_ws, window, qtbot):
    win = window(demo_ws)
    problems = menu_bar_problems(win, "main window")
    nav = win.navigation
    for index in (nav.index_of(nav.organisations_node), nav.index_of(nav.ncts_node),
                  tree_index(win, NodeKind.ORGANISATION, demo_ws.organisations.list()[0].id),
                  tree_index(win, NodeKind.GUARANTEE, a_guarantee(demo_ws).id)):
        win.tree.setCurrentIndex(index)
        problems += duplicate_access_keys(win.context_menu(), f"context menu of {nav.node(index).label}")
    suma = SumaWindow(demo_ws)
    qtbot.addWidget(suma)
    editor = suma.open_declaration(demo_ws.suma.rows()[0].id)
    qtbot.addWidget(editor)
    for name, other in (("messages", MessagesWindow(demo_ws)), ("certificates", CertificateWindow(demo_ws)),
                        ("audit log", AuditWindow(demo_ws)), ("users", AdministrationWindow(demo_ws)),
                        ("summary declarations", suma), ("summary declaration", editor)):
        qtbot.addWidget(other)
        problems += menu_bar_problems(other, name)
    assert problems == []


def test_the_access_key_check_finds_a_duplicate(qapp):
    menu = QMenu()
    menu.addAction("&Send")
    menu.addAction("Customs &simulator")
    assert duplicate_access_keys(menu, "m") == ["m: '&Send' and 'Customs &simulator' share &s"]


# --- the focus is seen -------------------------------------------------------------------------------

def test_the_view_with_the_keyboard_focus_has_a_frame_in_the_highlight_colour(demo_ws, window, qtbot):
    win = window(demo_ws)
    highlight = win.palette().color(QPalette.ColorRole.Highlight)

    def left_edge(widget):
        image = widget.grab().toImage()
        return image.pixelColor(0, image.height() // 2)

    focused(qtbot, win, win.tree)
    assert left_edge(win.tree) == highlight
    focused(qtbot, win, win.org_table)
    assert left_edge(win.org_table) == highlight and left_edge(win.tree) != highlight
