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

T = TypeVar("T", bound="EventFilterGroup")


@_attrs_define
class EventFilterGroup:
    """
    Attributes:
        code (str | Unset): `staff`, `resource`, `service` or `service_category`.
        title (str | Unset):
        data (list[EventFilterOption] | Unset):
    """

    code: str | Unset = UNSET
    title: str | Unset = UNSET
    data: list[EventFilterOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "code"
            code = _d.pop("code", UNSET)
            if _type(code) is not str and code is not UNSET:
                code = _decode.scalar(code, str, UNSET)

            _decoding_field = "title"
            title = _d.pop("title", UNSET)
            if _type(title) is not str and title is not UNSET:
                title = _decode.scalar(title, str, UNSET)

            _decoding_field = "data"
            _raw_data = _d.pop("data", UNSET)
            if _raw_data is None:
                _raw_data = UNSET
            _data = _decode.array(_raw_data, UNSET)
            data: list[EventFilterOption] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = EventFilterOption.from_dict(data_item_data)

                    data.append(data_item)

            _decoding_field = None
            _instance = cls(
                code=code,
                title=title,
                data=data,
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
from ..models.event_filter_option import EventFilterOption  # noqa: E402
