"""Measurements 4 and 5: one call through the generated client against raw httpx; model decode/encode.

Runs in its own interpreter (`python -m bench.client --client-dir DIR [--upstream-dir DIR]`) so the
generated package is imported exactly as a user imports it, and prints one JSON line.

Every comparison answers the same canned body, taken from the spec's own examples, on the same
transport: an `httpx.MockTransport`, or a keep-alive HTTP/1.1 server on 127.0.0.1 in a second
process (bench/server.py). The raw-httpx baseline is what a careful hand-written call does: send
with the same headers, `raise_for_status()`, `response.json()["data"]`. Ours goes through the
operation function, the runtime's `send` (headers, retry policy, response check) and the model
`from_dict`, and returns the unwrapped `data`. Cases take turns in every repeat so drift hits all.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import importlib
import json
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import yaml

from bench.measure import ROOT, median

SPEC = ROOT / "spec" / "altegio-activity.yaml"
LOCATION_ID, EVENT_ID = 4564, 108
PARTNER, USER = "bench-partner-token", "bench-user-token"
ACCEPT = "application/vnd.api.v2+json"
V1_PATH = f"/v1/activity/{LOCATION_ID}/{EVENT_ID}"
V2_PATH = f"/v2/companies/{LOCATION_ID}/activities/{EVENT_ID}"
API_PREFIX = "/api"


def examples() -> dict[str, Any]:
    """The spec's `Event` (V1 envelope) and `Activity` (V2 document) example bodies."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = spec["components"]["examples"]
    return {"event": found["Event"]["value"], "activity": found["Activity"]["value"]}


def routes() -> dict[str, str]:
    bodies = examples()
    return {API_PREFIX + V1_PATH: json.dumps(bodies["event"]), API_PREFIX + V2_PATH: json.dumps(bodies["activity"])}


# -- timing -----------------------------------------------------------------------------------


class Timer:
    """Interleaved batches of calls; per-call seconds for each case, one value per repeat."""

    def __init__(self, repeats: int, batch_seconds: float) -> None:
        self.repeats = repeats
        self.batch_seconds = batch_seconds

    def _loops(self, call: Callable[[int], float]) -> int:
        loops = 1
        while True:
            elapsed = call(loops)
            if elapsed >= self.batch_seconds / 4 or loops >= 1 << 20:
                return max(1, int(loops * self.batch_seconds / max(elapsed, 1e-9)))
            loops *= 4

    def compare(self, cases: dict[str, Callable[[int], float]]) -> dict[str, list[float]]:
        """`cases` map a name to `run(loops) -> seconds`; returns seconds per call."""
        loops = {name: self._loops(run) for name, run in cases.items()}  # also warms up
        names = list(cases)
        per_call: dict[str, list[float]] = {name: [] for name in names}
        for index in range(self.repeats):
            for name in names[index % len(names) :] + names[: index % len(names)]:
                per_call[name].append(cases[name](loops[name]) / loops[name])
        return per_call


def sync_case(call: Callable[[], Any]) -> Callable[[int], float]:
    def run(loops: int) -> float:
        started = time.perf_counter()
        for _ in range(loops):
            call()
        return time.perf_counter() - started

    return run


def async_case(loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[Any]]) -> Callable[[int], float]:
    async def batch(loops: int) -> float:
        started = time.perf_counter()
        for _ in range(loops):
            await call()
        return time.perf_counter() - started

    def run(loops: int) -> float:
        return loop.run_until_complete(batch(loops))

    return run


def summary(per_call: dict[str, list[float]], baseline: str) -> dict[str, Any]:
    """Median per-call time of each case, and its ratio to the baseline.

    The ratio is the median of per-repeat ratios: each repeat times every case back to back, so a
    change in machine load between repeats cancels out instead of landing on one case.
    """
    base = per_call[baseline]
    return {
        name: {
            "median": median(values),
            "ratio": median([value / reference for value, reference in zip(values, base, strict=True)]),
            "n": len(values),
        }
        for name, values in per_call.items()
    }


# -- the clients ------------------------------------------------------------------------------


def raw_headers(auth: str) -> dict[str, str]:
    return {"Accept": ACCEPT, "Authorization": auth}


V1_AUTH = f"Bearer {PARTNER}"
V2_AUTH = f"Bearer {PARTNER}, User {USER}"


def _upstream(package: str) -> dict[str, Any] | None:
    if not package:
        return None
    return {
        "client": importlib.import_module(f"{package}.client"),
        "get_event": importlib.import_module(f"{package}.api.events.get_event"),
        "get_event_v2": importlib.import_module(f"{package}.api.activities.get_event_v2"),
        "v1_accept": next(iter(importlib.import_module(f"{package}.models.get_event_accept").GetEventAccept)),
        "v2_accept": next(iter(importlib.import_module(f"{package}.models.get_event_v2_accept").GetEventV2Accept)),
    }


def _check(result: Any, expected_id: Any) -> None:
    got = getattr(result, "id", None)
    if got != expected_id:
        raise AssertionError(f"the call returned {result!r}, not the example with id {expected_id!r}")


def bench_calls(
    base_url: str,
    sync_transport: Any,
    async_transport: Any,
    upstream_package: str,
    timer: Timer,
) -> dict[str, Any]:
    import httpx
    from altegio_activity import AltegioClient  # type: ignore[import-not-found,unused-ignore]
    from altegio_activity.api.activities import get_event_v2  # type: ignore[import-not-found,unused-ignore]
    from altegio_activity.api.events import get_event  # type: ignore[import-not-found,unused-ignore]

    up = _upstream(upstream_package)
    results: dict[str, Any] = {}

    # sync
    ours = AltegioClient(PARTNER, USER, base_url=base_url, transport=sync_transport)
    raw = httpx.Client(base_url=base_url, transport=sync_transport)

    def raw_v1() -> Any:
        response = raw.get(V1_PATH, headers=raw_headers(V1_AUTH))
        response.raise_for_status()
        return response.json()["data"]

    def raw_v2() -> Any:
        response = raw.get(V2_PATH, headers=raw_headers(V2_AUTH))
        response.raise_for_status()
        return response.json()["data"]

    if raw_v1()["id"] != EVENT_ID:
        raise AssertionError("the raw call did not get the example")
    _check(get_event.sync(LOCATION_ID, EVENT_ID, client=ours), EVENT_ID)
    _check(get_event_v2.sync(LOCATION_ID, EVENT_ID, client=ours), "10126531")
    cases_v1 = {
        "raw httpx": sync_case(raw_v1),
        "ours": sync_case(lambda: get_event.sync(LOCATION_ID, EVENT_ID, client=ours)),
    }
    cases_v2 = {
        "raw httpx": sync_case(raw_v2),
        "ours": sync_case(lambda: get_event_v2.sync(LOCATION_ID, EVENT_ID, client=ours)),
    }
    if up is not None:
        kwargs = {"transport": sync_transport} if sync_transport is not None else {}
        up_client = up["client"].AuthenticatedClient(base_url=base_url, token=PARTNER, httpx_args=kwargs)
        up_v2 = up["client"].AuthenticatedClient(base_url=base_url, token=f"{PARTNER}, User {USER}", httpx_args=kwargs)
        _check(up["get_event"].sync(LOCATION_ID, EVENT_ID, client=up_client, accept=up["v1_accept"]).data, EVENT_ID)
        cases_v1["upstream-generated"] = sync_case(
            lambda: up["get_event"].sync(LOCATION_ID, EVENT_ID, client=up_client, accept=up["v1_accept"]).data
        )
        cases_v2["upstream-generated"] = sync_case(
            lambda: up["get_event_v2"].sync(LOCATION_ID, EVENT_ID, client=up_v2, accept=up["v2_accept"]).data
        )
    results["sync get_event (V1 envelope)"] = summary(timer.compare(cases_v1), "raw httpx")
    results["sync get_event_v2 (V2 document)"] = summary(timer.compare(cases_v2), "raw httpx")
    ours.close()
    raw.close()

    # async
    loop = asyncio.new_event_loop()
    try:
        aours = AltegioClient(PARTNER, USER, base_url=base_url, async_transport=async_transport)
        araw = httpx.AsyncClient(base_url=base_url, transport=async_transport)

        async def araw_v1() -> Any:
            response = await araw.get(V1_PATH, headers=raw_headers(V1_AUTH))
            response.raise_for_status()
            return response.json()["data"]

        async def araw_v2() -> Any:
            response = await araw.get(V2_PATH, headers=raw_headers(V2_AUTH))
            response.raise_for_status()
            return response.json()["data"]

        _check(loop.run_until_complete(get_event_v2.asyncio(LOCATION_ID, EVENT_ID, client=aours)), "10126531")
        acases_v1 = {
            "raw httpx": async_case(loop, araw_v1),
            "ours": async_case(loop, lambda: get_event.asyncio(LOCATION_ID, EVENT_ID, client=aours)),
        }
        acases_v2 = {
            "raw httpx": async_case(loop, araw_v2),
            "ours": async_case(loop, lambda: get_event_v2.asyncio(LOCATION_ID, EVENT_ID, client=aours)),
        }
        if up is not None:
            kwargs = {"transport": async_transport} if async_transport is not None else {}
            aup = up["client"].AuthenticatedClient(base_url=base_url, token=PARTNER, httpx_args=kwargs)
            aup_v2 = up["client"].AuthenticatedClient(
                base_url=base_url, token=f"{PARTNER}, User {USER}", httpx_args=kwargs
            )

            async def up_v1() -> Any:
                return (await up["get_event"].asyncio(LOCATION_ID, EVENT_ID, client=aup, accept=up["v1_accept"])).data

            async def up_v2() -> Any:
                parsed = await up["get_event_v2"].asyncio(LOCATION_ID, EVENT_ID, client=aup_v2, accept=up["v2_accept"])
                return parsed.data

            acases_v1["upstream-generated"] = async_case(loop, up_v1)
            acases_v2["upstream-generated"] = async_case(loop, up_v2)
        results["async get_event (V1 envelope)"] = summary(timer.compare(acases_v1), "raw httpx")
        results["async get_event_v2 (V2 document)"] = summary(timer.compare(acases_v2), "raw httpx")
        loop.run_until_complete(aours.aclose())
        loop.run_until_complete(araw.aclose())
        if up is not None:
            loop.run_until_complete(aup.get_async_httpx_client().aclose())
            loop.run_until_complete(aup_v2.get_async_httpx_client().aclose())
    finally:
        loop.close()
    return results


def bench_mock(upstream_package: str, timer: Timer) -> dict[str, Any]:
    import httpx

    bodies = {path: text.encode() for path, text in routes().items()}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[request.url.path], headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)
    return bench_calls("http://bench.test" + API_PREFIX, transport, transport, upstream_package, timer)


def bench_localhost(upstream_package: str, timer: Timer) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(routes(), handle)
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.server", handle.name],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        return bench_calls(f"http://127.0.0.1:{port}{API_PREFIX}", None, None, upstream_package, timer)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        Path(handle.name).unlink(missing_ok=True)


# -- model decode and encode -----------------------------------------------------------------


def _first_difference(sent: Any, back: Any, path: str = "") -> str | None:
    """Where `back` first differs from `sent`, said for a reader; None when they are equal."""
    if isinstance(sent, dict) and isinstance(back, dict):
        for key in list(sent) + [k for k in back if k not in sent]:
            if key not in back:
                return f"`{path}/{key}` is dropped"
            if key not in sent:
                return f"`{path}/{key}` is added"
            found = _first_difference(sent[key], back[key], f"{path}/{key}")
            if found:
                return found
        return None
    if isinstance(sent, list) and isinstance(back, list) and len(sent) == len(back):
        for index, (a, b) in enumerate(zip(sent, back, strict=True)):
            found = _first_difference(a, b, f"{path}/{index}")
            if found:
                return found
        return None
    return None if sent == back else f"`{path}` {json.dumps(sent)} comes back as {json.dumps(back)}"


def _decode(model: Any, raw: str) -> Any:
    return model.from_dict(json.loads(raw))


def _encode(decoded: Any) -> str:
    return json.dumps(decoded.to_dict())


def bench_codec(timer: Timer) -> dict[str, Any]:
    from altegio_activity.models.activity_document import ActivityDocument  # type: ignore[import-not-found,unused-ignore]
    from altegio_activity.models.event import Event  # type: ignore[import-not-found,unused-ignore]
    from altegio_activity.models.event_envelope import EventEnvelope  # type: ignore[import-not-found,unused-ignore]

    bodies = examples()
    payloads = {
        "Event (the V1 `data` object)": (Event, bodies["event"]["data"]),
        "EventEnvelope (V1, `success/data/meta`)": (EventEnvelope, bodies["event"]),
        "ActivityDocument (V2)": (ActivityDocument, bodies["activity"]),
    }
    results: dict[str, Any] = {}
    for title, (model, value) in payloads.items():
        raw = json.dumps(value)
        decoded = model.from_dict(json.loads(raw))
        difference = _first_difference(value, decoded.to_dict())
        if difference:
            results.setdefault("warnings", []).append(f"{title}: {difference}")
        decode = timer.compare(
            {
                "json.loads": sync_case(functools.partial(json.loads, raw)),
                "from_dict(json.loads)": sync_case(functools.partial(_decode, model, raw)),
            }
        )
        plain = json.loads(raw)
        encode = timer.compare(
            {
                "json.dumps(dict)": sync_case(functools.partial(json.dumps, plain)),
                "json.dumps(to_dict())": sync_case(functools.partial(_encode, decoded)),
            }
        )
        results[title] = {
            "bytes": len(raw),
            "decode": summary(decode, "json.loads"),
            "encode": summary(encode, "json.dumps(dict)"),
        }
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.client")
    parser.add_argument("--client-dir", type=Path, required=True)
    parser.add_argument("--upstream-dir", type=Path)
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--batch-seconds", type=float, default=0.1)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.client_dir.resolve()))
    upstream_package = ""
    if args.upstream_dir is not None:
        sys.path.insert(0, str(args.upstream_dir.resolve()))
        upstream_package = next(p.parent.name for p in args.upstream_dir.glob("*/client.py"))
    warnings.simplefilter("ignore", DeprecationWarning)  # get_event is deprecated; warn as users' defaults do
    timer = Timer(args.repeats, args.batch_seconds)
    report = {
        "mock": bench_mock(upstream_package, timer),
        "localhost": bench_localhost(upstream_package, timer),
        "codec": bench_codec(timer),
    }
    print("BENCH-CLIENT " + json.dumps(report))
    return 0


def parse(output: str) -> dict[str, Any]:
    for line in reversed(output.splitlines()):
        if line.startswith("BENCH-CLIENT "):
            report: dict[str, Any] = json.loads(line.removeprefix("BENCH-CLIENT "))
            return report
    raise ValueError("no client report in the output")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
