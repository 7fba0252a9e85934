from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_meta import ListMeta
    from ..models.status_details import StatusDetails

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, ListMeta, StatusDetails
    from ..models.list_meta import ListMeta  # noqa: PLC0415
    from ..models.status_details import StatusDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Status")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "apiVersion",
        "code",
        "details",
        "kind",
        "message",
        "metadata",
        "reason",
        "status",
    }
)


@_attrs_define
class Status:
    """Status is a return value for calls that don't return other objects; every error is one.

    Attributes:
        api_version (str | Unset): APIVersion defines the versioned schema of this representation of an object.
        code (int | Unset): Suggested HTTP return code for this status, 0 if not set.
        details (StatusDetails | Unset): StatusDetails is a set of additional properties that MAY be set by the server
            to provide additional information about a response.
        kind (str | Unset): Kind is a string value representing the REST resource this object represents.
        message (str | Unset): A human-readable description of the status of this operation.
        metadata (ListMeta | Unset): ListMeta describes metadata that synthetic resources must have, including lists and
            various status objects.
        reason (str | Unset): A machine-readable description of why this operation is in the "Failure" status
            (`BadRequest`, `Forbidden`, `NotFound`, `AlreadyExists`, `Conflict`, `Expired`, `Invalid`, ...).
        status (str | Unset): Status of the operation. One of: "Success" or "Failure".
    """

    api_version: str | Unset = UNSET
    code: int | Unset = UNSET
    details: StatusDetails | Unset = UNSET
    kind: str | Unset = UNSET
    message: str | Unset = UNSET
    metadata: ListMeta | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        api_version = self.api_version

        code = self.code

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        kind = self.kind

        message = self.message

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if code is not UNSET:
            field_dict["code"] = code
        if details is not UNSET:
            field_dict["details"] = details
        if kind is not UNSET:
            field_dict["kind"] = kind
        if message is not UNSET:
            field_dict["message"] = message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.api_version = src_dict.get("apiVersion", UNSET)

        _obj.code = src_dict.get("code", UNSET)

        _details = src_dict.get("details", UNSET)
        details: StatusDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = StatusDetails.from_dict(_details)

        _obj.details = details

        _obj.kind = src_dict.get("kind", UNSET)

        _obj.message = src_dict.get("message", UNSET)

        _metadata = src_dict.get("metadata", UNSET)
        metadata: ListMeta | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ListMeta.from_dict(_metadata)

        _obj.metadata = metadata

        _obj.reason = src_dict.get("reason", UNSET)

        _obj.status = src_dict.get("status", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.api_version = _pop("apiVersion", UNSET)

        _obj.code = _pop("code", UNSET)

        _details = _pop("details", UNSET)
        _obj.details = UNSET if _details is UNSET else StatusDetails._from_json(_details)

        _obj.kind = _pop("kind", UNSET)

        _obj.message = _pop("message", UNSET)

        _metadata = _pop("metadata", UNSET)
        _obj.metadata = UNSET if _metadata is UNSET else ListMeta._from_json(_metadata)

        _obj.reason = _pop("reason", UNSET)

        _obj.status = _pop("status", UNSET)

        # An emptied dict keeps its table: a new empty one costs less memory (and the same to the collector).
        _obj.additional_properties = src_dict if src_dict else {}
        return _obj

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
