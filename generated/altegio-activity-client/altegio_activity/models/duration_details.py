# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

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

T = TypeVar("T", bound="DurationDetails")


@_attrs_define
class DurationDetails:
    """
    Attributes:
        id (int | Unset):
        services_duration (int | Unset):
        technical_break_duration (int | Unset):
    """

    id: int | Unset = UNSET
    services_duration: int | Unset = UNSET
    technical_break_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services_duration = self.services_duration

        technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if services_duration is not UNSET:
            field_dict["services_duration"] = services_duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "id"
            id = _d.pop("id", UNSET)
            if _type(id) is not int and id is not UNSET:
                id = _decode.scalar(id, int, UNSET)

            _decoding_field = "services_duration"
            services_duration = _d.pop("services_duration", UNSET)
            if _type(services_duration) is not int and services_duration is not UNSET:
                services_duration = _decode.scalar(services_duration, int, UNSET)

            _decoding_field = "technical_break_duration"
            technical_break_duration = _d.pop("technical_break_duration", UNSET)
            if _type(technical_break_duration) is not int and technical_break_duration is not UNSET:
                technical_break_duration = _decode.scalar(technical_break_duration, int, UNSET)

            _decoding_field = None
            _instance = cls(
                id=id,
                services_duration=services_duration,
                technical_break_duration=technical_break_duration,
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
