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

T = TypeVar("T", bound="JsonApiError")


@_attrs_define
class JsonApiError:
    """
    Attributes:
        status (str | Unset):
        title (str | Unset):
        detail (str | Unset):
        source (JsonApiErrorSource | Unset):
    """

    status: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    source: JsonApiErrorSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "status"
            status = _d.pop("status", UNSET)
            if _type(status) is not str and status is not UNSET:
                status = _decode.scalar(status, str, UNSET)

            _decoding_field = "title"
            title = _d.pop("title", UNSET)
            if _type(title) is not str and title is not UNSET:
                title = _decode.scalar(title, str, UNSET)

            _decoding_field = "detail"
            detail = _d.pop("detail", UNSET)
            if _type(detail) is not str and detail is not UNSET:
                detail = _decode.scalar(detail, str, UNSET)

            _decoding_field = "source"
            _raw_source = _d.pop("source", UNSET)
            if _raw_source is None:
                _raw_source = UNSET
            _source = _raw_source
            source: JsonApiErrorSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = JsonApiErrorSource.from_dict(_source)

            _decoding_field = None
            _instance = cls(
                status=status,
                title=title,
                detail=detail,
                source=source,
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
from ..models.json_api_error_source import JsonApiErrorSource  # noqa: E402
