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

T = TypeVar("T", bound="EventDuplicateRequest")


@_attrs_define
class EventDuplicateRequest:
    """How to duplicate. The V1 page lists no fields; these come from the vendor's V2 duplicate (uncertain for V1). Other
    keys (such as a strategy id or repeat parameters) are sent as given.

        Attributes:
            dates (list[str] | Unset): Up to 100 location-local start times, `YYYY-MM-DDTHH:MM:SS`.
            content_type (int | Unset): 1 the event only, 2 the event with its bookings.
            force (bool | Unset): Go ahead even if the team member or resources are busy.
    """

    dates: list[str] | Unset = UNSET
    content_type: int | Unset = UNSET
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates

        content_type = self.content_type

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dates is not UNSET:
            field_dict["dates"] = dates
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
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
            _decoding_field = "dates"
            _raw_dates = _d.pop("dates", UNSET)
            if _raw_dates is None:
                _raw_dates = UNSET
            dates = cast(list[str], _decode.array(_raw_dates, UNSET, item=str))

            _decoding_field = "content_type"
            content_type = _d.pop("content_type", UNSET)
            if _type(content_type) is not int and content_type is not UNSET:
                content_type = _decode.scalar(content_type, int, UNSET)

            _decoding_field = "force"
            force = _d.pop("force", UNSET)
            if _type(force) is not bool and force is not UNSET:
                force = _decode.scalar(force, bool, UNSET)

            _decoding_field = None
            _instance = cls(
                dates=dates,
                content_type=content_type,
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
