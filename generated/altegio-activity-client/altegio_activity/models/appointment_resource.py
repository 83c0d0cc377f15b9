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

T = TypeVar("T", bound="AppointmentResource")


@_attrs_define
class AppointmentResource:
    """
    Attributes:
        type_ (str):
        id (str):
        attributes (AppointmentResourceAttributes | Unset):
        relationships (AppointmentResourceRelationships | Unset):
    """

    type_: str
    id: str
    attributes: AppointmentResourceAttributes | Unset = UNSET
    relationships: AppointmentResourceRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "type"
            type_ = _d.pop("type")
            if _type(type_) is not str:
                type_ = _decode.scalar(type_, str)

            _decoding_field = "id"
            id = _d.pop("id")
            if _type(id) is not str:
                id = _decode.scalar(id, str)

            _decoding_field = "attributes"
            _raw_attributes = _d.pop("attributes", UNSET)
            if _raw_attributes is None:
                _raw_attributes = UNSET
            _attributes = _raw_attributes
            attributes: AppointmentResourceAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = AppointmentResourceAttributes.from_dict(_attributes)

            _decoding_field = "relationships"
            _raw_relationships = _d.pop("relationships", UNSET)
            if _raw_relationships is None:
                _raw_relationships = UNSET
            _relationships = _raw_relationships
            relationships: AppointmentResourceRelationships | Unset
            if isinstance(_relationships, Unset):
                relationships = UNSET
            else:
                relationships = AppointmentResourceRelationships.from_dict(_relationships)

            _decoding_field = None
            _instance = cls(
                type_=type_,
                id=id,
                attributes=attributes,
                relationships=relationships,
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
from ..models.appointment_resource_attributes import AppointmentResourceAttributes  # noqa: E402
from ..models.appointment_resource_relationships import AppointmentResourceRelationships  # noqa: E402
