"""The regen pipeline: load, validate, render, format, record, then publish in one step.

Each stage lives in its own package; this module orders them and owns the staging directory,
which is deleted whatever happens, so a failed run leaves the output as it was. It also decides
which files of the current output a regen may replace (`_guard_output`, `_generated_by_previous`)
and holds `check`, which regenerates into a temporary directory and diffs. A regen owns
`<output>/<project_name>/` only, and in it only the files its previous run listed in
`.generator/provenance.toml`; see `publish`.
"""

from __future__ import annotations

import ast
import difflib
import functools
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from jinja2 import TemplateError

from generator import publish
from generator.checks import gate, tree_names
from generator.checks.early_gate import EarlyGate, Gated, NotPython
from generator.checks.fmt import Formatting
from generator.checks.import_gate import ImportCheck, ImportFailed
from generator.checks.module_surface import ReadModule, read_module
from generator.errors import InputError
from generator.release import records
from generator.release.provenance import (
    RECORDS,
    RECORDS_DIR,
    SPEC_SNAPSHOTS,
    file_hashes,
    file_sha256,
    files_digest,
    legacy_records,
    read_provenance,
    recorded_files,
    tree_files,
    write_provenance,
    write_spec_snapshot,
)
from generator.release.release_notes import INITIAL_VERSION, MIGRATING, Release, record_release
from generator.release.surface import surface_record, write_surface_record
from generator.release.uptodate import inputs_record
from generator.render.headers import HEADER_TEXT, add_headers, header_for
from generator.render.left_out import LeftOut, refusal, unparsable_endpoints
from generator.render.render import Rendered, render
from generator.settings import Settings
from generator.spec.load import Document, load_document
from generator.spec.validate import Validated, validate_for
from generator.startup import garbage_dropped
from generator.upstream.shared_copies import spec_values_shared

RUNTIME_DIR = "runtime"  # hand-written modules under templates/, copied verbatim into the package


@dataclass
class Built:
    root: Path  # the staging output directory, holding the project directory
    release: Release


def load_spec(settings: Settings) -> tuple[Document, Validated]:
    doc = load_document(settings.spec)
    return doc, validate_for(doc, settings)


def build(settings: Settings, into: Path) -> Built:
    """Generate the whole project directory under `into` (an empty directory).

    What it writes depends on the inputs and the current output's `.generator/provenance.toml`
    (and the records that file vouches for by hash), never on the rest of the current output.

    With `skip_unsupported`, an operation whose module does not import (upstream wrote code for
    it that names a model it never wrote, as for Okta's management API) is left out like anything
    else upstream cannot generate, and the project made again without it.
    """
    left_out: tuple[LeftOut, ...] = ()
    while True:
        with ImportCheck(into / settings.project_name, settings.project_dir) as imports:
            # Started first, so its interpreter and the client's dependencies load on the core
            # this process leaves idle while it reads and validates the spec.
            imports.start()
            doc, validated = load_spec(settings)  # again in a second round: render released the first
            try:
                return _build_once(settings, into, doc, validated, left_out, imports)
            except _LeaveOut as found:  # each round leaves out at least one more operation
                left_out += found.left_out
        publish.remove_tree(into / settings.project_name)


class _LeaveOut(Exception):
    """Operations found ungeneratable only once their modules were written (a module that does
    not parse or does not import), with `skip_unsupported`: the project is made again without them."""

    def __init__(self, left_out: tuple[LeftOut, ...]) -> None:
        self.left_out = left_out


def _build_once(
    settings: Settings,
    into: Path,
    doc: Document,
    validated: Validated,
    also_left_out: tuple[LeftOut, ...],
    imports: ImportCheck,
) -> Built:
    project_dir = into / settings.project_name
    package_dir = project_dir / settings.package_name
    previous = read_provenance(settings.project_dir, settings.package_name)
    inputs = inputs_record(doc.raw, settings)
    version = str((previous or {}).get("package_version", INITIAL_VERSION))
    runtime = {package_dir / "_runtime" / name: data for name, data in _runtime_files(settings.templates).items()}
    with EarlyGate(into, imports) as early:
        # The hand-written runtime compiles while render works on this core; the child then gates
        # and compiles the modules render writes (a regen with nothing to do never gets here).
        imports.stream(runtime)
        with garbage_dropped(), _reported_as_input_errors(doc, settings), spec_values_shared():
            rendered = render(
                doc, validated, _with_version(settings, version), project_dir, also_left_out, early.submit
            )
            validated.release_upstream()  # collected with render's garbage: the later stages reuse its memory
        if settings.migration_guide is not None:  # hand-written, beside the changelog
            (project_dir / MIGRATING).write_bytes(settings.migration_guide.read_bytes())  # header below
        texts = add_headers(project_dir, tree_names.check_file_names(project_dir, settings.project_dir))
        with Formatting(project_dir) as formatting:
            modules = [(path, text) for path, text in texts.items() if _gated_module(project_dir, path)]
            gated = early.verdicts(project_dir, settings.project_dir, modules)
            del modules
            # Upstream's templates write code that is not Python for a few shapes of operation.
            syntax_errors = {path: found.syntax_error for path, found in gated.items() if isinstance(found, NotPython)}
            if broken := tuple(unparsable_endpoints(rendered.endpoint_modules, syntax_errors)):
                raise _LeaveOut(broken) if settings.skip_unsupported else refusal(doc, broken)
            trees = _hand_over_gated(project_dir, settings.project_dir, texts, gated, imports, formatting)
            del texts, gated  # not needed again: less to hold at the peak, which comes later
            # While ruff and the import check work: the record reads the modules as the gate did,
            # and the runtime's, not written yet, from their text.
            surface = surface_record(project_dir, settings.package_name, {**trees, **_readings(project_dir, runtime)})
            del trees
            (project_dir / RECORDS_DIR).mkdir()
            write_surface_record(project_dir / RECORDS.surface, surface)
            # After the hand-over, which the import check waits for, and once the gate's readings
            # are freed: dumping a large YAML spec takes tens of MB for a moment.
            write_spec_snapshot(project_dir, doc)
            if not formatting.succeeded():
                _ruff_failed(formatting, project_dir, settings.project_dir)
        # The hand-written runtime goes in verbatim, after formatting, which must not touch it.
        _write_files(runtime)
        release = record_release(
            settings, doc, project_dir, surface, inputs, previous, not_generated=tuple(map(str, rendered.left_out))
        )
        _write_version(package_dir, release.version, project_dir, settings.project_dir)
        files = file_hashes(project_dir)
        record = {
            **inputs,
            "package_name": settings.package_name,
            "package_version": release.version,
            "spec_version": str((doc.data.get("info") or {}).get("version", "")),
            "output_sha256": files_digest(files),
            "changelog": release.changelog,
        }
        write_provenance(project_dir, record, files)
        # Last, over what was written after the modules were gated: nothing unchecked reaches the output.
        gate.check_tree(project_dir, settings.project_dir, python=False, verbatim=SPEC_SNAPSHOTS)
        try:
            imports.wait()
        except ImportFailed as failed:
            raise _left_out_or_refused(failed, rendered, settings) from None
    return Built(root=into, release=release)


def _left_out_or_refused(failed: ImportFailed, rendered: Rendered, settings: Settings) -> Exception:
    """`_LeaveOut` when every module that does not import is an endpoint's and such
    operations may be left out; else the failure as it is."""
    operations = {path.resolve(): operation for path, operation in rendered.endpoint_modules.items()}
    found = [(operations.get(f.file.resolve()) if f.file else None, f) for f in failed.failed]
    if not settings.skip_unsupported or any(operation is None for operation, _ in found):
        return failed
    left_out: dict[str, LeftOut] = {}
    for operation, failure in found:
        assert operation is not None
        reason = f"the module openapi-python-client writes for it does not import ({failure.error})"
        left_out.setdefault(operation.route, LeftOut(operation.route, reason, operation.pointer))
    return _LeaveOut(tuple(left_out.values()))


def _gated_module(project_dir: Path, path: Path) -> bool:
    return path.suffix == ".py" and gate.is_gated(path.relative_to(project_dir))


def _hand_over_gated(
    project_dir: Path,
    shown_as: Path,
    texts: dict[Path, str],
    gated: dict[Path, Gated],
    imports: ImportCheck,
    formatting: Formatting,
) -> dict[Path, ReadModule]:
    """ruff (`formatting`, started) formats the modules while the gate's verdicts are read; each
    module the gate allowed goes to the import check (what of it an import runs, see
    `import_time_text`, which the child compiles then; or, for a module its child gated, where
    it keeps that compiled), and once every one is handed over (it has the runtime's modules
    from the start) the check runs them, while ruff may still be at work:
    the caller waits for ruff. The first module the gate refused, in the order written, is the
    one reported.

    The gate saw the modules as rendered (headers included), before ruff only sorts imports,
    drops unused ones, modernises syntax and re-indents; a module ruff cannot read is reported
    by `check_syntax` at its line.

    `texts` (path -> text, as rendered) and `gated` (path -> verdict, see `early_gate`) are
    emptied as they are read: once handed to the import check, a module is not needed again.

    Returns what the surface record reads of each module, by path: none of ruff's changes
    touches what that records (public names, kinds, parameters with their annotations and
    defaults, return annotations, bases; imports count only where `__all__` lists them, and
    then they are used, so ruff keeps them). tests/pipeline/test_surface_trees.py holds this
    to the record read from the formatted files.
    """
    trees: dict[Path, ReadModule] = {}
    try:
        for path in list(texts):
            texts.pop(path)
            if (verdict := gated.pop(path, None)) is None:  # not a gated module
                continue
            if isinstance(verdict, NotPython):
                verdict = verdict.refused
            if isinstance(verdict, InputError):
                raise verdict
            if verdict.read is not None:
                trees[path] = verdict.read
            imports.add(path, verdict.imported)
    except InputError:
        if not formatting.succeeded():
            _ruff_failed(formatting, project_dir, shown_as)  # ruff's verdict comes first, as it did
        raise
    imports.end()
    return trees


def _readings(project_dir: Path, files: dict[Path, bytes]) -> dict[Path, ReadModule]:
    """What the surface record reads of each Python module in `files` (path -> content)."""
    python = {path: data for path, data in files.items() if path.suffix == ".py"}
    found = {path: read_module(project_dir, path, ast.parse(data)) for path, data in python.items()}
    return {path: module for path, module in found.items() if module is not None}


def _ruff_failed(formatting: Formatting, project_dir: Path, shown_as: Path) -> NoReturn:
    try:
        formatting.wait()
    except InputError as err:
        if (found := _OS_ERROR.search(err.message)) is not None:  # ruff could not write: not the code's fault
            code = int(found.group(1))
            raise OSError(code, os.strerror(code), str(project_dir)) from None
        gate.check_syntax(project_dir, shown_as)  # says which file and line, if that is it
        raise
    raise AssertionError("ruff failed, yet Formatting.wait() did not raise")


VERSION_MODULE = "_version.py"


def _write_version(package_dir: Path, version: str, project_dir: Path, shown_as: Path) -> None:
    """The package's own record of its version, which the runtime reads for the User-Agent: the
    records in `.generator/` stay in the project, and a vendored copy has only the package.

    Written once the release is known, after formatting and gating, so in ruff's format already
    and gated here."""
    path = package_dir / VERSION_MODULE
    text = (
        f"{header_for(path)}\n"
        '"""The version of this client, as the regen that wrote it numbered it (see CHANGELOG.md)."""\n'
        f"\nVERSION = {json.dumps(version)}\n"
    )
    gate.check_file(path.relative_to(project_dir), text, shown_as)
    path.write_text(text, encoding="utf-8")


def _runtime_files(templates: Path) -> dict[Path, bytes]:
    """The hand-written runtime's files (relative path -> bytes), caches left out."""
    source = templates / RUNTIME_DIR
    found = {}
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if "__pycache__" in relative.parts or path.suffix == ".pyc" or not path.is_file():
            continue
        found[relative] = path.read_bytes()
    return found


def _write_files(files: dict[Path, bytes]) -> None:
    """Write each file, making its directory. An `OSError` names the file it could not write
    (shutil's copytree gathers them into one `shutil.Error` without the error number, and its
    copyfile names the source)."""
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# ruff's own messages end with the OS error it hit: `... No space left on device (os error 28)`.
_OS_ERROR = re.compile(r"\(os error (\d+)\)")


@contextmanager
def _reported_as_input_errors(doc: Document, settings: Settings) -> Iterator[None]:
    """Failures inside upstream's parser and Jinja, said as `FILE:LINE: message` instead of a traceback.

    An `OSError` is the machine's, not the document's: it passes through to be reported as such.
    """
    try:
        yield
    except TemplateError as exc:
        where = Path(getattr(exc, "filename", None) or settings.templates)
        raise InputError(where, f"template error: {exc.message}", getattr(exc, "lineno", None)) from None
    except RecursionError:
        raise doc.error("nests or refers to itself too deeply to be generated (a $ref cycle?)") from None


def _with_version(settings: Settings, version: str) -> Settings:
    return settings._replace(upstream={**settings.upstream, "package_version_override": version})


def _guard_output(settings: Settings) -> None:
    """Refuse to replace a project directory this generator did not make.

    Only `<output>/<project_name>` is replaced; anything else in the output directory is left alone.
    """
    project = settings.project_dir
    if project.is_symlink():
        raise InputError(project, "is a symbolic link; refusing to replace it")
    if project.exists() and not project.is_dir():
        raise InputError(project, "exists and is not a directory; refusing to replace it")
    if not project.exists() or not any(project.iterdir()):
        return
    if read_provenance(project, settings.package_name) is None:
        raise InputError(
            project,
            f"exists and does not hold a client generated here (no {RECORDS.provenance}); refusing to replace it",
        )


def _check_output_dir(output: Path) -> None:
    """The output directory must be a directory (or not yet exist); its contents are not ours."""
    if output.is_symlink():
        raise InputError(output, "is a symbolic link; pass the directory it points to")
    if output.exists() and not output.is_dir():
        raise InputError(output, "exists and is not a directory")


def _generated_by_previous(settings: Settings, new_project: Path) -> Callable[[str], bool]:
    """Which paths of the current project directory the previous regen wrote (the rest is the user's)."""
    manifest = recorded_files(read_provenance(settings.project_dir, settings.package_name))
    # The provenance file, which its own manifest cannot list; in either layout (a regen that
    # migrates the records drops the old ones from the package).
    own = {RECORDS.provenance, legacy_records(settings.package_name).provenance}
    if manifest is not None:
        names = own | manifest.keys()
        folders = {parent.as_posix() + "/" for name in names for parent in Path(name).parents}

        def listed(path: str) -> bool:
            if path in own or path in folders:
                return True
            if path not in manifest:
                return False
            # Listed: the new tree's file replaces it, as a regen puts back a hand-edited file.
            # One the new tree no longer writes goes only if it is exactly what was written:
            # a file that does not match (a user's file the record names) is kept.
            new_file = new_project / path
            if new_file.is_file() or new_file.is_symlink():
                return True
            return file_sha256(settings.project_dir / path) == manifest[path]

        return listed
    # Written before provenance listed its files: whatever the new tree has, the runtime, and
    # files that carry the generated-file header are the generator's.
    runtime = f"{settings.package_name}/_runtime/"
    ours: set[str] = set()  # listed at the first question: a fresh output asks none

    def legacy(path: str) -> bool:
        if not ours:
            ours.update({p.relative_to(new_project).as_posix() for p in tree_files(new_project)} | own)
        if path in ours or path.startswith(runtime) or path.endswith("/"):
            return True
        try:  # only the start of a regular file: never blocks on a FIFO, never reads a device
            return HEADER_TEXT.encode() in records.read_record(settings.project_dir / path)[:300]
        except (OSError, InputError):
            return False

    return legacy


def regen(settings: Settings) -> Release:
    """Build the new project directory beside the current one and swap it in.

    `OutputError` (exit 3) when the machine refuses a read or write, saying what state the output
    was left in; `Interrupted` on Ctrl-C or SIGTERM, likewise.
    """
    project = settings.project_dir
    _check_output_dir(settings.output)
    created_output = not settings.output.exists()
    state = publish.UNCHANGED
    try:
        with publish.output_lock(project):
            old_tree = None
            try:
                publish.recover(project)
                _guard_output(settings)
                with publish.machine_errors("creating the staging directory", settings.output):
                    staging = publish.staging_dir(project)
                with publish.machine_errors("writing the new client", staging):
                    built = build(settings, staging)
                new_project = staging / settings.project_name
                # Each path's answer is kept: after the swap, `new_project` names the old tree.
                is_generated = functools.cache(_generated_by_previous(settings, new_project))
                with publish.machine_errors(f"keeping your files in {project}", project):
                    carried = publish.carry_over(project, new_project, is_generated)
                publish.check_carried(project, carried, is_generated)  # as late as can be: a file saved since
                old_tree = publish.replace_dir(new_project, project)
                state = f"the new client is in place in {project}"
                if old_tree is not None:  # a file saved between that check and the swap is in the old tree
                    try:
                        publish.carry_late_changes(old_tree, project, carried, is_generated)
                    except OSError as exc:  # the old tree may hold the only copy of a save: keep it
                        how = f"{state}; the tree it replaced, with your files as they were, "
                        try:
                            how += f"is kept in {publish.keep_aside(old_tree, project)}"
                            old_tree = None
                        except OSError:
                            how += "could not be kept"
                        raise publish.OutputError(exc.filename or project, exc, "keeping your files", how) from None
            finally:
                with publish.signals_deferred():
                    _clean_up(project, old_tree, state)
    except KeyboardInterrupt:
        raise publish.Interrupted(state) from None
    finally:
        if created_output and state == publish.UNCHANGED:
            with suppress(OSError):
                settings.output.rmdir()  # only if empty: it held nothing before this run
    return built.release


def _clean_up(project: Path, old_tree: Path | None, state: str) -> None:
    """Remove the staging directory (which holds the old tree after an exchange) and an aside tree."""
    # The staging directories are this run's: the lock is held.
    for leftover in [*([old_tree] if old_tree is not None else []), *publish.staging_dirs(project)]:
        try:
            publish.remove_tree(leftover)
        except FileNotFoundError:
            pass
        except OSError as exc:
            message = f"{state}, but {leftover} could not be removed (the next regen retries)"
            raise publish.OutputError(exc.filename or leftover, exc, "cleaning up", message) from None


def check(settings: Settings) -> list[str]:
    """Regenerate into a temporary directory; return a unified diff against the output (empty: in sync).

    Only the project directory is compared, and in it only what the generator wrote (and would
    write): files of the user's beside or inside it are not the generator's business.
    """
    with tempfile.TemporaryDirectory(prefix="altegio-check-") as tmp:
        with publish.machine_errors("writing the expected client to a temporary directory", Path(tmp)):
            built = build(settings, Path(tmp))
        expected = built.root / settings.project_name
        is_generated = _generated_by_previous(settings, expected)
        expected_names = {p.relative_to(expected).as_posix() for p in tree_files(expected)}
        return diff_trees(
            settings.project_dir,
            expected,
            prefix=settings.project_name,
            include=lambda name: name in expected_names or is_generated(name),
        )


def diff_trees(
    current: Path, expected: Path, prefix: str = "", include: Callable[[str], bool] | None = None
) -> list[str]:
    def files(root: Path) -> dict[str, Path]:
        return {p.relative_to(root).as_posix(): p for p in tree_files(root)} if root.is_dir() else {}

    have, want = files(current), files(expected)
    if include is not None:
        have = {name: path for name, path in have.items() if include(name)}
    shown = f"{prefix}/" if prefix else ""
    lines: list[str] = []
    for name in sorted(have.keys() | want.keys()):
        old = have[name].read_bytes() if name in have else b""
        new = want[name].read_bytes() if name in want else b""
        if old == new:
            continue
        lines += difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(keepends=True),
            new.decode("utf-8", "replace").splitlines(keepends=True),
            fromfile=f"a/{shown}{name}" if name in have else "/dev/null",
            tofile=f"b/{shown}{name}" if name in want else "/dev/null",
        )
    return lines
