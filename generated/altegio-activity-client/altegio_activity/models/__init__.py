# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

from .accepted_envelope import AcceptedEnvelope
from .appointment_document import AppointmentDocument
from .appointment_resource import AppointmentResource
from .appointment_resource_attributes import AppointmentResourceAttributes
from .appointment_resource_relationships import AppointmentResourceRelationships
from .auth_request import AuthRequest
from .auth_user import AuthUser
from .auth_user_envelope import AuthUserEnvelope
from .duplication_strategy_request import DuplicationStrategyRequest
from .duration_details import DurationDetails
from .error_envelope import ErrorEnvelope
from .error_envelope_meta_type_0_item import ErrorEnvelopeMetaType0Item
from .error_meta import ErrorMeta
from .error_meta_errors_type_1 import ErrorMetaErrorsType1
from .event import Event
from .event_appointment_client import EventAppointmentClient
from .event_appointment_client_agreements import EventAppointmentClientAgreements
from .event_appointment_client_custom_field_values_item import (
    EventAppointmentClientCustomFieldValuesItem,
)
from .event_appointment_request import EventAppointmentRequest
from .event_appointment_request_comer import EventAppointmentRequestComer
from .event_appointment_reschedule import EventAppointmentReschedule
from .event_attributes import EventAttributes
from .event_collection_document import EventCollectionDocument
from .event_date_range import EventDateRange
from .event_date_range_envelope import EventDateRangeEnvelope
from .event_document import EventDocument
from .event_duplicate_request import EventDuplicateRequest
from .event_duplicates_envelope import EventDuplicatesEnvelope
from .event_duplicates_envelope_data_item import EventDuplicatesEnvelopeDataItem
from .event_envelope import EventEnvelope
from .event_filter_group import EventFilterGroup
from .event_filter_option import EventFilterOption
from .event_include_value import EventIncludeValue
from .event_labels_type_1 import EventLabelsType1
from .event_list_envelope import EventListEnvelope
from .event_prepaid import EventPrepaid
from .event_relationships import EventRelationships
from .event_request import EventRequest
from .event_resource import EventResource
from .event_search_filters_envelope import EventSearchFiltersEnvelope
from .event_service import EventService
from .event_service_category import EventServiceCategory
from .event_service_option import EventServiceOption
from .event_service_option_category import EventServiceOptionCategory
from .event_service_option_resources_item import EventServiceOptionResourcesItem
from .event_service_option_staff_item import EventServiceOptionStaffItem
from .event_services_envelope import EventServicesEnvelope
from .event_staff import EventStaff
from .event_staff_position import EventStaffPosition
from .event_write_request import EventWriteRequest
from .included_resource import IncludedResource
from .included_resource_attributes import IncludedResourceAttributes
from .included_resource_relationships import IncludedResourceRelationships
from .json_api_error import JsonApiError
from .json_api_error_source import JsonApiErrorSource
from .json_api_errors import JsonApiErrors
from .label import Label
from .meta_object import MetaObject
from .meta_type_0_item import MetaType0Item
from .relationship import Relationship
from .resource_identifier import ResourceIdentifier
from .resource_instance import ResourceInstance
from .success_envelope import SuccessEnvelope
from .undocumented_envelope import UndocumentedEnvelope

__all__ = (
    "AcceptedEnvelope",
    "AppointmentDocument",
    "AppointmentResource",
    "AppointmentResourceAttributes",
    "AppointmentResourceRelationships",
    "AuthRequest",
    "AuthUser",
    "AuthUserEnvelope",
    "DuplicationStrategyRequest",
    "DurationDetails",
    "ErrorEnvelope",
    "ErrorEnvelopeMetaType0Item",
    "ErrorMeta",
    "ErrorMetaErrorsType1",
    "Event",
    "EventAppointmentClient",
    "EventAppointmentClientAgreements",
    "EventAppointmentClientCustomFieldValuesItem",
    "EventAppointmentRequest",
    "EventAppointmentRequestComer",
    "EventAppointmentReschedule",
    "EventAttributes",
    "EventCollectionDocument",
    "EventDateRange",
    "EventDateRangeEnvelope",
    "EventDocument",
    "EventDuplicateRequest",
    "EventDuplicatesEnvelope",
    "EventDuplicatesEnvelopeDataItem",
    "EventEnvelope",
    "EventFilterGroup",
    "EventFilterOption",
    "EventIncludeValue",
    "EventLabelsType1",
    "EventListEnvelope",
    "EventPrepaid",
    "EventRelationships",
    "EventRequest",
    "EventResource",
    "EventSearchFiltersEnvelope",
    "EventService",
    "EventServiceCategory",
    "EventServiceOption",
    "EventServiceOptionCategory",
    "EventServiceOptionResourcesItem",
    "EventServiceOptionStaffItem",
    "EventServicesEnvelope",
    "EventStaff",
    "EventStaffPosition",
    "EventWriteRequest",
    "IncludedResource",
    "IncludedResourceAttributes",
    "IncludedResourceRelationships",
    "JsonApiError",
    "JsonApiErrors",
    "JsonApiErrorSource",
    "Label",
    "MetaObject",
    "MetaType0Item",
    "Relationship",
    "ResourceIdentifier",
    "ResourceInstance",
    "SuccessEnvelope",
    "UndocumentedEnvelope",
)
