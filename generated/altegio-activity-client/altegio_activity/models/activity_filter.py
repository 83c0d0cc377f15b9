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
from .._runtime.dates import format_local_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityFilter")


@_attrs_define
class ActivityFilter:
    """
    Attributes:
        from_ (str): Start, location-local. Example: 2026-11-01 00:00:00.
        to (str): End, location-local. Example: 2026-11-30 23:59:59.
        capacity (int | Unset):
    """

    from_: datetime.datetime | str
    to: datetime.datetime | str
    capacity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = format_local_datetime(self.from_, "%Y-%m-%d %H:%M:%S")

        to = format_local_datetime(self.to, "%Y-%m-%d %H:%M:%S")

        capacity = self.capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "from"
            from_ = _d.pop("from")

            _decoding_field = "to"
            to = _d.pop("to")

            _decoding_field = "capacity"
            capacity = _d.pop("capacity", UNSET)
            if _type(capacity) is not int and capacity is not UNSET:
                capacity = _decode.scalar(capacity, int, UNSET)

            _decoding_field = None
            _instance = cls(
                from_=from_,
                to=to,
                capacity=capacity,
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
