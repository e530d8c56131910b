"""The window in Czech, German and Polish: its menus, Qt's own buttons, amounts and the settings' language choice."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from core import i18n
from languages import catalogue_path
from ui.dialogs.settings_dialog import AppearancePage
from ui.language import (
    LANGUAGE_KEY,
    SYSTEM,
    saved_language,
    start_in_language,
    window_language,
)

MENUS = [("&File", None), ("&Register", "menu: the organisation register"), ("&Settings", None), ("&Account", None),
         ("A&dministration", None), ("&Help", None)]
# what each language must call a few things, as the customs administrations and desktops do
WORDS = {"cs": ("záruk", "Nápověda"), "de": ("Sicherheit", "Hilfe"), "pl": ("zabezpiecze", "Pomoc")}


@pytest.fixture
def speak(qapp):
    def start(language: str) -> None:
        assert catalogue_path(language).is_file(), f"{catalogue_path(language)} is missing: build it with make"
        start_in_language(qapp, language)
    yield start
    start_in_language(qapp, "en")


def menu_titles(win) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


@pytest.mark.parametrize("language", ["cs", "de", "pl"])
def test_the_window_speaks_the_language_it_was_started_in(demo_ws, window, speak, language):
    english = menu_titles(window(demo_ws))
    speak(language)
    win = window(demo_ws)
    titles = menu_titles(win)
    expected = [i18n.translate("MainWindow", text, comment) for text, comment in MENUS]
    assert set(expected) <= set(titles) and len(titles) == len(english)
    assert sum(a != b for a, b in zip(titles, english)) >= len(MENUS) - 1  # a word may be the same in two languages
    guarantee_word, help_word = WORDS[language]
    assert any(help_word in title.replace("&", "") for title in titles)
    actions = " ".join(action.text() for action in win.findChildren(QAction)).replace("&", "").lower()
    assert guarantee_word.lower() in actions


@pytest.mark.parametrize("language, amount", [("cs", "1\xa0200\xa0000,00 CZK"), ("de", "1.200.000,00 CZK"),
                                              ("pl", "1\xa0200\xa0000,00 CZK")])
def test_amounts_and_qt_buttons_follow_the_language(qtbot, speak, language, amount):
    from ui.amounts import format_amount

    speak(language)
    assert format_amount(Decimal(1200000), "CZK") == amount
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() not in ("Cancel", "&Cancel")


def test_the_language_is_chosen_in_the_settings_and_kept_for_the_next_start(qtbot):
    QSettings().remove(LANGUAGE_KEY)
    try:
        page = AppearancePage()
        qtbot.addWidget(page)
        assert page.language.currentData() == SYSTEM and saved_language() == SYSTEM
        page.language.setCurrentIndex(page.language.findData("de"))
        assert saved_language() == "de" and window_language() == "de"
        assert "Deutsch" in page.language_note.text()
        assert i18n.current_language() == "en"  # this window goes on as it is; the next start speaks German
        assert window_language("pl") == "pl"  # --lang wins over the settings
    finally:
        QSettings().remove(LANGUAGE_KEY)


@pytest.mark.parametrize("language", ["cs", "de", "pl"])
def test_the_declaration_grid_is_headed_in_the_language_and_reads_those_headings_back(speak, language):
    from ui.models.suma import GRID_COLUMNS, field_for_heading, header_text

    speak(language)
    fields = [column for column in GRID_COLUMNS if column.field]
    translated = [column for column in fields if header_text(column) != column.header]
    assert len(translated) >= len(fields) - 2  # a short code may read the same
    assert all(field_for_heading(header_text(column)) == column.field for column in fields)
    assert all(field_for_heading(column.header) == column.field for column in fields)  # English headings too


def test_an_answers_result_and_history_read_in_the_windows_language(demo_ws, simulator, speak, qtbot):
    """Customs' answer is applied in an English run; a German clerk reads its result and its steps in German."""
    import asyncio

    from core.messages import QueryKind
    from ui.messages_window import MessagesWindow
    from ui_helpers import point_gateways

    point_gateways(demo_ws, simulator())
    g = next(g for g in demo_ws.guarantees.list() if g.grn.startswith("25CZ520101000011"))
    [query] = demo_ws.messaging.prepare_queries([g.id], QueryKind.BALANCE)
    assert asyncio.run(demo_ws.messaging.sync()).applied == 1
    speak("de")
    win = MessagesWindow(demo_ws)
    qtbot.addWidget(win)
    win.show()
    win.select_message(query.id)
    model = win.model
    row = next(r for r in range(model.rowCount()) if model.record(r).id == query.id)
    result = model.index(row, model.columnCount() - 1).data()
    in_use = i18n.translate("Answers", "in use {amount} {currency}, balance {balance}").split("{")[0]
    assert result.startswith(f"{g.grn}: {in_use}") and in_use != "in use " and " CZK, " in result
    steps = [win.history.topLevelItem(i).text(2) for i in range(win.history.topLevelItemCount())]
    assert steps[0] == i18n.translate("Messaging", "stored") != "stored"
    accepted = i18n.translate("Messaging", "accepted by the gateway {gateway}").split("{")[0]
    assert any(step.startswith(accepted) for step in steps) and accepted != "accepted by the gateway "


def test_the_audit_log_reads_its_actions_and_details_in_the_windows_language(demo_ws, speak, qtbot):
    """Entries written in English are read in Polish: the action, and the detail with its values kept."""
    from core.guarantees.access_codes import AccessCodes
    from core.secrets import Secret
    from ui.audit_window import AuditWindow

    g = next(g for g in demo_ws.guarantees.list() if g.grn.startswith("25CZ520101000011"))
    demo_ws.access_codes.save(g.id, AccessCodes(pac=Secret("PK7Q"), spks=[Secret("AC01"), Secret("QQ12"),
                                                                         Secret("ZZ34")]))
    [entry] = [e for e in demo_ws.audit.list() if e.action == "spk_changed"][:1]
    assert "→ 3" in entry.detail and entry.action_label == "secondary access codes changed"
    speak("pl")
    win = AuditWindow(demo_ws)
    qtbot.addWidget(win)
    model = win.model
    row = next(r for r in range(model.rowCount()) if model.record(r).id == entry.id)
    action, detail = (model.index(row, column).data() for column in (2, model.columnCount() - 1))
    assert action == i18n.translate("Audit", "secondary access codes changed") != "secondary access codes changed"
    assert detail == i18n.translate("Audit", "own secondary codes: {before} → {after}").format(
        before=entry.detail.split("→")[0].split()[-1], after=3) != entry.detail
    labels = [win.action_filter.itemText(i) for i in range(win.action_filter.count())]
    assert action in labels and "secondary access codes changed" not in labels
