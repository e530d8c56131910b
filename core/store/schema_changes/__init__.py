"""Schema changes of an office database (Alembic); ``versions/`` holds one module per change."""
