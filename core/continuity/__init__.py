"""Outages and business continuity: the incident log, gateways seen down, and movements handled on paper."""
