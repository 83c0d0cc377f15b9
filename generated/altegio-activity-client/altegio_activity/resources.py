# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""Operations grouped as resources on the client: `client.events.list(...)`.

`AltegioClient` and `AsyncAltegioClient` reach these as attributes; each method sends through the
client it was reached from. The operation modules under `api/` stay the lower-level way in.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any, overload

from typing_extensions import deprecated

from ._runtime.dates import format_local_datetime as _format_local_datetime
from ._runtime.options import RequestOptions
from ._runtime.pagination import Page as _Page
from ._runtime.pagination import aiterate_pages as _aiterate_pages
from ._runtime.pagination import clamp_page_size as _clamp_page_size
from ._runtime.pagination import iterate_pages as _iterate_pages
from ._runtime.pagination import page_of as _page_of
from ._runtime.resource import APIResource as _APIResource
from ._runtime.resource import AsyncAPIResource as _AsyncAPIResource
from ._runtime.resource import as_date as _as_date
from ._runtime.resource import body_from_fields as _body_from_fields
from ._runtime.resource import cached_resource
from .api.events import create_event as _events_create_event
from .api.events import (
    create_event_appointment_v2 as _events_create_event_appointment_v2,
)
from .api.events import (
    create_event_duplication_strategy as _events_create_event_duplication_strategy,
)
from .api.events import create_event_v2 as _events_create_event_v2
from .api.events import delete_event as _events_delete_event
from .api.events import delete_event_v2 as _events_delete_event_v2
from .api.events import duplicate_event as _events_duplicate_event
from .api.events import get_event as _events_get_event
from .api.events import get_event_date_range as _events_get_event_date_range
from .api.events import get_event_search_filters as _events_get_event_search_filters
from .api.events import get_event_v2 as _events_get_event_v2
from .api.events import (
    list_event_duplication_strategies as _events_list_event_duplication_strategies,
)
from .api.events import list_events_v2 as _events_list_events_v2
from .api.events import (
    reschedule_event_appointment_v2 as _events_reschedule_event_appointment_v2,
)
from .api.events import search_event_dates as _events_search_event_dates
from .api.events import search_event_services as _events_search_event_services
from .api.events import search_events as _events_search_events
from .api.events import update_event as _events_update_event
from .api.events import (
    update_event_appointment_v2 as _events_update_event_appointment_v2,
)
from .api.events import (
    update_event_duplication_strategy as _events_update_event_duplication_strategy,
)
from .api.events import update_event_v2 as _events_update_event_v2
from .models.accepted_envelope import AcceptedEnvelope
from .models.appointment_document import AppointmentDocument
from .models.appointment_resource import AppointmentResource
from .models.duplication_strategy_request import DuplicationStrategyRequest
from .models.event import Event
from .models.event_appointment_client import EventAppointmentClient
from .models.event_appointment_request import EventAppointmentRequest
from .models.event_appointment_request_comer import EventAppointmentRequestComer
from .models.event_appointment_reschedule import EventAppointmentReschedule
from .models.event_collection_document import EventCollectionDocument
from .models.event_date_range import EventDateRange
from .models.event_date_range_envelope import EventDateRangeEnvelope
from .models.event_document import EventDocument
from .models.event_duplicate_request import EventDuplicateRequest
from .models.event_duplicates_envelope import EventDuplicatesEnvelope
from .models.event_duplicates_envelope_data_item import EventDuplicatesEnvelopeDataItem
from .models.event_envelope import EventEnvelope
from .models.event_filter_group import EventFilterGroup
from .models.event_include_value import EventIncludeValue
from .models.event_list_envelope import EventListEnvelope
from .models.event_request import EventRequest
from .models.event_resource import EventResource
from .models.event_search_filters_envelope import EventSearchFiltersEnvelope
from .models.event_service_option import EventServiceOption
from .models.event_services_envelope import EventServicesEnvelope
from .models.event_write_request import EventWriteRequest
from .models.undocumented_envelope import UndocumentedEnvelope
from .types import UNSET, Unset
from .types import Response as _Response


class EventsAppointmentsResourceWithRawResponse(_APIResource):
    """`client.events.appointments`: `create`, `update`, `reschedule`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @overload
    def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    @overload
    def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]:
        """Book a client into an event

         Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
        The appointment's `activity_id` links it to the event.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[AppointmentDocument]
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_create_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=include,
            body=_body,
        )
        return _events_create_event_appointment_v2._build_response(
            self._client.send(_events_create_event_appointment_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]:
        """Update an appointment in an event

         Replaces an appointment inside the event (vendor operationId `update_event_appointment`). The
        vendor's page for it is not in the stored docs: the body is taken to be the create body and the
        answer the same appointment document; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[AppointmentDocument]
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_update_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            include=include,
            body=_body,
        )
        return _events_update_event_appointment_v2._build_response(
            self._client.send(_events_update_event_appointment_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    @overload
    def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]: ...

    def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]:
        """Reschedule an appointment in an event

         Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
        page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
        keys are sent as given, and the answer is taken to be the appointment document.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
                given (for example the target event as `activity_id`).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[AppointmentDocument]
        """

        _body: EventAppointmentReschedule
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(EventAppointmentReschedule, (), True, _fields, {})

        _kwargs = _events_reschedule_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            body=_body,
        )
        return _events_reschedule_event_appointment_v2._build_response(
            self._client.send(_events_reschedule_event_appointment_v2._OPERATION, _kwargs, request_options)
        )


class EventsAppointmentsResource(_APIResource):
    """`client.events.appointments`: `create`, `update`, `reschedule`."""

    @cached_resource
    def with_raw_response(self) -> EventsAppointmentsResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return EventsAppointmentsResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    @overload
    def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource:
        """Book a client into an event

         Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
        The appointment's `activity_id` links it to the event.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            AppointmentResource
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_create_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=include,
            body=_body,
        )
        return _events_create_event_appointment_v2._parse_response(
            self._client.send(_events_create_event_appointment_v2._OPERATION, _kwargs, request_options)
        ).data

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource:
        """Update an appointment in an event

         Replaces an appointment inside the event (vendor operationId `update_event_appointment`). The
        vendor's page for it is not in the stored docs: the body is taken to be the create body and the
        answer the same appointment document; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            AppointmentResource
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_update_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            include=include,
            body=_body,
        )
        return _events_update_event_appointment_v2._parse_response(
            self._client.send(_events_update_event_appointment_v2._OPERATION, _kwargs, request_options)
        ).data

    @overload
    def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    @overload
    def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource: ...

    def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource:
        """Reschedule an appointment in an event

         Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
        page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
        keys are sent as given, and the answer is taken to be the appointment document.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
                given (for example the target event as `activity_id`).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            AppointmentResource
        """

        _body: EventAppointmentReschedule
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(EventAppointmentReschedule, (), True, _fields, {})

        _kwargs = _events_reschedule_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            body=_body,
        )
        return _events_reschedule_event_appointment_v2._parse_response(
            self._client.send(_events_reschedule_event_appointment_v2._OPERATION, _kwargs, request_options)
        ).data


class AsyncEventsAppointmentsResourceWithRawResponse(_AsyncAPIResource):
    """`client.events.appointments`: `create`, `update`, `reschedule`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @overload
    async def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    @overload
    async def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    async def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]:
        """Book a client into an event

         Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
        The appointment's `activity_id` links it to the event.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[AppointmentDocument]
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_create_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=include,
            body=_body,
        )
        return _events_create_event_appointment_v2._build_response(
            await self._client.asend(_events_create_event_appointment_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]:
        """Update an appointment in an event

         Replaces an appointment inside the event (vendor operationId `update_event_appointment`). The
        vendor's page for it is not in the stored docs: the body is taken to be the create body and the
        answer the same appointment document; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[AppointmentDocument]
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_update_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            include=include,
            body=_body,
        )
        return _events_update_event_appointment_v2._build_response(
            await self._client.asend(_events_update_event_appointment_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    async def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule,
        request_options: RequestOptions | None = None,
    ) -> _Response[AppointmentDocument]: ...

    @overload
    async def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]: ...

    async def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[AppointmentDocument]:
        """Reschedule an appointment in an event

         Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
        page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
        keys are sent as given, and the answer is taken to be the appointment document.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
                given (for example the target event as `activity_id`).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[AppointmentDocument]
        """

        _body: EventAppointmentReschedule
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(EventAppointmentReschedule, (), True, _fields, {})

        _kwargs = _events_reschedule_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            body=_body,
        )
        return _events_reschedule_event_appointment_v2._build_response(
            await self._client.asend(_events_reschedule_event_appointment_v2._OPERATION, _kwargs, request_options)
        )


class AsyncEventsAppointmentsResource(_AsyncAPIResource):
    """`client.events.appointments`: `create`, `update`, `reschedule`."""

    @cached_resource
    def with_raw_response(self) -> AsyncEventsAppointmentsResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return AsyncEventsAppointmentsResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    @overload
    async def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    async def create(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource:
        """Book a client into an event

         Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
        The appointment's `activity_id` links it to the event.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            AppointmentResource
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_create_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=include,
            body=_body,
        )
        return _events_create_event_appointment_v2._parse_response(
            await self._client.asend(_events_create_event_appointment_v2._OPERATION, _kwargs, request_options)
        ).data

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        client: EventAppointmentClient | dict[str, Any],
        clients_count: int,
        client_id: int | Unset = UNSET,
        comer_id: int | Unset = UNSET,
        comer: EventAppointmentRequestComer | dict[str, Any] | Unset = UNSET,
        is_trial_service: bool | Unset = UNSET,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentRequest | None = None,
        include: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource:
        """Update an appointment in an event

         Replaces an appointment inside the event (vendor operationId `update_event_appointment`). The
        vendor's page for it is not in the stored docs: the body is taken to be the create body and the
        answer the same appointment document; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            include (list[str] | Unset): Related resources of the appointment to side-load (client,
                staff, services, goods, labels, ...: the vendor's list is open), one key per value.
            body (EventAppointmentRequest): A booking inside an event.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            AppointmentResource
        """

        _body: EventAppointmentRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventAppointmentRequest,
                ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
                True,
                _fields,
                {"client": EventAppointmentClient.from_dict, "comer": EventAppointmentRequestComer.from_dict},
            )

        _kwargs = _events_update_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            include=include,
            body=_body,
        )
        return _events_update_event_appointment_v2._parse_response(
            await self._client.asend(_events_update_event_appointment_v2._OPERATION, _kwargs, request_options)
        ).data

    @overload
    async def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule,
        request_options: RequestOptions | None = None,
    ) -> AppointmentResource: ...

    @overload
    async def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource: ...

    async def reschedule(
        self,
        location_id: int | str,
        event_id: int | str,
        record_id: int | str,
        *,
        body: EventAppointmentReschedule | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AppointmentResource:
        """Reschedule an appointment in an event

         Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
        page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
        keys are sent as given, and the answer is taken to be the appointment document.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            record_id (int | str): The appointment (record) ID.
            body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
                given (for example the target event as `activity_id`).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            AppointmentResource
        """

        _body: EventAppointmentReschedule
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(EventAppointmentReschedule, (), True, _fields, {})

        _kwargs = _events_reschedule_event_appointment_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            body=_body,
        )
        return _events_reschedule_event_appointment_v2._parse_response(
            await self._client.asend(_events_reschedule_event_appointment_v2._OPERATION, _kwargs, request_options)
        ).data


class EventsResourceWithRawResponse(_APIResource):
    """`client.events`: `list`, `create`, `get`, `update`, `delete`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @cached_resource
    def appointments(self) -> EventsAppointmentsResourceWithRawResponse:
        """`client.events.appointments`: `create`, `update`, `reschedule`."""
        return EventsAppointmentsResourceWithRawResponse(self._client)

    def list(
        self,
        location_id: int | str,
        *,
        from_: datetime.datetime | str,
        to: datetime.datetime | str,
        master_ids: builtins.list[int] | Unset = UNSET,
        service_ids: builtins.list[int] | Unset = UNSET,
        capacity: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventCollectionDocument]:
        """List events

         Lists the events of a location starting in a future period (vendor operationId `list_events`).
        `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
        events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
        answer; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
            to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
            master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
                `filter[master_ids][]=5&filter[master_ids][]=10`.
            service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
                `filter[service_ids][]=1&filter[service_ids][]=2`.
            capacity (int | Unset): Only events with at least this many free places.
            page (int | Unset): Page number, from 1.
            limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
                250).
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventCollectionDocument]
        """

        _kwargs = _events_list_events_v2._get_kwargs(
            location_id=location_id,
            from_=_format_local_datetime(from_, "%Y-%m-%d %H:%M:%S"),
            to=_format_local_datetime(to, "%Y-%m-%d %H:%M:%S"),
            master_ids=master_ids,
            service_ids=service_ids,
            capacity=capacity,
            page=page,
            limit=limit,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_list_events_v2._build_response(
            self._client.send(_events_list_events_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventDocument]:
        """Create an event

         Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
        the index line; the body is the update body (as the vendor's own client sends it) and the answer a
        JSON:API document. The success status is not documented: 200 and 201 are both accepted.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventDocument]
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_create_event_v2._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_v2._build_response(
            self._client.send(_events_create_event_v2._OPERATION, _kwargs, request_options)
        )

    def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]:
        """Get an event

         One event (vendor operationId `get_event`). A deleted event leaves the list but can still be fetched
        here.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventDocument]
        """

        _kwargs = _events_get_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_get_event_v2._build_response(
            self._client.send(_events_get_event_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventDocument]:
        """Update an event

         Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
        kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventDocument]
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_update_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
            body=_body,
        )
        return _events_update_event_v2._build_response(
            self._client.send(_events_update_event_v2._OPERATION, _kwargs, request_options)
        )

    def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[Any]:
        """Delete an event

         Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
        cancelled and no body comes back. The status code is not documented; the vendor's own client expects
        204.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[Any]
        """

        _kwargs = _events_delete_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_delete_event_v2._build_response(
            self._client.send(_events_delete_event_v2._OPERATION, _kwargs, request_options)
        )


class EventsResource(_APIResource):
    """`client.events`: `list`, `create`, `get`, `update`, `delete`."""

    @cached_resource
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return EventsResourceWithRawResponse(self._client)

    @cached_resource
    def appointments(self) -> EventsAppointmentsResource:
        """`client.events.appointments`: `create`, `update`, `reschedule`."""
        return EventsAppointmentsResource(self._client)

    def list(
        self,
        location_id: int | str,
        *,
        from_: datetime.datetime | str,
        to: datetime.datetime | str,
        master_ids: builtins.list[int] | Unset = UNSET,
        service_ids: builtins.list[int] | Unset = UNSET,
        capacity: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventCollectionDocument:
        """List events

         Lists the events of a location starting in a future period (vendor operationId `list_events`).
        `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
        events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
        answer; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
            to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
            master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
                `filter[master_ids][]=5&filter[master_ids][]=10`.
            service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
                `filter[service_ids][]=1&filter[service_ids][]=2`.
            capacity (int | Unset): Only events with at least this many free places.
            page (int | Unset): Page number, from 1.
            limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
                250).
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventCollectionDocument
        """

        _kwargs = _events_list_events_v2._get_kwargs(
            location_id=location_id,
            from_=_format_local_datetime(from_, "%Y-%m-%d %H:%M:%S"),
            to=_format_local_datetime(to, "%Y-%m-%d %H:%M:%S"),
            master_ids=master_ids,
            service_ids=service_ids,
            capacity=capacity,
            page=page,
            limit=limit,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_list_events_v2._parse_response(
            self._client.send(_events_list_events_v2._OPERATION, _kwargs, request_options)
        )

    def iterate(
        self,
        location_id: int | str,
        *,
        from_: datetime.datetime | str,
        to: datetime.datetime | str,
        master_ids: builtins.list[int] | Unset = UNSET,
        service_ids: builtins.list[int] | Unset = UNSET,
        capacity: int | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        limit: int = 25,
        max_pages: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[EventResource]:
        """Every item list returns, across all pages, fetching `limit` at a time.

        Takes list's arguments but the paging ones; iteration continues past short pages
        while the server's reported total says more are left, stops after `max_pages` pages when
        given, and raises PaginationError if the server sends the same page twice.
        """
        limit = _clamp_page_size(limit, None)
        _client = self._client

        def _fetch(_position: int) -> _Page[EventResource]:
            _kwargs = _events_list_events_v2._get_kwargs(
                location_id=location_id,
                from_=_format_local_datetime(from_, "%Y-%m-%d %H:%M:%S"),
                to=_format_local_datetime(to, "%Y-%m-%d %H:%M:%S"),
                master_ids=master_ids,
                service_ids=service_ids,
                capacity=capacity,
                include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
                page=_position,
                limit=limit,
            )
            _response = _client.send(_events_list_events_v2._OPERATION, _kwargs, request_options)
            return _page_of(_response, _events_list_events_v2._parse_response(_response).data)

        return _iterate_pages(_fetch, page_size=limit, max_pages=max_pages)

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    @overload
    def create(
        self,
        location_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> EventResource:
        """Create an event

         Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
        the index line; the body is the update body (as the vendor's own client sends it) and the answer a
        JSON:API document. The success status is not documented: 200 and 201 are both accepted.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventResource
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_create_event_v2._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_v2._parse_response(
            self._client.send(_events_create_event_v2._OPERATION, _kwargs, request_options)
        ).data

    def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource:
        """Get an event

         One event (vendor operationId `get_event`). A deleted event leaves the list but can still be fetched
        here.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventResource
        """

        _kwargs = _events_get_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_get_event_v2._parse_response(
            self._client.send(_events_get_event_v2._OPERATION, _kwargs, request_options)
        ).data

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    @overload
    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> EventResource:
        """Update an event

         Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
        kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventResource
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_update_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
            body=_body,
        )
        return _events_update_event_v2._parse_response(
            self._client.send(_events_update_event_v2._OPERATION, _kwargs, request_options)
        ).data

    def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an event

         Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
        cancelled and no body comes back. The status code is not documented; the vendor's own client expects
        204.

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

        _kwargs = _events_delete_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        self._client.send(_events_delete_event_v2._OPERATION, _kwargs, request_options)


class AsyncEventsResourceWithRawResponse(_AsyncAPIResource):
    """`client.events`: `list`, `create`, `get`, `update`, `delete`. Each method returns the whole `Response` (status, headers, parsed body)."""

    @cached_resource
    def appointments(self) -> AsyncEventsAppointmentsResourceWithRawResponse:
        """`client.events.appointments`: `create`, `update`, `reschedule`."""
        return AsyncEventsAppointmentsResourceWithRawResponse(self._client)

    async def list(
        self,
        location_id: int | str,
        *,
        from_: datetime.datetime | str,
        to: datetime.datetime | str,
        master_ids: builtins.list[int] | Unset = UNSET,
        service_ids: builtins.list[int] | Unset = UNSET,
        capacity: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventCollectionDocument]:
        """List events

         Lists the events of a location starting in a future period (vendor operationId `list_events`).
        `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
        events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
        answer; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
            to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
            master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
                `filter[master_ids][]=5&filter[master_ids][]=10`.
            service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
                `filter[service_ids][]=1&filter[service_ids][]=2`.
            capacity (int | Unset): Only events with at least this many free places.
            page (int | Unset): Page number, from 1.
            limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
                250).
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventCollectionDocument]
        """

        _kwargs = _events_list_events_v2._get_kwargs(
            location_id=location_id,
            from_=_format_local_datetime(from_, "%Y-%m-%d %H:%M:%S"),
            to=_format_local_datetime(to, "%Y-%m-%d %H:%M:%S"),
            master_ids=master_ids,
            service_ids=service_ids,
            capacity=capacity,
            page=page,
            limit=limit,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_list_events_v2._build_response(
            await self._client.asend(_events_list_events_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    async def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventDocument]:
        """Create an event

         Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
        the index line; the body is the update body (as the vendor's own client sends it) and the answer a
        JSON:API document. The success status is not documented: 200 and 201 are both accepted.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventDocument]
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_create_event_v2._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_v2._build_response(
            await self._client.asend(_events_create_event_v2._OPERATION, _kwargs, request_options)
        )

    async def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]:
        """Get an event

         One event (vendor operationId `get_event`). A deleted event leaves the list but can still be fetched
        here.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventDocument]
        """

        _kwargs = _events_get_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_get_event_v2._build_response(
            await self._client.asend(_events_get_event_v2._OPERATION, _kwargs, request_options)
        )

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> _Response[EventDocument]: ...

    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> _Response[EventDocument]:
        """Update an event

         Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
        kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[EventDocument]
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_update_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
            body=_body,
        )
        return _events_update_event_v2._build_response(
            await self._client.asend(_events_update_event_v2._OPERATION, _kwargs, request_options)
        )

    async def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[Any]:
        """Delete an event

         Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
        cancelled and no body comes back. The status code is not documented; the vendor's own client expects
        204.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            _Response[Any]
        """

        _kwargs = _events_delete_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        return _events_delete_event_v2._build_response(
            await self._client.asend(_events_delete_event_v2._OPERATION, _kwargs, request_options)
        )


class AsyncEventsResource(_AsyncAPIResource):
    """`client.events`: `list`, `create`, `get`, `update`, `delete`."""

    @cached_resource
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, each returning the `Response`: `status_code`, `headers`, `content` and `parsed`."""
        return AsyncEventsResourceWithRawResponse(self._client)

    @cached_resource
    def appointments(self) -> AsyncEventsAppointmentsResource:
        """`client.events.appointments`: `create`, `update`, `reschedule`."""
        return AsyncEventsAppointmentsResource(self._client)

    async def list(
        self,
        location_id: int | str,
        *,
        from_: datetime.datetime | str,
        to: datetime.datetime | str,
        master_ids: builtins.list[int] | Unset = UNSET,
        service_ids: builtins.list[int] | Unset = UNSET,
        capacity: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventCollectionDocument:
        """List events

         Lists the events of a location starting in a future period (vendor operationId `list_events`).
        `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
        events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
        answer; unknown keys are kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
            to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
            master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
                `filter[master_ids][]=5&filter[master_ids][]=10`.
            service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
                `filter[service_ids][]=1&filter[service_ids][]=2`.
            capacity (int | Unset): Only events with at least this many free places.
            page (int | Unset): Page number, from 1.
            limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
                250).
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventCollectionDocument
        """

        _kwargs = _events_list_events_v2._get_kwargs(
            location_id=location_id,
            from_=_format_local_datetime(from_, "%Y-%m-%d %H:%M:%S"),
            to=_format_local_datetime(to, "%Y-%m-%d %H:%M:%S"),
            master_ids=master_ids,
            service_ids=service_ids,
            capacity=capacity,
            page=page,
            limit=limit,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_list_events_v2._parse_response(
            await self._client.asend(_events_list_events_v2._OPERATION, _kwargs, request_options)
        )

    def iterate(
        self,
        location_id: int | str,
        *,
        from_: datetime.datetime | str,
        to: datetime.datetime | str,
        master_ids: builtins.list[int] | Unset = UNSET,
        service_ids: builtins.list[int] | Unset = UNSET,
        capacity: int | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        limit: int = 25,
        max_pages: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[EventResource]:
        """Every item list returns, across all pages, fetching `limit` at a time.

        Takes list's arguments but the paging ones; iteration continues past short pages
        while the server's reported total says more are left, stops after `max_pages` pages when
        given, and raises PaginationError if the server sends the same page twice. Use it with
        `async for`.
        """
        limit = _clamp_page_size(limit, None)
        _client = self._client

        async def _fetch(_position: int) -> _Page[EventResource]:
            _kwargs = _events_list_events_v2._get_kwargs(
                location_id=location_id,
                from_=_format_local_datetime(from_, "%Y-%m-%d %H:%M:%S"),
                to=_format_local_datetime(to, "%Y-%m-%d %H:%M:%S"),
                master_ids=master_ids,
                service_ids=service_ids,
                capacity=capacity,
                include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
                page=_position,
                limit=limit,
            )
            _response = await _client.asend(_events_list_events_v2._OPERATION, _kwargs, request_options)
            return _page_of(_response, _events_list_events_v2._parse_response(_response).data)

        return _aiterate_pages(_fetch, page_size=limit, max_pages=max_pages)

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    @overload
    async def create(
        self,
        location_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    async def create(
        self,
        location_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> EventResource:
        """Create an event

         Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
        the index line; the body is the update body (as the vendor's own client sends it) and the answer a
        JSON:API document. The success status is not documented: 200 and 201 are both accepted.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventResource
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_create_event_v2._get_kwargs(
            location_id=location_id,
            body=_body,
        )
        return _events_create_event_v2._parse_response(
            await self._client.asend(_events_create_event_v2._OPERATION, _kwargs, request_options)
        ).data

    async def get(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource:
        """Get an event

         One event (vendor operationId `get_event`). A deleted event leaves the list but can still be fetched
        here.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventResource
        """

        _kwargs = _events_get_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
        )
        return _events_get_event_v2._parse_response(
            await self._client.asend(_events_get_event_v2._OPERATION, _kwargs, request_options)
        ).data

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    @overload
    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        staff_id: int,
        service_id: int,
        resource_instance_ids: builtins.list[int],
        label_ids: builtins.list[int],
        date: datetime.datetime | str,
        length: int,
        capacity: int,
        technical_break_duration: int | None | Unset = UNSET,
        comment: None | str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        stream_link: None | str | Unset = UNSET,
        force: bool | Unset = UNSET,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResource: ...

    async def update(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        body: EventWriteRequest | None = None,
        include: builtins.list[EventIncludeValue | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
        **_fields: Any,
    ) -> EventResource:
        """Update an event

         Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
        kept.

        Args:
            location_id (int | str): The business location (company) ID. The V1 pages type it
                `number`.
            event_id (int | str): The event ID.
            include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
                one key per value (`include=staff&include=service`); each asked-for relation also appears
                under the event's `relationships`.
            body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
                all).
            request_options: Per-call timeout, retries and extra headers.

        Raises:
            APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
            APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

        Returns:
            EventResource
        """

        _body: EventWriteRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventWriteRequest,
                (
                    "staff_id",
                    "service_id",
                    "resource_instance_ids",
                    "label_ids",
                    "date",
                    "length",
                    "capacity",
                    "technical_break_duration",
                    "comment",
                    "color",
                    "instructions",
                    "stream_link",
                    "force",
                ),
                True,
                _fields,
                {},
            )

        _kwargs = _events_update_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
            include=UNSET if isinstance(include, Unset) else [EventIncludeValue(_item) for _item in include],
            body=_body,
        )
        return _events_update_event_v2._parse_response(
            await self._client.asend(_events_update_event_v2._OPERATION, _kwargs, request_options)
        ).data

    async def delete(
        self,
        location_id: int | str,
        event_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an event

         Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
        cancelled and no body comes back. The status code is not documented; the vendor's own client expects
        204.

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

        _kwargs = _events_delete_event_v2._get_kwargs(
            location_id=location_id,
            event_id=event_id,
        )
        await self._client.asend(_events_delete_event_v2._OPERATION, _kwargs, request_options)


class V1EventsDuplicationStrategiesResourceWithRawResponse(_APIResource):
    """`client.v1.events.duplication_strategies`: `list`, `create`, `update`. Each method returns the whole `Response` (status, headers, parsed body)."""

    def list(
        self,
        location_id: int | str,
        *,
        request_options: RequestOptions | None = None,
    ) -> _Response[UndocumentedEnvelope]:
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
            _Response[UndocumentedEnvelope]
        """

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
            _Response[UndocumentedEnvelope]
        """

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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
            _Response[UndocumentedEnvelope]
        """

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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
            _Response[UndocumentedEnvelope]
        """

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
            _Response[UndocumentedEnvelope]
        """

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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
            _Response[UndocumentedEnvelope]
        """

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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

        _body: DuplicationStrategyRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(
                DuplicationStrategyRequest,
                ("title", "repeat_mode_id", "days", "interval", "content_type"),
                True,
                _fields,
                {},
            )
        else:
            _body = UNSET

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
            _Response[EventListEnvelope]
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
            _Response[UndocumentedEnvelope]
        """

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
            _Response[EventDateRangeEnvelope]
        """

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
            _Response[EventSearchFiltersEnvelope]
        """

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
            _Response[EventServicesEnvelope]
        """

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
            _Response[EventDuplicatesEnvelope]
        """

        _body: EventDuplicateRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(EventDuplicateRequest, ("dates", "content_type", "force"), True, _fields, {})
        else:
            _body = UNSET

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
            _Response[EventEnvelope]
        """

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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
            _Response[EventEnvelope]
        """

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
            _Response[EventEnvelope]
        """

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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
            _Response[AcceptedEnvelope | None]
        """

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

        _body: EventDuplicateRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(EventDuplicateRequest, ("dates", "content_type", "force"), True, _fields, {})
        else:
            _body = UNSET

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

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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
            _Response[EventListEnvelope]
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
            _Response[UndocumentedEnvelope]
        """

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
            _Response[EventDateRangeEnvelope]
        """

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
            _Response[EventSearchFiltersEnvelope]
        """

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
            _Response[EventServicesEnvelope]
        """

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
            _Response[EventDuplicatesEnvelope]
        """

        _body: EventDuplicateRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(EventDuplicateRequest, ("dates", "content_type", "force"), True, _fields, {})
        else:
            _body = UNSET

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
            _Response[EventEnvelope]
        """

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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
            _Response[EventEnvelope]
        """

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
            _Response[EventEnvelope]
        """

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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
            _Response[AcceptedEnvelope | None]
        """

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

        _body: EventDuplicateRequest | Unset
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        elif _fields:
            _body = _body_from_fields(EventDuplicateRequest, ("dates", "content_type", "force"), True, _fields, {})
        else:
            _body = UNSET

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

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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

        _body: EventRequest
        if body is not None:
            if _fields:
                raise TypeError("pass the body as body= or as keyword arguments, not both")
            _body = body
        else:
            _body = _body_from_fields(
                EventRequest,
                ("date", "service_id", "staff_id", "capacity", "force", "length", "resource_instance_ids"),
                True,
                _fields,
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
    "EventsAppointmentsResource",
    "AsyncEventsAppointmentsResource",
    "EventsResource",
    "AsyncEventsResource",
    "V1EventsDuplicationStrategiesResource",
    "AsyncV1EventsDuplicationStrategiesResource",
    "V1EventsResource",
    "AsyncV1EventsResource",
    "V1Resource",
    "AsyncV1Resource",
]
