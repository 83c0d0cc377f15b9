# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _decode
from .._runtime._repr import model_repr
from .._runtime.dates import format_local_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventWriteRequest")


@_attrs_define
class EventWriteRequest:
    """A V2 event to create, or the new state of one (PUT replaces it all).

    Attributes:
        staff_id (int): The team member.
        service_id (int):
        resource_instance_ids (list[int]): May be empty.
        label_ids (list[int]): Tag ids; may be empty.
        date (str): Start, location-local date and time. Example: 2026-11-22 14:00:00.
        length (int): Total seconds, including any technical break.
        capacity (int): Total places.
        technical_break_duration (int | None | Unset): Seconds, a multiple of 300, at most 3600, counted inside
            `length`; null keeps the current value (update) or uses the location's default.
        comment (None | str | Unset):
        color (None | str | Unset): With the leading `#`. Example: #9c27b0.
        instructions (None | str | Unset): For booking users.
        stream_link (None | str | Unset): Link to the online event.
        force (bool | Unset): Skip the team member and resource availability checks.
    """

    staff_id: int
    service_id: int
    resource_instance_ids: list[int]
    label_ids: list[int]
    date: datetime.datetime | str
    length: int
    capacity: int
    technical_break_duration: int | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    stream_link: None | str | Unset = UNSET
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        service_id = self.service_id

        resource_instance_ids = self.resource_instance_ids

        label_ids = self.label_ids

        date = format_local_datetime(self.date, "%Y-%m-%d %H:%M:%S")

        length = self.length

        capacity = self.capacity

        technical_break_duration: int | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

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

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "staff_id": staff_id,
                "service_id": service_id,
                "resource_instance_ids": resource_instance_ids,
                "label_ids": label_ids,
                "date": date,
                "length": length,
                "capacity": capacity,
            }
        )
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if comment is not UNSET:
            field_dict["comment"] = comment
        if color is not UNSET:
            field_dict["color"] = color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "staff_id"
            staff_id = _decode.scalar(_d.pop("staff_id"), int)

            _decoding_field = "service_id"
            service_id = _decode.scalar(_d.pop("service_id"), int)

            _decoding_field = "resource_instance_ids"
            resource_instance_ids = cast(list[int], _decode.array(_d.pop("resource_instance_ids"), item=int))

            _decoding_field = "label_ids"
            label_ids = cast(list[int], _decode.array(_d.pop("label_ids"), item=int))

            _decoding_field = "date"
            date = _d.pop("date")

            _decoding_field = "length"
            length = _decode.scalar(_d.pop("length"), int)

            _decoding_field = "capacity"
            capacity = _decode.scalar(_d.pop("capacity"), int)

            _decoding_field = "technical_break_duration"
            technical_break_duration = _decode.scalar_or_null(_d.pop("technical_break_duration", UNSET), (int,), UNSET)

            _decoding_field = "comment"
            comment = _decode.scalar_or_null(_d.pop("comment", UNSET), (str,), UNSET)

            _decoding_field = "color"
            color = _decode.scalar_or_null(_d.pop("color", UNSET), (str,), UNSET)

            _decoding_field = "instructions"
            instructions = _decode.scalar_or_null(_d.pop("instructions", UNSET), (str,), UNSET)

            _decoding_field = "stream_link"
            stream_link = _decode.scalar_or_null(_d.pop("stream_link", UNSET), (str,), UNSET)

            _decoding_field = "force"
            force = _decode.scalar(_d.pop("force", UNSET), bool, UNSET)

            _decoding_field = None
            _instance = cls(
                staff_id=staff_id,
                service_id=service_id,
                resource_instance_ids=resource_instance_ids,
                label_ids=label_ids,
                date=date,
                length=length,
                capacity=capacity,
                technical_break_duration=technical_break_duration,
                comment=comment,
                color=color,
                instructions=instructions,
                stream_link=stream_link,
                force=force,
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
