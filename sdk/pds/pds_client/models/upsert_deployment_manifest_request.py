from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upsert_deployment_manifest_request_manifest import UpsertDeploymentManifestRequestManifest

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, UpsertDeploymentManifestRequestManifest
    from ..models.upsert_deployment_manifest_request_manifest import UpsertDeploymentManifestRequestManifest  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="UpsertDeploymentManifestRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "deleted",
        "manifest",
        "timestamp",
    }
)


@_attrs_define
class UpsertDeploymentManifestRequest:
    """
    Attributes:
        deleted (bool | Unset):
        manifest (UpsertDeploymentManifestRequestManifest | Unset):
        timestamp (str | Unset):
    """

    deleted: bool | Unset = UNSET
    manifest: UpsertDeploymentManifestRequestManifest | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        deleted = self.deleted

        manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manifest, Unset):
            manifest = self.manifest.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.deleted = src_dict.get("deleted", UNSET)

        _manifest = src_dict.get("manifest", UNSET)
        manifest: UpsertDeploymentManifestRequestManifest | Unset
        if isinstance(_manifest, Unset):
            manifest = UNSET
        else:
            manifest = UpsertDeploymentManifestRequestManifest.from_dict(_manifest)

        _obj.manifest = manifest

        _obj.timestamp = src_dict.get("timestamp", UNSET)

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
        _obj.deleted = _pop("deleted", UNSET)

        _manifest = _pop("manifest", UNSET)
        _obj.manifest = UNSET if _manifest is UNSET else UpsertDeploymentManifestRequestManifest._from_json(_manifest)

        _obj.timestamp = _pop("timestamp", UNSET)

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
