"""`python -m generator`: regen, check and diff.

Exit codes: 0 success, 1 `check` found generated/ out of date (or `diff` found what --fail-on
names), 2 bad input (a message `FILE:LINE:COLUMN: what is wrong`, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import pipeline
from generator.config import load_settings
from generator.errors import InputError

FIX_COMMAND = "make regen"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config", type=Path, default=Path("pyproject.toml"), help="settings file (default: pyproject.toml)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (
        ("regen", "generate the client into the output directory"),
        ("check", "exit 1 with a diff when the output directory is not what regen would write"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument("--spec", type=Path, help="OpenAPI document (default: from the settings)")
        command.add_argument("--output", type=Path, help="output directory (default: from the settings)")
        command.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands.add_parser("diff", help="report what a spec change does to calling code", add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:
        from generator.diff.cli import main as diff_main

        return diff_main(argv[1:])
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config, spec=args.spec, output=args.output)
        if args.command == "regen":
            pipeline.regen(settings)
            print(f"regenerated {settings.project_dir}")
            return 0
        diff = pipeline.check(settings)
    except InputError as err:
        print(err, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the output directory is unchanged", file=sys.stderr)
        return 130
    if not diff:
        print(f"{settings.output} is in sync with {settings.spec.name} and the templates")
        return 0
    sys.stdout.writelines(diff)
    print(f"\n{settings.output} is out of date; run `{FIX_COMMAND}` to update it", file=sys.stderr)
    return 1
