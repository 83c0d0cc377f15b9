# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

from .accepted_envelope import AcceptedEnvelope
from .activity_attributes import ActivityAttributes
from .activity_collection import ActivityCollection
from .activity_document import ActivityDocument
from .activity_document_included_item import ActivityDocumentIncludedItem
from .activity_filter import ActivityFilter
from .activity_request import ActivityRequest
from .activity_resource import ActivityResource
from .activity_resource_relationships import ActivityResourceRelationships
from .auth_request import AuthRequest
from .auth_user import AuthUser
from .auth_user_envelope import AuthUserEnvelope
from .duration_details import DurationDetails
from .error_envelope import ErrorEnvelope
from .error_envelope_meta_type_0_item import ErrorEnvelopeMetaType0Item
from .error_meta import ErrorMeta
from .error_meta_errors import ErrorMetaErrors
from .event import Event
from .event_envelope import EventEnvelope
from .event_list_envelope import EventListEnvelope
from .event_prepaid import EventPrepaid
from .event_request import EventRequest
from .event_service import EventService
from .event_staff import EventStaff
from .json_api_error import JsonApiError
from .json_api_error_source import JsonApiErrorSource
from .json_api_errors import JsonApiErrors
from .label import Label
from .meta_object import MetaObject
from .meta_type_0_item import MetaType0Item
from .resource_instance import ResourceInstance
from .success_envelope import SuccessEnvelope

__all__ = (
    "AcceptedEnvelope",
    "ActivityAttributes",
    "ActivityCollection",
    "ActivityDocument",
    "ActivityDocumentIncludedItem",
    "ActivityFilter",
    "ActivityRequest",
    "ActivityResource",
    "ActivityResourceRelationships",
    "AuthRequest",
    "AuthUser",
    "AuthUserEnvelope",
    "DurationDetails",
    "ErrorEnvelope",
    "ErrorEnvelopeMetaType0Item",
    "ErrorMeta",
    "ErrorMetaErrors",
    "Event",
    "EventEnvelope",
    "EventListEnvelope",
    "EventPrepaid",
    "EventRequest",
    "EventService",
    "EventStaff",
    "JsonApiError",
    "JsonApiErrors",
    "JsonApiErrorSource",
    "Label",
    "MetaObject",
    "MetaType0Item",
    "ResourceInstance",
    "SuccessEnvelope",
)
