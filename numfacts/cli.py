"""The `numfacts` command: argument parsing -> API -> output; nothing else."""
from __future__ import annotations

import argparse
import sys

from numfacts import output
from numfacts.api import extract_files
from numfacts.sources import InputError

TABLE_COLUMNS = ["doc", "line", "col", "text", "value", "value_high", "unit", "kind", "qualifier", "per", "noun"]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="numfacts", description="Figures in Chinese text: extract them, check them.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="every figure in the documents, one row each")
    ex.add_argument("paths", nargs="+", help="files or folders ('-' for stdin)")
    ex.add_argument("-o", "--output", help="write here instead of stdout; the suffix sets the format")
    ex.add_argument("--format", choices=output.FORMATS, help="table (default on screen), csv, jsonl, parquet")
    ex.add_argument("--nonclaims", action="store_true", help="also list dates, years, ordinals, labels, identifiers")
    return ap


def _report(exc: InputError) -> None:
    print(f"numfacts: error: {exc}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    failures: list[InputError] = []

    def on_error(exc: InputError) -> None:
        failures.append(exc)
        _report(exc)

    if args.command == "extract":
        frame = extract_files(args.paths, nonclaims=args.nonclaims, on_error=on_error)
        fmt = output.infer_format(args.format, args.output)
        try:
            output.write(frame, fmt, args.output, TABLE_COLUMNS if fmt == "table" else None)
        except OSError as exc:
            print(f"numfacts: error: {args.output}: cannot write ({exc.strerror})", file=sys.stderr)
            return 2
        return 2 if failures else 0
    return 2
