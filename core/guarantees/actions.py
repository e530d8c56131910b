"""The clerk's actions on guarantees that span services, each one transaction that reports what changed."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.changes import ACCESS_CODES, GUARANTEES, ORGANISATIONS, Changes
from core.guarantees import types
from core.guarantees.access_codes import AccessCodes

if TYPE_CHECKING:
    from core.guarantees.access_codes import AccessCodeService
    from core.guarantees.model import Guarantee
    from core.guarantees.service import GuaranteeService
    from core.organisations import Organisation, OrganisationService
    from core.store.connection import Database


@dataclass(frozen=True)
class Saved:
    guarantee: Guarantee
    changes: Changes


@dataclass(frozen=True)
class SavedOrganisation:
    organisation: Organisation
    changes: Changes


class GuaranteeActions:
    def __init__(self, db: Database, organisations: OrganisationService, guarantees: GuaranteeService,
                 access_codes: AccessCodeService):
        self._db = db
        self._organisations = organisations
        self._guarantees = guarantees
        self._access_codes = access_codes

    def save_with_codes(self, g: Guarantee, codes: AccessCodes, codes_only: bool = False) -> Saved:
        """Add or change the guarantee and replace the user's own access codes, all or nothing.

        ``codes_only``: the user may not change the guarantee, only their own codes on it."""
        with self._db.atomic():
            if codes_only and g.id:
                saved = self._guarantees.get(g.id)
            else:
                saved = self._guarantees.update(g) if g.id else self._guarantees.add(g)
            if types.max_spks(saved.type) or g.id:
                self._access_codes.save(saved.id, codes if types.max_spks(saved.type) else AccessCodes())
        changes = Changes.of(GUARANTEES, saved.id) | Changes.of(ACCESS_CODES, saved.id) | Changes.of(
            ORGANISATIONS, saved.org_id)
        return Saved(saved, changes)

    def save_organisation(self, org: Organisation) -> SavedOrganisation:
        """Add or change an organisation of the register."""
        saved = self._organisations.update(org) if org.id else self._organisations.add(org)
        return SavedOrganisation(saved, Changes.of(ORGANISATIONS, saved.id))

    def delete_guarantees(self, ids: list[int]) -> Changes:
        """Delete the guarantees (with every user's access codes on them), all or none."""
        with self._db.atomic():
            guarantees = [self._guarantees.get(gid) for gid in ids]
            for g in guarantees:
                self._guarantees.delete(g.id)
        return Changes.of(GUARANTEES, *ids) | Changes.of(ORGANISATIONS, *{g.org_id for g in guarantees})

    def delete_organisation(self, org_id: int) -> Changes:
        """Delete the organisation with its guarantees and their codes."""
        with self._db.atomic():
            gids = [g.id for g in self._guarantees.list(org_id=org_id)]
            self._organisations.delete(org_id)
        return Changes.of(ORGANISATIONS, org_id) | Changes.of(GUARANTEES, *gids)
