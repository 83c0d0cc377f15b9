# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""`client.v1`: operations grouped as resources on the client.

The clients reach these as attributes; each method sends through the client it was reached
from. The operation modules under `api/` stay the lower-level way in.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any, overload

from typing_extensions import deprecated

from .._runtime.options import RequestOptions
from .._runtime.pagination import Page as _Page
from .._runtime.pagination import aiterate_pages as _aiterate_pages
from .._runtime.pagination import clamp_page_size as _clamp_page_size
from .._runtime.pagination import iterate_pages as _iterate_pages
from .._runtime.pagination import page_of as _page_of
from .._runtime.resource import APIResource as _APIResource
from .._runtime.resource import AsyncAPIResource as _AsyncAPIResource
from .._runtime.resource import as_date as _as_date
from .._runtime.resource import body_from_arguments as _body_from_arguments
from .._runtime.resource import cached_resource
from ..api.events import create_event as _events_create_event
from ..api.events import (
    create_event_duplication_strategy as _events_create_event_duplication_strategy,
)
from ..api.events import delete_event as _events_delete_event
from ..api.events import duplicate_event as _events_duplicate_event
from ..api.events import get_event as _events_get_event
from ..api.events import get_event_date_range as _events_get_event_date_range
from ..api.events import get_event_search_filters as _events_get_event_search_filters
from ..api.events import (
    list_event_duplication_strategies as _events_list_event_duplication_strategies,
)
from ..api.events import search_event_dates as _events_search_event_dates
from ..api.events import search_event_services as _events_search_event_services
from ..api.events import search_events as _events_search_events
from ..api.events import update_event as _events_update_event
from ..api.events import (
    update_event_duplication_strategy as _events_update_event_duplication_strategy,
)
from ..models.accepted_envelope import AcceptedEnvelope
from ..models.duplication_strategy_request import DuplicationStrategyRequest
from ..models.event import Event
from ..models.event_date_range import EventDateRange
from ..models.event_date_range_envelope import EventDateRangeEnvelope
from ..models.event_duplicate_request import EventDuplicateRequest
from ..models.event_duplicates_envelope import EventDuplicatesEnvelope
from ..models.event_duplicates_envelope_data_item import EventDuplicatesEnvelopeDataItem
from ..models.event_envelope import EventEnvelope
from ..models.event_filter_group import EventFilterGroup
from ..models.event_list_envelope import EventListEnvelope
from ..models.event_request import EventRequest
from ..models.event_search_filters_envelope import EventSearchFiltersEnvelope
from ..models.event_service_option import EventServiceOption
from ..models.event_services_envelope import EventServicesEnvelope
from ..models.undocumented_envelope import UndocumentedEnvelope
from ..types import UNSET, Unset
from ..types import Response as _Response


class V1EventsDuplicationStrategiesResourceWithRawResponse(_APIResource):
    """`client.v1.events.duplication_strategies`: `list`, `create`, `update`. Each method returns the whole `Response` (status, headers, parsed body)."""

    def list(
        self,
        location_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]:
        """`list`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_list_event_duplication_strategies._get_kwargs(
            location_id=location_id,
        )
        return _events_list_event_duplication_strategies._build_response(
            self._client.send(_events_list_event_duplication_strategies._OPERATION, _kwargs, request_options)
        )

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[UndocumentedEnvelope]:
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_create_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_duplication_strategy._build_response(
            self._client.send(_events_create_event_duplication_strategy._OPERATION, _kwargs, request_options)
        )

    @overload
    def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    @overload
    def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[UndocumentedEnvelope]:
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_update_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            strategy_id=strategy_id,
            body=_body,
        )
        return _events_update_event_duplication_strategy._build_response(
            self._client.send(_events_update_event_duplication_strategy._OPERATION, _kwargs, request_options)
        )


class V1EventsDuplicationStrategiesResource(_APIResource):
    """`client.v1.events.duplication_strategies`: `list`, `create`, `update`."""

    @cached_resource
    def with_raw_response(self) -> V1EventsDuplicationStrategiesResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return V1EventsDuplicationStrategiesResourceWithRawResponse(self._client)

    def list(
        self,
        location_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset:
        """List event duplication strategies

         The saved strategies for repeating an event. The vendor documents the success body with no fields;
        it is described as the V1 envelope with an open `data`, unknown keys kept. Security is uncertain:
        the G-C docs say the partner token alone, an older doc generation asks for the user token too. This
        spec asks for both (BearerPartnerUser), the safer choice: both tokens are accepted where the partner
        token alone suffices.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _kwargs = _events_list_event_duplication_strategies._get_kwargs(
            location_id=location_id,
        )
        return _events_list_event_duplication_strategies._parse_response(
            self._client.send(_events_list_event_duplication_strategies._OPERATION, _kwargs, request_options)
        ).data

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Any | Unset:
        """Create an event duplication strategy

         Saves a strategy for repeating an event. The vendor declares the body's media type as `*/*` and the
        body as optional; the client sends JSON. The success body and the error list are not documented: the
        errors here are those every Events page lists.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
                spec types `days` items as objects, its tag text as integers (weekdays); integers are used
                here. How `interval` counts is unclear in the vendor's example.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_create_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_duplication_strategy._parse_response(
            self._client.send(_events_create_event_duplication_strategy._OPERATION, _kwargs, request_options)
        ).data

    @overload
    def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    @overload
    def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Any | Unset:
        """Update an event duplication strategy

         Replaces a saved strategy. The vendor uses POST (not PUT) for this update. The success body and the
        error list are not documented: the errors here are those every Events page lists.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            strategy_id (int | str): The strategy ID.
            body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
                spec types `days` items as objects, its tag text as integers (weekdays); integers are used
                here. How `interval` counts is unclear in the vendor's example.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_update_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            strategy_id=strategy_id,
            body=_body,
        )
        return _events_update_event_duplication_strategy._parse_response(
            self._client.send(_events_update_event_duplication_strategy._OPERATION, _kwargs, request_options)
        ).data


class AsyncV1EventsDuplicationStrategiesResourceWithRawResponse(_AsyncAPIResource):
    """`client.v1.events.duplication_strategies`: `list`, `create`, `update`. Each method returns the whole `Response` (status, headers, parsed body)."""

    async def list(
        self,
        location_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]:
        """`list`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_list_event_duplication_strategies._get_kwargs(
            location_id=location_id,
        )
        return _events_list_event_duplication_strategies._build_response(
            await self._client.asend(_events_list_event_duplication_strategies._OPERATION, _kwargs, request_options)
        )

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    async def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[UndocumentedEnvelope]:
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_create_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_duplication_strategy._build_response(
            await self._client.asend(_events_create_event_duplication_strategy._OPERATION, _kwargs, request_options)
        )

    @overload
    async def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    @overload
    async def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]: ...

    async def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[UndocumentedEnvelope]:
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_update_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            strategy_id=strategy_id,
            body=_body,
        )
        return _events_update_event_duplication_strategy._build_response(
            await self._client.asend(_events_update_event_duplication_strategy._OPERATION, _kwargs, request_options)
        )


class AsyncV1EventsDuplicationStrategiesResource(_AsyncAPIResource):
    """`client.v1.events.duplication_strategies`: `list`, `create`, `update`."""

    @cached_resource
    def with_raw_response(self) -> AsyncV1EventsDuplicationStrategiesResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return AsyncV1EventsDuplicationStrategiesResourceWithRawResponse(self._client)

    async def list(
        self,
        location_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset:
        """List event duplication strategies

         The saved strategies for repeating an event. The vendor documents the success body with no fields;
        it is described as the V1 envelope with an open `data`, unknown keys kept. Security is uncertain:
        the G-C docs say the partner token alone, an older doc generation asks for the user token too. This
        spec asks for both (BearerPartnerUser), the safer choice: both tokens are accepted where the partner
        token alone suffices.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _kwargs = _events_list_event_duplication_strategies._get_kwargs(
            location_id=location_id,
        )
        return _events_list_event_duplication_strategies._parse_response(
            await self._client.asend(_events_list_event_duplication_strategies._OPERATION, _kwargs, request_options)
        ).data

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    async def create(
        self,
        location_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Any | Unset:
        """Create an event duplication strategy

         Saves a strategy for repeating an event. The vendor declares the body's media type as `*/*` and the
        body as optional; the client sends JSON. The success body and the error list are not documented: the
        errors here are those every Events page lists.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
                spec types `days` items as objects, its tag text as integers (weekdays); integers are used
                here. How `interval` counts is unclear in the vendor's example.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_create_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_duplication_strategy._parse_response(
            await self._client.asend(_events_create_event_duplication_strategy._OPERATION, _kwargs, request_options)
        ).data

    @overload
    async def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    @overload
    async def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        title: str,
        repeat_mode_id: int,
        days: builtins.list[int] | Unset = UNSET,
        interval: int | Unset = UNSET,
        content_type: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset: ...

    async def update(
        self,
        location_id: int | str,
        strategy_id: int | str,
        *,
        body: DuplicationStrategyRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Any | Unset:
        """Update an event duplication strategy

         Replaces a saved strategy. The vendor uses POST (not PUT) for this update. The success body and the
        error list are not documented: the errors here are those every Events page lists.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            strategy_id (int | str): The strategy ID.
            body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
                spec types `days` items as objects, its tag text as integers (weekdays); integers are used
                here. How `interval` counts is unclear in the vendor's example.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _body: DuplicationStrategyRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body,
                _fields,
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                {},
            )
        )

        _kwargs = _events_update_event_duplication_strategy._get_kwargs(
            location_id=location_id,
            strategy_id=strategy_id,
            body=_body,
        )
        return _events_update_event_duplication_strategy._parse_response(
            await self._client.asend(_events_update_event_duplication_strategy._OPERATION, _kwargs, request_options)
        ).data


class V1EventsResourceWithRawResponse(_APIResource):
    """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @cached_resource
    def duplication_strategies(self) -> V1EventsDuplicationStrategiesResourceWithRawResponse:
        """`client.v1.events.duplication_strategies`: `list`, `create`, `update`."""
        return V1EventsDuplicationStrategiesResourceWithRawResponse(self._client)

    def search(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        page: int | Unset = 1,
        count: int | Unset = 25,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventListEnvelope]:
        """`search`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_search_events._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=page,
            count=count,
        )
        return _events_search_events._build_response(
            self._client.send(_events_search_events._OPERATION, _kwargs, request_options)
        )

    def search_dates(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]:
        """`search_dates`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_search_event_dates._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_search_event_dates._build_response(
            self._client.send(_events_search_event_dates._OPERATION, _kwargs, request_options)
        )

    def date_range(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDateRangeEnvelope]:
        """`date_range`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_get_event_date_range._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_date_range._build_response(
            self._client.send(_events_get_event_date_range._OPERATION, _kwargs, request_options)
        )

    def filters(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventSearchFiltersEnvelope]:
        """`filters`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_get_event_search_filters._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_search_filters._build_response(
            self._client.send(_events_get_event_search_filters._OPERATION, _kwargs, request_options)
        )

    def services(
        self,
        location_id: int | str,
        *,
        staff_id: int | Unset = UNSET,
        term: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventServicesEnvelope]:
        """`services`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_search_event_services._get_kwargs(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        )
        return _events_search_event_services._build_response(
            self._client.send(_events_search_event_services._OPERATION, _kwargs, request_options)
        )

    @overload
    def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDuplicatesEnvelope]: ...

    @overload
    def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        dates: list[str] | Unset = UNSET,
        content_type: int | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDuplicatesEnvelope]: ...

    def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventDuplicatesEnvelope]:
        """`duplicate`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body: EventDuplicateRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body, _fields, EventDuplicateRequest, ("dates", "content_type", "force"), True, {}
            )
        )

        _kwargs = _events_duplicate_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_duplicate_event._build_response(
            self._client.send(_events_duplicate_event._OPERATION, _kwargs, request_options)
        )

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    def create(
        self,
        location_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventEnvelope]:
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_create_event._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event._build_response(
            self._client.send(_events_create_event._OPERATION, _kwargs, request_options)
        )

    @deprecated(
        "client.v1.events.get (get_event) is deprecated; use client.events.get (GET /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]:
        """`get`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_get_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_get_event._build_response(
            self._client.send(_events_get_event._OPERATION, _kwargs, request_options)
        )

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventEnvelope]:
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_update_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_update_event._build_response(
            self._client.send(_events_update_event._OPERATION, _kwargs, request_options)
        )

    @deprecated(
        "client.v1.events.delete (delete_event) is deprecated; use client.events.delete (DELETE /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[AcceptedEnvelope | None]:
        """`delete`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_delete_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_delete_event._build_response(
            self._client.send(_events_delete_event._OPERATION, _kwargs, request_options)
        )


class V1EventsResource(_APIResource):
    """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`."""

    @cached_resource
    def with_raw_response(self) -> V1EventsResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return V1EventsResourceWithRawResponse(self._client)

    @cached_resource
    def duplication_strategies(self) -> V1EventsDuplicationStrategiesResource:
        """`client.v1.events.duplication_strategies`: `list`, `create`, `update`."""
        return V1EventsDuplicationStrategiesResource(self._client)

    def search(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        page: int | Unset = 1,
        count: int | Unset = 25,
        request_options: RequestOptions | None = None,
    ) -> EventListEnvelope:
        """Search events

         Lists the events of a location between two days, a page at a time.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
            till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            page (int | Unset): Page number, from 1. Default: 1.
            count (int | Unset): Page size. The vendor states no maximum. Default: 25.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventListEnvelope
        """

        _kwargs = _events_search_events._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=page,
            count=count,
        )
        return _events_search_events._parse_response(
            self._client.send(_events_search_events._OPERATION, _kwargs, request_options)
        )

    def iterate_search(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        count: int = 25,
        max_pages: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Event]:
        """Every item search returns, across all pages, fetching `count` at a time.

        Takes search's arguments but the paging ones; iteration continues past short pages
        while the server's reported total says more are left, stops after `max_pages` pages when
        given, and raises PaginationError if the server sends the same page twice.
        """
        count = _clamp_page_size(count, None)
        _client = self._client

        def _fetch(_position: int) -> _Page[Event]:
            _kwargs = _events_search_events._get_kwargs(
                location_id=location_id,
                from_=_as_date(from_),
                till=_as_date(till),
                service_ids=service_ids,
                staff_ids=staff_ids,
                resource_ids=resource_ids,
                page=_position,
                count=count,
            )
            _response = _client.send(_events_search_events._OPERATION, _kwargs, request_options)
            return _page_of(_response, _events_search_events._parse_response(_response).data)

        return _iterate_pages(_fetch, page_size=count, max_pages=max_pages)

    def search_dates(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset:
        """Search event dates

         The days between `from` and `till` that have events matching the filters. The vendor documents the
        success body with no fields at all; it is described here as the V1 envelope with an open `data`, and
        unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
            till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _kwargs = _events_search_event_dates._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_search_event_dates._parse_response(
            self._client.send(_events_search_event_dates._OPERATION, _kwargs, request_options)
        ).data

    def date_range(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventDateRange:
        """Get the event date range

         The first and last day with events matching the filters (null when none).

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventDateRange
        """

        _kwargs = _events_get_event_date_range._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_date_range._parse_response(
            self._client.send(_events_get_event_date_range._OPERATION, _kwargs, request_options)
        ).data

    def filters(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[EventFilterGroup]:
        """Get event search filters

         The team members, resources, services and service categories to filter events by. Items that the
        other chosen filters exclude come back flagged `is_disabled`, not removed.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            list[EventFilterGroup]
        """

        _kwargs = _events_get_event_search_filters._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_search_filters._parse_response(
            self._client.send(_events_get_event_search_filters._OPERATION, _kwargs, request_options)
        ).data

    def services(
        self,
        location_id: int | str,
        *,
        staff_id: int | Unset = UNSET,
        term: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[EventServiceOption]:
        """Search event services

         The services that can be booked as events, with their team members and resources. V2 has no
        equivalent. Security is uncertain: the G-C docs say the partner token alone; an older doc generation
        and a YCLIENTS-era client say the user token is needed. This spec asks for both (BearerPartnerUser),
        the safer choice: a request carrying both tokens is accepted where the partner token alone suffices,
        the reverse is not.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            staff_id (int | Unset): Only services this team member provides.
            term (str | Unset): The whole or a part of a service name.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            list[EventServiceOption]
        """

        _kwargs = _events_search_event_services._get_kwargs(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        )
        return _events_search_event_services._parse_response(
            self._client.send(_events_search_event_services._OPERATION, _kwargs, request_options)
        ).data

    @overload
    def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest,
        request_options: RequestOptions | None = None,
    ) -> list[EventDuplicatesEnvelopeDataItem]: ...

    @overload
    def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        dates: list[str] | Unset = UNSET,
        content_type: int | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[EventDuplicatesEnvelopeDataItem]: ...

    def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> list[EventDuplicatesEnvelopeDataItem]:
        """Duplicate an event

         Copies an event. A duplicate can be asked for in three ways: a list of dates and times, the id of a
        saved strategy, or the full set of repeat parameters. The vendor types the V1 body only as an object
        with no fields; the fields named here come from the vendor's V2 duplicate and are not confirmed for
        V1. Unknown keys are sent as given. The items of the answer are not documented; they are kept as
        open objects.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            body (EventDuplicateRequest | Unset): How to duplicate. The V1 page lists no fields; these
                come from the vendor's V2 duplicate (uncertain for V1). Other keys (such as a strategy id
                or repeat parameters) are sent as given.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            list[EventDuplicatesEnvelopeDataItem]
        """

        _body: EventDuplicateRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body, _fields, EventDuplicateRequest, ("dates", "content_type", "force"), True, {}
            )
        )

        _kwargs = _events_duplicate_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_duplicate_event._parse_response(
            self._client.send(_events_duplicate_event._OPERATION, _kwargs, request_options)
        ).data

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    def create(
        self,
        location_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Event:
        """Create an event

         Creates a group event. Deprecated: use POST /v2/locations/{location_id}/events (create_event_v2),
        which answers with a JSON:API document, validates more strictly and reports errors better. The
        vendor does not list this page's errors; they are taken to be those of update_event.

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (EventRequest): A V1 event to create, or the new state of one (vendor title "Event
                creation/update request body"). The vendor types the numbers as `number`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Event
        """

        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_create_event._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event._parse_response(
            self._client.send(_events_create_event._OPERATION, _kwargs, request_options)
        ).data

    @deprecated(
        "client.v1.events.get (get_event) is deprecated; use client.events.get (GET /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Event:
        """Get an event

         Deprecated: use GET /v2/locations/{location_id}/events/{event_id} (get_event_v2), which answers with
        a JSON:API document. Security is uncertain: the G-C docs say the partner token alone, a YCLIENTS-era
        client sends the user token too. This spec asks for both (BearerPartnerUser), the safer choice: both
        tokens are accepted where the partner token alone suffices.

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Event
        """

        _kwargs = _events_get_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_get_event._parse_response(
            self._client.send(_events_get_event._OPERATION, _kwargs, request_options)
        ).data

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Event:
        """Update an event

         Replaces the event's fields. Deprecated: use PUT /v2/locations/{location_id}/events/{event_id}
        (update_event_v2), which answers with a JSON:API document and validates more strictly.

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            body (EventRequest): A V1 event to create, or the new state of one (vendor title "Event
                creation/update request body"). The vendor types the numbers as `number`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Event
        """

        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_update_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_update_event._parse_response(
            self._client.send(_events_update_event._OPERATION, _kwargs, request_options)
        ).data

    @deprecated(
        "client.v1.events.delete (delete_event) is deprecated; use client.events.delete (DELETE /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an event

         Soft-deletes the event and cancels its bookings. Deprecated: use DELETE
        /v2/locations/{location_id}/events/{event_id} (delete_event_v2).

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            None
        """

        _kwargs = _events_delete_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        _events_delete_event._parse_response(
            self._client.send(_events_delete_event._OPERATION, _kwargs, request_options)
        )


class AsyncV1EventsResourceWithRawResponse(_AsyncAPIResource):
    """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @cached_resource
    def duplication_strategies(self) -> AsyncV1EventsDuplicationStrategiesResourceWithRawResponse:
        """`client.v1.events.duplication_strategies`: `list`, `create`, `update`."""
        return AsyncV1EventsDuplicationStrategiesResourceWithRawResponse(self._client)

    async def search(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        page: int | Unset = 1,
        count: int | Unset = 25,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventListEnvelope]:
        """`search`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_search_events._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=page,
            count=count,
        )
        return _events_search_events._build_response(
            await self._client.asend(_events_search_events._OPERATION, _kwargs, request_options)
        )

    async def search_dates(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]:
        """`search_dates`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_search_event_dates._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_search_event_dates._build_response(
            await self._client.asend(_events_search_event_dates._OPERATION, _kwargs, request_options)
        )

    async def date_range(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDateRangeEnvelope]:
        """`date_range`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_get_event_date_range._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_date_range._build_response(
            await self._client.asend(_events_get_event_date_range._OPERATION, _kwargs, request_options)
        )

    async def filters(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventSearchFiltersEnvelope]:
        """`filters`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_get_event_search_filters._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_search_filters._build_response(
            await self._client.asend(_events_get_event_search_filters._OPERATION, _kwargs, request_options)
        )

    async def services(
        self,
        location_id: int | str,
        *,
        staff_id: int | Unset = UNSET,
        term: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventServicesEnvelope]:
        """`services`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_search_event_services._get_kwargs(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        )
        return _events_search_event_services._build_response(
            await self._client.asend(_events_search_event_services._OPERATION, _kwargs, request_options)
        )

    @overload
    async def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDuplicatesEnvelope]: ...

    @overload
    async def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        dates: list[str] | Unset = UNSET,
        content_type: int | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDuplicatesEnvelope]: ...

    async def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventDuplicatesEnvelope]:
        """`duplicate`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body: EventDuplicateRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body, _fields, EventDuplicateRequest, ("dates", "content_type", "force"), True, {}
            )
        )

        _kwargs = _events_duplicate_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_duplicate_event._build_response(
            await self._client.asend(_events_duplicate_event._OPERATION, _kwargs, request_options)
        )

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    async def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    async def create(
        self,
        location_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    async def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventEnvelope]:
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_create_event._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event._build_response(
            await self._client.asend(_events_create_event._OPERATION, _kwargs, request_options)
        )

    @deprecated(
        "client.v1.events.get (get_event) is deprecated; use client.events.get (GET /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]:
        """`get`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_get_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_get_event._build_response(
            await self._client.asend(_events_get_event._OPERATION, _kwargs, request_options)
        )

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventEnvelope]: ...

    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventEnvelope]:
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_update_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_update_event._build_response(
            await self._client.asend(_events_update_event._OPERATION, _kwargs, request_options)
        )

    @deprecated(
        "client.v1.events.delete (delete_event) is deprecated; use client.events.delete (DELETE /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[AcceptedEnvelope | None]:
        """`delete`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

        _kwargs = _events_delete_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_delete_event._build_response(
            await self._client.asend(_events_delete_event._OPERATION, _kwargs, request_options)
        )


class AsyncV1EventsResource(_AsyncAPIResource):
    """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`."""

    @cached_resource
    def with_raw_response(self) -> AsyncV1EventsResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return AsyncV1EventsResourceWithRawResponse(self._client)

    @cached_resource
    def duplication_strategies(self) -> AsyncV1EventsDuplicationStrategiesResource:
        """`client.v1.events.duplication_strategies`: `list`, `create`, `update`."""
        return AsyncV1EventsDuplicationStrategiesResource(self._client)

    async def search(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        page: int | Unset = 1,
        count: int | Unset = 25,
        request_options: RequestOptions | None = None,
    ) -> EventListEnvelope:
        """Search events

         Lists the events of a location between two days, a page at a time.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
            till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            page (int | Unset): Page number, from 1. Default: 1.
            count (int | Unset): Page size. The vendor states no maximum. Default: 25.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventListEnvelope
        """

        _kwargs = _events_search_events._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=page,
            count=count,
        )
        return _events_search_events._parse_response(
            await self._client.asend(_events_search_events._OPERATION, _kwargs, request_options)
        )

    def iterate_search(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        count: int = 25,
        max_pages: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Event]:
        """Every item search returns, across all pages, fetching `count` at a time.

        Takes search's arguments but the paging ones; iteration continues past short pages
        while the server's reported total says more are left, stops after `max_pages` pages when
        given, and raises PaginationError if the server sends the same page twice. Use it with
        `async for`.
        """
        count = _clamp_page_size(count, None)
        _client = self._client

        async def _fetch(_position: int) -> _Page[Event]:
            _kwargs = _events_search_events._get_kwargs(
                location_id=location_id,
                from_=_as_date(from_),
                till=_as_date(till),
                service_ids=service_ids,
                staff_ids=staff_ids,
                resource_ids=resource_ids,
                page=_position,
                count=count,
            )
            _response = await _client.asend(_events_search_events._OPERATION, _kwargs, request_options)
            return _page_of(_response, _events_search_events._parse_response(_response).data)

        return _aiterate_pages(_fetch, page_size=count, max_pages=max_pages)

    async def search_dates(
        self,
        location_id: int | str,
        *,
        from_: datetime.date | str,
        till: datetime.date | str,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any | Unset:
        """Search event dates

         The days between `from` and `till` that have events matching the filters. The vendor documents the
        success body with no fields at all; it is described here as the V1 envelope with an open `data`, and
        unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
            till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Any | Unset
        """

        _kwargs = _events_search_event_dates._get_kwargs(
            location_id=location_id,
            from_=_as_date(from_),
            till=_as_date(till),
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_search_event_dates._parse_response(
            await self._client.asend(_events_search_event_dates._OPERATION, _kwargs, request_options)
        ).data

    async def date_range(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventDateRange:
        """Get the event date range

         The first and last day with events matching the filters (null when none).

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventDateRange
        """

        _kwargs = _events_get_event_date_range._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_date_range._parse_response(
            await self._client.asend(_events_get_event_date_range._OPERATION, _kwargs, request_options)
        ).data

    async def filters(
        self,
        location_id: int | str,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[EventFilterGroup]:
        """Get event search filters

         The team members, resources, services and service categories to filter events by. Items that the
        other chosen filters exclude come back flagged `is_disabled`, not removed.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            service_ids (list[int] | Unset): Only events of these services.
            staff_ids (list[int] | Unset): Only events of these team members.
            resource_ids (list[int] | Unset): Only events that use these resources.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            list[EventFilterGroup]
        """

        _kwargs = _events_get_event_search_filters._get_kwargs(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
        return _events_get_event_search_filters._parse_response(
            await self._client.asend(_events_get_event_search_filters._OPERATION, _kwargs, request_options)
        ).data

    async def services(
        self,
        location_id: int | str,
        *,
        staff_id: int | Unset = UNSET,
        term: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[EventServiceOption]:
        """Search event services

         The services that can be booked as events, with their team members and resources. V2 has no
        equivalent. Security is uncertain: the G-C docs say the partner token alone; an older doc generation
        and a YCLIENTS-era client say the user token is needed. This spec asks for both (BearerPartnerUser),
        the safer choice: a request carrying both tokens is accepted where the partner token alone suffices,
        the reverse is not.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            staff_id (int | Unset): Only services this team member provides.
            term (str | Unset): The whole or a part of a service name.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            list[EventServiceOption]
        """

        _kwargs = _events_search_event_services._get_kwargs(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        )
        return _events_search_event_services._parse_response(
            await self._client.asend(_events_search_event_services._OPERATION, _kwargs, request_options)
        ).data

    @overload
    async def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest,
        request_options: RequestOptions | None = None,
    ) -> list[EventDuplicatesEnvelopeDataItem]: ...

    @overload
    async def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        dates: list[str] | Unset = UNSET,
        content_type: int | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[EventDuplicatesEnvelopeDataItem]: ...

    async def duplicate(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventDuplicateRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> list[EventDuplicatesEnvelopeDataItem]:
        """Duplicate an event

         Copies an event. A duplicate can be asked for in three ways: a list of dates and times, the id of a
        saved strategy, or the full set of repeat parameters. The vendor types the V1 body only as an object
        with no fields; the fields named here come from the vendor's V2 duplicate and are not confirmed for
        V1. Unknown keys are sent as given. The items of the answer are not documented; they are kept as
        open objects.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            body (EventDuplicateRequest | Unset): How to duplicate. The V1 page lists no fields; these
                come from the vendor's V2 duplicate (uncertain for V1). Other keys (such as a strategy id
                or repeat parameters) are sent as given.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            list[EventDuplicatesEnvelopeDataItem]
        """

        _body: EventDuplicateRequest | Unset = (
            UNSET
            if body is None and not _fields
            else _body_from_arguments(
                body, _fields, EventDuplicateRequest, ("dates", "content_type", "force"), True, {}
            )
        )

        _kwargs = _events_duplicate_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_duplicate_event._parse_response(
            await self._client.asend(_events_duplicate_event._OPERATION, _kwargs, request_options)
        ).data

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    async def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @overload
    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    async def create(
        self,
        location_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @deprecated(
        "client.v1.events.create (create_event) is deprecated; use client.events.create (POST /v2/locations/{location_id}/events) instead.",
        category=DeprecationWarning,
    )
    async def create(
        self,
        location_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Event:
        """Create an event

         Creates a group event. Deprecated: use POST /v2/locations/{location_id}/events (create_event_v2),
        which answers with a JSON:API document, validates more strictly and reports errors better. The
        vendor does not list this page's errors; they are taken to be those of update_event.

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (EventRequest): A V1 event to create, or the new state of one (vendor title "Event
                creation/update request body"). The vendor types the numbers as `number`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Event
        """

        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_create_event._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event._parse_response(
            await self._client.asend(_events_create_event._OPERATION, _kwargs, request_options)
        ).data

    @deprecated(
        "client.v1.events.get (get_event) is deprecated; use client.events.get (GET /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Event:
        """Get an event

         Deprecated: use GET /v2/locations/{location_id}/events/{event_id} (get_event_v2), which answers with
        a JSON:API document. Security is uncertain: the G-C docs say the partner token alone, a YCLIENTS-era
        client sends the user token too. This spec asks for both (BearerPartnerUser), the safer choice: both
        tokens are accepted where the partner token alone suffices.

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Event
        """

        _kwargs = _events_get_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_get_event._parse_response(
            await self._client.asend(_events_get_event._OPERATION, _kwargs, request_options)
        ).data

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @overload
    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        date: datetime.datetime | str,
        service_id: int,
        staff_id: int,
        capacity: int,
        force: bool,
        length: int | Unset = UNSET,
        resource_instance_ids: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Event: ...

    @deprecated(
        "client.v1.events.update (update_event) is deprecated; use client.events.update (PUT /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Event:
        """Update an event

         Replaces the event's fields. Deprecated: use PUT /v2/locations/{location_id}/events/{event_id}
        (update_event_v2), which answers with a JSON:API document and validates more strictly.

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            body (EventRequest): A V1 event to create, or the new state of one (vendor title "Event
                creation/update request body"). The vendor types the numbers as `number`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            Event
        """

        _body = _body_from_arguments(
            body,
            _fields,
            EventRequest,
            ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
            True,
            {},
        )

        _kwargs = _events_update_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            body=_body,
        )
        return _events_update_event._parse_response(
            await self._client.asend(_events_update_event._OPERATION, _kwargs, request_options)
        ).data

    @deprecated(
        "client.v1.events.delete (delete_event) is deprecated; use client.events.delete (DELETE /v2/locations/{location_id}/events/{event_id}) instead.",
        category=DeprecationWarning,
    )
    async def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an event

         Soft-deletes the event and cancels its bookings. Deprecated: use DELETE
        /v2/locations/{location_id}/events/{event_id} (delete_event_v2).

        Deprecated: calling it warns with DeprecationWarning and names the replacement.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            None
        """

        _kwargs = _events_delete_event._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        _events_delete_event._parse_response(
            await self._client.asend(_events_delete_event._OPERATION, _kwargs, request_options)
        )


class V1ResourceWithRawResponse(_APIResource):
    """`client.v1`: `.events`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @cached_resource
    def events(self) -> V1EventsResourceWithRawResponse:
        """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`."""
        return V1EventsResourceWithRawResponse(self._client)


class V1Resource(_APIResource):
    """`client.v1`: `.events`."""

    @cached_resource
    def with_raw_response(self) -> V1ResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return V1ResourceWithRawResponse(self._client)

    @cached_resource
    def events(self) -> V1EventsResource:
        """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`."""
        return V1EventsResource(self._client)


class AsyncV1ResourceWithRawResponse(_AsyncAPIResource):
    """`client.v1`: `.events`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @cached_resource
    def events(self) -> AsyncV1EventsResourceWithRawResponse:
        """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`."""
        return AsyncV1EventsResourceWithRawResponse(self._client)


class AsyncV1Resource(_AsyncAPIResource):
    """`client.v1`: `.events`."""

    @cached_resource
    def with_raw_response(self) -> AsyncV1ResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return AsyncV1ResourceWithRawResponse(self._client)

    @cached_resource
    def events(self) -> AsyncV1EventsResource:
        """`client.v1.events`: `search`, `search_dates`, `date_range`, `filters`, `services`, `duplicate`, `create`, `get`, `update`, `delete`."""
        return AsyncV1EventsResource(self._client)


__all__ = [
    "V1EventsDuplicationStrategiesResource",
    "AsyncV1EventsDuplicationStrategiesResource",
    "V1EventsResource",
    "AsyncV1EventsResource",
    "V1Resource",
    "AsyncV1Resource",
]
