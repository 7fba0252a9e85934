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
        d = dict(src_dict)
        _backup_job = d.pop("backup_job", UNSET)
        backup_job: RestoreCompatibilityConditionBackupJob | Unset
        if isinstance(_backup_job, Unset):
            backup_job = UNSET
        else:
            backup_job = RestoreCompatibilityConditionBackupJob.from_dict(_backup_job)

        _image = d.pop("image", UNSET)
        image: RestoreCompatibilityConditionImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = RestoreCompatibilityConditionImage.from_dict(_image)

        _target_cluster = d.pop("target_cluster", UNSET)
        target_cluster: RestoreCompatibilityConditionTargetCluster | Unset
        if isinstance(_target_cluster, Unset):
            target_cluster = UNSET
        else:
            target_cluster = RestoreCompatibilityConditionTargetCluster.from_dict(_target_cluster)

        restore_compatibility_condition = cls(
            backup_job=backup_job,
            image=image,
            target_cluster=target_cluster,
        )

        restore_compatibility_condition.additional_properties = d
        return restore_compatibility_condition

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
