"""Measurement 6: `import altegio_activity` against `import httpx`, each in a fresh interpreter."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import median, run, tool_env

STATEMENTS = {
    "pass": "pass",
    "import httpx": "import httpx",
    "import altegio_activity": "import altegio_activity",
    "import altegio_activity + get_event_v2": "import altegio_activity.api.events.get_event_v2",
}
UPSTREAM_STATEMENT = "import upstream-generated package + get_event_v2"


def measure(client_dir: Path, upstream_dir: Path | None, rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    statements = dict(STATEMENTS)
    paths = [str(client_dir.resolve())]
    if upstream_dir is not None:
        package = next(p.parent.name for p in upstream_dir.glob("*/client.py"))
        statements[UPSTREAM_STATEMENT] = f"import {package}.api.events.get_event_v2"
        paths.append(str(upstream_dir.resolve()))
    env = tool_env({"PYTHONPATH": ":".join(paths), "PYTHONDONTWRITEBYTECODE": "1"})
    for statement in statements.values():  # compile the bytecode caches the first time round
        run([sys.executable, "-c", statement], env=tool_env({"PYTHONPATH": ":".join(paths)}))
    walls: dict[str, list[float]] = {name: [] for name in statements}
    log(f"imports ({rounds} rounds)")
    names = list(statements)
    for index in range(rounds):
        for name in names[index % len(names) :] + names[: index % len(names)]:
            walls[name].append(run([sys.executable, "-c", statements[name]], env=env)[0].wall)
    floor = median(walls["pass"])
    results: dict[str, Any] = {"n": rounds, "interpreter": floor, "cases": {}}
    for name, values in walls.items():
        results["cases"][name] = {"wall": median(values), "import": median(values) - floor}
    results["top_modules"] = _top_modules(env)
    return results


# Where the time of `import altegio_activity` goes: the package's own modules and what it pulls in.
_SHOWN = {"altegio_activity", "httpx", "httpcore", "h11", "anyio", "attrs", "attr", "typing_extensions", "dateutil"}
_SHOWN |= {"email", "click", "rich"}


def _top_modules(env: dict[str, str], count: int = 10) -> list[list[Any]]:
    """The modules `import altegio_activity` spends most time in (cumulative, -X importtime)."""
    _, output = run([sys.executable, "-X", "importtime", "-c", "import altegio_activity"], env=env)
    rows = []
    for line in output.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        try:
            _, cumulative, name = line.split(":", 1)[1].split("|")
            if name.strip() == "imported package":
                continue
            rows.append((int(cumulative), name.strip()))
        except ValueError:
            continue
    top = [(micros, name) for micros, name in rows if name.split(".")[0] in _SHOWN]
    top.sort(reverse=True)
    return [[name, micros / 1e6] for micros, name in top[:count]]
