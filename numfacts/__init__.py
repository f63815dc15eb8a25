"""numfacts: every figure in Chinese text, as a table, and the checks between them."""
from numfacts.api import check, check_files, extract, extract_files
from numfacts.sources import InputError

__all__ = ["extract", "extract_files", "check", "check_files", "InputError"]
__version__ = "0.1.0"
