"""Users and representations (spec 04 §4.1): administrators change them, everybody else reads their own."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import EditConflict, UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.users import (
    Level,
    Representation,
    RepresentationFilter,
    Rights,
    Role,
    User,
)
from ui.actions import add_close_action
from ui.combos import refill_combo
from ui.dialogs.representation_editor import (
    EndRepresentationDialog,
    RepresentationEditor,
    user_choice,
)
from ui.dialogs.user_editor import PasswordResetDialog, UserEditor
from ui.geometry import keep_geometry
from ui.models.admin import RepresentationTableModel, UserTableModel
from ui.single_window import show_one
from ui.views import button_row, enable_with_reason, fit_columns, single_record_view

if TYPE_CHECKING:
    from core.context import UserContext

IDENTITY_COLUMN = 4  # of the users table: the one that takes the room left
BASIS_COLUMN = 4  # of the representations table
READ_ONLY_STYLE = ("QLabel { background: #fff1b8; color: #202020; border: 1px solid #e0c040; border-radius: 3px;"
                   " padding: 6px; }")
NO_SELECTION = QT_TRANSLATE_NOOP("AdminWindow", "Select a row in the list first.")


def route_texts(reps: list[Representation], user_id: int, today: date) -> dict[int, list[str]]:
    """Organisation id -> how the user comes to represent it today (directly, or through which agency)."""
    direct = [r for r in reps if r.user_id == user_id and r.in_force(today)]
    routes: dict[int, list[str]] = {}
    for r in direct:
        routes.setdefault(r.org_id, []).append(
            translate("AdminWindow", "directly ({kind}, {rights})").format(kind=r.kind.value, rights=r.rights.shown))
    links = {r.org_id: r for r in direct}
    for r in reps:
        link = links.get(r.agency_id)
        if link is not None and r.in_force(today):
            rights = min(r.rights, link.rights)
            routes.setdefault(r.org_id, []).append(translate("AdminWindow", "through the agency {agency} ({rights})")
                                                   .format(agency=link.org_name, rights=rights.shown))
    return routes


class AdministrationWindow(QMainWindow):
    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.setObjectName("AdministrationWindow")
        self.setWindowTitle(translate("AdminWindow", "Users and representations — CustomsDesk"))
        self.user_model = UserTableModel(self)
        self.rep_model = RepresentationTableModel(self)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(READ_ONLY_STYLE)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_users_tab(), translate("AdminWindow", "&Users"))
        self.tabs.addTab(self._build_representations_tab(), translate("AdminWindow", "&Representations"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        add_close_action(self)
        self.geometry_keeper = keep_geometry(self, "administration_window", QSize(1220, 720))
        self.refresh()

    @classmethod
    def show_for(cls, main_window) -> AdministrationWindow | None:
        """The one administration window of ``main_window``."""
        return show_one(main_window, cls)

    # --- layout ------------------------------------------------------------------------------
    def _build_users_tab(self) -> QWidget:
        self.add_user_button = QPushButton(translate("AdminWindow", "&Add user…"))
        self.edit_user_button = QPushButton(translate("AdminWindow", "&Edit…"))
        self.reset_button = QPushButton(translate("AdminWindow", "Reset &password…"))
        self.active_button = QPushButton(translate("AdminWindow", "&Deactivate"))
        for button, handler in ((self.add_user_button, self.add_user), (self.edit_user_button, self.edit_user),
                                (self.reset_button, self.reset_password), (self.active_button, self.toggle_active)):
            button.clicked.connect(lambda _=False, handler=handler: handler())
        self.users_view = single_record_view(self.user_model, "users", stretch=IDENTITY_COLUMN)
        self.users_view.selectionModel().currentRowChanged.connect(lambda *_: self._user_selected())
        self.users_view.doubleClicked.connect(lambda *_: self.edit_user_button.isEnabled() and self.edit_user())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.users_view)
        splitter.addWidget(self._build_effective_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(button_row(self.add_user_button, self.edit_user_button, self.reset_button,
                                     self.active_button))
        layout.addWidget(splitter, 1)
        return tab

    def _build_effective_panel(self) -> QWidget:
        self.effective_title = QLabel()
        self.effective_title.setObjectName("effective_title")
        self.effective_note = QLabel()
        self.effective_note.setObjectName("effective_note")
        self.effective_note.setWordWrap(True)
        self.effective = QTableWidget(0, 3)
        self.effective.setObjectName("effective")
        self.effective.setHorizontalHeaderLabels([
            translate("AdminWindow", "Organisation"), translate("AdminWindow", "Rights"),
            translate("AdminWindow", "How", "column: how the user comes to represent the organisation")])
        self.effective.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.effective.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.effective.verticalHeader().hide()
        self.effective.horizontalHeader().setStretchLastSection(True)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.effective_title)
        layout.addWidget(self.effective_note)
        layout.addWidget(self.effective, 1)
        return panel

    def _build_representations_tab(self) -> QWidget:
        self.rep_org_filter = QComboBox()
        self.rep_org_filter.setObjectName("rep_org_filter")
        self.rep_org_filter.setMinimumContentsLength(24)
        self.rep_user_filter = QComboBox()
        self.rep_user_filter.setObjectName("rep_user_filter")
        self.rep_user_filter.setMinimumContentsLength(18)
        self.show_ended = QCheckBox(translate("AdminWindow", "Show &ended"))
        self.show_ended.setToolTip(translate("AdminWindow", "Also list representations whose last day has passed"))
        for combo in (self.rep_org_filter, self.rep_user_filter):
            combo.currentIndexChanged.connect(lambda *_: self.refresh_representations())
        self.show_ended.toggled.connect(lambda *_: self.refresh_representations())
        self.add_rep_button = QPushButton(translate("AdminWindow", "A&dd…"))
        self.edit_rep_button = QPushButton(translate("AdminWindow", "Ed&it…"))
        self.end_rep_button = QPushButton(translate("AdminWindow", "E&nd…", "end a representation"))
        for button, handler in ((self.add_rep_button, self.add_representation),
                                (self.edit_rep_button, self.edit_representation),
                                (self.end_rep_button, self.end_representation)):
            button.clicked.connect(lambda _=False, handler=handler: handler())
        self.reps_view = single_record_view(self.rep_model, "representations", stretch=BASIS_COLUMN)
        self.reps_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_rep_buttons())
        self.reps_view.doubleClicked.connect(lambda *_: self.edit_rep_button.isEnabled() and self.edit_representation())
        filters = QHBoxLayout()
        for text, combo in ((translate("AdminWindow", "&Organisation:"), self.rep_org_filter),
                            (translate("AdminWindow", "U&ser:"), self.rep_user_filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
            filters.addSpacing(8)
        filters.addWidget(self.show_ended)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(button_row(self.add_rep_button, self.edit_rep_button, self.end_rep_button))
        layout.addWidget(self.reps_view, 1)
        return tab

    # --- reading -----------------------------------------------------------------------------
    @property
    def is_admin(self) -> bool:
        return self.context.access.is_admin

    def refresh(self) -> None:
        self._show_read_only_note()
        self.refresh_users()
        self._fill_rep_filters()
        self.refresh_representations()

    def _show_read_only_note(self) -> None:
        user = self.context.access.user
        self.read_only_note.setText(translate(
            "AdminWindow", "Read-only: {login} is a {role}. You see your own account and the organisations you "
            "represent; only an administrator may change users and representations.").format(
                login=user.login, role=user.role.label))
        self.read_only_note.setVisible(not self.is_admin)

    def refresh_users(self, select: str | None = None) -> None:
        current = select or (self.selected_user().login if self.selected_user() else self.context.user)
        users = self.context.users.list() if self.is_admin else [self.context.users.get(self.context.user)]
        self.user_model.set_rows(users)
        fit_columns(self.users_view)
        self.select_user(current)
        self._user_selected()

    def select_user(self, login: str) -> None:
        row = next((i for i, u in enumerate(self.user_model.records()) if u.login == login), 0)
        if self.user_model.rowCount():
            self.users_view.setCurrentIndex(self.user_model.index(row, 0))

    def selected_user(self) -> User | None:
        index = self.users_view.currentIndex()
        return self.user_model.record(index.row()) if index.isValid() else None

    def _fill_rep_filters(self) -> None:
        if self.is_admin:
            organisations = [(name, org_id) for org_id, name in self.context.organisations.all_names()]
            users = [(user_choice(u), u.id) for u in self.context.users.list()]
        else:
            organisations = sorted({(r.org_name, r.org_id) for r in self.context.representations.list()})
            users = [(user_choice(self.context.access.user), self.context.access.user.id)]
        refill_combo(self.rep_org_filter, translate("AdminWindow", "All organisations"), organisations)
        refill_combo(self.rep_user_filter, translate("AdminWindow", "All users"), users)

    def representation_filter(self) -> RepresentationFilter:
        return RepresentationFilter(org_id=self.rep_org_filter.currentData(),
                                    user_id=self.rep_user_filter.currentData())

    def refresh_representations(self, select: int | None = None) -> None:
        current = select or (self.selected_representation().id if self.selected_representation() else None)
        today = date.today()
        reps = self.context.representations.list(self.representation_filter())
        if not self.show_ended.isChecked():
            reps = [r for r in reps if r.valid_to is None or r.valid_to >= today]
        self.rep_model.set_rows(reps)
        fit_columns(self.reps_view)
        row = self.rep_model.row_of(current) if current is not None else None
        if row is not None:
            self.reps_view.setCurrentIndex(self.rep_model.index(row, 0))
        self._update_rep_buttons()

    def selected_representation(self) -> Representation | None:
        index = self.reps_view.currentIndex()
        return self.rep_model.record(index.row()) if index.isValid() else None

    def select_representation(self, rep_id: int) -> None:
        row = self.rep_model.row_of(rep_id)
        self.reps_view.setCurrentIndex(self.rep_model.index(row, 0) if row is not None else QModelIndex())

    # --- what a user sees today ----------------------------------------------------------------
    def _user_selected(self) -> None:
        self._update_user_buttons()
        self.show_effective(self.selected_user())

    def show_effective(self, user: User | None) -> None:
        self.effective.setRowCount(0)
        if user is None:
            self.effective_title.setText(
                translate("AdminWindow", "Select a user to see the organisations they represent today."))
            self.effective_note.hide()
            return
        today = date.today()
        self.effective_title.setText(translate(
            "AdminWindow", "<b>What {login} sees today ({date}):</b> the organisations {login} represents, with the "
            "rights that count").format(login=user.login, date=today))
        self._show_effective_note(user)
        if user.role == Role.ADMIN:
            return
        names = self._organisation_names()
        routes = route_texts(self.context.representations.list(), user.id, today)
        found = self.context.representations.effective_rights(user.id, today)
        for org_id, rights in sorted(found.items(), key=lambda item: names.get(item[0], "").lower()):
            shown = Rights.BASIC if user.level == Level.BASIC else rights
            name = names[org_id] if org_id in names else translate("AdminWindow", "organisation {number}").format(
                number=org_id)
            how = routes[org_id] if org_id in routes else [translate("AdminWindow", "through an agency")]
            self._add_effective_row(name, shown.label, "; ".join(how))
        for column in (0, 1):
            self.effective.resizeColumnToContents(column)

    def _show_effective_note(self, user: User) -> None:
        notes = []
        if user.role == Role.ADMIN:
            notes.append(translate("AdminWindow", "{login} is an administrator and sees every organisation with "
                                                  "extended rights.").format(login=user.login))
        elif user.level == Level.BASIC:
            notes.append(translate("AdminWindow", "{login} has basic access (identity not confirmed): the rights are "
                                                  "basic everywhere.").format(login=user.login))
        if not user.active:
            notes.append(translate("AdminWindow", "The account is deactivated: {login} cannot sign in.")
                         .format(login=user.login))
        self.effective_note.setText(" ".join(notes))
        self.effective_note.setVisible(bool(notes))

    def _add_effective_row(self, *texts: str) -> None:
        row = self.effective.rowCount()
        self.effective.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.effective.setItem(row, column, item)

    def effective_organisations(self) -> list[str]:
        """The organisation names in the panel, top to bottom."""
        return [self.effective.item(row, 0).text() for row in range(self.effective.rowCount())]

    def _organisation_names(self) -> dict[int, str]:
        if self.is_admin:
            return dict(self.context.organisations.all_names())
        return {o.id: o.name for o in self.context.organisations.list()}

    # --- buttons -----------------------------------------------------------------------------
    def _admin_reason(self, what: str, needs_row: bool, row) -> str | None:
        no_row = translate("AdminWindow", NO_SELECTION) if needs_row and row is None else None
        return self.context.access.why_not_admin(what) or no_row

    def _update_user_buttons(self) -> None:
        user = self.selected_user()
        own = user is not None and user.login == self.context.user
        # the short texts complete the access check's sentence "Only an administrator may …"
        enable_with_reason(self.add_user_button,
                           self._admin_reason(translate("AdminWindow", "add users", "Only an administrator may …"),
                                              False, user),
                           translate("AdminWindow", "Add a user account"))
        enable_with_reason(self.edit_user_button,
                           self._admin_reason(translate("AdminWindow", "change users", "Only an administrator may …"),
                                              True, user),
                           translate("AdminWindow", "Change the name, role, access level or identity of the selected "
                                                    "user"))
        reset_reason = self._admin_reason(
            translate("AdminWindow", "reset passwords", "Only an administrator may …"), True, user) or (
            translate("AdminWindow", "Your own password: use Account ▸ Change password…, which keeps your access "
                                     "codes.") if own else None)
        enable_with_reason(self.reset_button, reset_reason, translate(
            "AdminWindow", "Give the selected user a new password; their stored access codes become unreadable"))
        activate = user is not None and not user.active
        self.active_button.setText(translate("AdminWindow", "Ac&tivate") if activate
                                   else translate("AdminWindow", "&Deactivate"))
        active_reason = self._admin_reason(
            translate("AdminWindow", "deactivate or activate users", "Only an administrator may …"), True, user) or (
            translate("AdminWindow", "You cannot deactivate your own account while signed in.")
            if own and not activate else None)
        enable_with_reason(self.active_button, active_reason,
                           translate("AdminWindow", "Let the user sign in again") if activate
                           else translate("AdminWindow", "Stop the user from signing in; nothing is deleted"))

    def _update_rep_buttons(self) -> None:
        rep = self.selected_representation()
        enable_with_reason(self.add_rep_button,
                           self._admin_reason(translate("AdminWindow", "add representations",
                                                        "Only an administrator may …"), False, rep),
                           translate("AdminWindow", "Let a person or an agency act for an organisation"))
        enable_with_reason(self.edit_rep_button,
                           self._admin_reason(translate("AdminWindow", "change representations",
                                                        "Only an administrator may …"), True, rep),
                           translate("AdminWindow", "Change the rights, kind, basis or dates of the selected "
                                                    "representation"))
        ended = rep is not None and rep.valid_to is not None and rep.valid_to < date.today()
        end_reason = self._admin_reason(
            translate("AdminWindow", "end representations", "Only an administrator may …"), True, rep) or (
            translate("AdminWindow", "It ended on {date}; use Edit… to change its dates.").format(date=rep.valid_to)
            if ended else None)
        enable_with_reason(self.end_rep_button, end_reason,
                           translate("AdminWindow", "Set the last day the selected representation is in force"))

    # --- users -------------------------------------------------------------------------------
    def add_user(self) -> UserEditor:
        dialog = UserEditor(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._users_changed(dialog.saved.login,
                                translate("AdminWindow", "User {login} added.").format(login=dialog.saved.login))
        return dialog

    def edit_user(self) -> UserEditor | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = UserEditor(self.context, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._users_changed(user.login, translate("AdminWindow", "User {login} saved.").format(login=user.login))
        return dialog

    def reset_password(self) -> PasswordResetDialog | None:
        user = self.selected_user()
        if user is None or not self._confirm_reset(user.login):
            return None
        dialog = PasswordResetDialog(self.context, user.login, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            message = translate("AdminWindow", "The password of {login} is reset.").format(login=user.login)
            if dialog.impact.loses_codes:
                message += " " + translate("AdminWindow", "Their stored access codes were removed.")
            self._users_changed(user.login, message)
        return dialog

    def _confirm_reset(self, login: str) -> bool:
        impact = self.context.users.reset_impact(login)
        icon = QMessageBox.Icon.Warning if impact.loses_codes else QMessageBox.Icon.Question
        box = QMessageBox(icon, translate("AdminWindow", "Reset password"),
                          translate("AdminWindow", "Reset the password of {login}?").format(login=login),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(impact.warning())
        box.button(QMessageBox.StandardButton.Yes).setText(translate("AdminWindow", "Continue…"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active and QMessageBox.question(
                self, translate("AdminWindow", "Deactivate user"),
                translate("AdminWindow", "Deactivate {login}? They can no longer sign in. Their representations and "
                                         "stored codes stay; activate the account again to let them back.")
                .format(login=user.login),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        changed = replace(user, active=not user.active)
        try:
            self.context.users.update_user(self.context.session, changed)
        except EditConflict as exc:  # saved elsewhere meanwhile: the list shows it as saved now, the message says why
            QMessageBox.warning(self, translate("AdminWindow", "Users"), str(exc))
            self.refresh_users(select=user.login)
            return
        except UserError as exc:
            QMessageBox.warning(self, translate("AdminWindow", "Users"), str(exc))
            return
        done = (translate("AdminWindow", "{login} is active.") if changed.active
                else translate("AdminWindow", "{login} is deactivated."))
        self._users_changed(user.login, done.format(login=user.login))

    def _users_changed(self, login: str, message: str) -> None:
        self.refresh_users(select=login)
        self._fill_rep_filters()
        self.statusBar().showMessage(message, 10_000)

    # --- representations ---------------------------------------------------------------------
    def add_representation(self) -> RepresentationEditor:
        dialog = RepresentationEditor(self.context, parent=self, org_id=self.rep_org_filter.currentData(),
                                      user_id=self.rep_user_filter.currentData())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._representations_changed(dialog.saved, translate("AdminWindow", "Representation added"))
        return dialog

    def edit_representation(self) -> RepresentationEditor | None:
        rep = self.selected_representation()
        if rep is None:
            return None
        dialog = RepresentationEditor(self.context, rep, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._representations_changed(dialog.saved, translate("AdminWindow", "Representation saved"))
        return dialog

    def end_representation(self) -> EndRepresentationDialog | None:
        rep = self.selected_representation()
        if rep is None:
            return None
        dialog = EndRepresentationDialog(self.context, rep, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._representations_changed(dialog.saved, translate("AdminWindow", "Representation ends after {date}")
                                          .format(date=dialog.saved.valid_to))
        return dialog

    def _representations_changed(self, rep: Representation, message: str) -> None:
        self.refresh_representations(select=rep.id)
        self.show_effective(self.selected_user())
        self.statusBar().showMessage(translate("AdminWindow", "{what}: {organisation} ← {representative}.").format(
            what=message, organisation=rep.org_name, representative=rep.representative), 10_000)

