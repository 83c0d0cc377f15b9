# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""Operations grouped as resources on the client: `client.<resource>.<method>(...)`.

One module per resource the client has as an attribute, with its sub-resources; their classes
are re-exported here by name.
"""

from .events import (
    AsyncEventsAppointmentsResource,
    AsyncEventsResource,
    EventsAppointmentsResource,
    EventsResource,
)
from .v1 import (
    AsyncV1EventsDuplicationStrategiesResource,
    AsyncV1EventsResource,
    AsyncV1Resource,
    V1EventsDuplicationStrategiesResource,
    V1EventsResource,
    V1Resource,
)

__all__ = [
    "EventsAppointmentsResource",
    "AsyncEventsAppointmentsResource",
    "EventsResource",
    "AsyncEventsResource",
    "V1EventsDuplicationStrategiesResource",
    "AsyncV1EventsDuplicationStrategiesResource",
    "V1EventsResource",
    "AsyncV1EventsResource",
    "V1Resource",
    "AsyncV1Resource",
]
