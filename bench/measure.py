"""Timing primitives: one child process with its wall time, CPU time and peak memory; medians.

A child is reaped with `os.wait4`, whose resource usage is that child's own plus that of the
descendants it waited for: the CPU time counts ruff or Java threads too, and `ru_maxrss` is the
peak resident set of the largest single process in the tree (Linux reports it in KiB).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent  # the repository
VENV_BIN = ROOT / ".venv" / "bin"


class BenchError(RuntimeError):
    """A measured command failed; the message holds the end of its output."""


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds, waited-for descendants included
    peak_kib: int  # largest resident set of one process in the tree
    returncode: int

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def tool_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment a user of this repository has after `make`: the venv's bin first on PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONPATH", None)
    env.setdefault("PYTHONHASHSEED", "0")
    env.update(extra or {})
    return env


def run(
    command: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path = ROOT,
    env: Mapping[str, str] | None = None,
    timeout: float = 600.0,
    check: bool = True,
) -> tuple[Sample, str]:
    """Run `command` to completion; return its sample and its combined output."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            [os.fspath(part) for part in command],
            cwd=cwd,
            env=dict(env) if env is not None else tool_env(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    sample = Sample(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_kib=usage.ru_maxrss,
        returncode=process.returncode,
    )
    if check and sample.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-15:])
        raise BenchError(f"{' '.join(map(str, command))} exited {sample.returncode}:\n{tail}")
    return sample, output


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def summarize(samples: Sequence[Sample]) -> dict[str, Any]:
    """Medians over repeated runs of one command."""
    return {
        "n": len(samples),
        "wall": median([s.wall for s in samples]),
        "wall_min": min(s.wall for s in samples),
        "wall_max": max(s.wall for s in samples),
        "cpu": median([s.cpu for s in samples]),
        "peak_kib": int(median([s.peak_kib for s in samples])),
        "walls": [s.wall for s in samples],
        "cpus": [s.cpu for s in samples],
    }


def paired_ratio(result: dict[str, Any], baseline: dict[str, Any], key: str = "walls") -> float:
    """Median of run-by-run ratios (round i against round i): drift between rounds cancels out.

    Falls back to the ratio of medians for results saved before per-run figures were kept.
    """
    if key in result and key in baseline:
        pairs = list(zip(result[key], baseline[key], strict=False))
        return median([value / reference for value, reference in pairs])
    single = "wall" if key == "walls" else "cpu"
    return float(result[single]) / float(baseline[single])


_FAILURE_LINE = re.compile(r"Exception in thread|^\w[\w.]*(Error|Exception)\b|^(ERROR|error)\b|\bError!")


def first_error_line(output: str) -> str:
    """The most telling line of a failed tool's output, for a table cell."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        if _FAILURE_LINE.search(line):
            return line[:200]
    return lines[-1][:200] if lines else "no output"
