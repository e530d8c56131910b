"""Where the project's own resources (stylesheets, schemas, built-in code lists) live."""
from __future__ import annotations

import functools
import sys
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller one-folder build
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
