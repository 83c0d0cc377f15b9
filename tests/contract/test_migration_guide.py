"""The generated MIGRATING.md maps every 2.x call to its 3.0.0 call, and its code runs.

Each "before" block runs against a 2.x client generated here from the previous release's spec
(`spec/releases/altegio-activity-2.x.yaml`), each "after" block against the committed client;
both talk to a mock of the API that records what was sent. The routes each block hits must be
the ones the guide's table gives for the calls the block names.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.conftest import PROJECT, ROOT, run_generator

pytestmark = pytest.mark.slow  # each case runs code against two releases of the client

GUIDE = (PROJECT / "MIGRATING.md").read_text()
CHANGELOG = (PROJECT / "CHANGELOG.md").read_text()
PREVIOUS_SPEC = ROOT / "spec" / "releases" / "altegio-activity-2.x.yaml"
SECTION = GUIDE.split("## 3.0.0", 1)[1]
ROWS = [
    [cell.strip().strip("`") for cell in line.strip("|").split("|")]
    for line in SECTION.splitlines()
    if line.startswith("| `")
]
OLD_ROUTE = {row[0]: row[1] for row in ROWS}
NEW_ROUTE = {row[2]: row[3] for row in ROWS}
BLOCKS = re.findall(r"```python\n# (before \(2\.x\)|after \(3\.0\.0\)): ([^\n]*)\n(.*?)```", SECTION, flags=re.S)
PAIRS = list(zip(BLOCKS[0::2], BLOCKS[1::2], strict=True))

# The mock API: a V1 envelope on /v1, a JSON:API document on /v2, 202/204 on deletes.
MOCK = textwrap.dedent(
    """
    import json, re
    import httpx

    EVENT = {"id": 108, "capacity": 9, "date": "2026-11-22T14:00:00.000+02:00"}
    RESOURCE = {"type": "activity", "id": "108", "attributes": {"capacity": 9}}
    USER = {"id": 1, "user_token": "user-token-0123456789"}

    def answer(request: httpx.Request) -> httpx.Response:
        path, method = request.url.path.removeprefix("/api"), request.method
        if path == "/v1/auth":
            return httpx.Response(201, json={"success": True, "data": USER, "meta": []})
        if path.startswith("/v1/"):
            if method == "DELETE":
                return httpx.Response(202, json={"success": True, "meta": {"message": "Accepted"}})
            data = [EVENT] if path.endswith("/search") else EVENT
            return httpx.Response(200, json={"success": True, "data": data, "meta": {"count": 1}})
        if method == "DELETE":
            return httpx.Response(204)
        if re.fullmatch(r"/v2/\\w+/\\d+/\\w+", path) and method == "GET":
            # One event in all: the first page holds it (page 1 / offset 0), later pages are empty.
            first = request.url.params.get("page", "1") == "1" and request.url.params.get("offset", "0") == "0"
            return httpx.Response(200, json={"data": [RESOURCE] if first else []})
        return httpx.Response(201 if method == "POST" else 200, json={"data": RESOURCE, "meta": []})
    """
)

RUNNER = MOCK + textwrap.dedent(
    """
    import sys
    from altegio_activity import AltegioClient

    sent = []

    def record(request):
        sent.append([request.method, request.url.path.removeprefix("/api")])
        return answer(request)

    client = AltegioClient("partner-token-0123", "user-token-0123", transport=httpx.MockTransport(record))
    namespace = {"client": client}
    exec(compile(sys.stdin.read(), "MIGRATING.md", "exec"), namespace)
    assert namespace.get("result") is not None
    print(json.dumps(sent))
    """
)


def run(code: str, package_root: Path) -> list[tuple[str, str]]:
    """Run a guide block in a fresh interpreter importing `altegio_activity` from `package_root`."""
    done = subprocess.run(
        [sys.executable, "-c", RUNNER],
        input=code,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(package_root), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    return [(method, path) for method, path in json.loads(done.stdout)]


def routes(calls: str, table: dict[str, str]) -> set[tuple[str, str]]:
    """The routes the table gives for the calls a block names, with the guide's ids filled in."""
    found = set()
    for call in calls.split():
        method, path = table[call].split(" ")
        found.add((method, path.replace("{location_id}", "4564").replace("{event_id}", "108")))
    return found


@pytest.fixture(scope="module")
def previous_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2.x client, generated from the previous release's spec as it was published."""
    output = tmp_path_factory.mktemp("release-2.x")
    done = run_generator("regen", "--spec", PREVIOUS_SPEC, "--output", output)
    assert done.returncode == 0, done.stderr
    return output / "altegio-activity-client"


def test_every_2x_operation_has_a_row_and_every_new_call_exists() -> None:
    previous = yaml.safe_load(PREVIOUS_SPEC.read_text())
    old_ids = {op["operationId"] for item in previous["paths"].values() for op in item.values() if "operationId" in op}
    assert {call.rsplit(".", 1)[1] for call in OLD_ROUTE} == old_ids
    current = yaml.safe_load((ROOT / "spec" / "altegio-activity.yaml").read_text())
    for call, route in NEW_ROUTE.items():
        method, path = route.split(" ")
        assert current["paths"][path][method.lower()]["operationId"] == call.rsplit(".", 1)[1]
        assert (PROJECT / "altegio_activity" / (call.replace(".", "/") + ".py")).is_file()
    for row in ROWS:
        method, path = row[1].split(" ")
        assert previous["paths"][path][method.lower()]["operationId"] == row[0].rsplit(".", 1)[1]


def test_the_changelog_entry_carries_the_same_table() -> None:
    entry = CHANGELOG.split("## 3.0.0", 1)[1].split("\n## ", 1)[0]
    assert "### Migrating" in entry and "MIGRATING.md" in entry
    for row in ROWS:
        assert f"`{row[0]}`" in entry and f"`{row[3]}`" in entry


def test_every_row_is_shown_before_and_after() -> None:
    shown_before = {call for (_, calls, _), _ in PAIRS for call in calls.split()}
    shown_after = {call for _, (_, calls, _) in PAIRS for call in calls.split()}
    assert shown_before == set(OLD_ROUTE)
    assert shown_after == set(NEW_ROUTE)
    assert all(before[0] == "before (2.x)" and after[0] == "after (3.0.0)" for before, after in PAIRS)


@pytest.mark.parametrize(("before", "after"), PAIRS, ids=[after[1].split()[0].rsplit(".", 1)[1] for _, after in PAIRS])
def test_before_runs_on_2x_and_after_on_3x_hitting_the_routes_in_the_table(
    before: tuple[str, str, str], after: tuple[str, str, str], previous_client: Path
) -> None:
    old = run(before[2], previous_client)
    new = run(after[2], PROJECT)
    assert set(old) == routes(before[1], OLD_ROUTE)
    assert set(new) == routes(after[1], NEW_ROUTE)


def test_the_array_filter_in_the_guide_goes_on_the_wire_as_the_vendor_writes_it() -> None:
    listing = next(after[2] for _, after in PAIRS if "master_ids" in after[2])
    sent: list[httpx.Request] = []
    namespace: dict[str, Any] = {}
    exec(MOCK, namespace)  # noqa: S102 - the mock above

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        response: httpx.Response = namespace["answer"](request)
        return response

    from altegio_activity import AltegioClient

    with AltegioClient("partner-token", "user-token", transport=httpx.MockTransport(record)) as client:
        exec(compile(listing, "MIGRATING.md", "exec"), {"client": client})  # noqa: S102 - our own guide
    assert sent[0].url.query == (
        b"filter[from]=2026-11-01+00%3A00%3A00&filter[to]=2026-11-30+23%3A59%3A59"
        b"&filter[master_ids][]=5&filter[master_ids][]=10&page=1&limit=50&include=staff"
    )
