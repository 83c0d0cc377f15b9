# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _decode
from .._runtime._repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRelationships")


@_attrs_define
class EventRelationships:
    """Present only for the relations `include` asked for.

    Attributes:
        staff (Relationship | Unset):
        master (Relationship | Unset):
        service (Relationship | Unset):
        resource_instances (Relationship | Unset):
        labels (Relationship | Unset):
        duration_details (Relationship | Unset):
    """

    staff: Relationship | Unset = UNSET
    master: Relationship | Unset = UNSET
    service: Relationship | Unset = UNSET
    resource_instances: Relationship | Unset = UNSET
    labels: Relationship | Unset = UNSET
    duration_details: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        resource_instances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = self.resource_instances.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff is not UNSET:
            field_dict["staff"] = staff
        if master is not UNSET:
            field_dict["master"] = master
        if service is not UNSET:
            field_dict["service"] = service
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "staff"
            _raw_staff = _d.pop("staff", UNSET)
            if _raw_staff is None:
                _raw_staff = UNSET
            _staff = _raw_staff
            staff: Relationship | Unset
            if isinstance(_staff, Unset):
                staff = UNSET
            else:
                staff = Relationship.from_dict(_staff)

            _decoding_field = "master"
            _raw_master = _d.pop("master", UNSET)
            if _raw_master is None:
                _raw_master = UNSET
            _master = _raw_master
            master: Relationship | Unset
            if isinstance(_master, Unset):
                master = UNSET
            else:
                master = Relationship.from_dict(_master)

            _decoding_field = "service"
            _raw_service = _d.pop("service", UNSET)
            if _raw_service is None:
                _raw_service = UNSET
            _service = _raw_service
            service: Relationship | Unset
            if isinstance(_service, Unset):
                service = UNSET
            else:
                service = Relationship.from_dict(_service)

            _decoding_field = "resource_instances"
            _raw_resource_instances = _d.pop("resource_instances", UNSET)
            if _raw_resource_instances is None:
                _raw_resource_instances = UNSET
            _resource_instances = _raw_resource_instances
            resource_instances: Relationship | Unset
            if isinstance(_resource_instances, Unset):
                resource_instances = UNSET
            else:
                resource_instances = Relationship.from_dict(_resource_instances)

            _decoding_field = "labels"
            _raw_labels = _d.pop("labels", UNSET)
            if _raw_labels is None:
                _raw_labels = UNSET
            _labels = _raw_labels
            labels: Relationship | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = Relationship.from_dict(_labels)

            _decoding_field = "duration_details"
            _raw_duration_details = _d.pop("duration_details", UNSET)
            if _raw_duration_details is None:
                _raw_duration_details = UNSET
            _duration_details = _raw_duration_details
            duration_details: Relationship | Unset
            if isinstance(_duration_details, Unset):
                duration_details = UNSET
            else:
                duration_details = Relationship.from_dict(_duration_details)

            _decoding_field = None
            _instance = cls(
                staff=staff,
                master=master,
                service=service,
                resource_instances=resource_instances,
                labels=labels,
                duration_details=duration_details,
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
from ..models.relationship import Relationship  # noqa: E402
