"""ATLAS summary declarations for temporary storage (CUSPRL)."""
