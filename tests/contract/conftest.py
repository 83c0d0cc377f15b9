"""A real Prism mock server started from the committed spec, shared by the contract tests.

Prism runs with `--errors`: a request that breaks the spec gets an error status (400 here, with
an `sl-violations` header) instead of an example, so the client raises and the test fails.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SPEC

PRISM = ROOT / "node_modules" / ".bin" / "prism"
# Prism's CLI with a fix for query parameter names written with brackets (see the file).
PRISM_CLI = Path(__file__).with_name("prism.cjs")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail(f"{PRISM} is missing: run `make test` (it runs `npm ci`) or `npm ci`")
    port = _free_port()
    log = open(ROOT / "node_modules" / ".prism.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        ["node", str(PRISM_CLI), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(SPEC)],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"Prism exited with {process.returncode}; see node_modules/.prism.log")
            try:
                httpx.get(url + "/v1/auth", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("Prism did not start within 60 s")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
