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

T = TypeVar("T", bound="EventService")


@_attrs_define
class EventService:
    """
    Attributes:
        id (int | Unset):
        title (str | Unset):
        category_id (int | Unset):
        price_min (float | Unset):
        price_max (float | Unset):
        comment (str | Unset):
        image_url (str | Unset):
        salon_service_id (int | Unset):
        prepaid (str | Unset):
        category (EventServiceCategory | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    comment: str | Unset = UNSET
    image_url: str | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    prepaid: str | Unset = UNSET
    category: EventServiceCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        comment = self.comment

        image_url = self.image_url

        salon_service_id = self.salon_service_id

        prepaid = self.prepaid

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if comment is not UNSET:
            field_dict["comment"] = comment
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if category is not UNSET:
            field_dict["category"] = category

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

            _decoding_field = "category_id"
            category_id = _d.pop("category_id", UNSET)
            if _type(category_id) is not int and category_id is not UNSET:
                category_id = _decode.scalar(category_id, int, UNSET)

            _decoding_field = "price_min"
            price_min = _d.pop("price_min", UNSET)
            if _type(price_min) is not float and price_min is not UNSET:
                price_min = _decode.scalar(price_min, float, UNSET)

            _decoding_field = "price_max"
            price_max = _d.pop("price_max", UNSET)
            if _type(price_max) is not float and price_max is not UNSET:
                price_max = _decode.scalar(price_max, float, UNSET)

            _decoding_field = "comment"
            comment = _d.pop("comment", UNSET)
            if _type(comment) is not str and comment is not UNSET:
                comment = _decode.scalar(comment, str, UNSET)

            _decoding_field = "image_url"
            image_url = _d.pop("image_url", UNSET)
            if _type(image_url) is not str and image_url is not UNSET:
                image_url = _decode.scalar(image_url, str, UNSET)

            _decoding_field = "salon_service_id"
            salon_service_id = _d.pop("salon_service_id", UNSET)
            if _type(salon_service_id) is not int and salon_service_id is not UNSET:
                salon_service_id = _decode.scalar(salon_service_id, int, UNSET)

            _decoding_field = "prepaid"
            prepaid = _d.pop("prepaid", UNSET)
            if _type(prepaid) is not str and prepaid is not UNSET:
                prepaid = _decode.scalar(prepaid, str, UNSET)

            _decoding_field = "category"
            _raw_category = _d.pop("category", UNSET)
            if _raw_category is None:
                _raw_category = UNSET
            _category = _raw_category
            category: EventServiceCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = EventServiceCategory.from_dict(_category)

            _decoding_field = None
            _instance = cls(
                id=id,
                title=title,
                category_id=category_id,
                price_min=price_min,
                price_max=price_max,
                comment=comment,
                image_url=image_url,
                salon_service_id=salon_service_id,
                prepaid=prepaid,
                category=category,
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
from ..models.event_service_category import EventServiceCategory  # noqa: E402
