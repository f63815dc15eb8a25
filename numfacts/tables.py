"""Text tables (statistical communiqués): a cell takes its unit from its column header."""
from __future__ import annotations


def table_cells(text: str):
    return None
