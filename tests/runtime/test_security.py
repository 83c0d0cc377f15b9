"""The runtime's credential model for other specs' schemes, and operations' own servers.

Generated clients are tested end to end in tests/pipeline/test_security_servers.py; these pin
what the runtime does with the data a generated module passes, and that secrets stay out of
messages and reprs.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from .support import Client, Operation, errors, operation

SecurityRequirement: Any = operation.SecurityRequirement
SecurityScheme: Any = operation.SecurityScheme
Server: Any = operation.Server

QUERY_KEY = SecurityScheme(name="q", kind="apiKey", location="query", parameter="key")
HEADER_KEY = SecurityScheme(name="h", kind="apiKey", location="header", parameter="X-Key")
BASIC = SecurityScheme(name="b", kind="basic")
SECRET = "s3cret-value-0123"


class VendorClient(Client):
    """What the regen writes for a document whose schemes are its own."""

    default_base_url = "https://{region}.vendor.test/{version}"
    default_server_variables = {"region": "eu", "version": "v1"}
    env_prefix = "VENDOR_TEST"
    partner_auth = False


SENT: list[httpx.Request] = []


def _record(request: httpx.Request) -> httpx.Response:
    SENT.append(request)
    return httpx.Response(204)


MOCK = httpx.MockTransport(_record)


def send(client: Any, op: Any, **kwargs: Any) -> httpx.Request:
    client.send(op, {"url": "/things", **kwargs})
    return SENT[-1]


def test_each_scheme_goes_where_it_says_and_nowhere_else(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VENDOR_TEST_API_KEY", raising=False)
    client = VendorClient(api_key=SECRET, username="ann", password="pw", transport=MOCK)
    query = Operation(operation_id="q", method="GET", path="/things", security=(SecurityRequirement(QUERY_KEY),))
    request = send(client, query, params={"a": "1"})
    assert str(request.url) == f"https://eu.vendor.test/v1/things?a=1&key={SECRET}"
    assert "Authorization" not in request.headers and "X-Key" not in request.headers
    header = Operation(operation_id="h", method="GET", path="/things", security=(SecurityRequirement(HEADER_KEY),))
    request = send(client, header)
    assert request.headers["X-Key"] == SECRET and request.url.query == b""
    basic = Operation(operation_id="b", method="GET", path="/things", security=(SecurityRequirement(BASIC),))
    assert send(client, basic).headers["Authorization"] == "Basic " + base64.b64encode(b"ann:pw").decode()


def test_operation_servers_and_server_variables() -> None:
    client = VendorClient(server_variables={"region": "us"}, transport=MOCK)
    assert client.base_url == "https://us.vendor.test/v1"
    own = Operation(
        operation_id="u",
        method="GET",
        path="/things",
        server=Server(url="https://files.{zone}.vendor.test/", variables={"zone": "z1"}),
    )
    assert str(send(client, own).url) == "https://files.z1.vendor.test/things"
    chosen = VendorClient(server_variables={"zone": "z9"}, transport=MOCK)
    assert str(send(chosen, own).url) == "https://files.z9.vendor.test/things"


def test_missing_credentials_are_named_without_sending_and_secrets_never_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("VENDOR_TEST_API_KEY", raising=False)
    client = VendorClient(username="ann", password=SECRET, transport=MOCK)
    needs_key = Operation(operation_id="k", method="GET", path="/things", security=(SecurityRequirement(QUERY_KEY),))
    count = len(SENT)
    with pytest.raises(errors.ConfigurationError) as raised:
        send(client, needs_key)
    assert len(SENT) == count
    assert "api_key=" in str(raised.value) and "VENDOR_TEST_API_KEY" in str(raised.value)
    assert SECRET not in str(raised.value) and SECRET not in repr(client) and SECRET not in repr(client._secrets)
    with pytest.raises(errors.ConfigurationError) as bad:
        VendorClient(api_key=SECRET + "\r\nX-Injected: 1")
    assert SECRET not in str(bad.value)
    with pytest.raises(errors.ConfigurationError, match="takes no partner"):
        VendorClient("partner-token")


def test_the_altegio_client_still_requires_its_partner_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTEGIO_PARTNER_TOKEN", raising=False)
    with pytest.raises(errors.ConfigurationError, match="ALTEGIO_PARTNER_TOKEN"):
        Client()


def test_an_api_key_in_the_query_or_a_header_is_redacted_in_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    monkeypatch.delenv("VENDOR_TEST_API_KEY", raising=False)
    key_named_key = SecurityScheme(name="k", kind="apiKey", location="query", parameter="appid")
    header = SecurityScheme(name="x", kind="apiKey", location="header", parameter="X-Vendor")
    both = Operation(
        operation_id="both", method="GET", path="/things", security=(SecurityRequirement((key_named_key, header)),)
    )
    client = VendorClient(
        api_key=SECRET, transport=httpx.MockTransport(lambda request: httpx.Response(404, json={"message": "no"}))
    )
    with pytest.raises(errors.NotFoundError) as raised:
        client.send(both, {"url": "/things"})
    assert raised.value.request.url.params["appid"] == SECRET  # sent as the scheme says
    assert SECRET not in str(raised.value) and SECRET not in str(raised.value.url)
    copy = pickle.loads(pickle.dumps(raised.value))
    assert SECRET not in str(copy.request.url) and copy.request.headers["X-Vendor"] == "REDACTED"


def test_a_relative_server_asks_for_base_url() -> None:
    class Relative(VendorClient):
        default_base_url = "/api/v3"

    with pytest.raises(errors.ConfigurationError, match="relative; pass base_url="):
        Relative()
    assert Relative(base_url="https://pets.test/api/v3/").base_url == "https://pets.test/api/v3"


def test_environment_credentials_are_checked_only_when_an_operation_uses_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("ALTEGIO_API_KEY", "ALTEGIO_TOKEN", "ALTEGIO_PASSWORD", "VENDOR_TEST_API_KEY"):
        monkeypatch.setenv(variable, "bad\x01value")
    Client("partner-token")  # the Altegio client never sends them: no change for it
    client = VendorClient(transport=MOCK)  # made; the bad key is refused when it would be sent
    count = len(SENT)
    header = Operation(operation_id="h", method="GET", path="/things", security=(SecurityRequirement(HEADER_KEY),))
    with pytest.raises(errors.ConfigurationError, match="apiKey credential of scheme 'h'"):
        send(client, header)
    assert len(SENT) == count
