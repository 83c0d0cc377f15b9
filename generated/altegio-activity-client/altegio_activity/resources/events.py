# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""`client.events`: operations grouped as resources on the client.

The clients reach these as attributes; each method sends through the client it was reached
from. The operation modules under `api/` stay the lower-level way in.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any, overload

from .._runtime.dates import format_local_datetime as _format_local_datetime
from .._runtime.options import RequestOptions
from .._runtime.pagination import Page as _Page
from .._runtime.pagination import aiterate_pages as _aiterate_pages
from .._runtime.pagination import clamp_page_size as _clamp_page_size
from .._runtime.pagination import iterate_pages as _iterate_pages
from .._runtime.pagination import page_of as _page_of
from .._runtime.resource import APIResource as _APIResource
from .._runtime.resource import AsyncAPIResource as _AsyncAPIResource
from .._runtime.resource import body_from_arguments as _body_from_arguments
from .._runtime.resource import cached_resource
from ..api.events import (
    create_event_appointment_v2 as _events_create_event_appointment_v2,
)
from ..api.events import create_event_v2 as _events_create_event_v2
from ..api.events import delete_event_v2 as _events_delete_event_v2
from ..api.events import get_event_v2 as _events_get_event_v2
from ..api.events import list_events_v2 as _events_list_events_v2
from ..api.events import (
    reschedule_event_appointment_v2 as _events_reschedule_event_appointment_v2,
)
from ..api.events import (
    update_event_appointment_v2 as _events_update_event_appointment_v2,
)
from ..api.events import update_event_v2 as _events_update_event_v2
from ..models.appointment_document import AppointmentDocument
from ..models.appointment_resource import AppointmentResource
from ..models.event_appointment_client import EventAppointmentClient
from ..models.event_appointment_request import EventAppointmentRequest
from ..models.event_appointment_request_comer import EventAppointmentRequestComer
from ..models.event_appointment_reschedule import EventAppointmentReschedule
from ..models.event_collection_document import EventCollectionDocument
from ..models.event_document import EventDocument
from ..models.event_include_value import EventIncludeValue
from ..models.event_resource import EventResource
from ..models.event_write_request import EventWriteRequest
from ..types import UNSET, Unset
from ..types import Response as _Response


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
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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
        """`reschedule`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(body, _fields, EventAppointmentReschedule, (), True, {})

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

        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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

        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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

        _body = _body_from_arguments(body, _fields, EventAppointmentReschedule, (), True, {})

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
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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
        """`reschedule`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(body, _fields, EventAppointmentReschedule, (), True, {})

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

        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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

        _body = _body_from_arguments(
            body,
            _fields,
            EventAppointmentRequest,
            ("client", "clients_count", "client_id", "comer_id", "comer", "is_trial_service"),
            True,
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

        _body = _body_from_arguments(body, _fields, EventAppointmentReschedule, (), True, {})

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
        """`list`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

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
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
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
        """`get`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

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
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
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
        """`delete`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

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

        _body = _body_from_arguments(
            body,
            _fields,
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

        _body = _body_from_arguments(
            body,
            _fields,
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
        """`list`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

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
        """`create`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
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
        """`get`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

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
        """`update`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""
        _body = _body_from_arguments(
            body,
            _fields,
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
        """`delete`, returning the whole `Response`: `status_code`, `headers`, `content`, `parsed`."""

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

        _body = _body_from_arguments(
            body,
            _fields,
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

        _body = _body_from_arguments(
            body,
            _fields,
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


__all__ = [
    "EventsAppointmentsResource",
    "AsyncEventsAppointmentsResource",
    "EventsResource",
    "AsyncEventsResource",
]
