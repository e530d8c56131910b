"""What a unit of work changed, so that every view showing it can reload: kinds of record and their ids."""
from __future__ import annotations

from dataclasses import dataclass, field

ORGANISATIONS = "organisations"
GUARANTEES = "guarantees"
ACCESS_CODES = "access_codes"
MESSAGES = "messages"
CERTIFICATES = "certificates"
SUMA = "suma"  # summary declarations
CONTINUITY = "continuity"  # outages: the incident log (ids: incidents) and the movements handled on paper
KINDS = (ORGANISATIONS, GUARANTEES, ACCESS_CODES, MESSAGES, CERTIFICATES, SUMA, CONTINUITY)


@dataclass(frozen=True)
class Changes:
    """``ids`` maps a kind to the ids that changed; a kind without ids changed as a whole."""

    ids: dict[str, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: str, *ids: int | None) -> Changes:
        return cls({kind: frozenset(i for i in ids if i is not None)})

    @classmethod
    def everything(cls) -> Changes:
        """Every kind changed as a whole (what changed is not known: reload all)."""
        return cls({kind: frozenset() for kind in KINDS})

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.ids for kind in kinds)

    def of_kind(self, kind: str) -> frozenset[int]:
        return self.ids.get(kind, frozenset())
