"""The whole database schema as SQLAlchemy Core metadata: the tables as the migrations leave them (001 to 010 in
core.store.migrations, then the revisions in core/store/schema_changes; columns a revision added are marked with it).

This is the source for creating a new database on either engine, SQLite or PostgreSQL. It holds every table,
column, key, constraint and index except what is engine-specific and made per engine:

- the full-text search over ``messages.search_text`` (on SQLite the FTS5 table ``messages_fts``, its shadow
  tables and the triggers ``messages_ai``, ``messages_ad`` and ``messages_au`` that keep it up to date);
- the triggers that make ``audit_log`` append-only;
- the case-insensitive unique ``users.login`` (on SQLite ``UNIQUE COLLATE NOCASE``);
- the case-insensitive index ``organisations_name`` on ``organisations.name`` (on SQLite ``name COLLATE NOCASE``);
- the record of applied migrations (on SQLite sqlite-utils' ``_sqlite_migrations``).

``access_codes_legacy`` holds the access codes stored before user accounts existed (migration 004); the app
moves them into ``access_codes`` and drops it when it first starts on the database.
"""
from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    PrimaryKeyConstraint,
    Table,
    Text,
    text,
)

metadata = MetaData()
NEVER_ON_A_SERVER = {"access_codes_legacy"}  # codes from before user accounts, moved when a file is first opened

# 001 organisations, guarantees, reference data, settings

organisations = Table(
    "organisations", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("eori", Text, nullable=False),
    Column("branch", Text, nullable=False, server_default=text("'0000'")),
    Column("street", Text, nullable=False, server_default=text("''")),
    Column("postcode", Text, nullable=False, server_default=text("''")),
    Column("city", Text, nullable=False, server_default=text("''")),
    Column("country", Text, nullable=False),
    Column("contact", Text, nullable=False, server_default=text("''")),
    Column("email", Text, nullable=False, server_default=text("''")),
    Column("phone", Text, nullable=False, server_default=text("''")),
    Column("note", Text, nullable=False, server_default=text("''")),
    Column("is_principal", Integer, nullable=False, server_default=text("1")),
    Column("is_representative", Integer, nullable=False, server_default=text("0")),
    Column("version", Integer, nullable=False, server_default=text("1")),  # 011
)

comm_params = Table(
    "comm_params", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("administration", Text, nullable=False),
    Column("environment", Text, nullable=False),
    Column("eori", Text, nullable=False, server_default=text("''")),
    Column("ncts_permit_number", Text, nullable=False, server_default=text("''")),
    Column("gateway", Text, nullable=False, server_default=text("''")),
    Column("branch", Text, nullable=False, server_default=text("'0000'")),
    Column("participant_code", Text, nullable=False, server_default=text("''")),
    Column("version", Integer, nullable=False, server_default=text("1")),  # 011
)

guarantees = Table(
    "guarantees", metadata,
    Column("id", Integer, primary_key=True),
    Column("org_id", Integer, ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False),
    Column("type", Text, nullable=False),
    Column("grn", Text, nullable=False, server_default=text("''")),
    Column("grn_override", Integer, nullable=False, server_default=text("0")),
    Column("other_ref", Text, nullable=False, server_default=text("''")),
    Column("office", Text, nullable=False, server_default=text("''")),
    Column("amount", Text),
    Column("currency", Text, nullable=False, server_default=text("''")),
    Column("params_id", Integer, ForeignKey("comm_params.id", ondelete="SET NULL")),
    Column("description", Text, nullable=False, server_default=text("''")),
    Column("codes_registered_at", Text),
    Column("reference_amount", Text),
    Column("exposure", Text),
    Column("balance", Text),
    Column("usage_count", Integer),
    Column("currency_answer", Text),
    Column("valid_from", Text),
    Column("valid_to", Text),
    Column("restrictions", Text),
    Column("answered_at", Text),
    Column("last_error_code", Text),
    Column("last_error_text", Text),
    Column("owner_answer", Text),
    Column("guarantee_amount_answer", Text),
    Column("usage_period", Text),
    Column("version", Integer, nullable=False, server_default=text("1")),  # 011
    Index("guarantees_org", "org_id"),
    Index("guarantees_grn", "grn"),
)

code_lists = Table(
    "code_lists", metadata,
    Column("list_name", Text, nullable=False),
    Column("code", Text, nullable=False),
    Column("language", Text, nullable=False, server_default=text("'EN'")),
    Column("description", Text, nullable=False, server_default=text("''")),
    Column("state", Text, nullable=False, server_default=text("'valid'")),
    Column("active_from", Text),
    PrimaryKeyConstraint("list_name", "code", "language"),
)

customs_offices = Table(
    "customs_offices", metadata,
    Column("id", Text, primary_key=True),
    Column("country", Text, nullable=False),
    Column("roles", Text, nullable=False, server_default=text("''")),
    Column("state", Text, nullable=False, server_default=text("'valid'")),
    Column("active_from", Text),
    Column("phone", Text, nullable=False, server_default=text("''")),
)

customs_office_names = Table(
    "customs_office_names", metadata,
    Column("office_id", Text, ForeignKey("customs_offices.id", ondelete="CASCADE"), nullable=False),
    Column("language", Text, nullable=False),
    Column("name", Text, nullable=False),
    PrimaryKeyConstraint("office_id", "language"),
)

settings = Table(
    "settings", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# 002 access codes (renamed to access_codes_legacy by 004), reference imports

access_codes_legacy = Table(
    "access_codes_legacy", metadata,
    Column("id", Integer, primary_key=True),
    Column("guarantee_id", Integer, ForeignKey("guarantees.id", ondelete="CASCADE"), nullable=False),
    Column("owner", Text, nullable=False),
    Column("kind", Text, CheckConstraint("kind IN ('pac', 'new_pac', 'spk')"), nullable=False),
    Column("position", Integer, nullable=False, server_default=text("0")),
    Column("sealed", LargeBinary, nullable=False),
)

reference_imports = Table(
    "reference_imports", metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", Text, nullable=False),
    Column("snapshot_date", Text),
    Column("message_id", Text),
    Column("imported_at", Text, nullable=False),
    Column("lists", Integer, nullable=False),
    Column("offices", Integer, nullable=False),
)

# 003 messages, certificates

messages = Table(
    "messages", metadata,
    Column("id", Integer, primary_key=True),
    Column("direction", Text, CheckConstraint("direction IN ('out', 'in')"), nullable=False),
    Column("message_id", Text),
    Column("gateway_id", Text),
    Column("message_type", Text, nullable=False, server_default=text("''")),
    Column("kind", Text, nullable=False, server_default=text("''")),
    Column("state", Text, nullable=False),
    Column("params_id", Integer, ForeignKey("comm_params.id", ondelete="SET NULL")),
    Column("org_id", Integer, ForeignKey("organisations.id", ondelete="SET NULL")),
    Column("created_by", Text, nullable=False, server_default=text("''")),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("correlation_id", Text),
    Column("answer_to", Integer, ForeignKey("messages.id", ondelete="SET NULL")),
    Column("xml", LargeBinary),
    Column("envelope", LargeBinary),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("next_attempt_at", Text),
    Column("sent_at", Text),
    Column("delivered_at", Text),
    Column("answered_at", Text),
    Column("receipt", LargeBinary),
    Column("result", Text, nullable=False, server_default=text("''")),
    Column("error_code", Text),
    Column("error_text", Text),
    Column("alerted_at", Text),
    Column("search_text", Text, nullable=False, server_default=text("''")),
    Column("sealed_for", Text),
    Column("content_sealed", LargeBinary),
    Column("claimed_by", Text),
    Column("claimed_until", Text),
    Column("source", Text),
    Column("urgent", Integer, nullable=False, server_default=text("0")),
    Column("result_wording", Text),
    Index("messages_out_id", "message_id", unique=True,
          sqlite_where=text("direction = 'out'"), postgresql_where=text("direction = 'out'")),
    Index("messages_state", "direction", "state", "next_attempt_at"),
    Index("messages_created", "created_at", "id"),
    Index("messages_correlation", "correlation_id"),
    Index("messages_delivery", "source", "gateway_id", unique=True,
          sqlite_where=text("direction = 'in' AND gateway_id IS NOT NULL"),
          postgresql_where=text("direction = 'in' AND gateway_id IS NOT NULL")),
    Index("messages_in_id", "message_id",
          sqlite_where=text("direction = 'in'"), postgresql_where=text("direction = 'in'")),
)

message_records = Table(
    "message_records", metadata,
    Column("message", Integer, ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
    Column("guarantee_id", Integer, ForeignKey("guarantees.id", ondelete="SET NULL")),
    Column("grn", Text, nullable=False, server_default=text("''")),
    Column("position", Integer, nullable=False, server_default=text("0")),
    PrimaryKeyConstraint("message", "position"),
    Index("message_records_guarantee", "guarantee_id"),
    Index("message_records_grn", "grn"),
)

message_events = Table(
    "message_events", metadata,
    Column("id", Integer, primary_key=True),
    Column("message", Integer, ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
    Column("at", Text, nullable=False),
    Column("state", Text, nullable=False),
    Column("detail", Text, nullable=False, server_default=text("''")),
    Column("wording", Text),
    Index("message_events_message", "message", "id"),
)

guarantee_usages = Table(
    "guarantee_usages", metadata,
    Column("guarantee_id", Integer, ForeignKey("guarantees.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("mrn", Text, nullable=False),
    Column("amount", Text, nullable=False),
    Column("currency", Text, nullable=False),
    Column("lock_date", Text, nullable=False),
    Column("arrival", Text),
    Column("release_date", Text),
    Column("answer", Integer, ForeignKey("messages.id", ondelete="SET NULL")),
    PrimaryKeyConstraint("guarantee_id", "position"),
)

certificates = Table(
    "certificates", metadata,
    Column("id", Integer, primary_key=True),
    Column("role", Text, CheckConstraint("role IN ('participant', 'customs')"), nullable=False),
    Column("administration", Text, nullable=False),
    Column("environment", Text, nullable=False),
    Column("eori", Text, nullable=False, server_default=text("''")),
    Column("subject", Text, nullable=False),
    Column("serial", Text, nullable=False),
    Column("not_before", Text, nullable=False),
    Column("not_after", Text, nullable=False),
    Column("cert_pem", Text, nullable=False),
    Column("key_sealed", LargeBinary),
    Column("is_test", Integer, nullable=False, server_default=text("0")),
    Column("added_at", Text, nullable=False),
    Column("replaced_at", Text),
    Column("takes_effect", Text),
    Column("added_by", Text, nullable=False, server_default=text("''")),
    Column("file_format", Text, nullable=False, server_default=text("''")),
    Index("certificates_lookup", "role", "administration", "environment", "eori"),
)

# 004 users, representations, audit log, access codes per user

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("login", Text, nullable=False),
    Column("full_name", Text, nullable=False, server_default=text("''")),
    Column("email", Text, nullable=False, server_default=text("''")),
    Column("national_id", Text, nullable=False, server_default=text("''")),
    Column("role", Text, CheckConstraint("role IN ('admin', 'officer', 'declarant')"), nullable=False),
    Column("level", Text, CheckConstraint("level IN ('basic', 'advanced')"), nullable=False,
           server_default=text("'basic'")),
    Column("identity_method", Text, nullable=False, server_default=text("''")),
    Column("identity_confirmed_on", Text),
    Column("password", Text),
    Column("wrapped_key", LargeBinary, nullable=False),
    Column("active", Integer, nullable=False, server_default=text("1")),
    Column("failed_logins", Integer, nullable=False, server_default=text("0")),
    Column("last_failed_at", Text),
    Column("created_at", Text, nullable=False),
    Column("password_changed_at", Text),
    Column("version", Integer, nullable=False, server_default=text("1")),  # 011
)

representations = Table(
    "representations", metadata,
    Column("id", Integer, primary_key=True),
    Column("org_id", Integer, ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE")),
    Column("agency_id", Integer, ForeignKey("organisations.id", ondelete="CASCADE")),
    Column("kind", Text, CheckConstraint("kind IN ('owner', 'employee', 'proxy')"), nullable=False),
    Column("basis", Text, nullable=False, server_default=text("''")),
    Column("rights", Text, CheckConstraint("rights IN ('basic', 'extended')"), nullable=False),
    Column("valid_from", Text, nullable=False),
    Column("valid_to", Text),
    Column("changed_at", Text, nullable=False),
    Column("changed_by", Text, nullable=False),
    Column("version", Integer, nullable=False, server_default=text("1")),  # 011
    CheckConstraint("(user_id IS NULL) <> (agency_id IS NULL)"),
    CheckConstraint("agency_id IS NULL OR agency_id != org_id"),
    Index("representations_user", "user_id"),
    Index("representations_agency", "agency_id"),
    Index("representations_org", "org_id"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("org_id", Integer),
    Column("guarantee_id", Integer),
    Column("grn", Text, nullable=False, server_default=text("''")),
    Column("message_id", Text, nullable=False, server_default=text("''")),
    Column("detail", Text, nullable=False, server_default=text("''")),
    Column("wording", Text),
    Index("audit_log_at", "at", "id"),
)

access_codes = Table(
    "access_codes", metadata,
    Column("id", Integer, primary_key=True),
    Column("guarantee_id", Integer, ForeignKey("guarantees.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, CheckConstraint("kind IN ('pac', 'new_pac', 'spk')"), nullable=False),
    Column("position", Integer, nullable=False, server_default=text("0")),
    Column("sealed", LargeBinary, nullable=False),
    Index("access_codes_guarantee", "guarantee_id", "user_id", "kind", "position"),
    Index("access_codes_one_pac", "guarantee_id", "kind", unique=True,
          sqlite_where=text("kind != 'spk'"), postgresql_where=text("kind != 'spk'")),
)

# 005 onboarding

onboarding_steps = Table(
    "onboarding_steps", metadata,
    Column("eori", Text, nullable=False),
    Column("administration", Text, nullable=False),
    Column("step", Text, nullable=False),
    Column("state", Text, CheckConstraint("state IN ('open', 'in_progress', 'done', 'not_needed')"),
           nullable=False),
    Column("started_on", Text),
    Column("done_on", Text),
    Column("reference", Text, nullable=False, server_default=text("''")),
    Column("note", Text, nullable=False, server_default=text("''")),
    Column("changed_by", Text, nullable=False, server_default=text("''")),
    Column("changed_at", Text, nullable=False),
    PrimaryKeyConstraint("eori", "administration", "step"),
)

# 007 summary declarations

suma_declarations = Table(
    "suma_declarations", metadata,
    Column("id", Integer, primary_key=True),
    Column("params_id", Integer, ForeignKey("comm_params.id", ondelete="SET NULL")),
    Column("status", Text, nullable=False, server_default=text("'none'")),
    Column("mrn", Text),
    Column("working_header", Text, nullable=False),
    Column("accepted_header", Text),
    Column("manifest_key", Text),
    Column("last_error_code", Text),
    Column("last_error_text", Text),
    Column("created_by", Text, nullable=False, server_default=text("''")),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Index("suma_declarations_manifest", "manifest_key", "status"),
)

suma_positions = Table(
    "suma_positions", metadata,
    Column("declaration", Integer, ForeignKey("suma_declarations.id", ondelete="CASCADE"), nullable=False),
    Column("copy", Text, CheckConstraint("copy IN ('working', 'accepted')"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("specific_reference", Text, nullable=False, server_default=text("''")),
    Column("specific_reference_kind", Text, nullable=False, server_default=text("''")),
    Column("custodian_tin", Text, nullable=False, server_default=text("''")),
    Column("custodian_branch", Text, nullable=False, server_default=text("''")),
    Column("custody_place", Text, nullable=False, server_default=text("''")),
    Column("description", Text, nullable=False, server_default=text("''")),
    Column("package_kind", Text, nullable=False, server_default=text("''")),
    Column("packages", Integer),
    Column("gross_mass", Numeric),
    Column("customs_status", Text, nullable=False, server_default=text("''")),
    Column("confirmed", Integer, nullable=False, server_default=text("0")),
    Column("error", Text, nullable=False, server_default=text("''")),
    PrimaryKeyConstraint("declaration", "copy", "number"),
    sqlite_with_rowid=False,
)

suma_messages = Table(
    "suma_messages", metadata,
    Column("message", Integer, ForeignKey("messages.id"), primary_key=True),
    Column("declaration", Integer, ForeignKey("suma_declarations.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("flag", Text),
    Column("positions", Text, nullable=False),
    Column("confirms", Text, nullable=False),
    Column("sent", Text, nullable=False),
    Index("suma_messages_declaration", "declaration"),
)

# 008 continuity: incidents, gateway states, paper procedure

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", Text,
           CheckConstraint("kind IN ('customs-planned', 'customs-unplanned', 'own-system', 'link')"),
           nullable=False),
    Column("state", Text, CheckConstraint("state IN ('draft', 'open', 'closed')"), nullable=False,
           server_default=text("'open'")),
    Column("start", Text, nullable=False),
    Column("expected_end", Text),
    Column("end", Text),
    Column("administration", Text, nullable=False, server_default=text("''")),
    Column("gateway", Text, nullable=False, server_default=text("''")),
    Column("eori", Text, nullable=False, server_default=text("''")),
    Column("cause", Text, nullable=False, server_default=text("''")),
    Column("ticket", Text, nullable=False, server_default=text("''")),
    Column("confirmed", Text, CheckConstraint("confirmed IN ('yes', 'no', 'refused')")),
    Column("notes", Text, nullable=False, server_default=text("''")),
    Column("created_by", Text, nullable=False, server_default=text("''")),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Index("incidents_start", "start"),
)

gateway_status = Table(
    "gateway_status", metadata,
    Column("source", Text, primary_key=True),
    Column("gateway", Text, nullable=False),
    Column("failures", Integer, nullable=False, server_default=text("0")),
    Column("down_since", Text),
    Column("incident", Integer, ForeignKey("incidents.id", ondelete="SET NULL")),
    Column("last_error", Text, nullable=False, server_default=text("''")),
    Column("updated_at", Text, nullable=False),
    Column("last_error_wording", Text),
)

bcp_number_ranges = Table(
    "bcp_number_ranges", metadata,
    Column("id", Integer, primary_key=True),
    Column("office", Text, nullable=False),
    Column("prefix", Text, nullable=False, server_default=text("''")),
    Column("first", Integer, nullable=False),
    Column("last", Integer, nullable=False),
    Column("next", Integer, nullable=False),
    Column("created_at", Text, nullable=False),
    CheckConstraint("first <= last AND next >= first"),
)

bcp_movements = Table(
    "bcp_movements", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_kind", Text, CheckConstraint("document_kind IN ('TAD', 'BCP-TAD')"), nullable=False),
    Column("document_number", Text, nullable=False, unique=True),
    Column("office_departure", Text, nullable=False, server_default=text("''")),
    Column("office_destination", Text, nullable=False),
    Column("country", Text, nullable=False),
    Column("region", Text, nullable=False, server_default=text("''")),
    Column("taken_over_at", Text, nullable=False),
    Column("deadline", Text, nullable=False),
    Column("presented_at", Text),
    Column("incident", Integer, ForeignKey("incidents.id", ondelete="SET NULL")),
    Column("notes", Text, nullable=False, server_default=text("''")),
    Column("created_by", Text, nullable=False, server_default=text("''")),
    Column("created_at", Text, nullable=False),
    Index("bcp_movements_deadline", "deadline", "presented_at"),
)
