# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        id = d.pop("id")

        user_token = d.pop("user_token")

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        login = d.pop("login", UNSET)

        email = d.pop("email", UNSET)

        avatar = d.pop("avatar", UNSET)

        is_approved = d.pop("is_approved", UNSET)

        is_email_confirmed = d.pop("is_email_confirmed", UNSET)

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

        _instance.additional_properties = d
        return _instance

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
