"""Measurement 3: regen time and peak memory on synthetic documents of 10, 100 and 1000 operations."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench import synth
from bench.measure import ROOT
from bench.regen import OURS, UPSTREAM, Document, time_tools

SIZES = (10, 100, 1000)


def measure(sizes: Sequence[int], rounds: dict[int, int], log: Callable[[str], None]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-synth-") as tmp:
        for size in sizes:
            path = synth.write(size, Path(tmp) / f"synth-{size}.json")
            doc = Document(f"synth-{size}", f"synthetic, {size} operations", path, ROOT / "pyproject.toml")
            count = rounds.get(size, 3)
            log(f"scaling: {size} operations ({count} rounds)")
            results[str(size)] = time_tools(doc, [OURS, UPSTREAM], {OURS.key: count, UPSTREAM.key: count}, log)
    return results


def linearity(by_size: dict[str, Any], tool: str) -> dict[str, float] | None:
    """Marginal seconds per operation between consecutive sizes, and how much it grows.

    A linear tool has the same marginal cost at every size (growth near 1); a constant start-up
    cost only raises the per-operation figure at the small sizes, not the marginal one.
    """
    points = sorted((int(size), data[tool]["wall"]) for size, data in by_size.items() if "wall" in data.get(tool, {}))
    if len(points) < 3:
        return None
    (n0, t0), (n1, t1), (n2, t2) = points[-3:]
    low = (t1 - t0) / (n1 - n0)
    high = (t2 - t1) / (n2 - n1)
    return {"marginal_low": low, "marginal_high": high, "growth": high / low if low > 0 else float("inf")}


def chart(by_size: dict[str, Any], target_seconds: float, path: Path) -> Path | None:
    """Wall time and peak memory against operations, log-log, ours and upstream."""
    try:
        import matplotlib  # type: ignore[import-not-found,unused-ignore]

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    sizes = sorted(int(size) for size in by_size)
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), dpi=110)
    styles = {OURS.key: ("ours", "tab:blue", "o"), UPSTREAM.key: ("upstream 0.29.1", "tab:orange", "s")}
    for key, (label, color, marker) in styles.items():
        points = [(n, by_size[str(n)][key]) for n in sizes if "wall" in by_size[str(n)].get(key, {})]
        if not points:
            continue
        xs = [n for n, _ in points]
        left.plot(xs, [d["wall"] for _, d in points], marker=marker, color=color, label=label)
        right.plot(xs, [d["peak_kib"] / 1024 for _, d in points], marker=marker, color=color, label=label)
    if sizes:
        left.plot(
            sizes,
            [target_seconds * n / max(sizes) for n in sizes],
            ":",
            color="grey",
            label=f"linear, reaching the target at {max(sizes)}",
        )
        left.axhline(
            target_seconds,
            color="tab:red",
            linestyle="--",
            linewidth=1,
            label=f"target: {max(sizes)} ops < {target_seconds:g} s",
        )
    for axis, title, unit in (
        (left, "Full regen, wall time (median)", "seconds"),
        (right, "Peak memory (largest process)", "MiB"),
    ):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("operations in the document")
        axis.set_ylabel(unit)
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path
