from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_config_volumes import StorageConfigVolumes

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, StorageConfigVolumes
    from ..models.storage_config_volumes import StorageConfigVolumes  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="StorageConfig")


@_attrs_define
class StorageConfig:
    """
    Attributes:
        description (str): Description of the storage config
        id (str): ID of a Storage Config
        name (str): Name of the storage config
        service_id (str): ID of a Service
        volumes (StorageConfigVolumes): The storage volume config IDs and the corresponding mount path
        infra_config_i_ds (list[str] | Unset): The list of infra config IDs associated with the compute config.
    """

    description: str
    id: str
    name: str
    service_id: str
    volumes: StorageConfigVolumes
    infra_config_i_ds: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        id = self.id

        name = self.name

        service_id = self.service_id

        volumes = self.volumes.to_dict()

        infra_config_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.infra_config_i_ds, Unset):
            infra_config_i_ds = self.infra_config_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "serviceId": service_id,
                "volumes": volumes,
            }
        )
        if infra_config_i_ds is not UNSET:
            field_dict["infraConfigIDs"] = infra_config_i_ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        service_id = d.pop("serviceId")

        volumes = StorageConfigVolumes.from_dict(d.pop("volumes"))

        infra_config_i_ds = cast(list[str], d.pop("infraConfigIDs", UNSET))

        storage_config = cls(
            description=description,
            id=id,
            name=name,
            service_id=service_id,
            volumes=volumes,
            infra_config_i_ds=infra_config_i_ds,
        )

        storage_config.additional_properties = d
        return storage_config

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
