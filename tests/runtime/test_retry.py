"""Which failures are retried, how often, and after what wait (recorded, never slept)."""

from __future__ import annotations

import datetime
import email.utils
from collections.abc import Callable

import httpx
import pytest

from .support import (
    CREATE_EVENT,
    DELETE_EVENT,
    ENVELOPE,
    GET_EVENT,
    UPDATE_EVENT,
    Operation,
    RequestOptions,
    create_kwargs,
    errors,
    get_kwargs,
    make_client,
    retry,
)

Handler = Callable[[httpx.Request], httpx.Response]


class Script:
    """A handler answering with the next step each time (the last step repeats); counts calls."""

    def __init__(self, *steps: Callable[[httpx.Request, int], httpx.Response]) -> None:
        self.steps = steps
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return self.steps[min(self.calls, len(self.steps)) - 1](request, self.calls)


def status(code: int, headers: dict[str, str] | None = None) -> Callable[[httpx.Request, int], httpx.Response]:
    def step(request: httpx.Request, call: int) -> httpx.Response:
        body = {"success": False, "data": None, "meta": {"message": f"attempt {call}"}}
        return httpx.Response(code, json=body, headers=headers)

    return step


def ok(request: httpx.Request, call: int) -> httpx.Response:
    return httpx.Response(200, json=ENVELOPE)


def raises(error_class: type[httpx.TransportError]) -> Callable[[httpx.Request, int], httpx.Response]:
    def step(request: httpx.Request, call: int) -> httpx.Response:
        raise error_class(f"{error_class.__name__} on attempt {call}", request=request)

    return step


def test_503_then_200_succeeds_after_one_wait(sleeps: list[float]) -> None:
    script = Script(status(503), ok)
    with make_client(script) as client:
        response = client.send(GET_EVENT, get_kwargs())

    assert response.json() == ENVELOPE
    assert script.calls == 2
    assert sleeps == [0.5]


@pytest.mark.asyncio
async def test_async_503_then_200_succeeds_after_one_wait(sleeps: list[float]) -> None:
    script = Script(status(503), ok)
    async with make_client(script) as client:
        response = await client.asend(GET_EVENT, get_kwargs())

    assert response.status_code == 200
    assert script.calls == 2
    assert sleeps == [0.5]


def test_backoff_doubles_to_the_cap_and_exhaustion_raises_the_last_error(sleeps: list[float]) -> None:
    script = Script(status(503))
    with make_client(script, max_retries=6) as client:
        with pytest.raises(errors.InternalServerError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert script.calls == 7
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert caught.value.message == "attempt 7"


def test_jitter_shortens_a_wait_by_at_most_a_quarter(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = retry.RetryPolicy(max_retries=2)
    monkeypatch.setattr(retry, "jitter", lambda: 0.0)
    longest = policy.backoff(2)
    monkeypatch.setattr(retry, "jitter", lambda: 0.9999)
    shortest = policy.backoff(2)

    assert longest == 2.0
    assert 1.5 <= shortest < 1.5001


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
def test_retried_statuses(code: int) -> None:
    script = Script(status(code), ok)
    with make_client(script) as client:
        client.send(GET_EVENT, get_kwargs())
    assert script.calls == 2


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_are_not_retried(code: int, sleeps: list[float]) -> None:
    script = Script(status(code), ok)
    with make_client(script) as client:
        with pytest.raises(errors.APIStatusError):
            client.send(GET_EVENT, get_kwargs())
    assert script.calls == 1
    assert sleeps == []


def test_429_retry_after_seconds_replaces_the_backoff(sleeps: list[float]) -> None:
    script = Script(status(429, {"Retry-After": "3"}), ok)
    with make_client(script) as client:
        client.send(GET_EVENT, get_kwargs())

    assert script.calls == 2
    assert sleeps == [3.0]


def test_429_retry_after_http_date(sleeps: list[float]) -> None:
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=30)
    past = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    script = Script(
        status(429, {"Retry-After": email.utils.format_datetime(soon, usegmt=True)}),
        status(429, {"Retry-After": email.utils.format_datetime(past, usegmt=True)}),
        ok,
    )
    with make_client(script) as client:
        client.send(GET_EVENT, get_kwargs())

    assert script.calls == 3
    assert 20.0 < sleeps[0] <= 30.0  # whole seconds on the wire; the rest is time spent since
    assert sleeps[1] == 0.0


def test_retry_after_beyond_the_cap_gives_up_at_once(sleeps: list[float]) -> None:
    script = Script(status(429, {"Retry-After": "3600"}), ok)
    with make_client(script) as client:
        with pytest.raises(errors.RateLimitError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert script.calls == 1
    assert sleeps == []
    assert caught.value.response.headers["Retry-After"] == "3600"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        ("0.5", 0.5),
        ("-3", 0.0),
        ("Wed, 21 Oct 2026 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2026 07:27:00 GMT", 0.0),
        ("Wed, 21 Oct 2026 07:28:30 -0000", 30.0),
        ("soon", None),
        ("nan", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    now = datetime.datetime(2026, 10, 21, 7, 28, 0, tzinfo=datetime.UTC)
    assert retry.parse_retry_after(value, now) == expected


def test_max_retries_per_client_and_per_call() -> None:
    script = Script(status(503))
    with make_client(script, max_retries=0) as client:
        with pytest.raises(errors.InternalServerError):
            client.send(GET_EVENT, get_kwargs())
        assert script.calls == 1
        with pytest.raises(errors.InternalServerError):
            client.send(GET_EVENT, get_kwargs(), RequestOptions(max_retries=3))
        assert script.calls == 1 + 4

    script = Script(status(503))
    with make_client(script) as client:  # the default: 2 retries
        with pytest.raises(errors.InternalServerError):
            client.send(GET_EVENT, get_kwargs())
        assert script.calls == 3


@pytest.mark.parametrize("operation", [UPDATE_EVENT, DELETE_EVENT])
def test_idempotent_writes_are_retried_after_a_5xx(operation: Operation) -> None:
    script = Script(status(503), ok)
    with make_client(script) as client:
        client.send(operation, {"method": operation.method, "url": "/v1/activity/12/34"})
    assert script.calls == 2


@pytest.mark.parametrize("step", [status(503), status(500), status(502)])
def test_post_is_sent_once_after_the_server_answered(
    step: Callable[[httpx.Request, int], httpx.Response], sleeps: list[float]
) -> None:
    script = Script(step, ok)
    with make_client(script) as client:
        with pytest.raises(errors.APIStatusError):
            client.send(CREATE_EVENT, create_kwargs())
    assert script.calls == 1
    assert sleeps == []


@pytest.mark.parametrize(
    ("error_class", "raised"),
    [
        (httpx.ReadError, errors.APIConnectionError),
        (httpx.RemoteProtocolError, errors.APIConnectionError),
        (httpx.WriteError, errors.APIConnectionError),
        (httpx.ReadTimeout, errors.APITimeoutError),
        (httpx.WriteTimeout, errors.APITimeoutError),
    ],
)
def test_post_is_sent_once_when_it_may_have_arrived(error_class: type, raised: type) -> None:
    script = Script(raises(error_class), ok)
    with make_client(script) as client:
        with pytest.raises(raised) as caught:
            client.send(CREATE_EVENT, create_kwargs())
    assert script.calls == 1
    assert type(caught.value.__cause__) is error_class


@pytest.mark.parametrize(
    ("error_class", "raised"),
    [
        (httpx.ConnectError, errors.APIConnectionError),
        (httpx.ConnectTimeout, errors.APITimeoutError),
        (httpx.PoolTimeout, errors.APITimeoutError),
    ],
)
def test_post_is_retried_when_it_surely_never_left(error_class: type, raised: type, sleeps: list[float]) -> None:
    script = Script(raises(error_class))
    with make_client(script) as client:
        with pytest.raises(raised):
            client.send(CREATE_EVENT, create_kwargs())
    assert script.calls == 3
    assert sleeps == [0.5, 1.0]


@pytest.mark.asyncio
async def test_async_post_is_retried_after_a_connect_error_only() -> None:
    never_left = Script(raises(httpx.ConnectError), ok)
    answered = Script(status(503), ok)
    async with make_client(never_left) as client:
        await client.asend(CREATE_EVENT, create_kwargs())
    async with make_client(answered) as client:
        with pytest.raises(errors.InternalServerError):
            await client.asend(CREATE_EVENT, create_kwargs())

    assert never_left.calls == 2
    assert answered.calls == 1


def test_retry_unsafe_lets_post_retry_after_an_answer_or_a_read_error() -> None:
    unsafe = RequestOptions(retry_unsafe=True)
    answered = Script(status(503), ok)
    read_failed = Script(raises(httpx.ReadTimeout), ok)
    with make_client(answered) as client:
        assert client.send(CREATE_EVENT, create_kwargs(), unsafe).status_code == 200
    with make_client(read_failed) as client:
        assert client.send(CREATE_EVENT, create_kwargs(), unsafe).status_code == 200

    assert answered.calls == 2
    assert read_failed.calls == 2


@pytest.mark.parametrize("error_class", [httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError])
def test_get_is_retried_after_read_failures(error_class: type) -> None:
    script = Script(raises(error_class), ok)
    with make_client(script) as client:
        client.send(GET_EVENT, get_kwargs())
    assert script.calls == 2


def test_transport_errors_that_are_not_network_trouble_are_not_retried() -> None:
    script = Script(raises(httpx.UnsupportedProtocol), ok)
    with make_client(script) as client:
        with pytest.raises(errors.APIConnectionError):
            client.send(GET_EVENT, get_kwargs())
    assert script.calls == 1


def test_a_retried_request_is_sent_whole_again() -> None:
    bodies: list[bytes] = []

    def capture(request: httpx.Request, call: int) -> httpx.Response:
        bodies.append(request.content)
        return status(503)(request, call) if call == 1 else ok(request, call)

    with make_client(Script(capture)) as client:
        client.send(CREATE_EVENT, create_kwargs(), RequestOptions(retry_unsafe=True))

    assert len(bodies) == 2
    assert bodies[0] == bodies[1] != b""
