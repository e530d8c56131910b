"""Users, representations, access rules, the audit log and the per-user keys (spec 04)."""
from core.users.access import Access, effective_rights, system_access
from core.users.accounts import ResetImpact, Session, UserService
from core.users.audit import ACTIONS, AuditEntry, AuditFilter, AuditLog
from core.users.model import (
    Level,
    Representation,
    RepresentationKind,
    Rights,
    Role,
    User,
)
from core.users.representations import RepresentationFilter, RepresentationService

__all__ = [
    "ACTIONS", "Access", "AuditEntry", "AuditFilter", "AuditLog", "Level", "Representation", "RepresentationFilter",
    "RepresentationKind", "RepresentationService", "ResetImpact", "Rights", "Role", "Session", "User", "UserService",
    "effective_rights", "system_access",
]
