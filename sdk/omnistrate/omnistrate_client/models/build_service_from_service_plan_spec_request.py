from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildServiceFromServicePlanSpecRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "fileContent",
        "name",
        "description",
        "dryrun",
        "environment",
        "environmentType",
        "release",
        "releaseAsPreferred",
        "releaseVersionName",
        "serviceLogoURL",
    }
)


@_attrs_define
class BuildServiceFromServicePlanSpecRequest:
    """Request body of BuildServiceFromServicePlanSpec

    Attributes:
        file_content (str): Base64 encoded Compose Spec YAML in service plan configuration format
        name (str): Name of the Service
        description (str | Unset): A brief description of the service
        dryrun (bool | Unset): If set to true, performs a dry run of the build operation without making any changes
        environment (str | Unset): The environment to build the service in
        environment_type (str | Unset): The type of the environment
        release (bool | Unset): Release the service after building
        release_as_preferred (bool | Unset): Release the service as preferred
        release_version_name (str | Unset): Release version name
        service_logo_url (str | Unset): The logo for the service
    """

    file_content: str
    name: str
    description: str | Unset = UNSET
    dryrun: bool | Unset = UNSET
    environment: str | Unset = UNSET
    environment_type: str | Unset = UNSET
    release: bool | Unset = UNSET
    release_as_preferred: bool | Unset = UNSET
    release_version_name: str | Unset = UNSET
    service_logo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_content = self.file_content

        name = self.name

        description = self.description

        dryrun = self.dryrun

        environment = self.environment

        environment_type = self.environment_type

        release = self.release

        release_as_preferred = self.release_as_preferred

        release_version_name = self.release_version_name

        service_logo_url = self.service_logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileContent": file_content,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if dryrun is not UNSET:
            field_dict["dryrun"] = dryrun
        if environment is not UNSET:
            field_dict["environment"] = environment
        if environment_type is not UNSET:
            field_dict["environmentType"] = environment_type
        if release is not UNSET:
            field_dict["release"] = release
        if release_as_preferred is not UNSET:
            field_dict["releaseAsPreferred"] = release_as_preferred
        if release_version_name is not UNSET:
            field_dict["releaseVersionName"] = release_version_name
        if service_logo_url is not UNSET:
            field_dict["serviceLogoURL"] = service_logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.file_content = src_dict["fileContent"]

        _obj.name = src_dict["name"]

        _obj.description = src_dict.get("description", UNSET)

        _obj.dryrun = src_dict.get("dryrun", UNSET)

        _obj.environment = src_dict.get("environment", UNSET)

        _obj.environment_type = src_dict.get("environmentType", UNSET)

        _obj.release = src_dict.get("release", UNSET)

        _obj.release_as_preferred = src_dict.get("releaseAsPreferred", UNSET)

        _obj.release_version_name = src_dict.get("releaseVersionName", UNSET)

        _obj.service_logo_url = src_dict.get("serviceLogoURL", UNSET)

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.file_content = _pop("fileContent")

        _obj.name = _pop("name")

        _obj.description = _pop("description", UNSET)

        _obj.dryrun = _pop("dryrun", UNSET)

        _obj.environment = _pop("environment", UNSET)

        _obj.environment_type = _pop("environmentType", UNSET)

        _obj.release = _pop("release", UNSET)

        _obj.release_as_preferred = _pop("releaseAsPreferred", UNSET)

        _obj.release_version_name = _pop("releaseVersionName", UNSET)

        _obj.service_logo_url = _pop("serviceLogoURL", UNSET)

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
