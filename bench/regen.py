"""Measurements 1 and 2: a full regen against upstream and openapi-generator; a regen with nothing changed.

Every tool writes into a fresh temporary directory, run as a user runs it: a new process, with
the venv's bin first on PATH so upstream finds ruff for its default post-hooks. The tools take
turns within each round (the order rotates) so that drift on the machine hits all of them alike.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.measure import ROOT, VENV_BIN, BenchError, Sample, first_error_line, run, summarize

PY = sys.executable
# upstream's end-to-end baseline, vendored (../shared/realworld-specs/ holds the same file)
BASELINE_DOC = ROOT / "tests" / "realworld" / "opc-baseline_openapi_3.0.json"
OUR_SPEC = ROOT / "spec" / "altegio-activity.yaml"
REALWORLD_CONFIG = ROOT / "tests" / "configs" / "realworld.toml"

# The baseline document uses a made-up media type; upstream's own end-to-end tests map it with
# this option, and tests/configs/realworld.toml gives ours the same.
UPSTREAM_BASELINE_OPTIONS = 'content_type_overrides:\n  "openapi/python/client": "application/json"\n'


@dataclass(frozen=True)
class Document:
    key: str
    title: str
    path: Path
    our_config: Path
    upstream_options: str | None = None  # YAML for upstream's --config

    @property
    def operations(self) -> int:
        import yaml

        from bench.synth import count_operations

        return count_operations(yaml.safe_load(self.path.read_text(encoding="utf-8")))


def documents() -> list[Document]:
    docs = [Document("ours", f"our spec (`{OUR_SPEC.relative_to(ROOT)}`)", OUR_SPEC, ROOT / "pyproject.toml")]
    if BASELINE_DOC.is_file():
        docs.append(
            Document(
                "baseline",
                "upstream's baseline (`tests/realworld/opc-baseline_openapi_3.0.json`)",
                BASELINE_DOC,
                REALWORLD_CONFIG,
                UPSTREAM_BASELINE_OPTIONS,
            )
        )
    return docs


@dataclass(frozen=True)
class Tool:
    key: str
    title: str
    command: Callable[[Document, Path, Path], list[str]]  # (document, output, scratch) -> argv


def ours_command(doc: Document, out: Path, scratch: Path) -> list[str]:
    config = ["--config", str(doc.our_config)]
    return [PY, "-m", "generator", *config, "regen", "--spec", str(doc.path), "--output", str(out)]


def upstream_command(doc: Document, out: Path, scratch: Path) -> list[str]:
    command = [str(VENV_BIN / "openapi-python-client"), "generate", "--path", str(doc.path)]
    command += ["--output-path", str(out), "--meta", "uv"]
    if doc.upstream_options:
        config = scratch / "upstream-config.yaml"
        config.write_text(doc.upstream_options, encoding="utf-8")
        command += ["--config", str(config)]
    return command


def openapi_generator_command(doc: Document, out: Path, scratch: Path) -> list[str]:
    # Its spec validation is off: it rejects the baseline document outright (an extra `title`, a
    # 3.1 `const` in a 3.0 file); skipping it only makes this baseline faster.
    return [
        str(VENV_BIN / "openapi-generator-cli"),
        "generate",
        "-g",
        "python",
        "--skip-validate-spec",
        "-i",
        str(doc.path),
        "-o",
        str(out),
    ]


OURS = Tool("ours", "ours (`python -m generator regen`)", ours_command)
UPSTREAM = Tool("upstream", "upstream openapi-python-client, default templates, `--meta uv`", upstream_command)
OPENAPI_GENERATOR = Tool("openapi-generator", "openapi-generator `-g python` (jar via PyPI)", openapi_generator_command)


def _fresh_output(scratch: Path, name: str) -> Path:
    out = scratch / name
    shutil.rmtree(out, ignore_errors=True)
    return out


def time_tools(
    doc: Document, tools: Sequence[Tool], rounds: dict[str, int], log: Callable[[str], None]
) -> dict[str, Any]:
    """Interleaved rounds of every tool on `doc`; a tool that fails is reported once, not repeated."""
    samples: dict[str, list[Sample]] = {tool.key: [] for tool in tools}
    failures: dict[str, dict[str, Any]] = {}
    files: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        scratch = Path(tmp)
        for index in range(max(rounds.values())):
            order = list(tools[index % len(tools) :]) + list(tools[: index % len(tools)])
            for tool in order:
                if tool.key in failures or index >= rounds[tool.key]:
                    continue
                out = _fresh_output(scratch, f"{tool.key}-{index}")
                sample, output = run(tool.command(doc, out, scratch), check=False)
                if sample.returncode != 0:
                    failures[tool.key] = {
                        "wall": sample.wall,
                        "returncode": sample.returncode,
                        "error": first_error_line(output),
                    }
                    log(f"  {tool.key} failed on {doc.key}: {failures[tool.key]['error']}")
                    continue
                files[tool.key] = sum(1 for p in out.rglob("*.py") if p.is_file())
                samples[tool.key].append(sample)
                shutil.rmtree(out, ignore_errors=True)
            done = [tool.key for tool in tools if tool.key not in failures and index < rounds[tool.key]]
            log(f"  round {index + 1}: " + ", ".join(f"{key} {samples[key][-1].wall:.2f}s" for key in done))
    results: dict[str, Any] = {}
    for tool in tools:
        if tool.key in failures:
            results[tool.key] = {"failed": failures[tool.key]}
        else:
            results[tool.key] = {**summarize(samples[tool.key]), "py_files": files.get(tool.key, 0)}
    return results


def measure_full(rounds: int, og_rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    counts = {OURS.key: rounds, UPSTREAM.key: rounds, OPENAPI_GENERATOR.key: og_rounds}
    for doc in documents():
        log(f"full regen of {doc.path.name} ({rounds} rounds, openapi-generator {og_rounds})")
        results[doc.key] = {
            "title": doc.title,
            "operations": doc.operations,
            "tools": time_tools(doc, [OURS, UPSTREAM, OPENAPI_GENERATOR], counts, log),
        }
    return results


REALWORLD_DIR = ROOT / "tests" / "realworld"


def realworld_documents() -> list[Document]:
    """Every document in tests/realworld/, with the settings the realworld tests use for it."""
    return [
        Document(path.name, f"`tests/realworld/{path.name}`", path, REALWORLD_CONFIG, UPSTREAM_BASELINE_OPTIONS)
        for path in sorted(REALWORLD_DIR.iterdir())
        if path.suffix in (".json", ".yaml", ".yml")
    ]


def measure_realworld(rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Ours against upstream on each real-world document; the report takes the median ratio."""
    results: dict[str, Any] = {}
    for doc in realworld_documents():
        log(f"realworld: {doc.path.name} ({rounds} rounds)")
        results[doc.key] = {
            "title": doc.title,
            "operations": doc.operations,
            "tools": time_tools(doc, [OURS, UPSTREAM], {OURS.key: rounds, UPSTREAM.key: rounds}, log),
        }
    return {"documents": results}


def measure_unchanged(rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    """A regen into a fresh directory, then the same regen again over its own output."""
    doc = documents()[0]
    full: list[Sample] = []
    again: list[Sample] = []
    log(f"regen with nothing changed ({rounds} rounds)")
    with tempfile.TemporaryDirectory(prefix="bench-unchanged-") as tmp:
        for index in range(rounds):
            out = Path(tmp) / f"out-{index}"
            full_sample, _ = run(ours_command(doc, out, Path(tmp)))
            again_sample, _ = run(ours_command(doc, out, Path(tmp)))
            full.append(full_sample)
            again.append(again_sample)
            shutil.rmtree(out, ignore_errors=True)
            log(f"  round {index + 1}: full {full_sample.wall:.2f}s, unchanged {again_sample.wall:.2f}s")
    return {"document": doc.title, "full": summarize(full), "unchanged": summarize(again)}


def interpreter_startup(rounds: int = 10) -> float:
    """Wall time of `python -c pass`: the floor under every Python tool's figure."""
    from bench.measure import median

    return median([run([PY, "-c", "pass"])[0].wall for _ in range(rounds)])


__all__ = ["BenchError", "measure_full", "measure_realworld", "measure_unchanged", "interpreter_startup"]
