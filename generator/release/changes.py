"""Everything one regeneration changes for calling code: the spec diff and the surface diff.

This is what `make regen` reports, versions and writes to the changelog; see `versioning.py`.
"""

from __future__ import annotations

from generator.diff.finding import Finding
from generator.diff.report import Report
from generator.diff.specdiff import compare_documents
from generator.naming.modules import endpoint_module
from generator.release.surface import Surface, compare_records
from generator.spec.load import Document


def collect_changes(
    old_spec: Document | None,
    new_spec: Document,
    old_surface: Surface | None,
    new_surface: Surface,
) -> Report:
    """Findings between the spec the current client was made from and the new one, plus those
    between the surface recorded for the current package and the new package's.

    `old_spec` is None on a first generation and `old_surface` is None when there is no current
    client; either side then contributes nothing. Raises `InputError` for a malformed spec.
    """
    findings: list[Finding] = []
    if old_spec is not None:
        findings += compare_documents(old_spec, new_spec)
    if old_surface is not None:
        surface = _without_renamed_modules(compare_records(old_surface, new_surface), findings)
        findings += _without_model_echoes(surface, findings)
    return Report.of(findings)


def _without_renamed_modules(surface: list[Finding], spec: list[Finding]) -> list[Finding]:
    """A renamed operationId is one finding: the spec's `operation_id_changed`, which names both
    functions. The endpoint module it removes and the one it adds say the same thing again."""
    renamed = [f for f in spec if f.kind == "operation_id_changed" and f.old and f.new]
    if not renamed:
        return surface
    gone = {_module_name(str(f.old)) for f in renamed}
    came = {_module_name(str(f.new)) for f in renamed}

    def echo(finding: Finding) -> bool:
        last = finding.pointer.rsplit(".", 1)[-1]
        if finding.pointer != finding.operation:  # not a whole module
            return False
        return (finding.kind == "api_removed" and last in gone) or (finding.kind == "api_added" and last in came)

    return [finding for finding in surface if not echo(finding)]


def _without_model_echoes(surface: list[Finding], spec: list[Finding]) -> list[Finding]:
    """One finding per model class: a class removed from `models` takes its own module
    (`models.<snake_case name>`) with it, and a class the spec diff reports renamed
    (`model_renamed`, naming both classes) is not also listed as removed."""
    renamed = {str(f.old) for f in spec if f.kind == "model_renamed" and f.old}
    removed = {f.pointer.rpartition(".")[2] for f in surface if f.kind == "api_removed" and f.old == "class"}
    their_modules = {_module_name(name) for name in removed | renamed}

    def echo(finding: Finding) -> bool:
        parent, _, last = finding.pointer.rpartition(".")
        if finding.kind != "api_removed" or not parent.endswith(".models"):
            return False
        return (finding.old == "module" and last in their_modules) or (finding.old == "class" and last in renamed)

    return [finding for finding in surface if not echo(finding)]


def _module_name(operation_id: str) -> str:
    """The module upstream names after an operationId (`Endpoint.name`, snake-cased)."""
    return endpoint_module(operation_id, "")
