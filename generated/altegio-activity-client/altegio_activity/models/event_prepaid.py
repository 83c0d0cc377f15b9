# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from enum import StrEnum


class EventPrepaid(StrEnum):
    FORBIDDEN = "forbidden"
    OPTIONAL = "optional"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
