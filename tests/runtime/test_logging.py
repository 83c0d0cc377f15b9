"""What the client logs: enough to follow a call and its retries, never a token."""

from __future__ import annotations

import logging
import re

import httpx
import pytest

from .support import (
    CREATE_EVENT,
    ENVELOPE,
    PARTNER_TOKEN,
    USER_TOKEN,
    RequestOptions,
    create_kwargs,
    make_client,
)

calls: list[int] = []


def unavailable_once(request: httpx.Request) -> httpx.Response:
    calls.append(1)
    if len(calls) == 1:
        return httpx.Response(503, json={"success": False, "data": None, "meta": {"message": "Busy"}})
    return httpx.Response(200, json=ENVELOPE)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.fixture(autouse=True)
def _reset() -> None:
    calls.clear()


def test_attempts_and_retries_are_logged_with_operation_path_status_and_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's and httpcore's too
    with make_client(unavailable_once) as client:
        client.send(CREATE_EVENT, create_kwargs(), RequestOptions(retry_unsafe=True))

    ours = [record for record in caplog.records if record.name == "altegio_activity"]
    assert [re.sub(r"in \d+ ms", "in N ms", record.getMessage()) for record in ours] == [
        "create_event POST /v1/activity/{location_id} -> 503 in N ms (attempt 1)",
        "create_event POST /v1/activity/{location_id}: retry 1 of 2 in 0.50 s after HTTP 503",
        "create_event POST /v1/activity/{location_id} -> 200 in N ms (attempt 2)",
    ]
    assert [record.levelname for record in ours] == ["DEBUG", "INFO", "DEBUG"]
    fields = [vars(record) for record in ours]  # the structured `extra` fields
    assert [field["altegio_attempt"] for field in fields] == [1, 1, 2]
    assert [field["altegio_status"] for field in fields] == [503, None, 200]
    assert fields[1]["altegio_retry_delay"] == 0.5
    assert {field["altegio_path"] for field in fields} == {"/v1/activity/{location_id}"}


def test_transport_failures_are_logged_by_class(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="altegio_activity")
    with make_client(refused, max_retries=1) as client:
        with pytest.raises(Exception, match="Connection error"):
            client.send(CREATE_EVENT, create_kwargs())

    messages = [record.getMessage() for record in caplog.records if record.name == "altegio_activity"]
    assert len(messages) == 3
    assert messages[0].startswith("create_event POST /v1/activity/{location_id} failed after ")
    assert messages[0].endswith("(attempt 1): ConnectError")
    assert messages[1] == "create_event POST /v1/activity/{location_id}: retry 1 of 1 in 0.50 s after ConnectError"
    assert messages[2].endswith("(attempt 2): ConnectError")


def test_no_log_line_or_field_carries_a_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with make_client(unavailable_once) as client:
        client.send(CREATE_EVENT, create_kwargs(), RequestOptions(retry_unsafe=True))

    assert caplog.records  # something was logged, so the check below means something
    for record in caplog.records:
        rendered = f"{record.getMessage()} {vars(record)!r}"
        assert PARTNER_TOKEN not in rendered
        assert USER_TOKEN not in rendered


def test_a_logger_can_be_passed_in(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="myapp.altegio")
    with make_client(unavailable_once, logger=logging.getLogger("myapp.altegio")) as client:
        client.send(CREATE_EVENT, create_kwargs(), RequestOptions(retry_unsafe=True))

    assert {record.name for record in caplog.records if "create_event" in record.getMessage()} == {"myapp.altegio"}
