"""Secrets at rest: access codes are stored sealed (AES-GCM), never in clear text."""
from core.secrets.vault import Secret, SecretBox

__all__ = ["Secret", "SecretBox"]
