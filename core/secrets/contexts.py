"""What each sealed secret is bound to: a sealed value opens only in the context it was sealed for."""
from __future__ import annotations


def code_context(guarantee_id: int, user_id: int, kind: str, position: int) -> str:
    """An access code. The PAC and the new PAC share one, so a confirmed change is a rename."""
    slot = "primary" if kind in ("pac", "new_pac") else f"spk|{position}"
    return f"access-code|{guarantee_id}|{user_id}|{slot}"
