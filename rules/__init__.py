"""The consistency rules, one per file, and the one list of them (see numfacts/check.py)."""
