# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import _decode
from .._runtime._repr import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """The legacy wrapper of an error, used by V1 and by the V2 events pages. `meta` is empty (`[]` or `{}`) on 404.

    Attributes:
        success (bool):
        meta (ErrorMeta | list[ErrorEnvelopeMetaType0Item]):
        data (None | Unset):
    """

    success: bool
    meta: ErrorMeta | list[ErrorEnvelopeMetaType0Item]
    data: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        meta: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.meta, list):
            meta = []
            for meta_type_0_item_data in self.meta:
                meta_type_0_item = meta_type_0_item_data.to_dict()
                meta.append(meta_type_0_item)

        else:
            meta = self.meta.to_dict()

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "meta": meta,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Any failure leaves as a DecodeError naming the field being read; nested models' errors
        # gain this level's field on the way out, so the caller sees `data.attributes.date`.
        _decoding_field: str | None = None
        try:
            _d = _decode.mapping(src_dict)
            _decoding_field = "success"
            success = _decode.scalar(_d.pop("success"), bool)

            _decoding_field = "meta"

            def _parse_meta(data: object) -> ErrorMeta | list[ErrorEnvelopeMetaType0Item]:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    meta_type_0 = []
                    _meta_type_0 = data
                    for meta_type_0_item_data in _meta_type_0:
                        meta_type_0_item = ErrorEnvelopeMetaType0Item.from_dict(meta_type_0_item_data)

                        meta_type_0.append(meta_type_0_item)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_1 = ErrorMeta.from_dict(data)

                return meta_type_1

            meta = _parse_meta(_d.pop("meta"))

            _decoding_field = "data"
            data = _d.pop("data", UNSET)

            _decoding_field = None
            _instance = cls(
                success=success,
                meta=meta,
                data=data,
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
from ..models.error_envelope_meta_type_0_item import ErrorEnvelopeMetaType0Item  # noqa: E402
from ..models.error_meta import ErrorMeta  # noqa: E402
