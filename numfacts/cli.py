"""The `numfacts` command: argument parsing -> API -> output; nothing else."""
from __future__ import annotations

import argparse
import sys

from numfacts import output
from numfacts.api import check_files, extract_files
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
    ck = sub.add_parser("check", help="find the relations between figures and flag contradictions")
    ck.add_argument("paths", nargs="+", help="files or folders ('-' for stdin), checked together")
    ck.add_argument("-o", "--output", help="write here instead of stdout; the suffix sets the format")
    ck.add_argument("--format", choices=("text",) + output.FORMATS,
                    help="text (linter lines, default on screen), table, csv, jsonl, parquet")
    ck.add_argument("--all", action="store_true", help="also list verified and undecided relations")
    ck.add_argument("--rules", help="a folder of extra rules (*.py files defining RULE)")
    ck.add_argument("--select", default="", help="only these rule codes or prefixes, comma-separated (NF1,NF201)")
    ck.add_argument("--ignore", default="", help="skip these rule codes or prefixes, comma-separated")
    rl = sub.add_parser("rule", help="explain a rule, or list them all")
    rl.add_argument("code", nargs="?", help="a rule code such as NF201; none lists every rule")
    rl.add_argument("--markdown", action="store_true", help="the list as a Markdown table (for the README)")
    return ap


def _codes(text: str) -> list[str]:
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def _check(args, on_error, failures) -> int:
    rule_errors: list[str] = []

    def on_rule_error(message: str) -> None:
        rule_errors.append(message)
        print(f"numfacts: error: {message}", file=sys.stderr)

    try:
        findings = check_files(args.paths, rules=args.rules, select=_codes(args.select),
                               ignore=_codes(args.ignore), on_error=on_error, on_rule_error=on_rule_error)
    except Exception as exc:  # a user's rules folder that does not load
        print(f"numfacts: error: rules {args.rules}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    shown = findings if args.all else findings[findings["verdict"].isin(["contradiction", "borderline"])]
    fmt = args.format or (output.infer_format(None, args.output) if args.output else "text")
    if fmt == "text":
        lines = [f"{r.doc}:{r.line}:{r.col}: {r.rule} " + ("" if r.verdict == "contradiction" else f"[{r.verdict}] ")
                 + r.message for r in shown.itertuples()]
        counts = findings["verdict"].value_counts()
        lines.append(
            f"{len(findings)} relations found: {counts.get('consistent', 0)} verified, "
            f"{counts.get('borderline', 0)} borderline, {counts.get('indeterminate', 0)} undecided, "
            f"{counts.get('contradiction', 0)} contradictions"
        )
        text = "\n".join(lines) + "\n"
        if args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        else:
            sys.stdout.write(text)
    else:
        output.write(shown.reset_index(drop=True), fmt, args.output)
    if failures or rule_errors:
        return 2
    return 1 if (findings["verdict"] == "contradiction").any() else 0


def _rule(args) -> int:
    from numfacts.checking import builtin_rules

    rules = builtin_rules().rules
    if args.code:
        match = [r for r in rules if r.code == args.code.upper()]
        if not match:
            print(f"numfacts: error: no rule {args.code}", file=sys.stderr)
            return 2
        print(match[0].doc.strip())
        return 0
    if args.markdown:
        print("| code | name | what it checks |\n|---|---|---|")
        for r in rules:
            print(f"| {r.code} | {r.name} | {r.summary} |")
    else:
        for r in rules:
            print(f"{r.code}  {r.name:28s} {r.summary}")
    return 0


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
    if args.command == "check":
        return _check(args, on_error, failures)
    if args.command == "rule":
        return _rule(args)
    return 2
