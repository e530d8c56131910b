"""Reference data: customs code lists and the customs office list."""
