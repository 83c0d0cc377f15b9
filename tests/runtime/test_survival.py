"""The client survives copies, forks, short pages, redirects, relogin stampedes and closing
(issue 20): the generated package driven through its public API, against MockTransport or a
real loopback server.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import http.server
import json
import os
import pickle
import re
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from altegio_activity import AltegioClient, RequestOptions, errors
from altegio_activity.api.events import create_event_v2, get_event_v2, list_events_v2, search_events
from altegio_activity.models import EventWriteRequest
from altegio_activity.types import UNSET

from .faultserver import FaultServer, respond, slow

pytestmark = pytest.mark.slow  # servers that stall while the client is closed, forked or cancelled

LOCATION = 4564
V2_BODY = EventWriteRequest(
    staff_id=26427,
    service_id=1185299,
    resource_instance_ids=[],
    label_ids=[],
    date=datetime.datetime(2026, 11, 22, 14, 0),
    length=3600,
    capacity=9,
)
CREATED = {"data": {"type": "activity", "id": "10126531", "attributes": {"capacity": 9}}, "meta": []}


def mock_client(handler: Any, **settings: Any) -> AltegioClient:
    transport = httpx.MockTransport(handler)
    settings.setdefault("user_token", "user-token")
    return AltegioClient(
        "partner-token", base_url="https://api.test/api", transport=transport, async_transport=transport, **settings
    )


# -- 1. copies ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "duplicate",
    [copy.copy, copy.deepcopy, lambda value: pickle.loads(pickle.dumps(value))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_unset_and_models_survive_copies(duplicate: Any) -> None:
    assert duplicate(UNSET) is UNSET
    duplicate_body = duplicate(V2_BODY)
    assert duplicate_body.comment is UNSET
    assert duplicate_body == V2_BODY
    assert duplicate_body.to_dict() == V2_BODY.to_dict()
    json.dumps(duplicate_body.to_dict())

    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json=CREATED)

    with mock_client(handler) as client:
        assert create_event_v2.sync(LOCATION, client=client, body=duplicate_body).id == "10126531"
    assert sent == [V2_BODY.to_dict()] and "comment" not in sent[0]


def test_a_body_json_cannot_encode_is_a_typed_error_and_nothing_is_sent() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json=CREATED)

    body = copy.deepcopy(V2_BODY)
    body["tags"] = {"a", "b"}  # a set: no JSON form
    with mock_client(handler) as client:
        with pytest.raises(errors.RequestBodyError) as caught:
            create_event_v2.sync(LOCATION, client=client, body=body)
        assert isinstance(caught.value, errors.AltegioError)
        assert "create_event_v2" in str(caught.value) and "set" in str(caught.value)
        body["tags"] = float("nan")
        with pytest.raises(errors.RequestBodyError):
            create_event_v2.sync(LOCATION, client=client, body=body)
    assert sent == []


# -- 2. fork ------------------------------------------------------------------------------------


class KeepAliveServer(http.server.ThreadingHTTPServer):
    """HTTP/1.1 with keep-alive on 127.0.0.1: answers GET .../{id} with the V2 event `id`, and
    records which connection (client port) each request came on."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _KeepAliveHandler)
        self.seen: list[tuple[str, int]] = []  # (path, client port)
        self.url = f"http://127.0.0.1:{self.server_address[1]}/api"


class _KeepAliveHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: KeepAliveServer

    def do_GET(self) -> None:
        self.server.seen.append((self.path, self.client_address[1]))
        event_id = self.path.rstrip("/").rsplit("/", 1)[-1]
        body = json.dumps({"data": {"type": "activity", "id": event_id, "attributes": {}}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def keep_alive() -> Iterator[KeepAliveServer]:
    server = KeepAliveServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _fork() -> int:
    with warnings.catch_warnings():  # Python 3.12 warns about forking a process with threads
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


@pytest.mark.parametrize("given", [None, "http_client", "transport"])
def test_a_forked_child_never_shares_the_parents_pooled_connection(
    keep_alive: KeepAliveServer, given: str | None
) -> None:
    http_client = httpx.Client() if given == "http_client" else None
    transport = httpx.HTTPTransport() if given == "transport" else None
    client = AltegioClient(
        "partner-token",
        "user-token",
        base_url=keep_alive.url,
        http_client=http_client,
        transport=transport,
        timeout=5,
        max_retries=0,
    )
    assert get_event_v2.sync(LOCATION, 1, client=client).id == "1"  # the pool now holds an idle connection
    parent_port = keep_alive.seen[0][1]
    read_end, write_end = os.pipe()
    pid = _fork()
    if pid == 0:  # the child: call, report what came back, and leave without running pytest's teardown
        status = 1
        try:
            got = [get_event_v2.sync(LOCATION, event_id, client=client).id for event_id in (1002, 1003)]
            os.write(write_end, json.dumps(got).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    parent_got = [get_event_v2.sync(LOCATION, event_id, client=client).id for event_id in (2, 3)]
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as pipe:
        child_got = json.loads(pipe.read() or b"null")
    client.close()
    for closable in (http_client, transport):
        if closable is not None:
            closable.close()
    assert os.waitstatus_to_exitcode(status) == 0
    assert parent_got == ["2", "3"] and child_got == ["1002", "1003"]
    child_ports = {port for path, port in keep_alive.seen if path.endswith(("/1002", "/1003"))}
    assert child_ports and parent_port not in child_ports


# -- 3. paging ----------------------------------------------------------------------------------

FROM, TO = "2026-11-01 00:00:00", "2026-11-30 23:59:59"  # list_events_v2's window
HELD = 5  # items the server holds
CAP = 2  # items per page, whatever the request asks for


def _activity(n: int) -> dict[str, Any]:
    """A V2 event as the server sends it (its JSON:API type is still `activity`)."""
    return {"type": "activity", "id": str(n), "attributes": {}}


def _event(n: int) -> dict[str, Any]:
    return {"id": n}


def capped_server(
    item: Any, *, envelope: dict[str, Any], links: str, total: bool = False, base: str = "https://api.test/api"
) -> tuple[Any, list[str]]:
    """A server holding HELD items that sends CAP per page whatever is asked. `links`: "cursor"
    (only `links.next`, to `?cursor=N`, which is all it understands), "none" (nothing: it reads
    `page` and ignores the size), or "away" (a next link to another host)."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        params = request.url.params
        if links == "none":
            start = (int(params.get("page", 1)) - 1) * CAP
        else:
            start = int(params.get("cursor", 0))
        body: dict[str, Any] = {**envelope, "data": [item(n) for n in range(start, min(start + CAP, HELD))]}
        if total:
            body["meta"] = {"total": HELD}
        if links != "none" and start + CAP < HELD:
            target = "https://elsewhere.test/api" if links == "away" else base
            body["links"] = {"self": str(request.url), "next": f"{target}{request.url.path[4:]}?cursor={start + CAP}"}
        elif links != "none":
            body["links"] = {"self": str(request.url), "next": None}
        return httpx.Response(200, json=body)

    return handler, seen


def _listings(client: AltegioClient) -> dict[str, Any]:
    return {
        "list_events_v2": lambda: list_events_v2.iterate(LOCATION, client=client, from_=FROM, to=TO),
        "search_events": lambda: search_events.iterate(
            LOCATION, client=client, from_=datetime.date(2026, 11, 1), till=datetime.date(2026, 11, 30)
        ),
    }


SHAPES = {"list_events_v2": (_activity, {}), "search_events": (_event, {"success": True})}


@pytest.mark.parametrize("operation", sorted(SHAPES))
@pytest.mark.parametrize("links", ["cursor", "none"])
def test_iterate_gets_every_item_from_a_server_that_caps_pages(operation: str, links: str) -> None:
    item, envelope = SHAPES[operation]
    handler, seen = capped_server(item, envelope=envelope, links=links)
    with mock_client(handler) as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # search_events is a V1 operation
        got = list(_listings(client)[operation]())
    assert [getattr(one, "id", None) for one in got] == [item(n)["id"] for n in range(HELD)]
    if links == "cursor":  # the links, as sent, and nothing past the last page
        assert [httpx.URL(url).params.get("cursor") for url in seen] == [None, "2", "4"]
    else:  # both list operations page by page number: on past the short pages, to the empty one
        assert [httpx.URL(url).params.get("page") for url in seen] == ["1", "2", "3", "4"]


@pytest.mark.asyncio
async def test_aiterate_follows_links_next() -> None:
    handler, seen = capped_server(_activity, envelope={}, links="cursor")
    async with mock_client(handler) as client:
        got = [one.id async for one in list_events_v2.aiterate(LOCATION, client=client, from_=FROM, to=TO)]
    assert got == [str(n) for n in range(HELD)] and len(seen) == 3


def test_a_next_link_to_another_host_is_not_followed() -> None:
    handler, seen = capped_server(_activity, envelope={}, links="away")
    with mock_client(handler) as client, pytest.raises(errors.PaginationError, match="elsewhere.test"):
        list(list_events_v2.iterate(LOCATION, client=client, from_=FROM, to=TO))
    assert len(seen) == 1


def test_an_empty_page_before_the_reported_total_warns() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return httpx.Response(200, json={"data": [_activity(0)] if page == 1 else [], "meta": {"total": HELD}})

    with mock_client(handler) as client, pytest.warns(errors.IncompleteListingWarning, match="reported 5"):
        assert len(list(list_events_v2.iterate(LOCATION, client=client, from_=FROM, to=TO))) == 1


# -- 4. redirects -------------------------------------------------------------------------------


def login_answer(user_token: str = "fresh-user-token") -> dict[str, Any]:
    return {"success": True, "data": {"id": 1, "user_token": user_token, "login": "alice"}, "meta": []}


def redirecting(status: int, location: str, seen: list[httpx.Request]) -> Any:
    """api.test redirects everything except what already went to `location`'s path."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.test" and not str(request.url).startswith(location):
            return httpx.Response(status, headers={"Location": location})
        if request.url.path.endswith("/auth"):
            return httpx.Response(201, json=login_answer())
        return httpx.Response(200, json={"data": _activity(108)})

    return handler


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_login_redirected_to_another_host_sends_nothing_there_even_with_the_callers_client(status: int) -> None:
    seen: list[httpx.Request] = []
    handler = redirecting(status, "https://evil.test/collect?token=abc", seen)
    own = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    with AltegioClient("partner-token", base_url="https://api.test/api", http_client=own) as client:
        with pytest.raises(errors.RedirectError) as caught:
            client.login("alice", "alice-password")
    own.close()
    assert [request.url.host for request in seen] == ["api.test"]
    error = caught.value
    assert isinstance(error, errors.APIStatusError) and error.status_code == status
    assert error.location == "https://evil.test/collect?token=REDACTED"
    assert "evil.test" in str(error) and "alice-password" not in repr(error)


@pytest.mark.asyncio
async def test_an_async_call_redirected_to_another_host_raises_with_the_callers_client() -> None:
    seen: list[httpx.Request] = []
    handler = redirecting(307, "https://evil.test/api/v2/x", seen)
    own = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = AltegioClient("partner-token", "user-token", base_url="https://api.test/api", async_http_client=own)
    with pytest.raises(errors.RedirectError, match="evil.test"):
        await create_event_v2.asyncio(LOCATION, client=client, body=V2_BODY)
    await own.aclose()
    assert [request.url.host for request in seen] == ["api.test"]


def test_a_same_origin_post_redirect_is_refused_and_a_get_is_followed() -> None:
    seen: list[httpx.Request] = []
    handler = redirecting(308, "https://api.test/api/moved", seen)
    with mock_client(handler) as client:
        with pytest.raises(errors.RedirectError, match="POST"):
            create_event_v2.sync(LOCATION, client=client, body=V2_BODY)
        assert get_event_v2.sync(LOCATION, 108, client=client).id == "108"
    assert [str(request.url) for request in seen[1:]] == [
        "https://api.test/api/v2/locations/4564/events/108",
        "https://api.test/api/moved",
    ]
    assert seen[-1].headers["Authorization"] == "Bearer partner-token, User user-token"


# -- 5. async relogin -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_fifty_tasks_that_see_a_401_make_one_login() -> None:
    logins: list[str] = []
    tokens = ["first-token"]

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.001)  # let the other tasks run, as a real server would
        if request.url.path.endswith("/auth"):
            logins.append(json.loads(request.content)["login"])
            await asyncio.sleep(0.01)
            tokens.append(f"token-{len(logins)}")
            return httpx.Response(201, json=login_answer(tokens[-1]))
        if not request.headers["Authorization"].endswith(f"User {tokens[-1]}"):
            return httpx.Response(401, json={"success": False, "meta": {"message": "bad user token"}})
        return httpx.Response(200, json={"data": _activity(int(request.url.path.rsplit("/", 1)[-1]))})

    transport = httpx.MockTransport(handler)
    async with AltegioClient("partner-token", base_url="https://api.test/api", async_transport=transport) as client:
        alice = await client.alogin("alice", "alice-password", relogin=True)
        assert logins == ["alice"]
        tokens.append("changed-password")  # every token issued so far is now refused
        got = await asyncio.gather(*(get_event_v2.asyncio(LOCATION, n, client=alice) for n in range(50)))
    assert [one.id for one in got] == [str(n) for n in range(50)]
    assert logins == ["alice", "alice"]
    assert alice.user_token == "token-2"


# -- 6. closing and the whole-call deadline -------------------------------------------------------

ACTIVITY_BYTES = json.dumps({"data": _activity(108)}).encode()


def late_answer() -> Any:
    return slow(2.0, respond(200, ACTIVITY_BYTES, {"Content-Type": "application/json"}))


def test_closing_the_client_during_a_sync_call_raises_client_closed() -> None:
    with FaultServer(late_answer()) as server:
        client = AltegioClient("partner-token", "user-token", base_url=server.url)
        outcome: list[BaseException | object] = []

        def call() -> None:
            try:
                outcome.append(get_event_v2.sync(LOCATION, 108, client=client))
            except BaseException as error:  # noqa: BLE001 - the test inspects it
                outcome.append(error)

        thread = threading.Thread(target=call)
        thread.start()
        while not server.received:  # the request is in flight
            time.sleep(0.01)
        client.close()
        thread.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], errors.ClientClosedError), outcome


@pytest.mark.asyncio
async def test_closing_the_client_during_an_async_call_raises_client_closed() -> None:
    with FaultServer(late_answer()) as server:
        client = AltegioClient("partner-token", "user-token", base_url=server.url)
        task = asyncio.create_task(get_event_v2.asyncio(LOCATION, 108, client=client))
        while not server.received:
            await asyncio.sleep(0.01)
        await client.aclose()
        with pytest.raises(errors.ClientClosedError):
            await task


def trickled_head(every: float) -> Any:
    """The status line and headers one byte at a time: no single read ever times out."""

    def reply(exchange: Any) -> None:
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(ACTIVITY_BYTES)}\r\n"
        for byte in (head + "X-Padding: " + "x" * 200 + "\r\n\r\n").encode():
            if exchange.stop.wait(every):
                return
            exchange.conn.sendall(bytes([byte]))
        exchange.conn.sendall(ACTIVITY_BYTES)

    return reply


@pytest.mark.parametrize("own", ["http_client", "transport"])
def test_the_timeout_bounds_a_trickled_head_with_the_callers_own_client(own: str) -> None:
    given: Any = httpx.Client(timeout=5.0) if own == "http_client" else httpx.HTTPTransport()
    with FaultServer(trickled_head(0.02)) as server:  # about 6 s for the whole head
        client = AltegioClient("partner-token", "user-token", base_url=server.url, timeout=0.5, **{own: given})
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError) as caught:
            get_event_v2.sync(LOCATION, 108, client=client)
        took = time.monotonic() - started
        client.close()
    given.close()
    assert took < 3.0, took  # the head alone takes about 6 s
    assert re.search(r"longer than 0.5 s: stopped after \d+\.\d s", str(caught.value))


# -- 8. secrets -----------------------------------------------------------------------------------

SECRET = "s3cr3t-user-token-0042"
PASSWORD = "alice-password-9137"


def _login_reply(status: int, body: bytes) -> Any:
    return respond(status, body, {"Content-Type": "application/json"})


MALFORMED_LOGINS = {
    "a field of the wrong type": (201, json.dumps({"success": True, "data": {"id": [1], "user_token": SECRET}})),
    "an unusable token": (201, json.dumps({"success": True, "data": {"id": 1, "user_token": f"{SECRET} x"}})),
    "cut off": (201, '{"success": true, "data": {"id": 1, "login": "alice", "user_token": "' + SECRET),
    "an error echoing the request": (
        422,
        json.dumps({"success": False, "meta": {"message": "refused"}, "data": {"login": "a", "password": PASSWORD}}),
    ),
    "success false with the token": (
        200,
        json.dumps({"success": False, "data": {"user_token": SECRET}, "meta": {"message": "account locked"}}),
    ),
}


def _everything_kept(error: BaseException) -> bytes:
    kept = [repr(error), str(error), repr(getattr(error, "body", None)), repr(vars(error))]
    response = getattr(error, "response", None)
    raw = [getattr(error, "raw_body", b""), response.content if response is not None else b""]
    return "".join(kept).encode() + b"".join(raw) + pickle.dumps(error)


@pytest.mark.parametrize("case", sorted(MALFORMED_LOGINS))
def test_no_error_keeps_the_token_or_the_password(case: str) -> None:
    status, body = MALFORMED_LOGINS[case]
    with FaultServer(_login_reply(status, body.encode())) as server:
        with AltegioClient("partner-token", base_url=server.url, max_retries=0) as client:
            with pytest.raises(errors.APIStatusError) as caught:
                client.login("alice", PASSWORD)
    kept = _everything_kept(caught.value)
    assert SECRET.encode() not in kept and PASSWORD.encode() not in kept
    assert b"REDACTED" in kept
    restored = pickle.loads(pickle.dumps(caught.value))
    assert type(restored) is type(caught.value) and restored.status_code == status


# -- 9. errors that say what happened -------------------------------------------------------------


@pytest.mark.parametrize(
    ("envelope", "expected"),
    [
        ({"success": False, "data": None, "meta": {"message": "Event not found", "code": 404}}, errors.NotFoundError),
        ({"success": False, "code": "403", "meta": {"message": "No access"}}, errors.PermissionDeniedError),
        (
            {"success": False, "data": None, "meta": {"errors": {"date": ["in the past"]}}},
            errors.UnprocessableEntityError,
        ),
        ({"success": False, "data": None, "meta": []}, errors.APIStatusError),
    ],
)
def test_success_false_raises_the_class_its_code_implies_with_a_useful_message(envelope: Any, expected: Any) -> None:
    with mock_client(lambda request: httpx.Response(200, json=envelope)) as client:
        with pytest.raises(errors.APIStatusError) as caught:
            get_event_v2.sync(LOCATION, 108, client=client)
    error = caught.value
    assert type(error) is expected and error.status_code == 200
    assert error.message != "OK" and error.message
    if expected is errors.APIStatusError:
        assert "success: false" in error.message


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, html="<html><body><h1>404 Not Found</h1>nginx</body></html>"),
        httpx.Response(404, text="Not Found"),
        httpx.Response(404),
        httpx.Response(404, json={"timestamp": "2026-11-01", "path": "/v2/x"}),
    ],
    ids=["html", "text", "empty", "foreign json"],
)
def test_a_404_that_is_not_the_apis_says_the_base_url_may_be_wrong(answer: httpx.Response) -> None:
    with mock_client(lambda request: answer) as client:
        with pytest.raises(errors.UnexpectedResponseError) as caught:
            get_event_v2.sync(LOCATION, 108, client=client)
    assert not isinstance(caught.value, errors.NotFoundError)
    assert "base URL" in str(caught.value) and caught.value.status_code == 404


def test_a_404_from_the_api_is_still_not_found() -> None:
    body = {"errors": [{"status": "404", "title": "Activity not found"}]}
    with mock_client(lambda request: httpx.Response(404, json=body)) as client:
        with pytest.raises(errors.NotFoundError, match="Activity not found"):
            get_event_v2.sync(LOCATION, 108, client=client)


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": -1},
        {"timeout": httpx.Timeout(5.0, connect=-0.5)},
        {"timeout": float("nan")},
        {"base_url": "api.alteg.io/api"},
        {"base_url": "https:///api"},
        {"base_url": "ftp://api.alteg.io/api"},
    ],
)
def test_settings_are_checked_in_the_constructor(settings: dict[str, Any]) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        AltegioClient("partner-token", **settings)
    assert next(iter(settings)) in str(caught.value)


def test_a_negative_timeout_for_one_call_is_refused() -> None:
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        RequestOptions(timeout=-2)


# -- 7. lossless coercion -------------------------------------------------------------------------


def _search_page(events: list[dict[str, Any]]) -> Any:
    return lambda request: httpx.Response(200, json={"success": True, "data": events, "meta": {"count": len(events)}})


def _search(client: AltegioClient) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # a V1 operation
        return search_events.sync(
            LOCATION, client=client, from_=datetime.date(2026, 11, 1), till=datetime.date(2026, 11, 30), count=300
        )


def test_one_value_in_another_lossless_form_does_not_lose_the_page() -> None:
    events: list[dict[str, Any]] = [{"id": n, "capacity": 9, "length": 3600} for n in range(300)]
    events[7]["capacity"] = "9"
    events[8]["id"] = "108"
    events[9]["length"] = 3600.0
    events[10]["capacity"] = " 12 "
    with mock_client(_search_page(events)) as client:
        got = _search(client)
    assert len(got) == 300
    assert (got[7].capacity, got[8].id, got[9].length, got[10].capacity) == (9, 108, 3600, 12)
    assert all(type(event.id) is int and type(event.length) is int for event in got)


@pytest.mark.parametrize(("field", "value"), [("capacity", "9.5"), ("length", 3600.5), ("id", "108abc")])
def test_a_lossy_value_names_the_item_and_field_and_keeps_the_raw_page(field: str, value: Any) -> None:
    events: list[dict[str, Any]] = [{"id": n, "capacity": 9, "length": 3600} for n in range(300)]
    events[17][field] = value
    with mock_client(_search_page(events)) as client, pytest.raises(errors.ResponseValidationError) as caught:
        _search(client)
    assert caught.value.path == f"data[17].{field}"
    assert json.loads(caught.value.raw_body)["data"][17][field] == value
    assert len(caught.value.body["data"]) == 300


def test_a_json_api_id_goes_back_into_a_call() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(201 if request.method == "POST" else 200, json=CREATED)

    with mock_client(handler) as client:
        created = create_event_v2.sync(LOCATION, client=client, body=V2_BODY)
        assert get_event_v2.sync(LOCATION, created.id, client=client).id == created.id
    assert seen[-1].endswith(f"/events/{created.id}")


@pytest.mark.asyncio
async def test_the_timeout_bounds_a_trickled_head_in_async_code_with_the_callers_client() -> None:
    with FaultServer(trickled_head(0.02)) as server:
        own = httpx.AsyncClient(timeout=5.0)
        client = AltegioClient("partner-token", "user-token", base_url=server.url, timeout=0.5, async_http_client=own)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="longer than 0.5 s"):
            await get_event_v2.asyncio(LOCATION, 108, client=client)
        took = time.monotonic() - started
        await own.aclose()
    assert took < 3.0, took  # the head alone takes about 6 s


@pytest.mark.asyncio
async def test_the_callers_own_cancellation_is_not_turned_into_a_timeout() -> None:
    with FaultServer(late_answer()) as server:
        async with AltegioClient("partner-token", "user-token", base_url=server.url, timeout=5.0) as client:
            task = asyncio.create_task(get_event_v2.asyncio(LOCATION, 108, client=client))
            while not server.received:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            with pytest.raises(TimeoutError) as caught:  # asyncio's own, from wait_for: not the client's
                await asyncio.wait_for(get_event_v2.asyncio(LOCATION, 108, client=client), 0.2)
            assert not isinstance(caught.value, errors.AltegioError)


def test_a_redirect_error_never_shows_the_base_urls_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://elsewhere.test/api"})

    transport = httpx.MockTransport(handler)
    base_url = "https://me:base-url-secret@api.test/api"
    with AltegioClient("partner-token", "user-token", base_url=base_url, transport=transport) as client:
        with pytest.raises(errors.RedirectError) as caught:
            get_event_v2.sync(LOCATION, 108, client=client)
    assert "base-url-secret" not in str(caught.value) and "api.test/api" in str(caught.value)


def test_a_success_false_envelope_saying_401_logs_in_again() -> None:
    logins: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth"):
            logins.append("login")
            return httpx.Response(201, json=login_answer(f"token-{len(logins)}"))
        if request.headers["Authorization"].endswith("User token-1"):
            return httpx.Response(200, json={"success": False, "meta": {"message": "Unauthorized", "code": 401}})
        return httpx.Response(200, json={"data": _activity(108)})

    transport = httpx.MockTransport(handler)
    with AltegioClient("partner-token", base_url="https://api.test/api", transport=transport) as client:
        alice = client.login("alice", PASSWORD, relogin=True)
        assert get_event_v2.sync(LOCATION, 108, client=alice).id == "108"
    assert logins == ["login", "login"]
