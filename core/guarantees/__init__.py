"""NCTS guarantees: GRN check, type rules, records and their access codes."""
