"""File dialogs open in the user's Documents folder, then in the folder used last; never in the program's."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from tools.screenshots import add_sample_messages
from ui.audit_window import AuditWindow
from ui.file_dialogs import LAST_FOLDER_KEY
from ui.messages_window import MessagesWindow


class SaveDialog:
    """QFileDialog.getSaveFileName answered with ``answers``, one a call; the folder each call opened in."""

    def __init__(self, monkeypatch, *answers: Path):
        self.opened_at: list[str] = []
        self.answers = list(answers)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self.ask)

    def ask(self, _parent, _title, start, _filters):
        self.opened_at.append(start)
        return str(self.answers.pop(0)), ""


@pytest.fixture
def no_folder_used():
    QSettings().remove(LAST_FOLDER_KEY)
    yield
    QSettings().remove(LAST_FOLDER_KEY)


def test_export_to_pdf_opens_in_documents_then_where_the_last_file_went(demo_ws, qtbot, monkeypatch, tmp_path,
                                                                         no_folder_used):
    ids = add_sample_messages(demo_ws)
    inbox = MessagesWindow(demo_ws)
    qtbot.addWidget(inbox)
    inbox.select_message(ids["response"])
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    dialog = SaveDialog(monkeypatch, elsewhere / "first.pdf", elsewhere / "second.pdf")

    assert inbox.export_pdf() == elsewhere / "first.pdf"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(dialog.opened_at[0]).parent == Path(documents)
    assert Path(dialog.opened_at[0]).name == f"{inbox._document_name()}.pdf"
    assert Path.cwd() not in Path(dialog.opened_at[0]).parents

    inbox.export_pdf()
    assert Path(dialog.opened_at[1]).parent == elsewhere

    audit = AuditWindow(demo_ws)  # every window's file dialog starts from the same last folder
    qtbot.addWidget(audit)
    dialog.answers.append(elsewhere / "audit.csv")
    audit.export_csv()
    assert Path(dialog.opened_at[2]).parent == elsewhere and (elsewhere / "audit.csv").exists()
