"""Puts tests/ on the import path, so every test folder can use tests/colleagues.py."""
