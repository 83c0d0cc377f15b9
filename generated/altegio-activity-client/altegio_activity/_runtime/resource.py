# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""What every generated resource (`client.events`, `client.v1.events.duplication_strategies`) builds on.

As in openai-python's `_resource.py`: a resource holds the client it was reached from and sends
through it; it keeps no state of its own, so the client's `with_options()` and
`with_user_token()` copies get resources of their own that send with the copy's settings.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, Self, TypeVar, overload

from .client import AltegioClientBase
from .dates import parse_date, parse_datetime

__all__ = [
    "APIResource",
    "AsyncAPIResource",
    "as_date",
    "as_datetime",
    "body_from_arguments",
    "body_from_fields",
    "cached_resource",
]

R = TypeVar("R")
M = TypeVar("M")


class APIResource:
    """A group of operations on the client (sync methods)."""

    _client: AltegioClientBase

    def __init__(self, client: AltegioClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


class AsyncAPIResource:
    """A group of operations on the client (awaitable methods)."""

    _client: AltegioClientBase

    def __init__(self, client: AltegioClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


class cached_resource(Generic[R]):  # noqa: N801 - used as a decorator, like `property`
    """`property`, made once per object: `client.events` is the same resource every time.

    Clients are copied (`with_options`, `with_user_token`, `login`) with `copy.copy`, which copies
    the cache too; a cached resource remembers the object it was made for, so a copy makes its own
    and never sends through the original.
    """

    def __init__(self, factory: Callable[[Any], R]) -> None:
        self._factory = factory
        self._slot = f"_resource_{factory.__name__}"
        self.__doc__ = factory.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> R: ...

    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> R | Self:
        if instance is None:
            return self
        cache: dict[str, Any] = instance.__dict__
        cached = cache.get(self._slot)
        if cached is not None and cached[0] == id(instance):
            return cached[1]  # type: ignore[no-any-return]
        made = self._factory(instance)
        cache[self._slot] = (id(instance), made)
        return made


class _Model(Protocol):
    additional_properties: dict[str, Any]


def body_from_fields(
    model: Callable[..., M],
    declared: tuple[str, ...],
    keeps_unknown: bool,
    fields: Mapping[str, Any],
    readers: Mapping[str, Callable[[Mapping[str, Any]], Any]] | None = None,
) -> M:
    """The request body a method's keyword arguments describe: `model(**fields)`.

    A field holding a model may be given as a dict in the API's keys: `readers` names those fields
    and the `from_dict` that reads one. Arguments that are not fields of the model go into its
    `additional_properties` when the model keeps unknown keys (the spec's `additionalProperties`),
    else they are a TypeError, as for any function.
    """
    readers = readers or {}
    known = {
        name: readers[name](value) if name in readers and isinstance(value, Mapping) else value
        for name, value in fields.items()
        if name in declared
    }
    unknown = {name: value for name, value in fields.items() if name not in declared}
    if unknown and not keeps_unknown:
        names = ", ".join(sorted(unknown))
        raise TypeError(f"unexpected keyword argument(s) {names}: not fields of {getattr(model, '__name__', model)}")
    body = model(**known)
    if unknown:
        extra: _Model = body  # type: ignore[assignment]
        extra.additional_properties.update(unknown)
    return body


def body_from_arguments(
    body: M | None,
    fields: Mapping[str, Any],
    model: Callable[..., M],
    declared: tuple[str, ...],
    keeps_unknown: bool,
    readers: Mapping[str, Callable[[Mapping[str, Any]], Any]] | None = None,
) -> M:
    """A method's request body: `body=` as given, else the model its keyword arguments describe
    (`body_from_fields`); a TypeError for both. One call in each generated method, not the same
    branches written out in every one."""
    if body is not None:
        if fields:
            raise TypeError("pass the body as body= or as keyword arguments, not both")
        return body
    return body_from_fields(model, declared, keeps_unknown, fields, readers)


def as_date(value: datetime.date | str) -> datetime.date:
    """A date argument: a `datetime.date`, or an ISO `YYYY-MM-DD` string (ValueError otherwise)."""
    return parse_date(value) if isinstance(value, str) else value


def as_datetime(value: datetime.datetime | str) -> datetime.datetime:
    """A date-time argument: a `datetime.datetime`, or an ISO 8601 string (ValueError otherwise)."""
    return parse_datetime(value) if isinstance(value, str) else value
