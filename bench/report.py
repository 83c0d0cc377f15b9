"""Turn bench/results.json into bench/RESULTS.md: one table per measurement, targets, and causes.

Everything said about a missed target is computed from the figures, so a re-run after an
optimisation rewrites the explanation along with the numbers.
"""

from __future__ import annotations

from typing import Any

from bench.measure import paired_ratio

FULL_REGEN_TARGET = 1.0  # ours / upstream, same document (issue 10)
UNCHANGED_TARGET = 0.10  # unchanged regen / full regen (issue 17)
MEMORY_TARGET = 1.5  # ours / upstream peak memory at 1000 operations (issue 17)
SCALING_TARGET_SECONDS = 10.0  # 1000 operations: the chart's reference line
SCALING_RATIO_TARGET = 1.0  # ours / upstream at 1000 operations (issue 10)
LINEARITY_TARGET = 1.5  # marginal cost per operation, 100->1000 over 10->100
CALL_TARGET = 1.15  # ours / raw httpx per call (issue 20, item 11)
DECODE_TARGET = 3.0  # from_dict(json.loads) / json.loads


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} µs"


def _mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def _ratio(value: float) -> str:
    return f"{value:.2f}×"


def _verdict(ok: bool) -> str:
    return "pass" if ok else "**miss**"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def _when(section: dict[str, Any]) -> str:
    note = f"Measured {section.get('measured_at', '?')}"
    if section.get("quick"):
        note += " with `--quick` (few repeats: indicative only)"
    note += "."
    if section.get("load"):
        before, after = section["load"]
        note += (
            f" Load average (1 min) {before:.2f} before and {after:.2f} after; the section's own runs keep "
            "about one core busy, so more means other work shared the machine."
        )
    return note


class Summary:
    def __init__(self) -> None:
        self.rows: list[list[str]] = []

    def add(self, what: str, target: str, measured: str, ok: bool | None) -> None:
        self.rows.append([what, target, measured, "n/a" if ok is None else _verdict(ok)])


# -- sections ---------------------------------------------------------------------------------


def machine_section(m: dict[str, Any]) -> list[str]:
    packages = ", ".join(f"{name} {version}" for name, version in m.get("packages", {}).items())
    rows = [
        ["CPU", f"{m.get('cpu')} ({m.get('cores')} cores visible, {m.get('cpu_mhz')} MHz)"],
        ["memory", f"{m.get('memory_gib')} GiB"],
        ["OS", str(m.get("os"))],
        ["Python", f"{m.get('python_impl')} {m.get('python')} (the project's `.venv`)"],
        ["Java", str(m.get("java"))],
        ["packages", packages],
        ["source tree", f"`{m.get('source')}`"],
    ]
    return ["## Machine", "", *_table(["", ""], rows)]


TOOL_NOTES = {
    "ours": (
        "`python -m generator regen --spec DOC --output TMP` (baseline document: `--config "
        "tests/configs/realworld.toml`); every check included: validation, name checks, rendering, ruff, "
        "gates, headers, snapshot, provenance, atomic publish"
    ),
    "upstream": (
        "`openapi-python-client generate --path DOC --output-path TMP --meta uv`, default templates; ruff on "
        "PATH, so its default post-hooks (`ruff check --fix`, `ruff format`) run as for a user. Baseline "
        "document: a config with the same `content_type_overrides` ours uses"
    ),
    "openapi-generator": (
        "`openapi-generator-cli generate -g python --skip-validate-spec -i DOC -o TMP` (PyPI "
        "`openapi-generator-cli`, its bundled jar, Java 17); its spec validation is off because it rejects the "
        "baseline document"
    ),
}


def regen_section(data: dict[str, Any], summary: Summary) -> list[str]:
    lines = ["## 1. Full regen: ours against upstream and openapi-generator", "", _when(data), ""]
    lines += [f"- **{key}**: {text}." for key, text in TOOL_NOTES.items()]
    lines += [
        f"- Python's own start-up (`python -c pass`) is {_s(data.get('interpreter', 0))} of every Python figure.",
        "- Wall time is the median over N fresh-directory runs, tools taking turns; a ratio is the median of the "
        "round-by-round ratios, so load that changes between rounds cancels out. CPU is user+system of the "
        "whole process tree (Java uses both cores), and less disturbed than wall time when other work shares "
        "the machine; peak is the largest single process's resident set.",
        "",
    ]
    for key, doc in data["documents"].items():
        tools = doc["tools"]
        base = tools.get("upstream", {}).get("wall")
        base_cpu = tools.get("upstream", {}).get("cpu")
        rows = []
        for name, result in tools.items():
            if "failed" in result:
                failure = result["failed"]
                cell = failure["error"].replace("|", "\\|")
                rows.append(
                    [
                        name,
                        f"fails after {_s(failure['wall'])}",
                        "",
                        "",
                        "",
                        "",
                        "",
                        f"exit {failure['returncode']}: {cell}",
                    ]
                )
                continue
            ratio_cell = _ratio(paired_ratio(result, tools["upstream"])) if base else ""
            cpu_ratio = _ratio(paired_ratio(result, tools["upstream"], "cpus")) if base_cpu else ""
            spread = f"{result['wall_min']:.2f}–{result['wall_max']:.2f}"
            rows.append(
                [
                    name,
                    _s(result["wall"]),
                    ratio_cell,
                    _s(result["cpu"]),
                    cpu_ratio,
                    _mib(result["peak_kib"]),
                    str(result["n"]),
                    f"{result['py_files']} .py files; wall range {spread} s",
                ]
            )
        lines += [f"### {doc['title']}, {doc['operations']} operations", ""]
        lines += _table(
            ["tool", "wall (median)", "× upstream", "CPU (median)", "CPU × upstream", "peak memory", "N", "notes"], rows
        )
        ours = tools.get("ours", {})
        if base and "wall" in ours:
            ratio = paired_ratio(ours, tools["upstream"])
            summary.add(
                f"full regen, {key} document",
                f"≤ {FULL_REGEN_TARGET:.2f}× upstream",
                f"{_ratio(ratio)} ({_s(ours['wall'])} vs {_s(base)})",
                ratio <= FULL_REGEN_TARGET,
            )
    return lines


def realworld_section(data: dict[str, Any], summary: Summary) -> list[str]:
    lines = ["## 2. Full regen on real-world documents", "", _when(data), ""]
    lines += [
        "Every document in `tests/realworld/`, generated by ours (`--config tests/configs/realworld.toml`) and "
        "by upstream (the same `content_type_overrides`, default templates and post-hooks), taking turns as in "
        "section 1. The target is on the median of the per-document ratios over the documents both tools "
        "generate; a document one of them refuses is listed and left out of the median.",
        "",
    ]
    rows = []
    ratios: list[float] = []
    for key, doc in data["documents"].items():
        tools = doc["tools"]
        ours, up = tools.get("ours", {}), tools.get("upstream", {})
        if "wall" in ours and "wall" in up:
            ratio = paired_ratio(ours, up)
            ratios.append(ratio)
            cpu = paired_ratio(ours, up, "cpus")
            rows.append(
                [key, str(doc["operations"]), _s(ours["wall"]), _s(up["wall"])]
                + [_ratio(ratio), _ratio(cpu), str(ours["n"])]
            )
        else:
            failed = [
                f"{name} exits {r['failed']['returncode']}: {r['failed']['error']}".replace("|", "\\|")
                for name, r in tools.items()
                if "failed" in r
            ]
            rows.append([key, str(doc["operations"]), "", "", "not compared", "", "; ".join(failed)[:220]])
    lines += _table(["document", "operations", "ours", "upstream", "× upstream", "CPU ×", "N"], rows)
    if ratios:
        from bench.measure import median

        middle = median(ratios)
        lines += [
            f"Median over {len(ratios)} documents: {_ratio(middle)} (range {_ratio(min(ratios))}–"
            f"{_ratio(max(ratios))}).",
            "",
        ]
        summary.add(
            f"full regen, real-world documents (median of {len(ratios)})",
            f"≤ {FULL_REGEN_TARGET:.2f}× upstream",
            _ratio(middle),
            middle <= FULL_REGEN_TARGET,
        )
    return lines


def unchanged_section(data: dict[str, Any], summary: Summary) -> list[str]:
    full, again = data["full"], data["unchanged"]
    ratio = paired_ratio(again, full)
    summary.add(
        "regen with nothing changed",
        f"≤ {UNCHANGED_TARGET:.2f}× full regen",
        f"{_ratio(ratio)} ({_s(again['wall'])} vs {_s(full['wall'])})",
        ratio <= UNCHANGED_TARGET,
    )
    lines = ["## 3. `make regen` when nothing changed", "", _when(data), ""]
    lines += [
        f"Document: {data['document']}. Each round regenerates into a fresh directory (full), then runs the "
        "same `python -m generator regen` over that output again (nothing changed). `make regen` adds only "
        "make's own start-up to either; it is measured through the generator command so the benchmark never "
        "writes `generated/`.",
        "",
    ]
    rows = [
        [
            "full regen (fresh output directory)",
            _s(full["wall"]),
            "1.00×",
            _s(full["cpu"]),
            _mib(full["peak_kib"]),
            str(full["n"]),
            "",
            "",
        ],
        [
            "regen, nothing changed",
            _s(again["wall"]),
            _ratio(ratio),
            _s(again["cpu"]),
            _mib(again["peak_kib"]),
            str(again["n"]),
            f"≤ {UNCHANGED_TARGET:.2f}×",
            _verdict(ratio <= UNCHANGED_TARGET),
        ],
    ]
    lines += _table(["run", "wall (median)", "× full", "CPU", "peak memory", "N", "target", "result"], rows)
    if ratio > UNCHANGED_TARGET:
        lines += [
            f"A regen with nothing changed costs {_ratio(ratio)} a full one: it redoes the whole pipeline. "
            f"At {UNCHANGED_TARGET:.2f}× the budget is {_s(UNCHANGED_TARGET * full['wall'])}, which the "
            "interpreter start-up and the generator's imports alone come close to (see *Where the time goes*): "
            "the fast path has to decide from hashes (spec bytes, templates, settings, tool versions against "
            "`provenance.toml`) plus a digest of the output tree, and import openapi-python-client, pydantic "
            "and the validators only when it goes on to regenerate.",
            "",
        ]
    return lines


def scaling_section(data: dict[str, Any], chart: str | None, summary: Summary) -> list[str]:
    from bench.scaling import linearity

    sizes = data["sizes"]
    lines = ["## 4. Scaling: synthetic documents", "", _when(data), ""]
    lines += [
        "Documents made by `python -m bench.synth N FILE` (bench/synth.py): OpenAPI 3.1, five operations per "
        "resource (list with query parameters, create and update with a request body, get, delete), path "
        "parameters, bearer security and a `success/data/meta` envelope, four schemas per resource; the same N "
        "gives the same bytes. Ours runs with the project's pyproject.toml settings.",
        "",
    ]
    rows = []
    for size in sorted(sizes, key=int):
        base = sizes[size].get("upstream", {}).get("wall")
        for tool in ("ours", "upstream"):
            result = sizes[size].get(tool, {})
            if "wall" not in result:
                rows.append([size, tool, "failed", "", "", "", "", ""])
                continue
            n = int(size)
            ratio_cell = _ratio(paired_ratio(result, sizes[size]["upstream"])) if base else ""
            rows.append(
                [
                    size,
                    tool,
                    _s(result["wall"]),
                    ratio_cell,
                    f"{result['wall'] / n * 1000:.1f} ms",
                    _mib(result["peak_kib"]),
                    f"{result['peak_kib'] / n:.0f} KiB",
                    str(result["n"]),
                ]
            )
    lines += _table(
        ["operations", "tool", "wall (median)", "× upstream", "wall per op", "peak memory", "peak per op", "N"], rows
    )
    lin_rows = []
    for tool in ("ours", "upstream"):
        lin = linearity(sizes, tool)
        if lin is None:
            continue
        ok = lin["growth"] <= LINEARITY_TARGET
        lin_rows.append(
            [
                tool,
                f"{lin['marginal_low'] * 1000:.1f} ms",
                f"{lin['marginal_high'] * 1000:.1f} ms",
                _ratio(lin["growth"]),
                _verdict(ok) if tool == "ours" else "",
            ]
        )
        if tool == "ours":
            summary.add(
                "scaling: linear in operations",
                f"marginal cost per op at 100→1000 ≤ {LINEARITY_TARGET:.1f}× that at 10→100",
                _ratio(lin["growth"]),
                ok,
            )
    if lin_rows:
        lines += [
            "Linearity: the marginal cost of one more operation between consecutive sizes. Start-up cost "
            "inflates the per-operation figure of small documents but not the marginal one; a linear tool "
            "keeps it flat.",
            "",
        ]
        lines += _table(["tool", "per op, 10→100", "per op, 100→1000", "growth", "result"], lin_rows)
    biggest = max(sizes, key=int)
    ours_big = sizes[biggest].get("ours", {})
    up_big = sizes[biggest].get("upstream", {})
    if "wall" in ours_big and "wall" in up_big:
        ratio = paired_ratio(ours_big, up_big)
        summary.add(
            f"scaling: {biggest} operations",
            f"≤ {SCALING_RATIO_TARGET:.2f}× upstream",
            f"{_ratio(ratio)} ({_s(ours_big['wall'])} vs {_s(up_big['wall'])})",
            ratio <= SCALING_RATIO_TARGET,
        )
        _memory_row(summary, f"synthetic, {biggest} operations", ours_big, up_big)
        lines += [
            f"{biggest} operations: ours {_s(ours_big['wall'])}, upstream {_s(up_big['wall'])} on the same "
            f"document ({_ratio(ratio)}); the chart's dotted line is {SCALING_TARGET_SECONDS:g} s.",
            "",
        ]
    if chart:
        lines += [f"![Regen time and peak memory against operations]({chart})", ""]
    return lines


def _memory_row(summary: Summary, what: str, ours: dict[str, Any], upstream: dict[str, Any]) -> None:
    ratio = ours["peak_kib"] / upstream["peak_kib"]
    summary.add(
        f"peak memory, {what}",
        f"≤ {MEMORY_TARGET:.2f}× upstream",
        f"{_ratio(ratio)} ({_mib(ours['peak_kib'])} vs {_mib(upstream['peak_kib'])})",
        ratio <= MEMORY_TARGET,
    )


def shapes_section(data: dict[str, Any], summary: Summary) -> list[str]:
    operations = data["operations"]
    lines = [f"## 4b. Other document shapes at {operations} operations", "", _when(data), ""]
    lines += [
        "Documents made by `python -m bench.shapes SHAPE N FILE` (bench/shapes.py), OpenAPI 3.0, each a shape "
        "the synthetic document above is not: **crud**, a light CRUD API, five operations on one small flat "
        "schema each and no envelope (200 schemas at 1,000 operations); **schemas**, many small schemas, a "
        "request and a response schema of its own per operation, each with a small object and an enum it "
        "refers to; **deep**, inline objects nested five levels deep with arrays on the way, and ten path, query "
        "and header parameters per operation. Peak memory is the largest resident set of the run's process "
        "tree (`wait4`'s `ru_maxrss`: the generator with ruff and the import check's child).",
        "",
    ]
    rows = []
    for shape, entry in data["shapes"].items():
        tools = entry["tools"]
        up = tools.get("upstream", {})
        for tool in ("ours", "upstream"):
            result = tools.get(tool, {})
            if "wall" not in result:
                rows.append(
                    [shape, tool, "failed: " + str(result.get("failed", {}).get("error", "")), "", "", "", "", ""]
                )
                continue
            wall_ratio = paired_ratio(result, up) if "wall" in up else None
            cpu_ratio = paired_ratio(result, up, "cpus") if "wall" in up else None
            rows.append(
                [
                    shape,
                    tool,
                    _s(result["wall"]),
                    _ratio(wall_ratio) if wall_ratio is not None else "",
                    _s(result["cpu"]),
                    _ratio(cpu_ratio) if cpu_ratio is not None else "",
                    _mib(result["peak_kib"]),
                    str(result["n"]),
                ]
            )
        ours = tools.get("ours", {})
        if "wall" in ours and "wall" in up:
            ratio = paired_ratio(ours, up)
            summary.add(
                f"full regen, {shape} shape, {operations} operations",
                f"≤ {FULL_REGEN_TARGET:.2f}× upstream",
                f"{_ratio(ratio)} ({_s(ours['wall'])} vs {_s(up['wall'])})",
                ratio <= FULL_REGEN_TARGET,
            )
            _memory_row(summary, f"{shape} shape, {operations} operations", ours, up)
    lines += _table(["shape", "tool", "wall (median)", "× upstream", "CPU", "CPU × upstream", "peak memory", "N"], rows)
    return lines


SWITCH_NOTES = {
    "cache": "no template cache: every template compiled from source",
    "gc": "the cyclic garbage collector runs as usual (not off with one collection after render)",
    "fast-exit": "the interpreter's full teardown at exit",
    "lazy-imports": "httpx and httpcore imported at start, not on first use",
    "shared-copies": "upstream's parser deep-copies everything it copies",
    "empty-bodies": "the import check compiles every module whole, function bodies included",
    "ruff-threads": "ruff starts as many threads as it likes, not the cores the generator leaves it",
    "early-gate": "every module is gated in the generator's process after render, none by a child process during it",
}


def switches_section(data: dict[str, Any]) -> list[str]:
    lines = ["## 4c. What each speed mechanism gains, switched off alone", "", _when(data), ""]
    lines += [
        "`ALTEGIO_GENERATOR_DISABLE=MECHANISM python -m generator regen ...` (read in generator/startup.py) "
        "switches one mechanism off; the output is the same. Each round runs everything on, then each "
        "mechanism off, in a rotating order; the gain is the median over rounds of (off − on) in the same "
        "round. CPU time (user + system, children included) is the figure to trust on a shared machine.",
        "",
    ]
    for entry in data["documents"].values():
        on = entry["all_on"]
        lines += [f"### {entry['title']}", ""]
        rows = [["everything on", _s(on["cpu"]), "", _s(on["wall"]), "", _mib(on["peak_kib"]), str(on["n"])]]
        for mechanism, off in entry["off"].items():
            rows.append(
                [
                    f"`{mechanism}` switched off: {SWITCH_NOTES.get(mechanism, mechanism)}",
                    _s(off["cpu"]),
                    f"{off['cpu_gain']:+.2f} s",
                    _s(off["wall"]),
                    f"{off['wall_gain']:+.2f} s",
                    _mib(off["peak_kib"]),
                    str(off["n"]),
                ]
            )
        lines += _table(["run", "CPU", "CPU vs on", "wall", "wall vs on", "peak memory", "N"], rows)
    return lines


def client_section(data: dict[str, Any], summary: Summary) -> list[str]:
    lines = ["## 5. Client overhead: one call against raw httpx", "", _when(data), ""]
    lines += [
        "Same canned body (the spec's `Event` and `EventDocument` examples), same transport, same headers. "
        '**raw httpx**: `client.get(path, headers=...)`, `raise_for_status()`, `response.json()["data"]`. '
        "**ours**: `get_event.sync(...)` / `get_event_v2.sync(...)` (and `asyncio`), i.e. the operation module, "
        "the runtime's `send` (headers, retry policy on the happy path, response check, logging) and the model's "
        "`from_dict`, returning the unwrapped `data`. **upstream-generated**: the client upstream 0.29.1 makes "
        "from our spec with its default templates, same call, `.data`. The localhost server is bench/server.py, "
        "a keep-alive HTTP/1.1 server in a second process. Figures are the median per-call time over N "
        "interleaved batches of many calls (garbage collection on, as in use), and a ratio is the median of "
        "the batch-by-batch ratios; the V1 operation is deprecated, "
        "and its warning is filtered as Python's defaults do outside `__main__`.",
        "",
    ]
    for transport, title in (("mock", "`httpx.MockTransport`"), ("localhost", "a real localhost server")):
        rows = []
        for case, results in data.get(transport, {}).items():
            raw, ours = results["raw httpx"], results["ours"]
            up = results.get("upstream-generated")
            ok = ours["ratio"] <= CALL_TARGET
            rows.append(
                [
                    case,
                    _us(raw["median"]),
                    _us(ours["median"]),
                    _ratio(ours["ratio"]),
                    _us(up["median"]) if up else "",
                    _ratio(up["ratio"]) if up else "",
                    str(ours["n"]),
                    f"≤ {CALL_TARGET:.2f}×",
                    _verdict(ok),
                ]
            )
            summary.add(
                f"client call, {transport}, {case}", f"≤ {CALL_TARGET:.2f}× raw httpx", _ratio(ours["ratio"]), ok
            )
        lines += [f"### On {title}", ""]
        lines += _table(
            ["call", "raw httpx", "ours", "ours ×", "upstream-generated", "upstream ×", "N", "target", "result"], rows
        )
    lines += _call_breakdown(data)
    return lines


def _call_breakdown(data: dict[str, Any]) -> list[str]:
    """Split ours' extra time per call into model decoding and the runtime, from measured figures."""
    codec = data.get("codec", {})
    decode = {
        "get_event": codec.get("EventEnvelope (V1, `success/data/meta`)", {}).get("decode"),
        "get_event_v2": codec.get("EventDocument (V2)", {}).get("decode"),
    }
    rows = []
    for transport in ("mock", "localhost"):
        for case, results in data.get(transport, {}).items():
            operation = "get_event_v2" if "get_event_v2" in case else "get_event"
            found = decode.get(operation)
            if not found:
                continue
            extra = results["ours"]["median"] - results["raw httpx"]["median"]
            model = found["from_dict(json.loads)"]["median"] - found["json.loads"]["median"]
            up = results.get("upstream-generated")
            up_extra = _us(up["median"] - results["raw httpx"]["median"]) if up else ""
            rows.append([transport, case, _us(extra), _us(model), _us(extra - model), up_extra])
    if not rows:
        return []
    return [
        "### Where ours' extra time per call goes",
        "",
        "Extra = ours − raw httpx. Model = `from_dict(json.loads(body))` − `json.loads(body)` for the response "
        "model (section 6), a cost any typed client pays. Runtime = the rest: what the runtime adds (the "
        "Authorization and Accept headers, the deadline and retry bookkeeping, the response check, whose JSON "
        "decode the parser reuses, logging calls) less what it saves against `client.get(path)`. There httpx "
        "parses the relative URL, joins it to the base URL and parses that again, and copies and merges the "
        "pool's headers for every request; the runtime makes request URLs from the base URL parsed once and "
        "puts a request's headers together once (`_runtime/_request.py`), so on a fast transport its share "
        "can be below zero. Differences of medians: small ones are noise.",
        "",
        *_table(["transport", "call", "extra", "model decode", "runtime", "upstream-generated extra"], rows),
    ]


def codec_section(data: dict[str, Any], summary: Summary) -> list[str]:
    codec = data.get("codec", {})
    lines = ["## 6. Model decode and encode against `json` alone", "", _when(data), ""]
    lines += [
        "Decode: `Model.from_dict(json.loads(raw))` against `json.loads(raw)`; encode: "
        "`json.dumps(model.to_dict())` against `json.dumps(plain_dict)`; same payload (the spec's examples).",
        "",
    ]
    rows = []
    for title, result in codec.items():
        if title == "warnings":
            continue
        dec, enc = result["decode"], result["encode"]
        ratio = dec["from_dict(json.loads)"]["ratio"]
        ok = ratio <= DECODE_TARGET
        rows.append(
            [
                title,
                str(result["bytes"]),
                _us(dec["json.loads"]["median"]),
                _us(dec["from_dict(json.loads)"]["median"]),
                _ratio(ratio),
                _verdict(ok),
                _us(enc["json.dumps(dict)"]["median"]),
                _us(enc["json.dumps(to_dict())"]["median"]),
                _ratio(enc["json.dumps(to_dict())"]["ratio"]),
                str(dec["json.loads"]["n"]),
            ]
        )
        summary.add(f"decode {title.split(' ')[0]}", f"≤ {DECODE_TARGET:.0f}× json.loads", _ratio(ratio), ok)
    lines += _table(
        [
            "payload",
            "bytes",
            "json.loads",
            "from_dict",
            "decode ×",
            f"≤ {DECODE_TARGET:.0f}×",
            "json.dumps",
            "dumps(to_dict())",
            "encode ×",
            "N",
        ],
        rows,
    )
    if codec.get("warnings"):
        lines += [
            "`to_dict()` does not give back the exact input for every payload, so encode is not a byte-for-byte "
            "round trip:",
            "",
        ]
        lines += [f"- {warning}" for warning in codec["warnings"]]
        lines += [""]
    if any(r[5] != "pass" for r in rows):
        lines += [
            "The generated `from_dict` is upstream's template: it copies the input dict, pops each field, runs "
            "a function-level `from ..models.x import X` for every nested model on every call, defines a "
            "closure per union-typed field on every call, and builds nested attrs objects; `json.loads` is one C "
            "call. The import statements and closures are a fixed cost per call that dominates small payloads "
            "(see the recommendations in the final section).",
            "",
        ]
    return lines


def imports_section(data: dict[str, Any]) -> list[str]:
    lines = ["## 7. Import time", "", _when(data), ""]
    lines += [
        "Wall time of `python -c STATEMENT` in a fresh interpreter (bytecode cached, median over N); "
        "*import* subtracts `python -c pass`.",
        "",
    ]
    cases = data["cases"]
    httpx_import = cases.get("import httpx", {}).get("import")
    rows = []
    for name, result in cases.items():
        ratio = _ratio(result["import"] / httpx_import) if httpx_import and name != "pass" else ""
        rows.append(
            [f"`{name}`", f"{result['wall'] * 1000:.0f} ms", f"{result['import'] * 1000:.0f} ms", ratio, str(data["n"])]
        )
    lines += _table(["statement", "wall", "import", "× import httpx", "N"], rows)
    if data.get("top_modules"):
        lines += ["Largest parts of `import altegio_activity` (cumulative, `-X importtime`, one run):", ""]
        lines += _table(
            ["module", "time"], [[f"`{name}`", f"{seconds * 1000:.1f} ms"] for name, seconds in data["top_modules"]]
        )
    return lines


def _stage_rows(report: dict[str, Any], prefix: str = "") -> list[tuple[str, float]]:
    rows: list[tuple[str, float]] = [(prefix + "imports", report["imports"])]
    named = 0.0
    for label, depth, seconds, *rest in report["stages"]:
        calls = rest[0] if rest else 1
        if depth < 0:
            continue
        if depth == 0:
            named += seconds
        text = ("&nbsp;&nbsp;&nbsp;&nbsp;" * depth) + prefix + label
        rows.append((text + (f" ({calls} calls)" if calls > 1 else ""), seconds))
    rows.append((prefix + "not in a named stage (settings, lock, staging, ...)", max(report["total"] - named, 0.0)))
    for label, depth, seconds, *rest in report["stages"]:
        calls = rest[0] if rest else 1
        if depth < 0 and calls:
            rows.append(
                (f"*{prefix}{label}: {calls} call{'s' if calls != 1 else ''}, inside the stages above*", seconds)
            )
    return rows


def stages_section(data: dict[str, Any]) -> list[str]:
    lines = ["## Where the time goes", "", _when(data), ""]
    lines += [
        "One in-process run of each generator per document with its stage functions wrapped in timers "
        "(`python -m bench.stages`); a profile to explain the medians above, not a median itself. Imports "
        "are the generator's own module imports after interpreter start-up.",
        "",
    ]
    for entry in data.values():
        if not isinstance(entry, dict) or "ours" not in entry:
            continue
        ours, upstream = entry["ours"], entry["upstream"]
        rows = [[label, _s(seconds), ""] for label, seconds in _stage_rows(ours)]
        rows.append(["**ours, in process**", f"**{_s(ours['imports'] + ours['total'])}**", ""])
        rows += [[label, "", _s(seconds)] for label, seconds in _stage_rows(upstream, "upstream: ")]
        rows.append(["**upstream, in process**", "", f"**{_s(upstream['imports'] + upstream['total'])}**"])
        lines += [f"### {entry['title']}", ""]
        lines += _table(["stage", "ours", "upstream"], rows)
        lines += _extra_stages(ours, upstream)
    return lines


def _stage(report: dict[str, Any], prefix: str) -> tuple[float, int]:
    found = [
        (seconds, rest[0] if rest else 1) for label, _, seconds, *rest in report["stages"] if label.startswith(prefix)
    ]
    return sum(s for s, _ in found), sum(c for _, c in found)


def _extras(ours: dict[str, Any], upstream: dict[str, Any]) -> list[tuple[float, str]]:
    """What only ours does, largest first (seconds, label)."""
    shared = ("render", "upstream parse", "template environment", "upstream render", "validate", "ruff")
    extras: list[tuple[float, str]] = []
    for label, depth, seconds, *_ in ours["stages"]:
        if depth < 0 or label.startswith(shared):
            continue
        validating = depth == 1 and label.startswith(("references", "structure", "operations", "rules"))
        extras.append((seconds, f"validate: {label}" if validating else label))
    extras.sort(reverse=True)
    return extras


def _extra_stages(ours: dict[str, Any], upstream: dict[str, Any]) -> list[str]:
    """What ours does that upstream does not, largest first, and the gap it explains."""
    our_parse, parses = _stage(ours, "upstream parse")
    up_parse, _ = _stage(upstream, "parse")
    total_ours = ours["imports"] + ours["total"]
    total_up = upstream["imports"] + upstream["total"]
    render_gap = _stage(ours, "upstream render")[0] - (
        _stage(upstream, "render")[0] - _stage(upstream, "post-hooks")[0]
    )
    text = ", ".join(f"{label} {_s(seconds)}" for seconds, label in _extras(ours, upstream)[:6] if seconds >= 0.005)
    parse_note = (
        f"; ours runs it {parses} times (the extra runs sit inside the stages above, e.g. the name check)"
        if parses > 1
        else ""
    )
    return [
        f"Ours takes {_s(total_ours - total_up)} more than upstream in process. What only ours does, largest "
        f"first: {text}. Shared work: upstream's parser {_s(our_parse / max(parses, 1))} per run against "
        f"upstream's {_s(up_parse)}{parse_note}; ruff {_s(_stage(ours, 'ruff')[0])} against upstream's "
        f"post-hooks {_s(_stage(upstream, 'post-hooks')[0])}; rendering with our templates {_more(render_gap)} "
        f"than with upstream's defaults; imports {_more(ours['imports'] - upstream['imports'])}.",
        "",
    ]


def _more(seconds: float) -> str:
    return f"{_s(abs(seconds))} {'more' if seconds >= 0 else 'less'}"


# -- what bounds the misses --------------------------------------------------------------------


def _stage_seconds(report: dict[str, Any], prefix: str) -> float:
    return _stage(report, prefix)[0]


def _shape_bounds(data: dict[str, Any]) -> list[str]:
    """The shapes that miss a target, with the CPU time beside the wall time."""
    slow, heavy = [], []
    for shape, entry in data.get("shapes", {}).items():
        ours, up = entry["tools"].get("ours", {}), entry["tools"].get("upstream", {})
        if "wall" not in ours or "wall" not in up:
            continue
        ratio = paired_ratio(ours, up)
        if ratio > FULL_REGEN_TARGET:
            cpu = paired_ratio(ours, up, "cpus")
            slow.append(f"{shape} {_ratio(ratio)} wall, {_ratio(cpu)} CPU ({_s(ours['cpu'])} vs {_s(up['cpu'])})")
        if ours["peak_kib"] / up["peak_kib"] > MEMORY_TARGET:
            heavy.append(f"{shape} {_mib(ours['peak_kib'])} vs {_mib(up['peak_kib'])}")
    bullets = []
    if slow:
        bullets.append(
            f"**Other shapes at {data['operations']} operations ({'; '.join(slow)}).** On documents whose "
            "parse is light, what ours saves on upstream's parser (shared copies) is small, and its own checks "
            "remain: the checks' child, which parses, gates and compiles every generated module and then "
            "imports them all (about a third of ours' CPU time on these; its import of every module, attrs "
            "building each model class, is the run's last serial stretch), validation and the surface "
            "record; and ours writes more code than upstream's templates (the resource layer, models that "
            "decode leniently). Both cores stay busy, so wall time follows CPU: about half of it, plus the "
            "start before render, against upstream's mostly serial run."
        )
    if heavy:
        bullets.append(
            f"**Peak memory ({'; '.join(heavy)}).** The peak comes at the end of a run, while the generator "
            "holds the document (with the positions its messages need), the surface record and the gate's "
            "readings of every module beside what upstream holds; no syntax tree is kept."
        )
    return bullets


def bounds_section(results: dict[str, Any]) -> list[str]:
    """For each missed target, what the measured figures say bounds it."""
    bullets: list[str] = []
    stages = results.get("stages", {})
    regen = results.get("regen", {}).get("documents", {})
    baseline = regen.get("baseline") or regen.get("ours")
    profile = stages.get("baseline") or stages.get("ours")
    if baseline and profile and "wall" in baseline["tools"].get("ours", {}):
        ours, up = baseline["tools"]["ours"], baseline["tools"]["upstream"]
        ratio = paired_ratio(ours, up)
        if ratio > FULL_REGEN_TARGET:
            o, u = profile["ours"], profile["upstream"]
            parse, parses = _stage(o, "upstream parse")
            shared = (
                o["imports"] + parse / max(parses, 1) + _stage_seconds(o, "upstream render") + _stage_seconds(o, "ruff")
            )
            bullets.append(
                f"**Full regen ({_ratio(ratio)} upstream).** Ours and upstream share interpreter start-up, the "
                f"import of openapi-python-client ({_s(o['imports'])} for ours, {_s(u['imports'])} for upstream), "
                f"one run of upstream's parser, its renderer and a ruff pass: about {_s(shared)} of ours in the "
                f"profile. The target allows {_s(FULL_REGEN_TARGET * up['wall'])} against upstream's "
                f"{_s(up['wall'])}, so ours' own checks must fit in what it saves on the shared work; in process "
                f"ours takes {_more(o['imports'] + o['total'] - (u['imports'] + u['total']))} than upstream "
                "(itemised under *Where the time goes*); the largest of its own stages: "
                + ", ".join(f"{label} {_s(seconds)}" for seconds, label in _extras(o, u)[:5])
                + ". Each is a separate pass over the document or the generated tree."
            )
    scaling = results.get("scaling", {}).get("sizes", {})
    big = scaling.get("1000", {})
    synth = stages.get("synth-1000")
    big_ratio = (
        paired_ratio(big["ours"], big["upstream"])
        if "wall" in big.get("ours", {}) and "wall" in big.get("upstream", {})
        else None
    )
    if big_ratio is not None and big_ratio > SCALING_RATIO_TARGET:
        text = (
            f"**1000 operations in {_s(big['ours']['wall'])}, {_ratio(big_ratio)} upstream (target "
            f"≤ {SCALING_RATIO_TARGET:.2f}×).** Upstream alone takes {_s(big['upstream']['wall'])} on the same document"
        )
        if synth:
            u = synth["upstream"]
            o = synth["ours"]
            parse = _stage_seconds(u, "parse")
            hooks = _stage_seconds(u, "post-hooks")
            render = _stage_seconds(u, "render") - hooks
            floor = u["imports"] + parse + render + hooks
            text += (
                f"; in the profile its imports, parser, renderer and ruff take {_s(u['imports'])} + {_s(parse)} + "
                f"{_s(render)} + {_s(hooks)} = {_s(floor)}. Ours does all of that too, so "
                + "ours must do its own checks in less than what it saves on upstream's parse (it shares the "
                "document's value objects instead of deep-copying them) and on the second core (ruff beside "
                "the gate, the import check beside the records). What ours adds, largest first: "
                + ", ".join(f"{label} {_s(seconds)}" for seconds, label in _extras(o, u)[:5])
            )
            parses = _stage(o, "upstream parse")[1]
            if parses > 1:
                text += f" (upstream's parser runs {parses} times in ours)"
        from bench.scaling import linearity

        lin = linearity(scaling, "ours")
        if lin is not None and lin["growth"] <= LINEARITY_TARGET:
            text += (
                ". Growth stays linear (marginal cost per operation "
                f"{lin['marginal_low'] * 1000:.0f} ms then {lin['marginal_high'] * 1000:.0f} ms): the miss is the "
                "constant per operation, not the shape"
            )
        bullets.append(text + ".")
    bullets += _shape_bounds(results.get("shapes", {}))
    client = results.get("client", {})
    mock = client.get("mock", {})
    misses = [case for case, r in mock.items() if r["ours"]["ratio"] > CALL_TARGET]
    if misses:
        case = "sync get_event_v2 (V2 document)" if "sync get_event_v2 (V2 document)" in mock else misses[0]
        raw = mock[case]["raw httpx"]["median"]
        decode = client.get("codec", {}).get("EventDocument (V2)", {}).get("decode")
        model = decode["from_dict(json.loads)"]["median"] - decode["json.loads"]["median"] if decode else 0.0
        up = mock[case].get("upstream-generated")
        bullets.append(
            f"**Client calls on `httpx.MockTransport`.** A raw httpx call there costs {_us(raw)} "
            f"({case}), so the {CALL_TARGET - 1:.0%} allowed is {_us(raw * (CALL_TARGET - 1))}; "
            "turning the body into typed models alone costs "
            f"{_us(model)} (section 6), "
            + (
                f"more than that budget, so no typed client meets {_ratio(CALL_TARGET)} on an in-memory transport"
                if model >= raw * (CALL_TARGET - 1)
                else f"{model / (raw * (CALL_TARGET - 1)):.0%} of that budget, leaving little for anything else"
            )
            + (f": upstream's own generated client measures {_ratio(up['ratio'])}" if up else "")
            + ". The rest of ours' extra is the runtime on the happy path (see *Where ours' extra time per "
            "call goes*): the Authorization and Accept headers, the check that the body is JSON and not a "
            "`success: false` envelope (its decode is reused by the parser), the retry loop's bookkeeping "
            "and the operation layer's request arguments. Already removed after profiling: httpx's "
            "`build_request` on the client's own pools (a URL parse and a header merge per request), an "
            "`httpx.Headers` per call, a second `json.loads`, per-call retry-policy objects, eager debug-log "
            "arguments and per-decode imports in the models. On a real server the raw call is slower and "
            "the same overhead is a smaller fraction (all four localhost rows pass)."
        )
    codec = client.get("codec", {})
    slow = [
        title
        for title, r in codec.items()
        if title != "warnings" and r["decode"]["from_dict(json.loads)"]["ratio"] > DECODE_TARGET
    ]
    if slow:
        bullets.append(
            f"**Model decode ({', '.join(t.split(' ')[0] for t in slow)} above {DECODE_TARGET:.0f}× `json.loads`).** "
            "`json.loads` is one C call; `from_dict` is Python doing work per field: a copy of the dict, a `pop` "
            "per field, an `isinstance` per optional field, a closure defined and called per nullable field, "
            "`datetime.fromisoformat` per date and one attrs `__init__` per object, plus, on every call, a "
            "function-level `from ..models.x import X` for each nested model (upstream's template does this to "
            "avoid import cycles). The imports and closures are fixed costs that dominate small payloads like "
            "these; the V2 document is the worst because it nests three objects around a few fields."
        )
    if not bullets:
        return []
    return ["## What bounds the missed targets", "", *[f"- {b}" for b in bullets], ""]


# -- the file ---------------------------------------------------------------------------------


def render(results: dict[str, Any], chart: str | None) -> str:
    summary = Summary()
    body: list[str] = []
    if "regen" in results:
        body += regen_section(results["regen"], summary)
    if "realworld" in results:
        body += realworld_section(results["realworld"], summary)
    if "unchanged" in results:
        body += unchanged_section(results["unchanged"], summary)
    if "scaling" in results:
        body += scaling_section(results["scaling"], chart, summary)
    if "shapes" in results:
        body += shapes_section(results["shapes"], summary)
    if "switches" in results:
        body += switches_section(results["switches"])
    if "client" in results:
        body += client_section(results["client"], summary)
        body += codec_section(results["client"], summary)
    if "imports" in results:
        body += imports_section(results["imports"])
    if "stages" in results:
        body += stages_section(results["stages"])
    head = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`, the code in this directory); re-run it to refresh every "
        "figure here, `bench/results.json` (the raw medians) and `bench/scaling.png`. It installs "
        "`bench/requirements.lock` (openapi-generator-cli, matplotlib, pyinstrument) into `.venv` first. "
        "`python -m bench --only client,imports` re-measures some sections and keeps the rest; `--quick` is a "
        "smoke run. Every ratio is against a baseline measured in the same command on the same machine; "
        "every figure is a median over N runs.",
        "",
    ]
    if "machine" in results:
        head += machine_section(results["machine"])
    head += ["## Summary", ""]
    head += _table(["measurement", "target", "measured", "result"], summary.rows)
    return "\n".join(head + body + bounds_section(results)).rstrip() + "\n"
