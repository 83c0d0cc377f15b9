"""Each speed mechanism of the generator switched off alone: what it gains, measured.

`ALTEGIO_GENERATOR_DISABLE=<mechanism>` (read in generator/startup.py, the one place) turns one
off; the output is the same either way. Every round runs the generator with everything on and
then with each mechanism off, in an order that rotates between rounds, on the same document into
a fresh directory; a mechanism's gain is the median over rounds of (off − on) in that round, so
drift on the machine cancels out. CPU time (user + system, children included) is the figure to
read on a shared machine; wall time is shown beside it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import Sample, median, run, summarize, tool_env
from bench.regen import Document, ours_command

DISABLE_VARIABLE = "ALTEGIO_GENERATOR_DISABLE"
# generator.startup.MECHANISMS, named here too so that the bench does not import the generator.
MECHANISMS = (
    "cache",
    "gc",
    "fast-exit",
    "lazy-imports",
    "shared-copies",
    "empty-bodies",
    "ruff-threads",
    "early-gate",
)
ALL_ON = ""


def measure(docs: list[Document], rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    variants = [ALL_ON, *MECHANISMS]
    with tempfile.TemporaryDirectory(prefix="bench-switches-") as tmp:
        scratch = Path(tmp)
        for doc in docs:
            log(f"switch-offs on {doc.path.name} ({rounds} rounds)")
            samples: dict[str, list[Sample]] = {variant: [] for variant in variants}
            for index in range(rounds):
                order = variants[index % len(variants) :] + variants[: index % len(variants)]
                for variant in order:
                    out = scratch / f"out-{index}-{variant or 'all'}"
                    env = tool_env({DISABLE_VARIABLE: variant} if variant else None)
                    sample, _ = run(ours_command(doc, out, scratch), env=env)
                    samples[variant].append(sample)
                    shutil.rmtree(out, ignore_errors=True)
                log(f"  round {index + 1}: " + ", ".join(f"{v or 'all on'} {samples[v][-1].cpu:.2f}s" for v in order))
            on = samples[ALL_ON]
            entry: dict[str, Any] = {"title": doc.title, "all_on": summarize(on), "off": {}}
            for mechanism in MECHANISMS:
                off = samples[mechanism]
                entry["off"][mechanism] = {
                    **summarize(off),
                    "cpu_gain": median([o.cpu - a.cpu for o, a in zip(off, on, strict=True)]),
                    "wall_gain": median([o.wall - a.wall for o, a in zip(off, on, strict=True)]),
                }
            results[doc.key] = entry
    return {"documents": results}
