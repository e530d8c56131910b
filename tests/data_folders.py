"""Copying a data folder in a test, whichever engine holds its records."""
from __future__ import annotations

import shutil


def copied_data_folder(source, target, office_server) -> None:
    """Copy a data folder (and, with --office-database, the office database standing in for its file)."""
    shutil.copytree(source, target)
    if office_server is not None:
        office_server.copy_database(source, target)
