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
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventAttributes")


@_attrs_define
class EventAttributes:
    """The attributes of a V2 event. The vendor lists them all as required; none is insisted on here so that a partial
    answer still decodes, and unknown keys are kept.

        Attributes:
            master_id (int | Unset): Same as staff_id.
            staff_id (int | Unset):
            service_id (int | Unset):
            timestamp (int | Unset): Unix start time.
            length (int | Unset): Seconds.
            capacity (int | Unset): Total places.
            clients_count (int | Unset): Places booked so far.
            color (str | Unset):
            font_color (str | Unset):
            instructions (None | str | Unset):
            stream_link (None | str | Unset): May be empty.
            notified (bool | Unset):
            comment (None | str | Unset):
            schedule_id (int | None | Unset): The event schedule this event belongs to.
            schedule_till (Any | Unset): End of the schedule. The vendor types it "any"; it is a DateTime object (`date`,
                `timezone_type`, `timezone`), older docs say a string; kept as sent.
            schedule_event_modified (bool | None | Unset): The event differs from its schedule.
            date (datetime.datetime | Unset): Location-local start with a numeric offset (may lack the colon, `+0200`).
    """

    master_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    timestamp: int | Unset = UNSET
    length: int | Unset = UNSET
    capacity: int | Unset = UNSET
    clients_count: int | Unset = UNSET
    color: str | Unset = UNSET
    font_color: str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    stream_link: None | str | Unset = UNSET
    notified: bool | Unset = UNSET
    comment: None | str | Unset = UNSET
    schedule_id: int | None | Unset = UNSET
    schedule_till: Any | Unset = UNSET
    schedule_event_modified: bool | None | Unset = UNSET
    date: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        master_id = self.master_id

        staff_id = self.staff_id

        service_id = self.service_id

        timestamp = self.timestamp

        length = self.length

        capacity = self.capacity

        clients_count = self.clients_count

        color = self.color

        font_color = self.font_color

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        stream_link: None | str | Unset
        if isinstance(self.stream_link, Unset):
            stream_link = UNSET
        else:
            stream_link = self.stream_link

        notified = self.notified

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        schedule_id: int | None | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        schedule_till = self.schedule_till

        schedule_event_modified: bool | None | Unset
        if isinstance(self.schedule_event_modified, Unset):
            schedule_event_modified = UNSET
        else:
            schedule_event_modified = self.schedule_event_modified

        date: str | str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat() if isinstance(self.date, datetime.datetime) else self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
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
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if schedule_event_modified is not UNSET:
            field_dict["schedule_event_modified"] = schedule_event_modified
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "master_id"
            master_id = _d.pop("master_id", UNSET)
            if _type(master_id) is not int and master_id is not UNSET:
                master_id = _decode.scalar(master_id, int, UNSET)

            _decoding_field = "staff_id"
            staff_id = _d.pop("staff_id", UNSET)
            if _type(staff_id) is not int and staff_id is not UNSET:
                staff_id = _decode.scalar(staff_id, int, UNSET)

            _decoding_field = "service_id"
            service_id = _d.pop("service_id", UNSET)
            if _type(service_id) is not int and service_id is not UNSET:
                service_id = _decode.scalar(service_id, int, UNSET)

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

            _decoding_field = "clients_count"
            clients_count = _d.pop("clients_count", UNSET)
            if _type(clients_count) is not int and clients_count is not UNSET:
                clients_count = _decode.scalar(clients_count, int, UNSET)

            _decoding_field = "color"
            color = _d.pop("color", UNSET)
            if _type(color) is not str and color is not UNSET:
                color = _decode.scalar(color, str, UNSET)

            _decoding_field = "font_color"
            font_color = _d.pop("font_color", UNSET)
            if _type(font_color) is not str and font_color is not UNSET:
                font_color = _decode.scalar(font_color, str, UNSET)

            _decoding_field = "instructions"
            instructions = _decode.scalar_or_null(_d.pop("instructions", UNSET), (str,), UNSET)

            _decoding_field = "stream_link"
            stream_link = _decode.scalar_or_null(_d.pop("stream_link", UNSET), (str,), UNSET)

            _decoding_field = "notified"
            notified = _d.pop("notified", UNSET)
            if _type(notified) is not bool and notified is not UNSET:
                notified = _decode.scalar(notified, bool, UNSET)

            _decoding_field = "comment"
            comment = _decode.scalar_or_null(_d.pop("comment", UNSET), (str,), UNSET)

            _decoding_field = "schedule_id"
            schedule_id = _decode.scalar_or_null(_d.pop("schedule_id", UNSET), (int,), UNSET)

            _decoding_field = "schedule_till"
            _raw_schedule_till = _d.pop("schedule_till", UNSET)
            if _raw_schedule_till is None:
                _raw_schedule_till = UNSET
            schedule_till = _raw_schedule_till

            _decoding_field = "schedule_event_modified"
            schedule_event_modified = _decode.scalar_or_null(_d.pop("schedule_event_modified", UNSET), (bool,), UNSET)

            _decoding_field = "date"
            date = _decode.datetime_or_text(_d.pop("date", UNSET), UNSET)

            _decoding_field = None
            _instance = cls(
                master_id=master_id,
                staff_id=staff_id,
                service_id=service_id,
                timestamp=timestamp,
                length=length,
                capacity=capacity,
                clients_count=clients_count,
                color=color,
                font_color=font_color,
                instructions=instructions,
                stream_link=stream_link,
                notified=notified,
                comment=comment,
                schedule_id=schedule_id,
                schedule_till=schedule_till,
                schedule_event_modified=schedule_event_modified,
                date=date,
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
