"""The regen pipeline: load, validate, render, format, record, then publish in one step.

Each stage lives in its own module; this one only orders them and owns the staging directory,
which is deleted whatever happens, so a failed run leaves the output as it was.
"""

from __future__ import annotations

import difflib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from jinja2 import TemplateError

from generator import gate, names, publish
from generator.config import Settings
from generator.errors import InputError
from generator.fmt import Formatting
from generator.import_gate import ImportCheck
from generator.load import Document, load_document
from generator.provenance import (
    SPEC_SNAPSHOT,
    SpecSnapshot,
    add_headers,
    read_provenance,
    tree_files,
    write_provenance,
)
from generator.release_notes import INITIAL_VERSION, Release, record_release
from generator.render import render
from generator.shared_copies import spec_values_shared
from generator.uptodate import inputs_record, output_digest
from generator.validate import Validated, validate_document

RUNTIME_DIR = "runtime"  # hand-written modules under templates/, copied verbatim into the package


@dataclass
class Built:
    root: Path  # the staging output directory, holding the project directory
    release: Release


def load_spec(settings: Settings) -> tuple[Document, Validated]:
    doc = load_document(settings.spec)
    validated = validate_document(
        doc,
        allow_external_refs=settings.allow_external_refs,
        literal_enums=bool(settings.upstream.get("literal_enums", False)),
    )
    return doc, validated


def build(settings: Settings, into: Path) -> Built:
    """Generate the whole output tree under `into` (an empty directory)."""
    doc, validated = load_spec(settings)
    project_dir = into / settings.project_name
    package_dir = project_dir / settings.package_name
    previous = read_provenance(settings.package_dir) or {}
    snapshot = SpecSnapshot(doc.data, into / f".{SPEC_SNAPSHOT}.partial")  # dumped beside the render
    try:
        with _reported_as_input_errors(doc, settings), spec_values_shared():
            version = str(previous.get("package_version", INITIAL_VERSION))
            rendered = render(doc, validated, _with_version(settings, version), project_dir)
        # The import gate's interpreter starts now and loads the client's dependencies meanwhile.
        with ImportCheck(project_dir, settings.package_name, settings.project_dir) as imports:
            files = names.check_tree(project_dir, settings.project_dir)
            texts = add_headers(project_dir, files)
            _format_and_gate(project_dir, settings.project_dir, texts)
            # The hand-written runtime goes in verbatim, after formatting, which must not touch it.
            skip_caches = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(settings.templates / RUNTIME_DIR, package_dir / "_runtime", ignore=skip_caches)
            imports.start()  # every module is gated and formatted: import them beside the rest
            release = record_release(settings, doc, project_dir, not_generated=tuple(map(str, rendered.left_out)))
            snapshot.write_into(package_dir)
            record = {
                **inputs_record(doc.raw, settings),
                "package_version": release.version,
                "spec_version": str((doc.data.get("info") or {}).get("version", "")),
                "output_sha256": output_digest(project_dir),
            }
            write_provenance(package_dir, record)
            # Last, over what was written after the modules were gated: nothing unchecked reaches the output.
            gate.check_tree(project_dir, settings.project_dir, python=False)
            imports.wait()
    finally:
        snapshot.close()
    return Built(root=into, release=release)


def _format_and_gate(project_dir: Path, shown_as: Path, texts: dict[Path, str]) -> None:
    """ruff formats the modules while the security gate reads the same text, on the other core.

    The gate sees the modules as rendered (headers included), before ruff only sorts imports,
    drops unused ones, modernises syntax and re-indents; a module ruff cannot read is reported
    by `check_syntax` at its line.
    """
    with Formatting(project_dir) as formatting:
        try:
            for path, text in texts.items():
                relative = path.relative_to(project_dir)
                if path.suffix == ".py" and gate.is_gated(relative):
                    gate.check_file(relative, text, shown_as)
                    formatting.advance()
        except InputError:
            if not formatting.succeeded():
                gate.check_syntax(project_dir, shown_as)  # the compiler's message, if that is what it is
            raise
        if not formatting.succeeded():
            gate.check_syntax(project_dir, shown_as)  # says which file and line, if that is it
            formatting.wait()


@contextmanager
def _reported_as_input_errors(doc: Document, settings: Settings) -> Iterator[None]:
    """Failures inside upstream's parser and Jinja, said as `FILE:LINE: message` instead of a traceback."""
    try:
        yield
    except TemplateError as exc:
        where = Path(getattr(exc, "filename", None) or settings.templates)
        raise InputError(where, f"template error: {exc.message}", getattr(exc, "lineno", None)) from None
    except RecursionError:
        raise doc.error("nests or refers to itself too deeply to be generated (a $ref cycle?)") from None
    except OSError as exc:
        raise doc.error(
            f"cannot write the generated client: {exc.strerror} ({Path(exc.filename or '').name})"
        ) from None


def _with_version(settings: Settings, version: str) -> Settings:
    return replace(settings, upstream={**settings.upstream, "package_version_override": version})


def _guard_output(settings: Settings) -> None:
    """Refuse to replace a directory this generator did not make."""
    output = settings.output
    if output.is_symlink():
        raise InputError(output, "is a symbolic link; pass the directory it points to")
    if output.exists() and not output.is_dir():
        raise InputError(output, "exists and is not a directory")
    if not output.exists() or not any(output.iterdir()):
        return
    if read_provenance(settings.package_dir) is None:
        raise InputError(
            output,
            "exists and does not hold a client generated here (no "
            f"{settings.project_name}/{settings.package_name}/provenance.toml); refusing to replace it",
        )


def regen(settings: Settings) -> Release:
    with publish.output_lock(settings.output):
        publish.recover(settings.output)
        _guard_output(settings)
        staging = publish.staging_dir(settings.output)
        try:
            built = build(settings, staging)
            publish.replace_dir(staging, settings.output)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return built.release


def check(settings: Settings) -> list[str]:
    """Regenerate into a temporary directory; return a unified diff against the output (empty: in sync)."""
    with tempfile.TemporaryDirectory(prefix="altegio-check-") as tmp:
        built = build(settings, Path(tmp))
        return diff_trees(settings.output, built.root)


def diff_trees(current: Path, expected: Path) -> list[str]:
    def files(root: Path) -> dict[str, Path]:
        return {p.relative_to(root).as_posix(): p for p in tree_files(root)} if root.is_dir() else {}

    have, want = files(current), files(expected)
    lines: list[str] = []
    for name in sorted(have.keys() | want.keys()):
        old = have[name].read_bytes() if name in have else b""
        new = want[name].read_bytes() if name in want else b""
        if old == new:
            continue
        lines += difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(keepends=True),
            new.decode("utf-8", "replace").splitlines(keepends=True),
            fromfile=f"a/{name}" if name in have else "/dev/null",
            tofile=f"b/{name}" if name in want else "/dev/null",
        )
    return lines
