"""Puts tests/ on the import path, so every test folder can use tests/colleagues.py; and reads English as the
application ships it (its catalogue's plural forms: "1 guarantee", "3 guarantees")."""
import pytest

from languages import catalogue_path, install_language


@pytest.fixture(scope="session", autouse=True)
def english_as_shipped():
    assert catalogue_path("en").is_file(), f"{catalogue_path('en')} is missing: build the catalogues with make"
    install_language("en")
