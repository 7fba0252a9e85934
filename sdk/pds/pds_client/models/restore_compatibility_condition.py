from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restore_compatibility_condition_backup_job import RestoreCompatibilityConditionBackupJob
    from ..models.restore_compatibility_condition_image import RestoreCompatibilityConditionImage
    from ..models.restore_compatibility_condition_target_cluster import RestoreCompatibilityConditionTargetCluster

_lazy_loaded = False


def _load_lazy() -> None:
    global \
        _lazy_loaded, \
        RestoreCompatibilityConditionBackupJob, \
        RestoreCompatibilityConditionImage, \
        RestoreCompatibilityConditionTargetCluster
    from ..models.restore_compatibility_condition_backup_job import RestoreCompatibilityConditionBackupJob  # noqa: PLC0415
    from ..models.restore_compatibility_condition_image import RestoreCompatibilityConditionImage  # noqa: PLC0415
    from ..models.restore_compatibility_condition_target_cluster import RestoreCompatibilityConditionTargetCluster  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RestoreCompatibilityCondition")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "backup_job",
        "image",
        "target_cluster",
    }
)


@_attrs_define
class RestoreCompatibilityCondition:
    """
    Attributes:
        backup_job (RestoreCompatibilityConditionBackupJob | Unset):
        image (RestoreCompatibilityConditionImage | Unset):
        target_cluster (RestoreCompatibilityConditionTargetCluster | Unset):
    """

    backup_job: RestoreCompatibilityConditionBackupJob | Unset = UNSET
    image: RestoreCompatibilityConditionImage | Unset = UNSET
    target_cluster: RestoreCompatibilityConditionTargetCluster | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        backup_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_job, Unset):
            backup_job = self.backup_job.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        target_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_cluster, Unset):
            target_cluster = self.target_cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_job is not UNSET:
            field_dict["backup_job"] = backup_job
        if image is not UNSET:
            field_dict["image"] = image
        if target_cluster is not UNSET:
            field_dict["target_cluster"] = target_cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _backup_job = src_dict.get("backup_job", UNSET)
        backup_job: RestoreCompatibilityConditionBackupJob | Unset
        if isinstance(_backup_job, Unset):
            backup_job = UNSET
        else:
            backup_job = RestoreCompatibilityConditionBackupJob.from_dict(_backup_job)

        _obj.backup_job = backup_job

        _image = src_dict.get("image", UNSET)
        image: RestoreCompatibilityConditionImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = RestoreCompatibilityConditionImage.from_dict(_image)

        _obj.image = image

        _target_cluster = src_dict.get("target_cluster", UNSET)
        target_cluster: RestoreCompatibilityConditionTargetCluster | Unset
        if isinstance(_target_cluster, Unset):
            target_cluster = UNSET
        else:
            target_cluster = RestoreCompatibilityConditionTargetCluster.from_dict(_target_cluster)

        _obj.target_cluster = target_cluster

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
        _backup_job = _pop("backup_job", UNSET)
        _obj.backup_job = (
            UNSET if _backup_job is UNSET else RestoreCompatibilityConditionBackupJob._from_json(_backup_job)
        )

        _image = _pop("image", UNSET)
        _obj.image = UNSET if _image is UNSET else RestoreCompatibilityConditionImage._from_json(_image)

        _target_cluster = _pop("target_cluster", UNSET)
        _obj.target_cluster = (
            UNSET
            if _target_cluster is UNSET
            else RestoreCompatibilityConditionTargetCluster._from_json(_target_cluster)
        )

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
