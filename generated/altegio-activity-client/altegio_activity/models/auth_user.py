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

T = TypeVar("T", bound="AuthUser")


@_attrs_define
class AuthUser:
    """
    Attributes:
        id (int):
        user_token (str): Sent as `User <user_token>` after the partner token.
        name (str | Unset):
        phone (str | Unset):
        login (str | Unset):
        email (str | Unset):
        avatar (str | Unset):
        is_approved (bool | Unset):
        is_email_confirmed (bool | Unset):
    """

    id: int
    user_token: str
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    login: str | Unset = UNSET
    email: str | Unset = UNSET
    avatar: str | Unset = UNSET
    is_approved: bool | Unset = UNSET
    is_email_confirmed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_token = self.user_token

        name = self.name

        phone = self.phone

        login = self.login

        email = self.email

        avatar = self.avatar

        is_approved = self.is_approved

        is_email_confirmed = self.is_email_confirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_token": user_token,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved
        if is_email_confirmed is not UNSET:
            field_dict["is_email_confirmed"] = is_email_confirmed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "id"
            id = _d.pop("id")
            if _type(id) is not int:
                id = _decode.scalar(id, int)

            _decoding_field = "user_token"
            user_token = _d.pop("user_token")
            if _type(user_token) is not str:
                user_token = _decode.scalar(user_token, str)

            _decoding_field = "name"
            name = _d.pop("name", UNSET)
            if _type(name) is not str and name is not UNSET:
                name = _decode.scalar(name, str, UNSET)

            _decoding_field = "phone"
            phone = _d.pop("phone", UNSET)
            if _type(phone) is not str and phone is not UNSET:
                phone = _decode.scalar(phone, str, UNSET)

            _decoding_field = "login"
            login = _d.pop("login", UNSET)
            if _type(login) is not str and login is not UNSET:
                login = _decode.scalar(login, str, UNSET)

            _decoding_field = "email"
            email = _d.pop("email", UNSET)
            if _type(email) is not str and email is not UNSET:
                email = _decode.scalar(email, str, UNSET)

            _decoding_field = "avatar"
            avatar = _d.pop("avatar", UNSET)
            if _type(avatar) is not str and avatar is not UNSET:
                avatar = _decode.scalar(avatar, str, UNSET)

            _decoding_field = "is_approved"
            is_approved = _d.pop("is_approved", UNSET)
            if _type(is_approved) is not bool and is_approved is not UNSET:
                is_approved = _decode.scalar(is_approved, bool, UNSET)

            _decoding_field = "is_email_confirmed"
            is_email_confirmed = _d.pop("is_email_confirmed", UNSET)
            if _type(is_email_confirmed) is not bool and is_email_confirmed is not UNSET:
                is_email_confirmed = _decode.scalar(is_email_confirmed, bool, UNSET)

            _decoding_field = None
            _instance = cls(
                id=id,
                user_token=user_token,
                name=name,
                phone=phone,
                login=login,
                email=email,
                avatar=avatar,
                is_approved=is_approved,
                is_email_confirmed=is_email_confirmed,
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
