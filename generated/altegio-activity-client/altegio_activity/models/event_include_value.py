# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from enum import StrEnum


class EventIncludeValue(StrEnum):
    DURATION_DETAILS = "duration_details"
    LABELS = "labels"
    MASTER = "master"
    RESOURCE_INSTANCES = "resource_instances"
    SERVICE = "service"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
