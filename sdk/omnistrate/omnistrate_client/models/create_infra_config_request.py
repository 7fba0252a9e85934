from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tag import CustomTag

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, CustomTag
    from ..models.custom_tag import CustomTag  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateInfraConfigRequest")


@_attrs_define
class CreateInfraConfigRequest:
    """Request body of CreateInfraConfig

    Attributes:
        description (str): The description for the infra config
        name (str): The name of the infra config
        service_environment_id (str): The service environment ID
        compute_config_id (str | Unset): The compute config ID
        custom_tag (CustomTag | Unset): Custom tag
        network_config_id (str | Unset): The network config ID
        storage_config_id (str | Unset): The storage config ID
    """

    description: str
    name: str
    service_environment_id: str
    compute_config_id: str | Unset = UNSET
    custom_tag: CustomTag | Unset = UNSET
    network_config_id: str | Unset = UNSET
    storage_config_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        description = self.description

        name = self.name

        service_environment_id = self.service_environment_id

        compute_config_id = self.compute_config_id

        custom_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_tag, Unset):
            custom_tag = self.custom_tag.to_dict()

        network_config_id = self.network_config_id

        storage_config_id = self.storage_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "serviceEnvironmentId": service_environment_id,
            }
        )
        if compute_config_id is not UNSET:
            field_dict["computeConfigId"] = compute_config_id
        if custom_tag is not UNSET:
            field_dict["customTag"] = custom_tag
        if network_config_id is not UNSET:
            field_dict["networkConfigId"] = network_config_id
        if storage_config_id is not UNSET:
            field_dict["storageConfigId"] = storage_config_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        service_environment_id = d.pop("serviceEnvironmentId")

        compute_config_id = d.pop("computeConfigId", UNSET)

        _custom_tag = d.pop("customTag", UNSET)
        custom_tag: CustomTag | Unset
        if isinstance(_custom_tag, Unset):
            custom_tag = UNSET
        else:
            custom_tag = CustomTag.from_dict(_custom_tag)

        network_config_id = d.pop("networkConfigId", UNSET)

        storage_config_id = d.pop("storageConfigId", UNSET)

        create_infra_config_request = cls(
            description=description,
            name=name,
            service_environment_id=service_environment_id,
            compute_config_id=compute_config_id,
            custom_tag=custom_tag,
            network_config_id=network_config_id,
            storage_config_id=storage_config_id,
        )

        create_infra_config_request.additional_properties = d
        return create_infra_config_request

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
