"""CustomsDesk domain and services. Imports no Qt."""
