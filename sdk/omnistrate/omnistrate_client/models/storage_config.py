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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "description",
        "id",
        "name",
        "serviceId",
        "volumes",
        "infraConfigIDs",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.description = src_dict["description"]

        _obj.id = src_dict["id"]

        _obj.name = src_dict["name"]

        _obj.service_id = src_dict["serviceId"]

        volumes = StorageConfigVolumes.from_dict(src_dict["volumes"])

        _obj.volumes = volumes

        infra_config_i_ds = cast(list[str], src_dict.get("infraConfigIDs", UNSET))

        _obj.infra_config_i_ds = infra_config_i_ds

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
        _obj.description = _pop("description")

        _obj.id = _pop("id")

        _obj.name = _pop("name")

        _obj.service_id = _pop("serviceId")

        _obj.volumes = StorageConfigVolumes._from_json(_pop("volumes"))

        infra_config_i_ds = cast(list[str], _pop("infraConfigIDs", UNSET))

        _obj.infra_config_i_ds = infra_config_i_ds

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
