"""`vaultkit` command line: argparse, a dict of subcommands, and the one error boundary."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from vaultkit import __version__, output
from vaultkit.errors import VaultkitError

# name -> module under vaultkit.commands exposing add_parser(sub) and run(args) -> int.
COMMANDS = ("verify", "rules", "fix", "claims", "size", "graph", "dupes", "report", "baseline", "clean")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with just `only` (what `vaultkit verify …` needs: a
    hook run must not pay for importing every other command's dependencies)."""
    parser = argparse.ArgumentParser(
        prog="vaultkit",
        description="Check an Obsidian vault the way a linter checks code: readable notes, working links, "
        "recomputed sizing claims, no silent duplicates.",
    )
    parser.add_argument("--version", action="version", version=f"vaultkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(f"vaultkit.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"vaultkit.commands.{name}":
                raise
            continue
        module.add_parser(sub)
        sub.choices[name].set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run vaultkit; returns 0 (clean or warnings only), 1 (error findings), 2 (usage/config/internal)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list[0] if args_list and args_list[0] in COMMANDS else None)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 0 for --help/--version and 2 for usage errors
        return int(exc.code or 0)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args))
    except VaultkitError as exc:
        print(f"vaultkit: error: {output.printable_text(str(exc))}", file=sys.stderr)
        if exc.hint:
            print(f"vaultkit: hint: {output.printable_text(exc.hint)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("vaultkit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the one boundary: never a bare traceback
        import traceback

        print(f"vaultkit: internal error: {type(exc).__name__}: {output.printable_text(str(exc))}", file=sys.stderr)
        print("vaultkit: this is a bug; please report it with the traceback below.", file=sys.stderr)
        traceback.print_exc()
        return 2
