"""Other vendors' documents get a client named after them whose credentials follow their own
`securitySchemes` (per operation) and whose requests go to the servers they declare.

Each document in tests/cases is generated, imported and called through httpx.MockTransport in a
fresh interpreter; the assertions are on the exact request that went out.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.pipeline.test_cases import call, generate, project_of

# Records each request; answers 204. Every program below starts with it.
RECORDER = """
import base64, httpx, os
seen = []
def handler(request):
    seen.append(request)
    if request.url.path.endswith("/forecast"):
        return httpx.Response(200, json={"city": request.url.params["city"]})
    return httpx.Response(204)
mock = httpx.MockTransport(handler)
def last():
    request = seen[-1]
    return str(request.url), request.headers.get("Authorization"), request.headers.get("Cookie")
"""


def test_a_document_without_security_gives_a_client_that_needs_no_token(tmp_path: Path) -> None:
    result = generate("security-none.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    project = project_of(tmp_path)
    client_source = (project / "open_weather_lite_client" / "client.py").read_text()
    assert "class OpenWeatherLiteClient(" in client_source and "Altegio" not in client_source.replace(
        "AltegioClientBase", ""
    )
    readme = (project / "README.md").read_text()
    assert "OpenWeatherLiteClient()" in readme and "PARTNER_TOKEN" not in readme
    assert "asks for no credentials" in readme and "`OPEN_WEATHER_LITE_CLIENT_BASE_URL`" in readme
    output = call(
        project,
        RECORDER
        + textwrap.dedent(
            """
        for name in ("ALTEGIO_PARTNER_TOKEN", "OPEN_WEATHER_LITE_CLIENT_TOKEN"):
            os.environ.pop(name, None)
        from open_weather_lite_client import OpenWeatherLiteClient
        from open_weather_lite_client.api.default import get_forecast
        with OpenWeatherLiteClient(transport=mock) as client:
            assert get_forecast.sync(client=client, city="Oslo").city == "Oslo"
        assert last() == ("https://weather.example.com/v1/forecast?city=Oslo", None, None), last()
        os.environ["OPEN_WEATHER_LITE_CLIENT_BASE_URL"] = "http://localhost:4010"
        with OpenWeatherLiteClient(transport=mock) as client:
            get_forecast.sync(client=client, city="Rome")
        assert last()[0] == "http://localhost:4010/forecast?city=Rome", last()
        try:
            OpenWeatherLiteClient("partner")
        except ValueError as error:
            assert "takes no partner" in str(error), error
        else:
            raise AssertionError("a partner token was silently ignored")
        print("ok")
            """
        ),
    )
    assert output.strip() == "ok"


def test_each_operation_sends_the_credentials_its_own_security_names(tmp_path: Path) -> None:
    result = generate("security-schemes.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    project = project_of(tmp_path)
    readme = (project / "README.md").read_text()
    assert "MANY_LOCKS_CLIENT_API_KEY" in readme and "ManyLocksClient(token=" in readme
    output = call(
        project,
        RECORDER
        + textwrap.dedent(
            """
        from many_locks_client import ManyLocksClient, errors
        from many_locks_client.api.default import (
            basic_or_bearer, header_and_query, optional_key, public_thing, with_basic, with_bearer,
            with_cookie_key, with_header_key, with_query_key, with_token_word,
        )
        basic = "Basic " + base64.b64encode(b"ann:s3cret").decode()
        with ManyLocksClient(
            token="tok-1", api_key="key-2", username="ann", password="s3cret", transport=mock
        ) as client:
            with_bearer.sync(client=client)  # the document's security: bearer
            assert last() == ("https://locks.example.com/bearer", "Bearer tok-1", None), last()
            with_header_key.sync(client=client)
            assert last() == ("https://locks.example.com/header", None, None), last()
            assert seen[-1].headers["X-API-Key"] == "key-2"
            with_query_key.sync(client=client, q="x")
            assert last() == ("https://locks.example.com/query?q=x&api_key=key-2", None, None), last()
            with_cookie_key.sync(client=client)
            assert last() == ("https://locks.example.com/cookie", None, "session_key=key-2"), last()
            assert "X-API-Key" not in seen[-1].headers
            with_basic.sync(client=client)
            assert last() == ("https://locks.example.com/basic", basic, None), last()
            public_thing.sync(client=client)  # security: [] overrides the document's
            assert last() == ("https://locks.example.com/public", None, None), last()
            optional_key.sync(client=client)
            assert seen[-1].headers["X-API-Key"] == "key-2"
            header_and_query.sync(client=client)
            assert last() == ("https://locks.example.com/both?api_key=key-2", None, None), last()
            assert seen[-1].headers["X-API-Key"] == "key-2"
            basic_or_bearer.sync(client=client)  # the first alternative the client can meet
            assert last()[1] == basic, last()
            with_token_word.sync(client=client)
            assert last()[1] == "Token tok-1", last()

        with ManyLocksClient(token="tok-1", transport=mock) as client:
            basic_or_bearer.sync(client=client)
            assert last()[1] == "Bearer tok-1", last()
            optional_key.sync(client=client)  # optional: sent without
            assert "X-API-Key" not in seen[-1].headers and last()[1] is None
            count = len(seen)
            try:
                with_header_key.sync(client=client)
            except errors.ConfigurationError as error:
                assert "api_key=" in str(error) and "MANY_LOCKS_CLIENT_API_KEY" in str(error), error
                assert "tok-1" not in str(error)
            else:
                raise AssertionError("sent without the API key it needs")
            assert len(seen) == count  # nothing went out

        credentials = {"headerKey": "h-key", "queryKey": "q-key", "basicAuth": ("bob", "pw")}
        with ManyLocksClient(credentials=credentials, transport=mock) as client:
            header_and_query.sync(client=client)
            assert str(seen[-1].url) == "https://locks.example.com/both?api_key=q-key", seen[-1].url
            assert seen[-1].headers["X-API-Key"] == "h-key"
            with_basic.sync(client=client)
            assert last()[1] == "Basic " + base64.b64encode(b"bob:pw").decode()

        os.environ["MANY_LOCKS_CLIENT_API_KEY"] = "env-key"
        os.environ["MANY_LOCKS_CLIENT_TOKEN"] = "env-tok"
        with ManyLocksClient(transport=mock) as client:
            with_query_key.sync(client=client)
            assert str(seen[-1].url) == "https://locks.example.com/query?api_key=env-key", seen[-1].url
            with_bearer.sync(client=client)
            assert last()[1] == "Bearer env-tok", last()
        for bad in ({"api_key": "a\\nb"}, {"credentials": {"basicAuth": ("a:b", "c")}}):
            try:
                ManyLocksClient(**bad)
            except errors.ConfigurationError:
                pass
            else:
                raise AssertionError(f"accepted {bad}")
        print("ok")
            """
        ),
    )
    assert output.strip() == "ok"


def test_servers_of_operations_and_path_items_and_server_variables(tmp_path: Path) -> None:
    result = generate("servers.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    project = project_of(tmp_path)
    output = call(
        project,
        RECORDER
        + textwrap.dedent(
            """
        from regional_store_client import RegionalStoreClient
        from regional_store_client.api.default import delete_report, get_report, list_items, upload_item
        with RegionalStoreClient(transport=mock) as client:
            assert client.base_url == "https://eu.store.example.com/v2", client.base_url
            list_items.sync(client=client)
            assert last()[0] == "https://eu.store.example.com/v2/items", last()
            upload_item.sync(client=client)  # the operation's own server, its own default
            assert last()[0] == "https://uploads.ap.example.com/items", last()
            get_report.sync(client=client)  # the path item's server
            assert last()[0] == "https://reports.example.com/api/reports", last()
            delete_report.sync(client=client)  # relative: against the client's base URL
            assert last()[0] == "https://eu.store.example.com/archive/reports", last()
        with RegionalStoreClient(server_variables={"region": "us"}, transport=mock) as client:
            list_items.sync(client=client)
            assert last()[0] == "https://us.store.example.com/v2/items", last()
            upload_item.sync(client=client)
            assert last()[0] == "https://uploads.us.example.com/items", last()
        with RegionalStoreClient(base_url="http://localhost:4010", transport=mock) as client:
            list_items.sync(client=client)
            assert last()[0] == "http://localhost:4010/items", last()
        print("ok")
            """
        ),
    )
    assert output.strip() == "ok"


@pytest.mark.slow
def test_client_name_option_and_a_name_it_refuses(tmp_path: Path) -> None:
    result = generate("security-none.yaml", tmp_path / "named", "--client-name", "WeatherClient")
    assert result.returncode == 0, result.stderr
    project = project_of(tmp_path / "named")
    assert "class WeatherClient(" in (project / "open_weather_lite_client" / "client.py").read_text()
    assert '"WeatherClient"' in (project / "open_weather_lite_client" / "__init__.py").read_text()
    for bad in ("weather", "Bad-Name", "RequestOptions", "NotFoundError"):
        refused = generate("security-none.yaml", tmp_path / "bad", "--client-name", bad)
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.startswith("--client-name: ") and "Traceback" not in refused.stderr
        assert not (tmp_path / "bad").exists()


def test_our_own_spec_keeps_its_client_name_and_environment() -> None:
    client = (ROOT / "generated" / "altegio-activity-client" / "altegio_activity" / "client.py").read_text()
    assert "class AltegioClient(_AltegioClientCore)" in client
    assert "class AsyncAltegioClient(_AltegioClientCore)" in client
    assert "env_prefix" not in client and "partner_auth" not in client  # the runtime's defaults: ALTEGIO_*
