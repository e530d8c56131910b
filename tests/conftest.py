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

    sort_as_the_server_does()
    server = request.getfixturevalue("postgres_server")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(core.installation, "chosen_office_url", server.database_for)
        yield server


def pytest_collection_modifyitems(config, items):
    """With --office-database, the tests about the SQLite file itself (marked sqlite_file) are left out."""
    if not config.getoption("--office-database"):
        return
    kept = [item for item in items if not item.get_closest_marker("sqlite_file")]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept

