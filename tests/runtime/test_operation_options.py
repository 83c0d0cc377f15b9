from __future__ import annotations

import copy
import pickle

import attrs
import pytest

from .support import GET_EVENT, Auth, Operation, RequestOptions, options


@pytest.mark.parametrize(
    ("method", "idempotent"),
    [
        ("get", True),
        ("HEAD", True),
        ("OPTIONS", True),
        ("PUT", True),
        ("DELETE", True),
        ("POST", False),
        ("PATCH", False),
    ],
)
def test_idempotent_methods(method: str, idempotent: bool) -> None:
    operation = Operation(operation_id="op", method=method, path="/x", auth=Auth.NONE)
    assert operation.method == method.upper()
    assert operation.idempotent is idempotent


def test_operation_is_frozen_and_expects_json_by_default() -> None:
    assert GET_EVENT.expects_json is True
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        GET_EVENT.path = "/other"  # type: ignore[misc]  # frozen: refusing it is the test


def test_not_given_is_a_falsy_singleton_that_survives_copies() -> None:
    assert not options.NOT_GIVEN
    assert repr(options.NOT_GIVEN) == "NOT_GIVEN"
    assert options.NotGiven() is options.NOT_GIVEN
    assert copy.deepcopy(options.NOT_GIVEN) is options.NOT_GIVEN
    assert pickle.loads(pickle.dumps(options.NOT_GIVEN)) is options.NOT_GIVEN


def test_request_options_default_to_the_client_and_refuse_negative_retries() -> None:
    defaults = RequestOptions()
    assert defaults.timeout is options.NOT_GIVEN
    assert defaults.max_retries is options.NOT_GIVEN
    assert defaults.retry_unsafe is False
    assert defaults.extra_headers is None
    with pytest.raises(ValueError, match="max_retries"):
        RequestOptions(max_retries=-1)
    with pytest.raises(TypeError):
        RequestOptions(5)  # type: ignore[call-arg]  # keyword-only: a bare number would be ambiguous
