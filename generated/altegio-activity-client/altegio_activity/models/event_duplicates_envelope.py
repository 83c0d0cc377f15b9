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

T = TypeVar("T", bound="EventDuplicatesEnvelope")


@_attrs_define
class EventDuplicatesEnvelope:
    """
    Attributes:
        success (bool): Always true here; false bodies are errors.
        data (list[EventDuplicatesEnvelopeDataItem]): The copies; their shape is not documented, so they are kept as
            sent.
        meta (list[MetaType0Item] | MetaObject | Unset): Often an empty array; sometimes an object with a message or
            counts.
    """

    success: bool
    data: list[EventDuplicatesEnvelopeDataItem]
    meta: list[MetaType0Item] | MetaObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, list):
            meta = []
            for componentsschemas_meta_type_0_item_data in self.meta:
                componentsschemas_meta_type_0_item = componentsschemas_meta_type_0_item_data.to_dict()
                meta.append(componentsschemas_meta_type_0_item)

        else:
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "success"
            success = _d.pop("success")
            if _type(success) is not bool:
                success = _decode.scalar(success, bool)

            _decoding_field = "data"
            data = []
            _data = _decode.array(_d.pop("data"))
            for data_item_data in _data:
                data_item = EventDuplicatesEnvelopeDataItem.from_dict(data_item_data)

                data.append(data_item)

            _decoding_field = "meta"
            _raw_meta = _d.pop("meta", UNSET)
            if _raw_meta is None:
                _raw_meta = UNSET

            def _parse_meta(data: object) -> list[MetaType0Item] | MetaObject | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_meta_type_0 = []
                    _componentsschemas_meta_type_0 = data
                    for componentsschemas_meta_type_0_item_data in _componentsschemas_meta_type_0:
                        componentsschemas_meta_type_0_item = MetaType0Item.from_dict(
                            componentsschemas_meta_type_0_item_data
                        )

                        componentsschemas_meta_type_0.append(componentsschemas_meta_type_0_item)

                    return componentsschemas_meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_meta_type_1 = MetaObject.from_dict(data)

                return componentsschemas_meta_type_1

            meta = _parse_meta(_raw_meta)

            _decoding_field = None
            _instance = cls(
                success=success,
                data=data,
                meta=meta,
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
from ..models.event_duplicates_envelope_data_item import EventDuplicatesEnvelopeDataItem  # noqa: E402
from ..models.meta_object import MetaObject  # noqa: E402
from ..models.meta_type_0_item import MetaType0Item  # noqa: E402
