# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _decode
from .._runtime._decode import (
    type_of as _type,  # a field may be called `type` (JSON:API resources are)
)
from .._runtime._repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicationStrategyRequest")


@_attrs_define
class DuplicationStrategyRequest:
    """A saved way to repeat an event. The vendor's spec types `days` items as objects, its tag text as integers
    (weekdays); integers are used here. How `interval` counts is unclear in the vendor's example.

        Attributes:
            title (str):
            repeat_mode_id (int): 1 daily (unit day), 2 weekdays, 3 Mon/Wed/Fri, 4 Tue/Thu, 5 weekly (unit week), 6 monthly
                (unit month), 7 yearly (unit year).
            days (list[int] | Unset): Weekdays, 0 = Sunday to 6; used with repeat_mode_id 5 only.
            interval (int | Unset): Gap between repeats, in the mode's unit.
            content_type (int | Unset): Copy the bookings too, 1 no, 2 yes.
    """

    title: str
    repeat_mode_id: int
    days: list[int] | Unset = UNSET
    interval: int | Unset = UNSET
    content_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        repeat_mode_id = self.repeat_mode_id

        days: list[int] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        interval = self.interval

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "repeat_mode_id": repeat_mode_id,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if interval is not UNSET:
            field_dict["interval"] = interval
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "title"
            title = _d.pop("title")
            if _type(title) is not str:
                title = _decode.scalar(title, str)

            _decoding_field = "repeat_mode_id"
            repeat_mode_id = _d.pop("repeat_mode_id")
            if _type(repeat_mode_id) is not int:
                repeat_mode_id = _decode.scalar(repeat_mode_id, int)

            _decoding_field = "days"
            _raw_days = _d.pop("days", UNSET)
            if _raw_days is None:
                _raw_days = UNSET
            days = cast(list[int], _decode.array(_raw_days, UNSET, item=int))

            _decoding_field = "interval"
            interval = _d.pop("interval", UNSET)
            if _type(interval) is not int and interval is not UNSET:
                interval = _decode.scalar(interval, int, UNSET)

            _decoding_field = "content_type"
            content_type = _d.pop("content_type", UNSET)
            if _type(content_type) is not int and content_type is not UNSET:
                content_type = _decode.scalar(content_type, int, UNSET)

            _decoding_field = None
            _instance = cls(
                title=title,
                repeat_mode_id=repeat_mode_id,
                days=days,
                interval=interval,
                content_type=content_type,
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
