"""The workspace: one data folder, its store, its key and its user."""
from __future__ import annotations

import pytest

from core.errors import UserError
from core.store.database import DATABASE_FILE_NAME
from core.installation import open_context
from core.store.migrations import latest_version


@pytest.mark.sqlite_file
def test_open_creates_database_and_key_in_the_data_folder(data_dir):
    context = open_context(data_dir, user="alice")
    try:
        assert (data_dir / DATABASE_FILE_NAME).is_file()
        assert (data_dir / "secrets.key").is_file()
        assert context.user == "alice" and context.access_codes.user == "alice"
        assert context.store.schema_version == latest_version()
    finally:
        context.close()


def test_settings_are_stored(workspace):
    assert workspace.setting("theme") is None
    assert workspace.setting("theme", "light") == "light"
    workspace.set_setting("theme", "dark")
    assert workspace.setting("theme") == "dark"


def test_demo_is_offered_only_to_an_empty_never_asked_workspace(workspace, org):
    assert workspace.should_offer_demo() is False


def test_demo_is_not_offered_again_once_declined(workspace):
    assert workspace.should_offer_demo() is True
    workspace.set_setting("demo_offered", "declined")
    assert workspace.should_offer_demo() is False


def test_damaged_key_file_is_a_user_error(data_dir):
    data_dir.mkdir()
    (data_dir / "secrets.key").write_bytes(b"")
    with pytest.raises(UserError, match="secrets.key"):
        open_context(data_dir, user="alice").close()
