"""Paths to the project's shared, real test data (the folder beside the repository)."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFERENCE_DATA = SHARED / "reference-data"
RD_FILE = REFERENCE_DATA / "RD_NCTS-P5-20250212.json.gz"
COL_FILE = REFERENCE_DATA / "COL-Generic-20250212.json.gz"
GRN_VECTORS_CSV = SHARED / "test-data" / "grn_vectors.csv"
GRN_VECTORS_MD = SHARED / "test-data" / "grn_vectors.md"


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta) -> None:
        self.moment += timedelta(**delta)

