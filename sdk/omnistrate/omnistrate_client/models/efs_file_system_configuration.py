from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EFSFileSystemConfiguration")


@_attrs_define
class EFSFileSystemConfiguration:
    """
    Attributes:
        performance_mode (str): The performance mode of the EFS file system
        throughput_mode (str): The throughput mode of the EFS file system
        provisioned_throughput_in_mibps (float | Unset): The throughput, measured in MiBps, that you want to provision
            for the EFS file system, if throughput mode if provisioned
    """

    performance_mode: str
    throughput_mode: str
    provisioned_throughput_in_mibps: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        performance_mode = self.performance_mode

        throughput_mode = self.throughput_mode

        provisioned_throughput_in_mibps = self.provisioned_throughput_in_mibps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PerformanceMode": performance_mode,
                "ThroughputMode": throughput_mode,
            }
        )
        if provisioned_throughput_in_mibps is not UNSET:
            field_dict["ProvisionedThroughputInMibps"] = provisioned_throughput_in_mibps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        performance_mode = d.pop("PerformanceMode")

        throughput_mode = d.pop("ThroughputMode")

        provisioned_throughput_in_mibps = d.pop("ProvisionedThroughputInMibps", UNSET)

        efs_file_system_configuration = cls(
            performance_mode=performance_mode,
            throughput_mode=throughput_mode,
            provisioned_throughput_in_mibps=provisioned_throughput_in_mibps,
        )

        efs_file_system_configuration.additional_properties = d
        return efs_file_system_configuration

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
