"""The customs administrations and environments a workstation talks to."""
from __future__ import annotations

ADMINISTRATIONS = {"CZ": "CZ NCTS", "DE": "DE ATLAS", "PL": "PL NCTS"}
ENVIRONMENTS = {"production": "Production", "test": "Test", "training": "Training (simulator)"}


def channel_label(administration: str, environment: str) -> str:
    """'CZ NCTS training', as a clerk reads it."""
    return f"{ADMINISTRATIONS.get(administration, administration)} {environment}"
