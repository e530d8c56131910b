"""Combo-box helpers shared by the filter bars."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def refill_combo(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
    """New choices after an "everything" entry (data None); the current one is kept when still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    finally:
        combo.blockSignals(False)
