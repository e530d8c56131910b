"""Users and representations in the administration window (spec 04 §4.1): real contexts, real widgets offscreen.

Second users sign in on the same data folder with ``open_context(data_dir, user=..., password=...)``.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from simulator.demo import DEMO_PASSWORD
from core.errors import LoginFailed, ValidationError
from core.guarantees.access_codes import AccessCodes
from core.guarantees.model import Guarantee
from core.organisations import Organisation
from core.secrets import Secret
from core.users import Level, Representation, RepresentationKind, Rights, Role, User
from core.context import UserContext
from core.installation import open_context
from ui.admin_window import AdministrationWindow
from ui.dialogs.dates import to_qdate
from ui.dialogs.representation_editor import (
    TWO_LEVELS,
    EndRepresentationDialog,
    RepresentationEditor,
)
from ui.dialogs.user_editor import UserEditor
from ui_helpers import window_factory

PASSWORD = "a long enough password"
NEW_PASSWORD = "another long password"
GRN = "23GB0000010000863"


@pytest.fixture
def admin(qtbot):
    """Factory: a shown administration window over a context."""
    return window_factory(qtbot, AdministrationWindow)


@pytest.fixture
def signed_in(data_dir):
    """Factory: another user's context on the same data folder, closed after the test."""
    opened: list[UserContext] = []

    def make(login: str, password: str = PASSWORD) -> UserContext:
        opened.append(open_context(data_dir, user=login, password=password))
        return opened[-1]

    yield make
    for context in opened:
        context.close()


def add_declarant(context: UserContext, login: str = "karel") -> User:
    return context.users.add_user(context.session, User(login=login, full_name="Karel Dvořák", role=Role.DECLARANT,
                                              level=Level.ADVANCED, identity_method="in person, identity card",
                                              identity_confirmed_on="2025-01-06"), PASSWORD)


def represent(context: UserContext, org_id: int, user_id: int | None = None, agency_id: int | None = None,
              rights: Rights = Rights.EXTENDED, since: date | None = None) -> Representation:
    return context.representations.save(Representation(
        org_id=org_id, user_id=user_id, agency_id=agency_id, rights=rights, kind=RepresentationKind.EMPLOYEE,
        basis="employment contract", valid_from=since or date.today() - timedelta(days=30)))


def error_text(form, field: str) -> str:
    label = form.error_label(field)
    return "" if label.isHidden() else label.text()


def shown_users(win: AdministrationWindow) -> list[str]:
    return [u.login for u in win.user_model.records()]


# --- users ---------------------------------------------------------------------------------------

def fill_new_user(dialog: UserEditor, login: str, password: str, repeat: str | None = None) -> None:
    dialog.login.setText(login)
    dialog.full_name.setText("Karel Dvořák")
    dialog.email.setText("karel@example.cz")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.OFFICER.value))
    dialog.level.setCurrentIndex(dialog.level.findData(Level.ADVANCED.value))
    dialog.identity_method.setCurrentText("in person, identity card")
    dialog.identity_date.setDate(to_qdate(date(2025, 3, 4)))
    dialog.password.setText(password)
    dialog.password_repeat.setText(password if repeat is None else repeat)


def test_adding_a_user_through_the_dialog_lets_them_sign_in(context, admin, modal, signed_in):
    win = admin(context)

    def add(dialog):
        assert isinstance(dialog, UserEditor)
        fill_new_user(dialog, "karel", PASSWORD)
        dialog.accept()

    modal.answer(handle=add)
    dialog = win.add_user()
    assert dialog.result() == QDialog.DialogCode.Accepted
    karel = context.users.find("karel")
    assert (karel.role, karel.level, karel.identity_confirmed_on) == (Role.OFFICER, Level.ADVANCED, "2025-03-04")
    assert karel.email == "karel@example.cz" and karel.has_password
    assert "karel" in shown_users(win) and win.selected_user().login == "karel"
    assert signed_in("karel").user == "karel"


def test_advanced_access_without_identity_and_a_short_password_are_shown_under_their_fields(context, qtbot):
    dialog = UserEditor(context)
    qtbot.addWidget(dialog)
    fill_new_user(dialog, "karel", "short", repeat="shorter")
    dialog.identity_method.setCurrentText("")
    dialog.identity_date.setDate(dialog.identity_date.minimumDate())
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    identity = error_text(dialog.form, "identity_method")
    assert "record how the identity was confirmed" in identity and "the day the identity was confirmed" in identity
    assert "at least 10 characters" in error_text(dialog.form, "password")
    assert "differ" in error_text(dialog.form, "password_repeat")
    assert error_text(dialog.form, "login") == ""
    assert context.users.find("karel") is None


def test_a_taken_login_name_is_shown_under_the_login_field(context, qtbot):
    dialog = UserEditor(context)
    qtbot.addWidget(dialog)
    fill_new_user(dialog, "alice", PASSWORD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "is taken" in error_text(dialog.form, "login")
    assert error_text(dialog.form, "password") == ""


def test_editing_a_user_changes_role_and_level_but_not_the_login(context, admin, modal):
    add_declarant(context)
    win = admin(context)
    win.select_user("karel")

    def edit(dialog):
        assert dialog.login.isReadOnly() and not hasattr(dialog, "password")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.OFFICER.value))
        dialog.level.setCurrentIndex(dialog.level.findData(Level.BASIC.value))
        dialog.accept()

    modal.answer(handle=edit)
    win.edit_user()
    karel = context.users.get("karel")
    assert (karel.role, karel.level) == (Role.OFFICER, Level.BASIC)
    assert win.selected_user().role == Role.OFFICER


def store_own_spk(user_ws: UserContext, guarantee_id: int, code: str) -> None:
    user_ws.access_codes.save(guarantee_id, AccessCodes(spks=[Secret(code)]))


@pytest.fixture
def karel_with_code(context, org, signed_in) -> tuple[User, Guarantee]:
    """karel represents the organisation and has stored his own secondary code for its guarantee."""
    karel = add_declarant(context)
    represent(context, org.id, user_id=karel.id)
    g = context.guarantees.add(Guarantee(org_id=org.id, type="1", grn=GRN, office="CZ520101"))
    store_own_spk(signed_in("karel"), g.id, "KA01")
    return karel, g


def own_code_rows(context: UserContext, user: User) -> int:
    return context.db.execute("SELECT count(*) FROM access_codes WHERE user_id = ?", [user.id]).fetchone()[0]


def test_resetting_a_password_warns_first_and_the_users_stored_code_is_gone(context, admin, modal, karel_with_code,
                                                                            signed_in):
    karel, g = karel_with_code
    assert own_code_rows(context, karel) == 1
    win = admin(context)
    win.select_user("karel")

    def type_new_password(dialog):
        dialog.password.setText(NEW_PASSWORD)
        dialog.password_repeat.setText(NEW_PASSWORD)
        dialog.accept()

    def confirm(box):
        modal.answer(handle=type_new_password)
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.answer(handle=confirm)
    dialog = win.reset_password()
    warning, entry = modal.seen
    assert warning.widget_class == "QMessageBox" and "makes 1 secondary access code unreadable" in warning.informative
    assert "unreadable" in warning.informative and "nobody can recover them" in warning.informative
    assert entry.widget_class == "PasswordResetDialog" and dialog.impact.spk_count == 1
    assert own_code_rows(context, karel) == 0
    assert signed_in("karel", NEW_PASSWORD).access_codes.codes_for(g.id).spks == []
    with pytest.raises(LoginFailed):
        context.users.authenticate("karel", PASSWORD)


def test_cancelling_at_the_reset_warning_keeps_password_and_codes(context, admin, modal, karel_with_code):
    karel, _ = karel_with_code
    win = admin(context)
    win.select_user("karel")
    modal.answer(QMessageBox.StandardButton.Cancel)
    assert win.reset_password() is None
    assert len(modal.seen) == 1 and own_code_rows(context, karel) == 1
    assert context.users.authenticate("karel", PASSWORD).login == "karel"


def test_a_reset_password_that_is_too_short_is_refused_in_the_dialog(context, admin, modal, karel_with_code):
    karel, _ = karel_with_code
    win = admin(context)
    win.select_user("karel")
    seen_errors = []

    def type_short(dialog):
        dialog.password.setText("tiny")
        dialog.password_repeat.setText("tiny")
        dialog.accept()
        seen_errors.append(error_text(dialog.form, "password"))
        dialog.reject()

    def confirm(box):
        modal.answer(handle=type_short)
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.answer(handle=confirm)
    win.reset_password()
    assert "at least 10 characters" in seen_errors[0]
    assert own_code_rows(context, karel) == 1


def test_deactivating_asks_then_stops_sign_in_and_activating_allows_it_again(context, admin, modal):
    add_declarant(context)
    win = admin(context)
    win.select_user("karel")
    modal.answer(QMessageBox.StandardButton.Yes)
    win.toggle_active()
    assert "Deactivate karel?" in modal.seen[0].text
    assert not context.users.get("karel").active
    assert win.active_button.text() == "Ac&tivate"
    with pytest.raises(LoginFailed, match="deactivated"):
        context.users.authenticate("karel", PASSWORD)
    win.toggle_active()
    assert len(modal.seen) == 1  # activating does not ask
    assert context.users.authenticate("karel", PASSWORD).login == "karel"


def test_the_administrator_cannot_deactivate_or_reset_their_own_account_here(context, admin):
    win = admin(context)
    win.select_user("alice")
    assert not win.active_button.isEnabled() and "your own account" in win.active_button.toolTip()
    assert not win.reset_button.isEnabled() and "Change password" in win.reset_button.toolTip()
    assert win.edit_user_button.isEnabled() and win.add_user_button.isEnabled()


# --- representations -----------------------------------------------------------------------------

@pytest.fixture
def agency_and_client(context) -> tuple[Organisation, Organisation]:
    agency = context.organisations.add(Organisation(name="Agentura Celní s.r.o.", eori="CZ25596641", country="CZ"))
    client = context.organisations.add(Organisation(name="Klient Export a.s.", eori="CZ45274649", country="CZ"))
    return agency, client


def test_a_two_level_representation_added_in_the_editor_shows_in_the_users_effective_organisations(
        context, admin, modal, agency_and_client, signed_in):
    agency, client = agency_and_client
    karel = add_declarant(context)
    represent(context, agency.id, user_id=karel.id, rights=Rights.EXTENDED)
    win = admin(context)
    win.select_user("karel")
    assert win.effective_organisations() == [agency.name]

    def add_through_agency(dialog):
        assert isinstance(dialog, RepresentationEditor)
        assert dialog.findChild(QLabel, "two_levels").text() == TWO_LEVELS
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(client.id))
        dialog.by_agency.setChecked(True)
        dialog.agency.setCurrentIndex(dialog.agency.findData(agency.id))
        dialog.kind.setCurrentIndex(dialog.kind.findData(RepresentationKind.PROXY.value))
        dialog.basis.setText("power of attorney PA-7")
        dialog.rights.setCurrentIndex(dialog.rights.findData(Rights.BASIC.label))
        dialog.accept()

    modal.answer(handle=add_through_agency)
    win.tabs.setCurrentIndex(1)
    assert win.add_representation().result() == QDialog.DialogCode.Accepted
    saved = context.representations.find(client.id, agency_id=agency.id)
    assert (saved.rights, saved.basis, saved.valid_to) == (Rights.BASIC, "power of attorney PA-7", None)
    assert win.selected_representation().id == saved.id
    assert win.effective_organisations() == [agency.name, client.name]
    client_row = win.effective_organisations().index(client.name)
    assert win.effective.item(client_row, 1).text() == "basic"
    assert f"through the agency {agency.name}" in win.effective.item(client_row, 2).text()
    assert signed_in("karel").access.rights(client.id) == Rights.BASIC


def test_the_editor_shows_the_cores_errors_under_their_fields(context, qtbot, agency_and_client):
    agency, _ = agency_and_client
    dialog = RepresentationEditor(context, org_id=agency.id)
    qtbot.addWidget(dialog)
    dialog.by_agency.setChecked(True)
    dialog.agency.setCurrentIndex(dialog.agency.findData(agency.id))
    dialog.kind.setCurrentIndex(dialog.kind.findData(RepresentationKind.PROXY.value))
    dialog.open_ended.setChecked(False)
    dialog.valid_to.setDate(dialog.valid_from.date().addDays(-1))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "its own agency" in error_text(dialog.form, "representative")
    assert "power of attorney" in error_text(dialog.form, "basis")
    assert "before it starts" in error_text(dialog.form, "valid_to")
    assert context.representations.list() == []


def test_ending_a_representation_removes_the_organisation_from_the_users_list(context, admin, modal, org, signed_in):
    karel = add_declarant(context)
    rep = represent(context, org.id, user_id=karel.id)
    karel_ws = signed_in("karel")
    assert [o.id for o in karel_ws.organisations.list()] == [org.id]
    win = admin(context)
    win.tabs.setCurrentIndex(1)
    win.select_representation(rep.id)
    yesterday = date.today() - timedelta(days=1)

    def end_yesterday(dialog):
        assert isinstance(dialog, EndRepresentationDialog)
        assert dialog.last_day.date() == to_qdate(date.today())
        dialog.last_day.setDate(to_qdate(yesterday))
        dialog.accept()

    modal.answer(handle=end_yesterday)
    win.end_representation()
    assert context.representations.get(rep.id).valid_to == yesterday
    assert karel_ws.organisations.list() == []
    assert karel_ws.access.rights(org.id) is None
    assert win.rep_model.records() == []  # ended ones are hidden until "show ended"
    win.show_ended.setChecked(True)
    assert [(r.id, r.in_force(date.today())) for r in win.rep_model.records()] == [(rep.id, False)]
    win.select_representation(rep.id)
    assert not win.end_rep_button.isEnabled() and "ended on" in win.end_rep_button.toolTip()
    win.tabs.setCurrentIndex(0)
    win.select_user("karel")
    assert win.effective_organisations() == []


def test_a_representation_cannot_end_before_it_starts(context, qtbot, org):
    karel = add_declarant(context)
    rep = represent(context, org.id, user_id=karel.id, since=date.today() + timedelta(days=10))
    dialog = EndRepresentationDialog(context, rep)
    qtbot.addWidget(dialog)
    assert dialog.last_day.minimumDate() == to_qdate(rep.valid_from)
    with pytest.raises(ValidationError, match="before it starts"):
        context.representations.end(rep.id, date.today())
    assert context.representations.get(rep.id).valid_to is None
    assert not context.representations.get(rep.id).in_force(date.today())


def test_filters_by_organisation_and_by_user(demo_ws, admin):
    win = admin(demo_ws)
    jan = demo_ws.users.get("jan")
    win.rep_user_filter.setCurrentIndex(win.rep_user_filter.findData(jan.id))
    assert {r.org_name for r in win.rep_model.records()} == {"Spedice Brno s.r.o.", "Transpol Sp. z o.o."}
    assert {r.user_id for r in win.rep_model.records()} == {jan.id}
    win.rep_user_filter.setCurrentIndex(0)
    brno = next(i for i, n in demo_ws.organisations.all_names() if n == "Spedice Brno s.r.o.")
    win.rep_org_filter.setCurrentIndex(win.rep_org_filter.findData(brno))
    assert sorted(r.representative for r in win.rep_model.records()) == ["eva", "jan", "petra"]


# --- who may change what -------------------------------------------------------------------------

def test_a_declarants_window_is_read_only_and_says_why(demo_ws, admin, signed_in):
    jan_ws = signed_in("jan", DEMO_PASSWORD)
    win = admin(jan_ws)
    assert shown_users(win) == ["jan"]
    assert not win.read_only_note.isHidden() and "Read-only" in win.read_only_note.text()
    for button in (win.add_user_button, win.edit_user_button, win.reset_button, win.active_button,
                   win.add_rep_button):
        assert not button.isEnabled()
        assert "Only an administrator may" in button.toolTip() and "jan is a declarant" in button.toolTip()
    jan = jan_ws.users.get("jan")
    assert {r.user_id for r in win.rep_model.records()} == {jan.id}
    assert {r.org_name for r in win.rep_model.records()} == {"Spedice Brno s.r.o.", "Transpol Sp. z o.o."}
    win.tabs.setCurrentIndex(1)
    win.select_representation(win.rep_model.records()[0].id)
    for button in (win.edit_rep_button, win.end_rep_button):
        assert not button.isEnabled() and "Only an administrator may" in button.toolTip()
    assert win.effective_organisations() == ["Jihočeská doprava a.s.", "Spedice Brno s.r.o.", "Transpol Sp. z o.o."]


def test_an_administrators_window_has_no_read_only_note(context, admin):
    win = admin(context)
    assert win.read_only_note.isHidden()
    assert "alice is an administrator" in win.effective_note.text()


def test_the_main_window_keeps_one_administration_window(context, window):
    main = window(context)
    first = main.open_administration()
    assert isinstance(first, AdministrationWindow) and first.isVisible()
    add_declarant(context)
    second = main.open_administration()
    assert second is first and "karel" in shown_users(second)  # shown again, read again
    assert len(main.findChildren(AdministrationWindow)) == 1
