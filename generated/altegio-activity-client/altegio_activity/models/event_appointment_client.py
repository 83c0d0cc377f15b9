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

T = TypeVar("T", bound="EventAppointmentClient")


@_attrs_define
class EventAppointmentClient:
    """The person booked; `id` null for a new client.

    Attributes:
        id (int | None | Unset):
        name (str | Unset):
        surname (str | Unset):
        patronymic (str | Unset):
        phone (str | Unset): 9 to 15 digits, or empty.
        email (str | Unset):
        gender (int | None | Unset): 0, 1 or 2.
        birthday (str | Unset):
        custom_field_values (list[EventAppointmentClientCustomFieldValuesItem] | Unset):
        agreements (EventAppointmentClientAgreements | Unset):
        comment (str | Unset):
        national_id (str | Unset):
    """

    id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    gender: int | None | Unset = UNSET
    birthday: str | Unset = UNSET
    custom_field_values: list[EventAppointmentClientCustomFieldValuesItem] | Unset = UNSET
    agreements: EventAppointmentClientAgreements | Unset = UNSET
    comment: str | Unset = UNSET
    national_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        phone = self.phone

        email = self.email

        gender: int | None | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        birthday = self.birthday

        custom_field_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = []
            for custom_field_values_item_data in self.custom_field_values:
                custom_field_values_item = custom_field_values_item_data.to_dict()
                custom_field_values.append(custom_field_values_item)

        agreements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agreements, Unset):
            agreements = self.agreements.to_dict()

        comment = self.comment

        national_id = self.national_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values
        if agreements is not UNSET:
            field_dict["agreements"] = agreements
        if comment is not UNSET:
            field_dict["comment"] = comment
        if national_id is not UNSET:
            field_dict["national_id"] = national_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "id"
            id = _decode.scalar_or_null(_d.pop("id", UNSET), (int,), UNSET)

            _decoding_field = "name"
            name = _d.pop("name", UNSET)
            if _type(name) is not str and name is not UNSET:
                name = _decode.scalar(name, str, UNSET)

            _decoding_field = "surname"
            surname = _d.pop("surname", UNSET)
            if _type(surname) is not str and surname is not UNSET:
                surname = _decode.scalar(surname, str, UNSET)

            _decoding_field = "patronymic"
            patronymic = _d.pop("patronymic", UNSET)
            if _type(patronymic) is not str and patronymic is not UNSET:
                patronymic = _decode.scalar(patronymic, str, UNSET)

            _decoding_field = "phone"
            phone = _d.pop("phone", UNSET)
            if _type(phone) is not str and phone is not UNSET:
                phone = _decode.scalar(phone, str, UNSET)

            _decoding_field = "email"
            email = _d.pop("email", UNSET)
            if _type(email) is not str and email is not UNSET:
                email = _decode.scalar(email, str, UNSET)

            _decoding_field = "gender"
            gender = _decode.scalar_or_null(_d.pop("gender", UNSET), (int,), UNSET)

            _decoding_field = "birthday"
            birthday = _d.pop("birthday", UNSET)
            if _type(birthday) is not str and birthday is not UNSET:
                birthday = _decode.scalar(birthday, str, UNSET)

            _decoding_field = "custom_field_values"
            _raw_custom_field_values = _d.pop("custom_field_values", UNSET)
            if _raw_custom_field_values is None:
                _raw_custom_field_values = UNSET
            _custom_field_values = _decode.array(_raw_custom_field_values, UNSET)
            custom_field_values: list[EventAppointmentClientCustomFieldValuesItem] | Unset = UNSET
            if _custom_field_values is not UNSET:
                custom_field_values = []
                for custom_field_values_item_data in _custom_field_values:
                    custom_field_values_item = EventAppointmentClientCustomFieldValuesItem.from_dict(
                        custom_field_values_item_data
                    )

                    custom_field_values.append(custom_field_values_item)

            _decoding_field = "agreements"
            _raw_agreements = _d.pop("agreements", UNSET)
            if _raw_agreements is None:
                _raw_agreements = UNSET
            _agreements = _raw_agreements
            agreements: EventAppointmentClientAgreements | Unset
            if isinstance(_agreements, Unset):
                agreements = UNSET
            else:
                agreements = EventAppointmentClientAgreements.from_dict(_agreements)

            _decoding_field = "comment"
            comment = _d.pop("comment", UNSET)
            if _type(comment) is not str and comment is not UNSET:
                comment = _decode.scalar(comment, str, UNSET)

            _decoding_field = "national_id"
            national_id = _d.pop("national_id", UNSET)
            if _type(national_id) is not str and national_id is not UNSET:
                national_id = _decode.scalar(national_id, str, UNSET)

            _decoding_field = None
            _instance = cls(
                id=id,
                name=name,
                surname=surname,
                patronymic=patronymic,
                phone=phone,
                email=email,
                gender=gender,
                birthday=birthday,
                custom_field_values=custom_field_values,
                agreements=agreements,
                comment=comment,
                national_id=national_id,
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
from ..models.event_appointment_client_agreements import (
    EventAppointmentClientAgreements,  # noqa: E402
)
from ..models.event_appointment_client_custom_field_values_item import (
    EventAppointmentClientCustomFieldValuesItem,  # noqa: E402
)
