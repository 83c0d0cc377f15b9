"""`python -m generator`: regen, check, lint (openapi-spec-validator's findings) and diff.

Exit codes: 0 success, 1 `check` found generated/ out of date (or `diff` found what --fail-on
names), 2 bad input (a message `FILE:LINE:COLUMN: what is wrong`, never a traceback; set
ALTEGIO_GENERATOR_TRACEBACK=1 to see one for a failure no check foresaw), 3 the machine refused
a read or write (permissions, a read-only or full file system: the message names the path, the
OS error and the state the output was left in), 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from generator.config import load_settings
from generator.errors import HelperKilled, InputError
from generator.publish import Interrupted, OutputError, leftovers
from generator.settings import Settings

FIX_COMMAND = "make regen"
EXIT_MACHINE = 3  # permissions, a read-only or a full file system: not the input's fault
TRACEBACK_VARIABLE = "ALTEGIO_GENERATOR_TRACEBACK"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config", type=Path, default=Path("pyproject.toml"), help="settings file (default: pyproject.toml)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (
        ("regen", "generate the client into the output directory, and report what changed for callers"),
        ("check", "exit 1 with a diff when the output directory is not what regen would write"),
        ("lint", "list what openapi-spec-validator finds wrong in the spec (warnings; exit 0)"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument("--spec", type=Path, help="OpenAPI document (default: from the settings)")
        command.add_argument("--output", type=Path, help="output directory (default: from the settings)")
        command.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        if name == "regen":
            command.add_argument(
                "--force", action="store_true", help="regenerate even when the inputs match the output's provenance"
            )
        if name in ("regen", "check"):
            command.add_argument(
                "--skip-unsupported",
                action="store_true",
                default=None,
                help="leave out (and list) endpoints openapi-python-client cannot generate instead of failing",
            )
            command.add_argument(
                "--package-name", help="Python package name (default: from the settings or info.title)"
            )
            command.add_argument(
                "--project-name", help="project directory name (default: from the settings or info.title)"
            )
            command.add_argument(
                "--client-name", help="client class name (default: from the settings, else <info.title>Client)"
            )
    commands.add_parser("diff", help="report what a spec change does to calling code", add_help=False)
    return parser


def _interrupt_on_sigterm() -> None:
    """`kill` unwinds like Ctrl-C, so the staging directory is removed and the output left as it was."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)


def _up_to_date(settings: Settings) -> bool:
    """Hashes only: nothing of the renderer is imported unless there is something to do."""
    from generator.release.uptodate import is_up_to_date

    if leftovers(settings.project_dir) or not is_up_to_date(settings):
        return False  # (leftovers: an earlier run died or could not clean up, which the full run does)
    print(f"{settings.project_dir} is up to date (spec, templates, settings and tools unchanged)")
    return True


def _regen(settings: Settings) -> int:
    from generator import pipeline

    release = pipeline.regen(settings)
    if not release.first:
        print(release.report.render("text"), file=sys.stderr)
    if release.not_generated:
        print(release.not_generated_text(), file=sys.stderr)
    print(f"regenerated {settings.project_dir} (version {release.version})")
    return 0


def _lint(settings: Settings) -> int:
    from generator.spec.load import load_document
    from generator.spec.validate import lint_document

    warnings = lint_document(load_document(settings.spec))
    for warning in warnings:
        print(warning)
    if not warnings:
        print(f"{settings.spec}: no openapi-spec-validator findings")
    return 0


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The settings the command line overrides (flags a command does not have stay unset)."""
    names = ("spec", "output", "package_name", "project_name", "client_name", "skip_unsupported")
    return {name: getattr(args, name, None) for name in names}


def _project_skips_unsupported(config: Path) -> bool:
    """Whether the project (its settings file, `pyproject.toml` unless --config) generates with
    skip_unsupported."""
    try:
        return load_settings(config, check_upstream=False).skip_unsupported
    except InputError:
        return False


def main(argv: list[str] | None = None) -> int:
    if sys.platform == "win32":
        print("python -m generator: Windows is not supported; run it on Linux or macOS", file=sys.stderr)
        return 2
    parser = _parser()
    args, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.command == "diff":  # its own arguments, options and --help: `generator.diff.cli`
        from generator.diff.cli import main as diff_main

        return diff_main(rest, lambda: _project_skips_unsupported(args.config))
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    _interrupt_on_sigterm()
    settings = None
    try:
        if args.command == "regen" and not args.force:
            quick = load_settings(args.config, **_overrides(args), check_upstream=False)
            if _up_to_date(quick):
                return 0
        settings = load_settings(args.config, **_overrides(args))
        if args.command == "regen":
            return _regen(settings)
        if args.command == "lint":
            return _lint(settings)
        from generator import pipeline

        diff = pipeline.check(settings)
    except InputError as err:
        print(err, file=sys.stderr)
        return 2
    except (OutputError, HelperKilled) as err:
        print(err, file=sys.stderr)
        return EXIT_MACHINE
    except Interrupted as interrupted:
        print(f"interrupted; {interrupted.state}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("interrupted; the output directory is unchanged", file=sys.stderr)
        return 130
    except Exception as exc:  # a document that upstream chokes on, in a way no check foresaw
        if os.environ.get(TRACEBACK_VARIABLE):
            raise
        where = settings.spec if settings is not None else args.config
        print(
            f"{where}: cannot generate from this document: {type(exc).__name__}: {exc} "
            f"(the output directory is unchanged; set {TRACEBACK_VARIABLE}=1 for a traceback)",
            file=sys.stderr,
        )
        return 2
    if not diff:
        print(f"{settings.output} is in sync with {settings.spec.name} and the templates")
        return 0
    sys.stdout.writelines(diff)
    print(f"\n{settings.output} is out of date; run `{FIX_COMMAND}` to update it", file=sys.stderr)
    return 1
