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

T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """
    Attributes:
        id (int | Unset):
        title (str | Unset):
        color (str | Unset):
        font_color (str | Unset):
        icon (str | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    color: str | Unset = UNSET
    font_color: str | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        color = self.color

        font_color = self.font_color

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if icon is not UNSET:
            field_dict["icon"] = icon

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

            _decoding_field = "title"
            title = _d.pop("title", UNSET)
            if _type(title) is not str and title is not UNSET:
                title = _decode.scalar(title, str, UNSET)

            _decoding_field = "color"
            color = _d.pop("color", UNSET)
            if _type(color) is not str and color is not UNSET:
                color = _decode.scalar(color, str, UNSET)

            _decoding_field = "font_color"
            font_color = _d.pop("font_color", UNSET)
            if _type(font_color) is not str and font_color is not UNSET:
                font_color = _decode.scalar(font_color, str, UNSET)

            _decoding_field = "icon"
            icon = _d.pop("icon", UNSET)
            if _type(icon) is not str and icon is not UNSET:
                icon = _decode.scalar(icon, str, UNSET)

            _decoding_field = None
            _instance = cls(
                id=id,
                title=title,
                color=color,
                font_color=font_color,
                icon=icon,
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
