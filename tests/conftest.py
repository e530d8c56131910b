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


@pytest.fixture(autouse=True)
def _office_database_instead_of_the_file(request, monkeypatch):
    """With --office-database: each data folder a test opens gets an empty database on the tests' server."""
    if not request.config.getoption("--office-database") or request.node.get_closest_marker("sqlite_file"):
        yield
        return
    import core.installation

    server = request.getfixturevalue("postgres_server")
    databases: dict = {}

    def office_of(data_dir):
        key = str(data_dir)
        if key not in databases:
            databases[key] = server.new_database()
        return databases[key]

    monkeypatch.setattr(core.installation, "chosen_office_url", office_of)
    yield
