"""Puts tests/ on the import path, so every test folder can use tests/colleagues.py; and reads English as the
application ships it (its catalogue's plural forms: "1 guarantee", "3 guarantees")."""
import pytest

from languages import catalogue_path, install_language


@pytest.fixture(scope="session", autouse=True)
def english_as_shipped():
    assert catalogue_path("en").is_file(), f"{catalogue_path('en')} is missing: build the catalogues with make"
    install_language("en")


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of the tests' own (tools/postgres_server.py), for the office database."""
    from tools.postgres_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def office_url(postgres_server) -> str:
    """The URL of an empty office database on the tests' server."""
    return postgres_server.new_database()


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """A real keyring (keyrings.alt's) kept in a file of the test's own, as this process's system keyring: the tests'
    computer has no desktop keyring. The programs a test starts find it through the environment."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "keyring"))
    backend = PlaintextKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def server_account(postgres_server, tmp_path, monkeypatch):
    """A server account that must give its password (PASSWORD of tools/postgres_server.py), owning an empty office
    database of its own; the URL of that database. No password in the environment or a password file."""
    from tools.postgres_server import PASSWORD

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-password-file"))
    role = f"clerk_{tmp_path.name[-8:].lower().replace('-', '_')}"
    postgres_server.add_role_with_password(role, PASSWORD)
    return postgres_server.new_database(owner=role)


def pytest_addoption(parser):
    parser.addoption("--office-database", action="store_true",
                     help="run the tests that open a data folder in this process on an office database (a PostgreSQL "
                          "database of their own on the tests' server) instead of its SQLite file")


@pytest.fixture(scope="session", autouse=True)
def office_server(request):
    """With --office-database: the tests' server, whose databases stand in for the data folders' files (every
    data folder opened in this process gets one of its own; see copied_data_folder); None otherwise."""
    if not request.config.getoption("--office-database"):
        yield None
        return
    from bulk_records import sort_as_the_server_does

    import core.installation
    from core.store.office import chosen_office_url

    sort_as_the_server_does()
    server = request.getfixturevalue("postgres_server")
    with pytest.MonkeyPatch.context() as patch:  # a folder whose test chose an office database keeps that choice
        patch.setattr(core.installation, "chosen_office_url",
                      lambda data_dir: chosen_office_url(data_dir) or server.database_for(data_dir))
        yield server


def pytest_collection_modifyitems(config, items):
    """With --office-database, the tests about the SQLite file itself (marked sqlite_file) are left out."""
    if not config.getoption("--office-database"):
        return
    kept = [item for item in items if not item.get_closest_marker("sqlite_file")]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept

