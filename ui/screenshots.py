"""Render the main windows with demo data to PNG files: ``python -m ui.screenshots DIR``."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from core.demo import load_demo
from core.workspace import Workspace
from ui.app import create_application
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.dialogs.office_picker import OfficePicker
from ui.dialogs.organisation_editor import OrganisationEditor
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow
from ui.models.navigation import NodeKind


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def render_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    ws = Workspace.open(Path(tempfile.mkdtemp(prefix="customsdesk-shots-")), user="jana")
    load_demo(ws)
    window = MainWindow(ws)
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    org_node = window.navigation.find(NodeKind.ORGANISATION, ws.organisations.list()[0].id)
    org_index = window.navigation.index_of(org_node)
    window.tree.expand(window.navigation.index_of(window.navigation.ncts_node))
    window.tree.expand(org_index)
    window.tree.setCurrentIndex(org_index)
    _save(window, out / "main-window.png")

    guarantee = next(g for g in ws.guarantees.list() if g.type == "1" and g.grn.startswith("25CZ52"))
    editor = GuaranteeEditor(ws, guarantee, parent=window)
    _save(editor, out / "guarantee-editor.png")
    editor.tabs.setCurrentIndex(1)
    editor.show_codes.setChecked(True)
    _save(editor, out / "guarantee-editor-access-codes.png")
    editor.close()

    failing = GuaranteeEditor(ws, guarantee, parent=window)
    failing.grn.setText("01GB1234567890120")
    failing.accept()
    _save(failing, out / "guarantee-editor-check-digit.png")
    failing.close()

    org_editor = OrganisationEditor(ws, parent=window)
    org_editor.eori.setText("C25596641")
    org_editor.accept()
    _save(org_editor, out / "organisation-editor-errors.png")
    org_editor.close()

    picker = OfficePicker(ws.catalogue, "CZ", parent=window)
    _save(picker, out / "office-picker.png")
    picker.close()
    settings = SettingsDialog(ws, window)
    _save(settings, out / "settings-ncts.png")
    settings.close()
    window.close()
    ws.close()
    return sorted(out.glob("*.png"))


if __name__ == "__main__":
    render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
