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

T = TypeVar("T", bound="EventStaff")


@_attrs_define
class EventStaff:
    """
    Attributes:
        id (int | Unset):
        api_id (None | str | Unset):
        name (str | Unset):
        company_id (int | Unset):
        specialization (str | Unset):
        avatar (str | Unset):
        avatar_big (str | Unset):
        position (EventStaffPosition | Unset):
    """

    id: int | Unset = UNSET
    api_id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    position: EventStaffPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_id: None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        avatar = self.avatar

        avatar_big = self.avatar_big

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if position is not UNSET:
            field_dict["position"] = position

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

            _decoding_field = "api_id"
            api_id = _decode.scalar_or_null(_d.pop("api_id", UNSET), (str,), UNSET)

            _decoding_field = "name"
            name = _d.pop("name", UNSET)
            if _type(name) is not str and name is not UNSET:
                name = _decode.scalar(name, str, UNSET)

            _decoding_field = "company_id"
            company_id = _d.pop("company_id", UNSET)
            if _type(company_id) is not int and company_id is not UNSET:
                company_id = _decode.scalar(company_id, int, UNSET)

            _decoding_field = "specialization"
            specialization = _d.pop("specialization", UNSET)
            if _type(specialization) is not str and specialization is not UNSET:
                specialization = _decode.scalar(specialization, str, UNSET)

            _decoding_field = "avatar"
            avatar = _d.pop("avatar", UNSET)
            if _type(avatar) is not str and avatar is not UNSET:
                avatar = _decode.scalar(avatar, str, UNSET)

            _decoding_field = "avatar_big"
            avatar_big = _d.pop("avatar_big", UNSET)
            if _type(avatar_big) is not str and avatar_big is not UNSET:
                avatar_big = _decode.scalar(avatar_big, str, UNSET)

            _decoding_field = "position"
            _raw_position = _d.pop("position", UNSET)
            if _raw_position is None:
                _raw_position = UNSET
            _position = _raw_position
            position: EventStaffPosition | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = EventStaffPosition.from_dict(_position)

            _decoding_field = None
            _instance = cls(
                id=id,
                api_id=api_id,
                name=name,
                company_id=company_id,
                specialization=specialization,
                avatar=avatar,
                avatar_big=avatar_big,
                position=position,
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
from ..models.event_staff_position import EventStaffPosition  # noqa: E402
