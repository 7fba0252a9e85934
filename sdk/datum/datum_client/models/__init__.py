"""Contains all the data models used in inputs/outputs.

Models load on first use (`from datum_client.models import X` imports only X's module), so
importing the package stays cheap however many models the API has.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .condition import Condition
    from .condition_status import ConditionStatus
    from .create_project_dry_run import CreateProjectDryRun
    from .create_project_field_validation import CreateProjectFieldValidation
    from .delete_options import DeleteOptions
    from .delete_options_dry_run_item import DeleteOptionsDryRunItem
    from .delete_options_propagation_policy import DeleteOptionsPropagationPolicy
    from .delete_project_collection_dry_run import DeleteProjectCollectionDryRun
    from .delete_project_collection_propagation_policy import DeleteProjectCollectionPropagationPolicy
    from .delete_project_collection_resource_version_match import DeleteProjectCollectionResourceVersionMatch
    from .delete_project_dry_run import DeleteProjectDryRun
    from .delete_project_propagation_policy import DeleteProjectPropagationPolicy
    from .json_patch_operation import JsonPatchOperation
    from .json_patch_operation_op import JsonPatchOperationOp
    from .list_meta import ListMeta
    from .list_projects_resource_version_match import ListProjectsResourceVersionMatch
    from .managed_fields_entry import ManagedFieldsEntry
    from .managed_fields_entry_fields_v1 import ManagedFieldsEntryFieldsV1
    from .merge_patch import MergePatch
    from .o_auth_error import OAuthError
    from .object_meta import ObjectMeta
    from .object_meta_annotations import ObjectMetaAnnotations
    from .object_meta_labels import ObjectMetaLabels
    from .open_api_discovery import OpenApiDiscovery
    from .open_api_discovery_paths import OpenApiDiscoveryPaths
    from .open_api_document import OpenApiDocument
    from .open_api_document_components import OpenApiDocumentComponents
    from .open_api_document_info import OpenApiDocumentInfo
    from .open_api_document_paths import OpenApiDocumentPaths
    from .open_api_document_reference import OpenApiDocumentReference
    from .owner_reference import OwnerReference
    from .patch_project_dry_run import PatchProjectDryRun
    from .patch_project_field_validation import PatchProjectFieldValidation
    from .patch_project_status_dry_run import PatchProjectStatusDryRun
    from .patch_project_status_field_validation import PatchProjectStatusFieldValidation
    from .preconditions import Preconditions
    from .project import Project
    from .project_api_version import ProjectApiVersion
    from .project_kind import ProjectKind
    from .project_list import ProjectList
    from .project_parent import ProjectParent
    from .project_spec import ProjectSpec
    from .project_status import ProjectStatus
    from .replace_project_dry_run import ReplaceProjectDryRun
    from .replace_project_field_validation import ReplaceProjectFieldValidation
    from .replace_project_status_dry_run import ReplaceProjectStatusDryRun
    from .replace_project_status_field_validation import ReplaceProjectStatusFieldValidation
    from .status import Status
    from .status_cause import StatusCause
    from .status_details import StatusDetails
    from .token_exchange_response import TokenExchangeResponse
    from .token_exchange_response_token_type import TokenExchangeResponseTokenType
    from .watch_event import WatchEvent
    from .watch_event_object import WatchEventObject
    from .watch_event_type import WatchEventType

_MODULES = {
    "Condition": ".condition",
    "ConditionStatus": ".condition_status",
    "CreateProjectDryRun": ".create_project_dry_run",
    "CreateProjectFieldValidation": ".create_project_field_validation",
    "DeleteOptions": ".delete_options",
    "DeleteOptionsDryRunItem": ".delete_options_dry_run_item",
    "DeleteOptionsPropagationPolicy": ".delete_options_propagation_policy",
    "DeleteProjectCollectionDryRun": ".delete_project_collection_dry_run",
    "DeleteProjectCollectionPropagationPolicy": ".delete_project_collection_propagation_policy",
    "DeleteProjectCollectionResourceVersionMatch": ".delete_project_collection_resource_version_match",
    "DeleteProjectDryRun": ".delete_project_dry_run",
    "DeleteProjectPropagationPolicy": ".delete_project_propagation_policy",
    "JsonPatchOperation": ".json_patch_operation",
    "JsonPatchOperationOp": ".json_patch_operation_op",
    "ListMeta": ".list_meta",
    "ListProjectsResourceVersionMatch": ".list_projects_resource_version_match",
    "ManagedFieldsEntry": ".managed_fields_entry",
    "ManagedFieldsEntryFieldsV1": ".managed_fields_entry_fields_v1",
    "MergePatch": ".merge_patch",
    "OAuthError": ".o_auth_error",
    "ObjectMeta": ".object_meta",
    "ObjectMetaAnnotations": ".object_meta_annotations",
    "ObjectMetaLabels": ".object_meta_labels",
    "OpenApiDiscovery": ".open_api_discovery",
    "OpenApiDiscoveryPaths": ".open_api_discovery_paths",
    "OpenApiDocument": ".open_api_document",
    "OpenApiDocumentComponents": ".open_api_document_components",
    "OpenApiDocumentInfo": ".open_api_document_info",
    "OpenApiDocumentPaths": ".open_api_document_paths",
    "OpenApiDocumentReference": ".open_api_document_reference",
    "OwnerReference": ".owner_reference",
    "PatchProjectDryRun": ".patch_project_dry_run",
    "PatchProjectFieldValidation": ".patch_project_field_validation",
    "PatchProjectStatusDryRun": ".patch_project_status_dry_run",
    "PatchProjectStatusFieldValidation": ".patch_project_status_field_validation",
    "Preconditions": ".preconditions",
    "Project": ".project",
    "ProjectApiVersion": ".project_api_version",
    "ProjectKind": ".project_kind",
    "ProjectList": ".project_list",
    "ProjectParent": ".project_parent",
    "ProjectSpec": ".project_spec",
    "ProjectStatus": ".project_status",
    "ReplaceProjectDryRun": ".replace_project_dry_run",
    "ReplaceProjectFieldValidation": ".replace_project_field_validation",
    "ReplaceProjectStatusDryRun": ".replace_project_status_dry_run",
    "ReplaceProjectStatusFieldValidation": ".replace_project_status_field_validation",
    "Status": ".status",
    "StatusCause": ".status_cause",
    "StatusDetails": ".status_details",
    "TokenExchangeResponse": ".token_exchange_response",
    "TokenExchangeResponseTokenType": ".token_exchange_response_token_type",
    "WatchEvent": ".watch_event",
    "WatchEventObject": ".watch_event_object",
    "WatchEventType": ".watch_event_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__: tuple[str, ...] = (
    "Condition",
    "ConditionStatus",
    "CreateProjectDryRun",
    "CreateProjectFieldValidation",
    "DeleteOptions",
    "DeleteOptionsDryRunItem",
    "DeleteOptionsPropagationPolicy",
    "DeleteProjectCollectionDryRun",
    "DeleteProjectCollectionPropagationPolicy",
    "DeleteProjectCollectionResourceVersionMatch",
    "DeleteProjectDryRun",
    "DeleteProjectPropagationPolicy",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "ListMeta",
    "ListProjectsResourceVersionMatch",
    "ManagedFieldsEntry",
    "ManagedFieldsEntryFieldsV1",
    "MergePatch",
    "OAuthError",
    "ObjectMeta",
    "ObjectMetaAnnotations",
    "ObjectMetaLabels",
    "OpenApiDiscovery",
    "OpenApiDiscoveryPaths",
    "OpenApiDocument",
    "OpenApiDocumentComponents",
    "OpenApiDocumentInfo",
    "OpenApiDocumentPaths",
    "OpenApiDocumentReference",
    "OwnerReference",
    "PatchProjectDryRun",
    "PatchProjectFieldValidation",
    "PatchProjectStatusDryRun",
    "PatchProjectStatusFieldValidation",
    "Preconditions",
    "Project",
    "ProjectApiVersion",
    "ProjectKind",
    "ProjectList",
    "ProjectParent",
    "ProjectSpec",
    "ProjectStatus",
    "ReplaceProjectDryRun",
    "ReplaceProjectFieldValidation",
    "ReplaceProjectStatusDryRun",
    "ReplaceProjectStatusFieldValidation",
    "Status",
    "StatusCause",
    "StatusDetails",
    "TokenExchangeResponse",
    "TokenExchangeResponseTokenType",
    "WatchEvent",
    "WatchEventObject",
    "WatchEventType",
)
