"""How responses become typed errors: status classes, messages, validation errors, odd bodies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .support import (
    CREATE_EVENT,
    DELETE_EVENT,
    GET_EVENT,
    PARTNER_TOKEN,
    USER_TOKEN,
    Auth,
    Operation,
    RequestOptions,
    create_kwargs,
    errors,
    get_kwargs,
    make_client,
)

V1_VALIDATION = {
    "success": False,
    "data": None,
    "meta": {"message": "Validation failed", "errors": {"capacity": ["must be at least 1"]}},
}
JSONAPI_CONFLICT = {
    "errors": [
        {"status": "409", "title": "Conflict", "detail": "The team member is busy"},
        {"status": "409", "title": "Resource is busy"},
    ]
}
HTML_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    + "<!-- padding -->\r\n" * 30
    + "</body>\r\n</html>\r\n"
)
NO_NEW_ATTEMPTS = RequestOptions(max_retries=0)


def answer(status: int, **body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, **body)

    return handler


def v1_validation_error(request: httpx.Request) -> httpx.Response:
    return httpx.Response(400, json=V1_VALIDATION)


def jsonapi_conflict(request: httpx.Request) -> httpx.Response:
    return httpx.Response(409, json=JSONAPI_CONFLICT, headers={"Content-Type": "application/vnd.api+json"})


def html_bad_gateway(request: httpx.Request) -> httpx.Response:
    return httpx.Response(502, text=HTML_502, headers={"Content-Type": "text/html"})


def success_false_on_200(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"success": False, "data": None, "meta": {"message": "Event not saved"}})


def connect_error(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
        (302, errors.APIStatusError),
    ],
)
def test_status_maps_to_its_class(status: int, error_class: Any) -> None:
    body = {"success": False, "data": None, "meta": {"message": "Access denied."}}
    with make_client(answer(status, json=body)) as client:
        with pytest.raises(errors.APIStatusError) as caught:
            client.send(GET_EVENT, get_kwargs(), NO_NEW_ATTEMPTS)

    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.message == "Access denied."
    assert error.body == body
    assert error.errors is None
    assert error.method == "GET"
    assert error.url == "https://api.alteg.io/api/v1/activity/12/34"
    assert error.response.status_code == status
    assert error.request.url == error.response.request.url
    assert str(error) == f"Access denied. (HTTP {status}, GET https://api.alteg.io/api/v1/activity/12/34)"


def test_v1_envelope_gives_message_and_validation_errors() -> None:
    with make_client(v1_validation_error) as client:
        with pytest.raises(errors.BadRequestError) as caught:
            client.send(CREATE_EVENT, create_kwargs())

    error = caught.value
    assert error.message == "Validation failed"
    assert error.errors == {"capacity": ["must be at least 1"]}
    assert error.body == V1_VALIDATION
    assert error.method == "POST"
    assert error.url == "https://api.alteg.io/api/v1/activity/12"


def test_jsonapi_errors_are_joined_into_the_message() -> None:
    with make_client(jsonapi_conflict) as client:
        with pytest.raises(errors.ConflictError) as caught:
            client.send(CREATE_EVENT, create_kwargs())

    assert caught.value.message == "The team member is busy; Resource is busy"
    assert caught.value.errors == JSONAPI_CONFLICT["errors"]


@pytest.mark.parametrize("meta", [[], {}])
def test_error_without_a_message_falls_back_to_the_reason_phrase(meta: object) -> None:
    with make_client(answer(404, json={"success": False, "data": None, "meta": meta})) as client:
        with pytest.raises(errors.NotFoundError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert caught.value.message == "Not Found"
    assert caught.value.errors is None


def test_success_false_on_200_is_an_error() -> None:
    with make_client(success_false_on_200) as client:
        with pytest.raises(errors.APIStatusError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert type(caught.value) is errors.APIStatusError
    assert caught.value.status_code == 200
    assert caught.value.message == "Event not saved"


def test_html_502_is_an_internal_server_error_quoting_the_page() -> None:
    with make_client(html_bad_gateway) as client:
        with pytest.raises(errors.InternalServerError) as caught:
            client.send(GET_EVENT, get_kwargs(), NO_NEW_ATTEMPTS)

    error = caught.value
    assert error.body is None
    assert error.message.startswith("Bad Gateway: the server sent a body that is not JSON (text/html): ")
    assert "'<html> <head><title>502 Bad Gateway</title></head>" in error.message  # whitespace collapsed
    assert error.message.endswith("...'")  # the page is longer than the quote
    assert len(error.message) < 300


def test_non_json_200_is_an_unexpected_response() -> None:
    with make_client(answer(200, text="<html>maintenance</html>", headers={"Content-Type": "text/html"})) as client:
        with pytest.raises(errors.UnexpectedResponseError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert caught.value.status_code == 200
    assert caught.value.message == (
        "expected a JSON body, the server sent a body that is not JSON (text/html): '<html>maintenance</html>'"
    )
    assert isinstance(caught.value, errors.APIStatusError)


def test_truncated_json_200_is_an_unexpected_response() -> None:
    with make_client(answer(200, content=b'{"success": true, "data": {"id": 3', headers={})) as client:
        with pytest.raises(errors.UnexpectedResponseError, match="id"):
            client.send(GET_EVENT, get_kwargs())


def test_empty_body_is_fine_on_202_and_when_no_json_is_expected() -> None:
    no_json = Operation(operation_id="touch", method="POST", path="/touch", auth=Auth.PARTNER, expects_json=False)
    with make_client(answer(202)) as client:
        assert client.send(DELETE_EVENT, {"method": "DELETE", "url": "/v1/activity/12/34"}).status_code == 202
    with make_client(answer(200, text="OK")) as client:
        assert client.send(no_json, {"method": "POST", "url": "/touch"}).text == "OK"


def test_empty_200_where_json_is_expected_is_an_unexpected_response() -> None:
    with make_client(answer(200)) as client:
        with pytest.raises(errors.UnexpectedResponseError, match="an empty body"):
            client.send(GET_EVENT, get_kwargs())


def test_secret_looking_query_values_and_userinfo_are_redacted_from_errors() -> None:
    not_found = {"success": False, "data": None, "meta": {"message": "Not found"}}
    with make_client(answer(404, json=not_found), base_url="https://me:pw@api.alteg.io/api") as client:
        with pytest.raises(errors.NotFoundError) as caught:
            client.send(GET_EVENT, {**get_kwargs(), "params": {"user_token": "abc123", "page": 2}})

    assert caught.value.url == "https://api.alteg.io/api/v1/activity/12/34?user_token=REDACTED&page=2"
    assert "abc123" not in str(caught.value)
    assert "pw" not in str(caught.value)


def test_connection_error_chains_the_httpx_error() -> None:
    with make_client(connect_error, max_retries=0) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert str(caught.value) == (
        "Connection error (ConnectError: [Errno 111] Connection refused) "
        "(GET https://api.alteg.io/api/v1/activity/12/34)"
    )


def test_no_error_text_contains_a_token() -> None:
    handlers = [v1_validation_error, jsonapi_conflict, html_bad_gateway, success_false_on_200, connect_error]
    texts = []
    for handler in handlers:
        with make_client(handler, max_retries=0) as client:
            with pytest.raises(errors.AltegioError) as caught:
                client.send(CREATE_EVENT, create_kwargs())
        texts += [str(caught.value), repr(caught.value), caught.value.message]
    with make_client(connect_error, user_token=None) as client:
        with pytest.raises(errors.UserTokenRequiredError) as caught:
            client.send(CREATE_EVENT, create_kwargs())
    texts.append(str(caught.value))

    assert all(PARTNER_TOKEN not in text and USER_TOKEN not in text for text in texts)


def test_the_tree() -> None:
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.APIConnectionError, errors.AltegioError)
    assert issubclass(errors.UserTokenRequiredError, errors.AltegioError)
    assert not issubclass(errors.UserTokenRequiredError, errors.APIStatusError)
    for name in [
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "UnexpectedResponseError",
    ]:
        assert getattr(errors, name).__mro__[1] is errors.APIStatusError, name
    assert errors.APIStatusError.__mro__[1] is errors.AltegioError


def test_public_names_are_sorted_and_complete() -> None:
    exported = errors.__all__
    defined = sorted(
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, Exception) and value.__module__ == "altegio_activity.errors"
    )
    assert exported == sorted(exported)
    assert exported == defined
