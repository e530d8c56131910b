"""Organisations: principals and representatives (customs agencies)."""
from core.organisations.model import Organisation, normalise_eori, validate_organisation
from core.organisations.service import OrganisationService

__all__ = ["Organisation", "OrganisationService", "normalise_eori", "validate_organisation"]
