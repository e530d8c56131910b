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
    """A PostgreSQL server of the tests' own (tests/postgres_server.py), for the office database."""
    from postgres_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def office_url(postgres_server) -> str:
    """The URL of an empty office database on the tests' server."""
    return postgres_server.new_database()
