"""Everything one regeneration changes for calling code: the spec diff and the surface diff.

This is what `make regen` reports, versions and writes to the changelog; see `release.py`.
"""

from __future__ import annotations

from pathlib import Path

from generator.diff.finding import Finding
from generator.diff.report import Report
from generator.diff.specdiff import compare_documents
from generator.diff.surface import compare_surfaces
from generator.load import Document


def collect_changes(
    old_spec: Document | None,
    new_spec: Document,
    old_tree: Path | None,
    new_tree: Path,
    package: str,
) -> Report:
    """Findings between the spec the current client was made from and the new one, plus those
    between the current package and the freshly generated one.

    `old_spec` is None on a first generation and `old_tree` is None (or lacks the package) when
    there is no current client; either side then contributes nothing. Trees are the directories
    that contain `package`. Raises `InputError` for a malformed spec.
    """
    findings: list[Finding] = []
    if old_spec is not None:
        findings += compare_documents(old_spec, new_spec)
    if old_tree is not None and (old_tree / package).is_dir():
        findings += compare_surfaces(old_tree, new_tree, package)
    return Report.of(findings)
