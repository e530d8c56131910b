"""A version number on the records clerks edit, so that two saving the same record at once are told, and the
second is never silently written over the first (see core.store.rows.update_versioned)."""
import sqlalchemy as sa
from alembic import op

revision = "011"
down_revision = "010"
branch_labels = None
depends_on = None

VERSIONED = ("organisations", "guarantees", "comm_params", "representations", "users")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("1")))
