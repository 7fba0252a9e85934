"""Contains all the data models used in inputs/outputs"""

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

__all__ = (
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
