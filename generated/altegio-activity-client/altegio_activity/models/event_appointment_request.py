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

T = TypeVar("T", bound="EventAppointmentRequest")


@_attrs_define
class EventAppointmentRequest:
    """A booking inside an event.

    Attributes:
        client (EventAppointmentClient): The person booked; `id` null for a new client.
        clients_count (int): Places taken by this booking.
        client_id (int | Unset): Use `client.id`.
        comer_id (int | Unset):
        comer (EventAppointmentRequestComer | Unset):
        is_trial_service (bool | Unset):
    """

    client: EventAppointmentClient
    clients_count: int
    client_id: int | Unset = UNSET
    comer_id: int | Unset = UNSET
    comer: EventAppointmentRequestComer | Unset = UNSET
    is_trial_service: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        clients_count = self.clients_count

        client_id = self.client_id

        comer_id = self.comer_id

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        is_trial_service = self.is_trial_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
                "clients_count": clients_count,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comer_id is not UNSET:
            field_dict["comer_id"] = comer_id
        if comer is not UNSET:
            field_dict["comer"] = comer
        if is_trial_service is not UNSET:
            field_dict["is_trial_service"] = is_trial_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "client"
            client = EventAppointmentClient.from_dict(_d.pop("client"))

            _decoding_field = "clients_count"
            clients_count = _d.pop("clients_count")
            if _type(clients_count) is not int:
                clients_count = _decode.scalar(clients_count, int)

            _decoding_field = "client_id"
            client_id = _d.pop("client_id", UNSET)
            if _type(client_id) is not int and client_id is not UNSET:
                client_id = _decode.scalar(client_id, int, UNSET)

            _decoding_field = "comer_id"
            comer_id = _d.pop("comer_id", UNSET)
            if _type(comer_id) is not int and comer_id is not UNSET:
                comer_id = _decode.scalar(comer_id, int, UNSET)

            _decoding_field = "comer"
            _raw_comer = _d.pop("comer", UNSET)
            if _raw_comer is None:
                _raw_comer = UNSET
            _comer = _raw_comer
            comer: EventAppointmentRequestComer | Unset
            if isinstance(_comer, Unset):
                comer = UNSET
            else:
                comer = EventAppointmentRequestComer.from_dict(_comer)

            _decoding_field = "is_trial_service"
            is_trial_service = _d.pop("is_trial_service", UNSET)
            if _type(is_trial_service) is not bool and is_trial_service is not UNSET:
                is_trial_service = _decode.scalar(is_trial_service, bool, UNSET)

            _decoding_field = None
            _instance = cls(
                client=client,
                clients_count=clients_count,
                client_id=client_id,
                comer_id=comer_id,
                comer=comer,
                is_trial_service=is_trial_service,
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
from ..models.event_appointment_client import EventAppointmentClient  # noqa: E402
from ..models.event_appointment_request_comer import EventAppointmentRequestComer  # noqa: E402
