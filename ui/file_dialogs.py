"""Choosing files: the dialogs open in the folder used last (kept per user), else in the user's Documents
folder, never in the program's own folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last_folder"


def start_folder() -> Path:
    """The folder a file was last chosen in, while it exists; else Documents (or the home folder)."""
    last = QSettings().value(LAST_FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(chosen: str | Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))


def save_file_name(parent: QWidget, title: str, name: str, filters: str) -> str:
    """Where to save ``name``: "" when cancelled (the dialog has asked before replacing a file)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), filters)
    if chosen:
        remember_folder(chosen)
    return chosen


def open_file_name(parent: QWidget, title: str, filters: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if chosen:
        remember_folder(chosen)
    return chosen


def open_file_names(parent: QWidget, title: str, filters: str) -> list[str]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters)
    if chosen:
        remember_folder(chosen[0])
    return chosen


def existing_folder(parent: QWidget, title: str) -> str:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if chosen:
        QSettings().setValue(LAST_FOLDER_KEY, chosen)
    return chosen
