# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _decode
from .._runtime._decode import (
    type_of as _type,  # a field may be called `type` (JSON:API resources are)
)
from .._runtime._repr import model_repr
from .._runtime.dates import format_local_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRequest")


@_attrs_define
class EventRequest:
    """A V1 event to create, or the new state of one (vendor title "Event creation/update request body"). The vendor types
    the numbers as `number`.

        Attributes:
            date (str): Location-local date and time, without seconds or offset. Example: 2026-10-10 15:30.
            service_id (int):
            staff_id (int): The team member.
            capacity (int): Number of places.
            force (bool): Go ahead even if the team member or resources are busy.
            length (int | Unset): Duration in seconds.
            resource_instance_ids (list[int] | Unset):
    """

    date: datetime.datetime | str
    service_id: int
    staff_id: int
    capacity: int
    force: bool
    length: int | Unset = UNSET
    resource_instance_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = format_local_datetime(self.date, "%Y-%m-%d %H:%M")

        service_id = self.service_id

        staff_id = self.staff_id

        capacity = self.capacity

        force = self.force

        length = self.length

        resource_instance_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "service_id": service_id,
                "staff_id": staff_id,
                "capacity": capacity,
                "force": force,
            }
        )
        if length is not UNSET:
            field_dict["length"] = length
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "date"
            date = _d.pop("date")

            _decoding_field = "service_id"
            service_id = _d.pop("service_id")
            if _type(service_id) is not int:
                service_id = _decode.scalar(service_id, int)

            _decoding_field = "staff_id"
            staff_id = _d.pop("staff_id")
            if _type(staff_id) is not int:
                staff_id = _decode.scalar(staff_id, int)

            _decoding_field = "capacity"
            capacity = _d.pop("capacity")
            if _type(capacity) is not int:
                capacity = _decode.scalar(capacity, int)

            _decoding_field = "force"
            force = _d.pop("force")
            if _type(force) is not bool:
                force = _decode.scalar(force, bool)

            _decoding_field = "length"
            length = _d.pop("length", UNSET)
            if _type(length) is not int and length is not UNSET:
                length = _decode.scalar(length, int, UNSET)

            _decoding_field = "resource_instance_ids"
            _raw_resource_instance_ids = _d.pop("resource_instance_ids", UNSET)
            if _raw_resource_instance_ids is None:
                _raw_resource_instance_ids = UNSET
            resource_instance_ids = cast(list[int], _decode.array(_raw_resource_instance_ids, UNSET, item=int))

            _decoding_field = None
            _instance = cls(
                date=date,
                service_id=service_id,
                staff_id=staff_id,
                capacity=capacity,
                force=force,
                length=length,
                resource_instance_ids=resource_instance_ids,
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
