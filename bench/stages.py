"""Where a regen's time goes: run one generator in-process with its stages wrapped in timers.

    python -m bench.stages ours -- --config pyproject.toml regen --spec DOC --output DIR
    python -m bench.stages upstream -- generate --path DOC --output-path DIR --meta uv

Prints JSON: `{"total": s, "imports": s, "stages": [[label, depth, seconds, calls], ...]}`;
depth -1 marks a function timed wherever it runs, across stages. A stage whose function no
longer exists under that name is left out rather than failing the run, so the breakdown survives
refactors of generator/ (its time then shows up as "not in a named stage").
"""

from __future__ import annotations

import functools
import importlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

# (label, "module:attribute.path", depth); deeper entries are parts of the entry above them. A
# function that also runs elsewhere (upstream's parser) is timed on every call, wherever it is.
OUR_STAGES: tuple[tuple[str, str, int], ...] = (
    ("import check: start its interpreter (before the spec is read)", "generator.pipeline:ImportCheck.start", 0),
    ("load the document (YAML/JSON with line marks)", "generator.pipeline:load_document", 0),
    ("validate", "generator.pipeline:validate_for", 0),
    ("references", "generator.spec.validate:check_refs", 1),
    ("structure (upstream's pydantic model)", "generator.spec.validate:check_structure", 1),
    ("identifier names", "generator.spec.validate:name_problems", 1),
    ("render", "generator.pipeline:render", 0),
    ("facts", "generator.render.render:collect_facts", 1),
    ("template environment (Project())", "openapi_python_client:Project.__init__", 1),
    ("upstream render (Project.build)", "openapi_python_client:Project.build", 1),
    ("file names from the spec", "generator.render.render:check_module_names", 1),
    ("file names in the tree", "generator.checks.tree_names:check_file_names", 0),
    ("headers", "generator.pipeline:add_headers", 0),
    ("the gate's verdicts handed to the import check, while ruff formats", "generator.pipeline:_hand_over_gated", 0),
    (
        "security gate on the modules (endpoint modules while render parses them)",
        "generator.checks.gate:check_file",
        -1,
    ),
    ("surface record: read each gated module's tree", "generator.pipeline:read_module", -1),
    ("syntax gate (only when ruff fails)", "generator.checks.gate:check_syntax", 1),
    (
        "import check: hand over the runtime (each module follows once gated)",
        "generator.pipeline:ImportCheck.stream",
        1,
    ),
    ("public surface record (from the gate's readings)", "generator.pipeline:surface_record", 0),
    ("spec snapshot", "generator.pipeline:write_spec_snapshot", 0),
    ("change report, version, changelog", "generator.pipeline:record_release", 0),
    ("provenance", "generator.pipeline:write_provenance", 0),
    ("output gate (files written after the modules)", "generator.checks.gate:check_tree", 0),
    ("import check: wait for its verdict", "generator.pipeline:ImportCheck.wait", 0),
    ("publish", "generator.publish:replace_dir", 0),
    ("upstream parse (GeneratorData.from_dict less its structure check)", "generator.render.render:upstream_model", -1),
)
UPSTREAM_STAGES: tuple[tuple[str, str, int], ...] = (
    ("load the document", "openapi_python_client:_get_document", 0),
    ("parse (GeneratorData.from_dict)", "openapi_python_client.parser:GeneratorData.from_dict", 0),
    ("template environment (Project())", "openapi_python_client:Project.__init__", 0),
    ("render (Project.build)", "openapi_python_client:Project.build", 0),
    ("post-hooks: ruff check --fix, ruff format", "openapi_python_client:Project._run_post_hooks", 1),
)


def _patch(target: str, label: str, totals: dict[str, float], calls: dict[str, int]) -> bool:
    module_name, _, attr_path = target.partition(":")
    try:
        owner: Any = importlib.import_module(module_name)
        *owners, attr = attr_path.split(".")
        for name in owners:
            owner = getattr(owner, name)
    except (ImportError, AttributeError):
        return False
    raw = owner.__dict__.get(attr) if isinstance(owner, type) else getattr(owner, attr, None)
    if raw is None:
        return False
    wrapper_kind = type(raw) if isinstance(raw, classmethod | staticmethod) else None
    func: Callable[..., Any] = raw.__func__ if wrapper_kind else raw

    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - started
            calls[label] += 1

    setattr(owner, attr, wrapper_kind(timed) if wrapper_kind else timed)
    return True


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("ours", "upstream") or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    tool, args = argv[0], argv[2:]
    started = time.perf_counter()
    entry: Callable[[list[str]], int]
    if tool == "ours":
        from generator.startup import prepare_process

        prepare_process()  # what `python -m generator` does first
        from generator.cli import main as our_entry

        entry = our_entry
        stages = OUR_STAGES
    else:
        from openapi_python_client.cli import app

        def upstream_entry(arguments: list[str]) -> int:
            try:
                app(arguments, standalone_mode=False)
            except SystemExit as exc:  # typer exits on its own
                return int(exc.code or 0)
            return 0

        entry = upstream_entry
        stages = UPSTREAM_STAGES
    imports = time.perf_counter() - started
    totals: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    found = [(label, depth) for label, target, depth in stages if _patch(target, label, totals, calls)]
    started = time.perf_counter()
    code = entry(args)
    total = time.perf_counter() - started
    report = {
        "tool": tool,
        "returncode": code,
        "imports": imports,
        "total": total,
        "stages": [[label, depth, totals.get(label, 0.0), calls.get(label, 0)] for label, depth in found],
    }
    sys.stdout.flush()
    print("\nBENCH-STAGES " + json.dumps(report))
    return code


def parse(output: str) -> dict[str, Any]:
    for line in reversed(output.splitlines()):
        if line.startswith("BENCH-STAGES "):
            report = json.loads(line.removeprefix("BENCH-STAGES "))
            assert isinstance(report, dict)
            return report
    raise ValueError("no stage report in the output")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
