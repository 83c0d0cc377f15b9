"""`python -m generator diff OLD_SPEC NEW_SPEC`: what the new spec does to calling code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from generator.diff.inputs import read_spec
from generator.diff.left_out import default_settings, left_out_operations
from generator.diff.report import FAIL_ON_LEVELS, FORMATS, Report
from generator.diff.specdiff import LeftOutPair, compare_documents
from generator.errors import InputError

PROG = "python -m generator diff"

_EPILOG = """\
severities, most serious first: breaking > deprecated > new > docs
  breaking    calling code may stop working (a call, an import, or handling of a result)
  deprecated  calling code still works but will have to change
  new         additions and relaxations; calling code is unaffected
  docs        text only (descriptions, examples, tags); counted, not listed

exit status:
  0  no finding at or above the --fail-on level
  1  at least one finding at or above the --fail-on level
  2  a spec could not be read or is not valid OpenAPI (missing, not YAML/JSON, Swagger 2.0, no
     3.0/3.1 `openapi` version, rejected by that version's meta-schema, an unresolvable `$ref`),
     with FILE:LINE:COLUMN; a valid document upstream cannot generate from is still compared
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Report what changes between two versions of the OpenAPI spec mean for "
        "code that calls the generated client.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old_spec", type=Path, metavar="OLD_SPEC", help="the previous spec")
    parser.add_argument("new_spec", type=Path, metavar="NEW_SPEC", help="the new spec")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (one line per finding, like a linter), markdown (changelog sections) "
        "or json (every finding, stable order); default: text",
    )
    parser.add_argument(
        "--skip-unsupported",
        action="store_true",
        help="compare the clients regen makes with skip_unsupported (also on when the project's "
        "pyproject.toml sets it): an operation the generator leaves out is a function removed or added",
    )
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON_LEVELS,
        default="breaking",
        metavar="LEVEL",
        help="exit 1 when any finding is at least this serious: breaking (default), "
        "deprecated, new, docs (any change at all) or none (never)",
    )
    return parser


def main(argv: list[str] | None = None, project_skips_unsupported: Callable[[], bool] = lambda: False) -> int:
    """The diff command; `project_skips_unsupported()` says whether the project here generates with
    skip_unsupported (asked only without --skip-unsupported)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        old = read_spec(args.old_spec)
        new = read_spec(args.new_spec)
        left_out: LeftOutPair = (None, None)
        if args.skip_unsupported or project_skips_unsupported():
            left_out = (
                left_out_operations(old.document, default_settings(args.old_spec)),
                left_out_operations(new.document, default_settings(args.new_spec)),
            )
        report = Report.of(compare_documents(old, new, left_out))
    except InputError as err:
        print(err, file=sys.stderr)
        return 2
    sys.stdout.write(report.render(args.format))
    return report.exit_code(args.fail_on)
