"""Message search on an office database finds words whatever their accents (SQLite's has always done so): the
search column is made again with a text search configuration that removes them (core.store.postgresql)."""
from alembic import op

revision = "012"
down_revision = "011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from core.store.postgresql import MESSAGE_SEARCH, SEARCH_CONFIGURATION

    for statement in ("DROP INDEX IF EXISTS messages_search",
                      "ALTER TABLE messages DROP COLUMN IF EXISTS search_vector",
                      f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIGURATION}",
                      *MESSAGE_SEARCH):
        op.execute(statement)
