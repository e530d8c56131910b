"""One way of showing amounts everywhere, in the user's language; the balance of types 2 and 4 cannot be asked."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex

from core import i18n
from languages import install_language
from ui.amounts import format_amount
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.models.navigation import NodeKind


@pytest.fixture
def czech_locale():
    before = QLocale()
    i18n.install(None, "cs")
    QLocale.setDefault(QLocale(QLocale.Language.Czech, QLocale.Country.CzechRepublic))
    yield "cs"
    install_language("en")
    QLocale.setDefault(before)


def test_an_amount_is_grouped_with_two_decimals_in_the_language():
    assert format_amount(Decimal(1200000), "CZK", "en") == "1,200,000.00 CZK"
    assert format_amount("2373100.5", "", "de") == "2.373.100,50"
    assert format_amount(150000, "EUR", "cs") == "150\xa0000,00 EUR"
    assert format_amount(150000, "PLN", "pl") == "150\xa0000,00 PLN"
    assert format_amount(Decimal("-7320.505"), "CZK", "en") == "-7,320.51 CZK"
    assert format_amount(None, "CZK") == format_amount("", "CZK") == ""
    assert format_amount("n/a", "CZK") == "n/a CZK"  # not a number: as it came


def fetch_all(model, parent: QModelIndex) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)


def show_guarantee(win, g) -> str:
    nav = win.navigation
    for node in (nav.organisations_node, nav.ncts_node):
        fetch_all(nav, nav.index_of(node))
    win.tree.setCurrentIndex(nav.index_of(nav.find(NodeKind.GUARANTEE, g.id)))
    return win.detail.toPlainText()  # (which writes a no-break space as a space)


def demo_guarantee(context, grn_start: str):
    return next(g for g in context.guarantees.list() if g.grn.startswith(grn_start))


def test_the_page_the_list_and_the_editor_show_an_amount_alike(demo_ws, window, qtbot, czech_locale):
    g = demo_guarantee(demo_ws, "25CZ520101000145")  # 1200000.00 CZK
    expected = format_amount(Decimal("1200000.00"), "CZK", czech_locale)
    win = window(demo_ws)
    assert f"Amount\t{expected}".replace("\xa0", " ") in show_guarantee(win, g).replace("\n", "\t")

    win.tree.setCurrentIndex(win.navigation.index_of(win.navigation.ncts_node))
    model = win.guarantee_table.source
    fetch_all(model, QModelIndex())
    amount_column = [column.header for column in model.columns].index("Amount")
    assert model.index(model.row_of(g.id), amount_column).data() == expected

    editor = GuaranteeEditor(demo_ws, g, parent=win)
    qtbot.addWidget(editor)
    assert f"{editor.amount.text()} CZK" == expected
    saved, errors = editor.guarantee()
    assert errors == [] and saved.amount == Decimal("1200000.00")  # shown grouped, kept exact
    editor.amount.setText(format_amount(Decimal("1300000.25"), "", czech_locale))
    assert editor.guarantee()[0].amount == Decimal("1300000.25")


def test_the_balance_of_a_type_2_guarantee_cannot_be_asked_and_says_so(demo_ws, window, qtbot):
    win = window(demo_ws)
    type_2 = demo_guarantee(demo_ws, "25CZ610101000203")
    text = show_guarantee(win, type_2)
    assert "cannot be asked: customs do not give the balance of a type 2 guarantee (EU rule R261)" in text
    assert "not asked yet" not in text
    editor = GuaranteeEditor(demo_ws, type_2, parent=win)
    qtbot.addWidget(editor)
    assert "R261" in editor.answer_labels["balance"].text()

    type_1 = demo_guarantee(demo_ws, "25CZ520101000145")
    assert "Remaining balance\nnot asked yet" in show_guarantee(win, type_1).replace("\t", "\n")
