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

T = TypeVar("T", bound="EventServiceOption")


@_attrs_define
class EventServiceOption:
    """
    Attributes:
        id (int | Unset):
        title (str | Unset):
        capacity (int | Unset):
        price_min (float | Unset):
        price_max (float | Unset):
        is_multi (bool | Unset): The service can be used for events.
        category (EventServiceOptionCategory | Unset):
        staff (list[EventServiceOptionStaffItem] | Unset):
        resources (list[EventServiceOptionResourcesItem] | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    capacity: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    is_multi: bool | Unset = UNSET
    category: EventServiceOptionCategory | Unset = UNSET
    staff: list[EventServiceOptionStaffItem] | Unset = UNSET
    resources: list[EventServiceOptionResourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        capacity = self.capacity

        price_min = self.price_min

        price_max = self.price_max

        is_multi = self.is_multi

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if category is not UNSET:
            field_dict["category"] = category
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resources is not UNSET:
            field_dict["resources"] = resources

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

            _decoding_field = "capacity"
            capacity = _d.pop("capacity", UNSET)
            if _type(capacity) is not int and capacity is not UNSET:
                capacity = _decode.scalar(capacity, int, UNSET)

            _decoding_field = "price_min"
            price_min = _d.pop("price_min", UNSET)
            if _type(price_min) is not float and price_min is not UNSET:
                price_min = _decode.scalar(price_min, float, UNSET)

            _decoding_field = "price_max"
            price_max = _d.pop("price_max", UNSET)
            if _type(price_max) is not float and price_max is not UNSET:
                price_max = _decode.scalar(price_max, float, UNSET)

            _decoding_field = "is_multi"
            is_multi = _d.pop("is_multi", UNSET)
            if _type(is_multi) is not bool and is_multi is not UNSET:
                is_multi = _decode.scalar(is_multi, bool, UNSET)

            _decoding_field = "category"
            _raw_category = _d.pop("category", UNSET)
            if _raw_category is None:
                _raw_category = UNSET
            _category = _raw_category
            category: EventServiceOptionCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = EventServiceOptionCategory.from_dict(_category)

            _decoding_field = "staff"
            _raw_staff = _d.pop("staff", UNSET)
            if _raw_staff is None:
                _raw_staff = UNSET
            _staff = _decode.array(_raw_staff, UNSET)
            staff: list[EventServiceOptionStaffItem] | Unset = UNSET
            if _staff is not UNSET:
                staff = []
                for staff_item_data in _staff:
                    staff_item = EventServiceOptionStaffItem.from_dict(staff_item_data)

                    staff.append(staff_item)

            _decoding_field = "resources"
            _raw_resources = _d.pop("resources", UNSET)
            if _raw_resources is None:
                _raw_resources = UNSET
            _resources = _decode.array(_raw_resources, UNSET)
            resources: list[EventServiceOptionResourcesItem] | Unset = UNSET
            if _resources is not UNSET:
                resources = []
                for resources_item_data in _resources:
                    resources_item = EventServiceOptionResourcesItem.from_dict(resources_item_data)

                    resources.append(resources_item)

            _decoding_field = None
            _instance = cls(
                id=id,
                title=title,
                capacity=capacity,
                price_min=price_min,
                price_max=price_max,
                is_multi=is_multi,
                category=category,
                staff=staff,
                resources=resources,
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
from ..models.event_service_option_category import EventServiceOptionCategory  # noqa: E402
from ..models.event_service_option_resources_item import EventServiceOptionResourcesItem  # noqa: E402
from ..models.event_service_option_staff_item import EventServiceOptionStaffItem  # noqa: E402
