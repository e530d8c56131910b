"""Migration 010: where Alembic takes over from the SQLite file's own migrations (core.store.migrations).

Nothing runs here: a SQLite file reaches this point by its own migrations and an office database is created
whole (core.store.evolution); both are then recorded as being at this revision or a later one.
"""
revision = "010"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass
