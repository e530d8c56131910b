"""Writing the files a user names: whole or not at all, never over an existing or a protected file by accident."""
from __future__ import annotations

import os
import stat

import pytest

from core.data_folder import DataFolder
from core.errors import ValidationError
from core.files import write_user_file


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_written_with_the_usual_mode_and_no_temporary_is_left(tmp_path):
    umask = os.umask(0o022)
    try:
        written = write_user_file(tmp_path / "report.csv", b"a;b\n", replace=False)
    finally:
        os.umask(umask)
    assert written == tmp_path / "report.csv" and written.read_bytes() == b"a;b\n"
    assert _mode(written) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "report.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_user_file(target, b"new", replace=True)
    assert target.read_bytes() == b"new" and _mode(target) == 0o640


def test_an_existing_file_is_refused_without_replace(tmp_path):
    target = tmp_path / "report.csv"
    target.write_bytes(b"keep me")
    with pytest.raises(ValidationError) as caught:
        write_user_file(target, b"new", replace=False, field="output")
    assert caught.value.for_field("output") and "use --force to replace it" in caught.value.for_field("output")[0]
    assert target.read_bytes() == b"keep me" and [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_a_hard_link_to_the_database_is_the_database(tmp_path):
    folder = DataFolder(tmp_path / "data")
    folder.path.mkdir()
    folder.database.write_bytes(b"SQLite format 3\x00 pretend")
    other_name = tmp_path / "harmless.pem"
    os.link(folder.database, other_name)
    with pytest.raises(ValidationError) as caught:
        folder.write_user_file(other_name, b"-----BEGIN CERTIFICATE-----", replace=True)
    assert "CustomsDesk's database" in str(caught.value)
    assert folder.database.read_bytes() == b"SQLite format 3\x00 pretend"


def test_a_file_beside_the_database_that_is_not_its_own_may_be_written(tmp_path):
    folder = DataFolder(tmp_path)
    assert folder.write_user_file(tmp_path / "customsdesk-export.pem", b"x", replace=False).read_bytes() == b"x"
