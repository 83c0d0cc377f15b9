"""`python -m bench` (`make bench`): measure regen and client speed, write bench/RESULTS.md.

    python -m bench                      # everything (about fifteen minutes on a 2-core machine)
    python -m bench --quick              # fewer repeats: a smoke run, not numbers to commit
    python -m bench --only client,imports  # re-measure some sections, keep the rest

Raw figures go to bench/results.json, the tables to bench/RESULTS.md and the scaling chart to
bench/scaling.png. A section not re-measured keeps its figures from results.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TypedDict

from bench import client, imports, machine, regen, report, scaling, shapes, stages, switches, synth
from bench.measure import ROOT, VENV_BIN, BenchError, run

HERE = Path(__file__).resolve().parent
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
CHART = HERE / "scaling.png"
SECTIONS = ("regen", "realworld", "unchanged", "scaling", "shapes", "switches", "client", "imports", "stages")
SHAPE_OPERATIONS = 1000
SWITCH_OPERATIONS = 200  # the light CRUD shape, beside the baseline document


class Settings(TypedDict):
    """Rounds and repeats of each section."""

    regen_rounds: int
    og_rounds: int
    realworld_rounds: int
    unchanged_rounds: int
    scaling_rounds: dict[int, int]  # operations -> rounds
    shape_rounds: int
    switch_rounds: int
    client_repeats: int
    client_batch_seconds: float
    import_rounds: int


FULL: Settings = {
    "regen_rounds": 7,
    "og_rounds": 3,
    "realworld_rounds": 3,
    "unchanged_rounds": 7,
    "scaling_rounds": {10: 5, 100: 5, 1000: 3},
    "shape_rounds": 3,
    "switch_rounds": 5,
    "client_repeats": 21,
    "client_batch_seconds": 0.1,
    "import_rounds": 20,
}
QUICK: Settings = {
    "regen_rounds": 2,
    "og_rounds": 1,
    "realworld_rounds": 1,
    "unchanged_rounds": 2,
    "scaling_rounds": {10: 1, 100: 1, 1000: 1},
    "shape_rounds": 1,
    "switch_rounds": 1,
    "client_repeats": 5,
    "client_batch_seconds": 0.03,
    "import_rounds": 5,
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _upstream_client(scratch: Path) -> Path | None:
    """Upstream's client for our spec (default templates), to compare calls and imports with."""
    target = scratch / "upstream-client"
    command = [str(VENV_BIN / "openapi-python-client"), "generate", "--path", str(regen.OUR_SPEC)]
    command += ["--output-path", str(target / "upstream_altegio"), "--meta", "none"]
    sample, output = run(command, check=False)
    if sample.returncode != 0:
        log(f"upstream could not generate our spec; comparing with raw httpx only:\n{output[-800:]}")
        return None
    return target


def measure_client(settings: Settings, client_dir: Path, upstream_dir: Path | None) -> dict[str, Any]:
    log(f"client calls and model codec ({settings['client_repeats']} repeats)")
    command = [sys.executable, "-m", "bench.client", "--client-dir", str(client_dir)]
    command += ["--repeats", str(settings["client_repeats"])]
    command += ["--batch-seconds", str(settings["client_batch_seconds"])]
    if upstream_dir is not None:
        command += ["--upstream-dir", str(upstream_dir)]
    _, output = run(command, timeout=1800)
    return client.parse(output)


def measure_stages(scratch: Path) -> dict[str, Any]:
    """One in-process run of each generator per document, with stage timers (a profile, not a median)."""
    results: dict[str, Any] = {}
    docs = {doc.key: doc for doc in regen.documents()}
    synth_doc = regen.Document(
        "synth-1000",
        "synthetic, 1000 operations",
        synth.write(1000, scratch / "synth-1000.json"),
        ROOT / "pyproject.toml",
    )
    for doc in [docs.get("baseline") or docs["ours"], synth_doc]:
        log(f"stage profile of {doc.path.name}")
        entry: dict[str, Any] = {"title": doc.title}
        out = scratch / f"stages-ours-{doc.key}"
        command = [sys.executable, "-m", "bench.stages", "ours", "--", "--config", str(doc.our_config), "regen"]
        _, output = run(command + ["--spec", str(doc.path), "--output", str(out)])
        entry["ours"] = stages.parse(output)
        out = scratch / f"stages-upstream-{doc.key}"
        upstream = regen.upstream_command(doc, out, scratch)[1:]  # drop the executable
        _, output = run([sys.executable, "-m", "bench.stages", "upstream", "--", *upstream])
        entry["upstream"] = stages.parse(output)
        results[doc.key] = entry
        shutil.rmtree(scratch / f"stages-ours-{doc.key}", ignore_errors=True)
        shutil.rmtree(scratch / f"stages-upstream-{doc.key}", ignore_errors=True)
    return results


def _at_most(settings: Settings, rounds: int) -> Settings:
    """`settings` with every count of rounds capped at `rounds` (`--rounds`, for a shorter run)."""
    limited = settings.copy()
    for key in ("regen_rounds", "og_rounds", "realworld_rounds", "unchanged_rounds", "shape_rounds", "switch_rounds"):
        limited[key] = min(settings[key], rounds)
    limited["scaling_rounds"] = {size: min(count, rounds) for size, count in settings["scaling_rounds"].items()}
    return limited


def _switch_documents(scratch: Path) -> list[regen.Document]:
    docs = [doc for doc in regen.documents() if doc.key == "baseline"]
    crud = shapes.write("crud", SWITCH_OPERATIONS, scratch / f"crud-{SWITCH_OPERATIONS}.json")
    title = f"{shapes.SHAPES['crud'][0]}, {SWITCH_OPERATIONS} operations"
    return [*docs, regen.Document(f"crud-{SWITCH_OPERATIONS}", title, crud, ROOT / "pyproject.toml")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repeats; for trying the harness out")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated, of: {', '.join(SECTIONS)}")
    parser.add_argument(
        "--client-dir",
        type=Path,
        default=ROOT / "generated" / "altegio-activity-client",
        help="the generated project whose package is imported (default: generated/altegio-activity-client)",
    )
    parser.add_argument("--report-only", action="store_true", help="re-render RESULTS.md from results.json")
    parser.add_argument("--rounds", type=int, help="at most this many rounds per measurement (a long run made shorter)")
    args = parser.parse_args(argv)
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")

    results: dict[str, Any] = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.is_file() else {}
    if not args.report_only:
        settings: Settings = (QUICK if args.quick else FULL).copy()
        if args.rounds:
            settings = _at_most(settings, args.rounds)
        now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        results["machine"] = machine.describe()
        started = time.perf_counter()
        try:
            with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
                scratch = Path(tmp)
                upstream_dir = _upstream_client(scratch) if {"client", "imports"} & set(only) else None
                for section in only:
                    section_started = time.perf_counter()
                    load_before = os.getloadavg()[0]
                    if section == "regen":
                        data = regen.measure_full(settings["regen_rounds"], settings["og_rounds"], log)
                        data = {"documents": data, "interpreter": regen.interpreter_startup()}
                    elif section == "realworld":
                        data = regen.measure_realworld(settings["realworld_rounds"], log)
                    elif section == "unchanged":
                        data = regen.measure_unchanged(settings["unchanged_rounds"], log)
                    elif section == "scaling":
                        data = {"sizes": scaling.measure(scaling.SIZES, settings["scaling_rounds"], log)}
                    elif section == "shapes":
                        data = shapes.measure(SHAPE_OPERATIONS, settings["shape_rounds"], log)
                    elif section == "switches":
                        data = switches.measure(_switch_documents(scratch), settings["switch_rounds"], log)
                    elif section == "client":
                        data = measure_client(settings, args.client_dir, upstream_dir)
                    elif section == "imports":
                        data = imports.measure(args.client_dir, upstream_dir, settings["import_rounds"], log)
                    else:
                        data = measure_stages(scratch)
                    data["measured_at"] = now
                    data["quick"] = args.quick
                    data["seconds"] = time.perf_counter() - section_started
                    data["load"] = [load_before, os.getloadavg()[0]]
                    results[section] = data
                    RESULTS_JSON.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
        except BenchError as err:
            log(f"bench: {err}")
            return 1
        log(f"measured {', '.join(only)} in {time.perf_counter() - started:.0f} s")
    if "scaling" in results:
        scaling.chart(results["scaling"]["sizes"], report.SCALING_TARGET_SECONDS, CHART)
    RESULTS_MD.write_text(report.render(results, chart=CHART.name if CHART.is_file() else None))
    log(f"wrote {RESULTS_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
