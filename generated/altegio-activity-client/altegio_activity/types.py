# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field

from ._runtime.error_details import ErrorDetail


class Unset:
    """The type of `UNSET`: a field or argument left out.

    Code tests `is UNSET`, so a copy, deepcopy or pickle of a model must bring back this very
    object, never a second `Unset` that JSON cannot encode.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle: the module-level name, so unpickling finds the singleton

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: object) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    Its repr shows the status and the parsed body (whose model reprs leave out secrets), not the
    raw `content` or `headers`: a login's body holds the user token, and reprs end up in logs.
    """

    status_code: HTTPStatus
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T


__all__ = ["UNSET", "ErrorDetail", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
