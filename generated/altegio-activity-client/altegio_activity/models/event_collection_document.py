# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _decode
from .._runtime._repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventCollectionDocument")


@_attrs_define
class EventCollectionDocument:
    """A list of V2 events. The vendor documents `data` and `included` only (no `meta`, no pagination); other keys are
    kept.

        Attributes:
            data (list[EventResource]):
            included (list[IncludedResource] | Unset):
    """

    data: list[EventResource]
    included: list[IncludedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "data"
            data = []
            _data = _decode.array(_d.pop("data"))
            for data_item_data in _data:
                data_item = EventResource.from_dict(data_item_data)

                data.append(data_item)

            _decoding_field = "included"
            _raw_included = _d.pop("included", UNSET)
            if _raw_included is None:
                _raw_included = UNSET
            _included = _decode.array(_raw_included, UNSET)
            included: list[IncludedResource] | Unset = UNSET
            if _included is not UNSET:
                included = []
                for included_item_data in _included:
                    included_item = IncludedResource.from_dict(included_item_data)

                    included.append(included_item)

            _decoding_field = None
            _instance = cls(
                data=data,
                included=included,
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
from ..models.event_resource import EventResource  # noqa: E402
from ..models.included_resource import IncludedResource  # noqa: E402
