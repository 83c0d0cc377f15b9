# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _decode
from .._runtime._decode import (
    type_of as _type,  # a field may be called `type` (JSON:API resources are)
)
from .._runtime._repr import model_repr
from ..models.event_prepaid import EventPrepaid
from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """A V1 group event. Unknown keys are kept.

    Attributes:
        id (int):
        salon_id (int | Unset): Same as company_id.
        company_id (int | Unset):
        service_id (int | Unset):
        staff_id (int | Unset):
        date (datetime.datetime | Unset):
        timestamp (int | Unset): Unix time.
        length (int | Unset): Duration in seconds.
        capacity (int | Unset):
        records_count (int | Unset): Bookings in the event.
        color (str | Unset):
        font_color (str | Unset):
        instructions (str | Unset):
        stream_link (str | Unset): Link to the online event.
        notified (bool | Unset):
        comment (None | str | Unset):
        prepaid (EventPrepaid | Unset):
        is_deleted (bool | Unset):
        duration_details (DurationDetails | Unset):
        service (EventService | Unset):
        staff (EventStaff | Unset):
        resource_instances (list[ResourceInstance] | Unset):
        labels (EventLabelsType1 | list[Label] | Unset): Event tags. Typed as an array, but the vendor's own example
            sends `{}` (an empty object): both are accepted.
    """

    id: int
    salon_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    date: datetime.datetime | str | Unset = UNSET
    timestamp: int | Unset = UNSET
    length: int | Unset = UNSET
    capacity: int | Unset = UNSET
    records_count: int | Unset = UNSET
    color: str | Unset = UNSET
    font_color: str | Unset = UNSET
    instructions: str | Unset = UNSET
    stream_link: str | Unset = UNSET
    notified: bool | Unset = UNSET
    comment: None | str | Unset = UNSET
    prepaid: EventPrepaid | str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    duration_details: DurationDetails | Unset = UNSET
    service: EventService | Unset = UNSET
    staff: EventStaff | Unset = UNSET
    resource_instances: list[ResourceInstance] | Unset = UNSET
    labels: EventLabelsType1 | list[Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        company_id = self.company_id

        service_id = self.service_id

        staff_id = self.staff_id

        date: str | str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.datetime) else self.date

        timestamp = self.timestamp

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        font_color = self.font_color

        instructions = self.instructions

        stream_link = self.stream_link

        notified = self.notified

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        prepaid: str | str | Unset = UNSET
        if not isinstance(self.prepaid, Unset):
            prepaid = self.prepaid.value if isinstance(self.prepaid, EventPrepaid) else self.prepaid

        is_deleted = self.is_deleted

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = []
            for resource_instances_item_data in self.resource_instances:
                resource_instances_item = resource_instances_item_data.to_dict()
                resource_instances.append(resource_instances_item)

        labels: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = []
            for labels_type_0_item_data in self.labels:
                labels_type_0_item = labels_type_0_item_data.to_dict()
                labels.append(labels_type_0_item)

        else:
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if color is not UNSET:
            field_dict["color"] = color
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if notified is not UNSET:
            field_dict["notified"] = notified
        if comment is not UNSET:
            field_dict["comment"] = comment
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details
        if service is not UNSET:
            field_dict["service"] = service
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "id"
            id = _d.pop("id")
            if _type(id) is not int:
                id = _decode.scalar(id, int)

            _decoding_field = "salon_id"
            salon_id = _d.pop("salon_id", UNSET)
            if _type(salon_id) is not int and salon_id is not UNSET:
                salon_id = _decode.scalar(salon_id, int, UNSET)

            _decoding_field = "company_id"
            company_id = _d.pop("company_id", UNSET)
            if _type(company_id) is not int and company_id is not UNSET:
                company_id = _decode.scalar(company_id, int, UNSET)

            _decoding_field = "service_id"
            service_id = _d.pop("service_id", UNSET)
            if _type(service_id) is not int and service_id is not UNSET:
                service_id = _decode.scalar(service_id, int, UNSET)

            _decoding_field = "staff_id"
            staff_id = _d.pop("staff_id", UNSET)
            if _type(staff_id) is not int and staff_id is not UNSET:
                staff_id = _decode.scalar(staff_id, int, UNSET)

            _decoding_field = "date"
            date = _decode.datetime_or_text(_d.pop("date", UNSET), UNSET)

            _decoding_field = "timestamp"
            timestamp = _d.pop("timestamp", UNSET)
            if _type(timestamp) is not int and timestamp is not UNSET:
                timestamp = _decode.scalar(timestamp, int, UNSET)

            _decoding_field = "length"
            length = _d.pop("length", UNSET)
            if _type(length) is not int and length is not UNSET:
                length = _decode.scalar(length, int, UNSET)

            _decoding_field = "capacity"
            capacity = _d.pop("capacity", UNSET)
            if _type(capacity) is not int and capacity is not UNSET:
                capacity = _decode.scalar(capacity, int, UNSET)

            _decoding_field = "records_count"
            records_count = _d.pop("records_count", UNSET)
            if _type(records_count) is not int and records_count is not UNSET:
                records_count = _decode.scalar(records_count, int, UNSET)

            _decoding_field = "color"
            color = _d.pop("color", UNSET)
            if _type(color) is not str and color is not UNSET:
                color = _decode.scalar(color, str, UNSET)

            _decoding_field = "font_color"
            font_color = _d.pop("font_color", UNSET)
            if _type(font_color) is not str and font_color is not UNSET:
                font_color = _decode.scalar(font_color, str, UNSET)

            _decoding_field = "instructions"
            instructions = _d.pop("instructions", UNSET)
            if _type(instructions) is not str and instructions is not UNSET:
                instructions = _decode.scalar(instructions, str, UNSET)

            _decoding_field = "stream_link"
            stream_link = _d.pop("stream_link", UNSET)
            if _type(stream_link) is not str and stream_link is not UNSET:
                stream_link = _decode.scalar(stream_link, str, UNSET)

            _decoding_field = "notified"
            notified = _d.pop("notified", UNSET)
            if _type(notified) is not bool and notified is not UNSET:
                notified = _decode.scalar(notified, bool, UNSET)

            _decoding_field = "comment"
            comment = _decode.scalar_or_null(_d.pop("comment", UNSET), (str,), UNSET)

            _decoding_field = "prepaid"
            prepaid = _decode.enum_or_text(EventPrepaid, _d.pop("prepaid", UNSET), UNSET)

            _decoding_field = "is_deleted"
            is_deleted = _d.pop("is_deleted", UNSET)
            if _type(is_deleted) is not bool and is_deleted is not UNSET:
                is_deleted = _decode.scalar(is_deleted, bool, UNSET)

            _decoding_field = "duration_details"
            _raw_duration_details = _d.pop("duration_details", UNSET)
            if _raw_duration_details is None:
                _raw_duration_details = UNSET
            _duration_details = _raw_duration_details
            duration_details: DurationDetails | Unset
            if isinstance(_duration_details, Unset):
                duration_details = UNSET
            else:
                duration_details = DurationDetails.from_dict(_duration_details)

            _decoding_field = "service"
            _raw_service = _d.pop("service", UNSET)
            if _raw_service is None:
                _raw_service = UNSET
            _service = _raw_service
            service: EventService | Unset
            if isinstance(_service, Unset):
                service = UNSET
            else:
                service = EventService.from_dict(_service)

            _decoding_field = "staff"
            _raw_staff = _d.pop("staff", UNSET)
            if _raw_staff is None:
                _raw_staff = UNSET
            _staff = _raw_staff
            staff: EventStaff | Unset
            if isinstance(_staff, Unset):
                staff = UNSET
            else:
                staff = EventStaff.from_dict(_staff)

            _decoding_field = "resource_instances"
            _raw_resource_instances = _d.pop("resource_instances", UNSET)
            if _raw_resource_instances is None:
                _raw_resource_instances = UNSET
            _resource_instances = _decode.array(_raw_resource_instances, UNSET)
            resource_instances: list[ResourceInstance] | Unset = UNSET
            if _resource_instances is not UNSET:
                resource_instances = []
                for resource_instances_item_data in _resource_instances:
                    resource_instances_item = ResourceInstance.from_dict(resource_instances_item_data)

                    resource_instances.append(resource_instances_item)

            _decoding_field = "labels"
            _raw_labels = _d.pop("labels", UNSET)
            if _raw_labels is None:
                _raw_labels = UNSET

            def _parse_labels(data: object) -> EventLabelsType1 | list[Label] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    labels_type_0 = []
                    _labels_type_0 = data
                    for labels_type_0_item_data in _labels_type_0:
                        labels_type_0_item = Label.from_dict(labels_type_0_item_data)

                        labels_type_0.append(labels_type_0_item)

                    return labels_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_1 = EventLabelsType1.from_dict(data)

                return labels_type_1

            labels = _parse_labels(_raw_labels)

            _decoding_field = None
            _instance = cls(
                id=id,
                salon_id=salon_id,
                company_id=company_id,
                service_id=service_id,
                staff_id=staff_id,
                date=date,
                timestamp=timestamp,
                length=length,
                capacity=capacity,
                records_count=records_count,
                color=color,
                font_color=font_color,
                instructions=instructions,
                stream_link=stream_link,
                notified=notified,
                comment=comment,
                prepaid=prepaid,
                is_deleted=is_deleted,
                duration_details=duration_details,
                service=service,
                staff=staff,
                resource_instances=resource_instances,
                labels=labels,
            )

            _instance.additional_properties = _d
        except Exception as _decoding_error:
            raise _decode.failure(_decoding_error, src_dict, _decoding_field) from _decoding_error
        return _instance

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once this class exists, not inside every to_dict/from_dict call (upstream's way, a
# cost on every decode): models may refer to each other in cycles.
from ..models.duration_details import DurationDetails  # noqa: E402
from ..models.event_labels_type_1 import EventLabelsType1  # noqa: E402
from ..models.event_service import EventService  # noqa: E402
from ..models.event_staff import EventStaff  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.resource_instance import ResourceInstance  # noqa: E402
