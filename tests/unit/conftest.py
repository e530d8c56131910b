"""Fixtures for the core/ unit tests: real SQLite files in tmp_path, real shared test data."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from data_folders import copied_data_folder
from unit_shared import COL_FILE, RD_FILE, FixedClock
from users_shared import Office

from core.installation import open_context
from core.organisations import Organisation
from core.refdata.importer import ImportResult, import_reference_files
from core.store.database import DATABASE_FILE_NAME
from simulator.demo import load_demo
from simulator.engine import CustomsEngine
from simulator.pki import TRAINING_HOOKS
from simulator.register import seed_from_app


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir):
    context = open_context(data_dir, user="alice")
    yield context
    context.close()


@pytest.fixture
def org(workspace) -> Organisation:
    return workspace.organisations.add(
        Organisation(name="Spedice Test s.r.o.", eori="CZ25596641", country="CZ")
    )


@pytest.fixture
def office(data_dir):
    """Alice, the administrator with her password, on a fresh data folder; colleagues are added as needed."""
    o = Office(data_dir)
    yield o
    o.close()


@dataclass(frozen=True)
class ImportedTemplate:
    folder: Path
    result: ImportResult


@pytest.fixture(scope="session")
def imported_template(tmp_path_factory) -> ImportedTemplate:
    """A data folder with both real EU reference files imported once; tests get a copy."""
    folder = tmp_path_factory.mktemp("imported-template")
    context = open_context(folder, user="alice")
    try:
        result = import_reference_files(context.db, [RD_FILE, COL_FILE])
    finally:
        context.close()
    return ImportedTemplate(folder, result)


@pytest.fixture
def imported_workspace(imported_template, tmp_path, office_server):
    folder = tmp_path / "imported"
    copied_data_folder(imported_template.folder, folder, office_server)
    context = open_context(folder, user="alice")
    yield context
    context.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A data folder with the demo loaded (certificates included), made once and copied per test."""
    folder = tmp_path_factory.mktemp("demo-template") / "data"
    context = open_context(folder, user="alice")
    try:
        load_demo(context)
    finally:
        context.close()
    return folder


@pytest.fixture
def demo_dir(demo_template, tmp_path, office_server) -> Path:
    folder = tmp_path / "data"
    copied_data_folder(demo_template, folder, office_server)
    return folder


@pytest.fixture
def context(demo_dir):
    """The demo data folder opened as alice, the local user who holds the demo PAC, with the training side
    plugged in as the window and the commands do."""
    workspace = open_context(demo_dir, user="alice", hooks=TRAINING_HOOKS)
    yield workspace
    workspace.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def engine(demo_dir, clock, office_server):
    """The customs simulator's engine on the demo folder, its register seeded from the demo guarantees."""
    customs = CustomsEngine(demo_dir, clock=clock)
    seed_from_app(customs.register, office_server.database_for(demo_dir) if office_server else demo_dir / DATABASE_FILE_NAME)
    yield customs
    customs.close()
