"""The data folder: which of its files belong to CustomsDesk, and writing the files a user names beside them."""
from __future__ import annotations

from pathlib import Path

from core.files import check_user_file, tighten, write_user_file
from core.i18n import translate
from core.logs import LOG_FOLDER
from core.secrets.vault import KEY_FILE_NAME, KEY_TEMPORARY_SUFFIX
from core.store.database import DATABASE_FILE_NAME, SIDE_FILE_SUFFIXES, backup_files
from core.store.office import CHOICE_FILE_NAME

SIMULATOR_FOLDER = "simulator"  # the training simulator's register and certificates (simulator/pki.py)


class DataFolder:
    """One data folder (e.g. ``~/.local/share/CustomsDesk``) and the files CustomsDesk keeps in it."""

    def __init__(self, path: Path):
        self.path = Path(path)

    @property
    def database(self) -> Path:
        return self.path / DATABASE_FILE_NAME

    @property
    def key_file(self) -> Path:
        return self.path / KEY_FILE_NAME

    @property
    def logs(self) -> Path:
        return self.path / LOG_FOLDER

    def own_files(self) -> dict[Path, str]:
        """CustomsDesk's own files and folders here, each with what it is (in the user's language)."""
        database = self.database
        own = {database: translate("DataFolder", "CustomsDesk's database")}
        for suffix in SIDE_FILE_SUFFIXES:
            own[database.with_name(database.name + suffix)] = translate(
                "DataFolder", "a working file of CustomsDesk's database ({suffix})").format(suffix=suffix)
        own[self.key_file] = translate("DataFolder", "CustomsDesk's key file (it unlocks every stored secret)")
        own[self.key_file.with_suffix(KEY_TEMPORARY_SUFFIX)] = translate(
            "DataFolder", "CustomsDesk's key file being written")
        backup_text = translate("DataFolder", "a backup of CustomsDesk's database")
        for backup in backup_files(database):
            own[backup] = backup_text
        own[self.logs] = translate("DataFolder", "CustomsDesk's log folder")
        own[self.path / SIMULATOR_FOLDER] = translate("DataFolder", "the training simulator's folder")
        own[self.path / CHOICE_FILE_NAME] = translate("DataFolder", "the choice of the office database")
        return own

    def write_user_file(self, path: Path, data: bytes, *, replace: bool, field: str = "file",
                        private: bool = False) -> Path:
        """Write a file the user named (an export, a report): atomically, over an existing file only with
        ``replace``, and never over one of CustomsDesk's own files."""
        return write_user_file(path, data, replace=replace, protected=self.own_files(), field=field, private=private)

    def check_user_file(self, path: Path, *, replace: bool, field: str = "file") -> Path:
        """Refuse early (before the database is opened) a name :meth:`write_user_file` would refuse."""
        return check_user_file(path, replace=replace, protected=self.own_files(), field=field)

    def tighten_permissions(self) -> list[Path]:
        """Make the folder and CustomsDesk's files in it readable by their owner only; the paths changed."""
        paths = [self.path, self.database, *(self.database.with_name(self.database.name + suffix)
                                            for suffix in SIDE_FILE_SUFFIXES),
                 self.key_file, *backup_files(self.database), self.logs]
        if self.logs.is_dir():
            paths += sorted(self.logs.iterdir())
        return [path for path in paths if tighten(path)]
