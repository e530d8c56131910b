"""Communication parameter sets: how messages of a guarantee reach customs."""
from core.communication.parameters import (
    ADMINISTRATIONS,
    ENVIRONMENTS,
    CommParams,
    CommParamsService,
    ensure_can_send,
)

__all__ = ["ADMINISTRATIONS", "ENVIRONMENTS", "CommParams", "CommParamsService", "ensure_can_send"]
