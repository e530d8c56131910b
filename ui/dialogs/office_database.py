"""Settings ▸ Office database: this workstation's own database, or the office's on a PostgreSQL server."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.i18n import translate
from core.store.office import (
    choose_office_database,
    chosen_office_url,
    has_password,
    office_status,
    reason_without_secrets,
    remember_office_password,
    shown_url,
)

log = logging.getLogger(__name__)


class _Answer(QObject):
    """Carries a connection test's outcome from its thread to the window's."""

    arrived = Signal(object)


class OfficeDatabasePage(QWidget):
    def __init__(self, data_dir: Path, may_change: bool = True, parent=None):
        """``may_change``: an administrator's; others see the choice only."""
        super().__init__(parent)
        self._data_dir = data_dir
        self._may_change = may_change
        chosen = chosen_office_url(data_dir)
        self.own = QRadioButton(translate("OfficeDatabase", "This &workstation's own database (in its data folder)"))
        self.office = QRadioButton(translate("OfficeDatabase", "The &office database on a PostgreSQL server"))
        self.office.setObjectName("use_office")
        choice = QButtonGroup(self)
        for button in (self.own, self.office):
            choice.addButton(button)
        self.url = QLineEdit(chosen or "")
        self.url.setObjectName("office_url")
        self.url.setPlaceholderText("postgresql://clerk@server/customsdesk?sslmode=require")
        self.password = QLineEdit()
        self.password.setObjectName("office_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("OfficeDatabase", "kept in the system keyring once the server "
                                                                     "takes it"))
        (self.office if chosen else self.own).setChecked(True)
        self.test = QPushButton(translate("OfficeDatabase", "&Test the connection"))
        self.test.setObjectName("test_connection")
        self.save = QPushButton(translate("OfficeDatabase", "&Use it"))
        self.save.setObjectName("save_choice")
        self.result = QLabel()
        self.result.setObjectName("connection_result")
        self.result.setWordWrap(True)
        note = QLabel(translate(
            "OfficeDatabase", "Several workstations share one register, one message archive and one list of summary "
                              "declarations on the office's server; each clerk's access codes stay locked with their "
                              "own password. The password of the server account is never part of the URL: type it "
                              "here and test the connection to keep it in the system keyring, or give it in "
                              "PGPASSWORD or a password file (~/.pgpass). The choice applies when CustomsDesk "
                              "starts again. Every workstation needs the office key (office-key-export and "
                              "office-key-import)."))
        note.setWordWrap(True)
        self._answer = _Answer(self)
        self._answer.arrived.connect(self.show_answer)
        self.test.clicked.connect(self.test_connection)
        self.save.clicked.connect(self.use_choice)
        self.office.toggled.connect(self._enable)
        self._enable()
        if not may_change:
            self.result.setText(translate("OfficeDatabase", "Only an administrator may choose the database of this "
                                                            "workstation."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("OfficeDatabase", "Server &URL:"), self.url)
        form.addRow(translate("OfficeDatabase", "&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addWidget(self.office)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addSpacing(self.fontMetrics().lineSpacing())
        layout.addWidget(note)
        layout.addStretch(1)

    def _enable(self) -> None:
        for widget in (self.own, self.office, self.save):
            widget.setEnabled(self._may_change)
        self.url.setEnabled(self._may_change and self.office.isChecked())
        self.password.setEnabled(self.office.isChecked())
        self.test.setEnabled(self.office.isChecked())

    def test_connection(self) -> threading.Thread | None:
        """Ask the server on a thread of its own (a server far away may take seconds); the answer is shown here."""
        url = self.url.text().strip()
        if has_password(url):
            self.result.setText(translate("OfficeDatabase", "Leave the password out of the URL: type it in the "
                                                            "password field, which keeps it in the system keyring "
                                                            "once the server takes it."))
            return None
        self.test.setEnabled(False)
        self.result.setText(translate("OfficeDatabase", "Asking {url}…").format(url=shown_url(url)))
        password = self.password.text()
        self.password.clear()
        thread = threading.Thread(target=self._ask, args=(url, password), daemon=True, name="office-database-test")
        thread.start()
        return thread

    def _ask(self, url: str, password: str) -> None:
        """Whether the server answers; a password typed is kept in the system keyring once the server takes it."""
        try:
            answer: object = remember_office_password(url, password) if password else (office_status(url), None)
        except UserError as exc:
            answer = exc
        except Exception as exc:  # the server refused a question (no right to read, say): the page says so
            log.warning("testing the office database failed", exc_info=True)
            answer = translate("OfficeDatabase", "The server answered with an error: {reason}").format(
                reason=reason_without_secrets(url, exc))
        self._answer.arrived.emit(answer)

    def show_answer(self, answer: object) -> None:
        """What the connection test found: the server's and the schema's version, or why it failed."""
        self.test.setEnabled(self.office.isChecked())
        if not isinstance(answer, tuple):
            self.result.setText(str(answer))
            return
        status, keyring = answer
        schema = (translate("OfficeDatabase", "its schema is version {version}").format(version=status.schema_version)
                  if status.schema_version
                  else translate("OfficeDatabase", "it is empty: the first workstation to use it sets it up"))
        text = translate("OfficeDatabase", "Connected: PostgreSQL {version}; {schema}.").format(
            version=status.server_version, schema=schema)
        text += " " + (translate("OfficeDatabase", "The connection is encrypted ({tls}).").format(tls=status.tls)
                       if status.tls else translate("OfficeDatabase", "The connection is not encrypted: add "
                                                                      "sslmode=verify-full to the URL where the "
                                                                      "network is not the office's own."))
        if keyring is not None:
            text += " " + translate("OfficeDatabase", "The password is kept in the system keyring ({keyring}).").format(
                keyring=keyring)
        self.result.setText(text)

    def use_choice(self) -> bool:
        url = self.url.text().strip() if self.office.isChecked() else None
        if url and self.password.text():  # a password is kept only once the server has taken it
            self.result.setText(translate("OfficeDatabase", "Test the connection first: the password typed is kept "
                                                            "in the system keyring once the server takes it."))
            return False
        try:
            choose_office_database(self._data_dir, url)
        except UserError as exc:
            self.result.setText(str(exc))
            return False
        self.result.setText(translate("OfficeDatabase", "Saved: CustomsDesk uses {database} when it starts again.")
                            .format(database=shown_url(url) if url else translate(
                                "OfficeDatabase", "this workstation's own database")))
        return True


class OfficePasswordDialog(QDialog):
    """At start: the office database refused the server account's password (``problem`` says so); the clerk types
    it, to be checked with the server and kept in the system keyring."""

    def __init__(self, problem: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("OfficeDatabase", "The office database asks for its password"))
        said = QLabel(problem)
        said.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("office_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("OfficeDatabase", "&Password:"), self.password)
        kept = QLabel(translate("OfficeDatabase", "Once the server takes it, it is kept in the system keyring, so that "
                                                  "CustomsDesk does not ask again."))
        kept.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("OfficeDatabase", "&Connect"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("OfficeDatabase",
                                                                                "&Close CustomsDesk"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(form)
        layout.addWidget(kept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
