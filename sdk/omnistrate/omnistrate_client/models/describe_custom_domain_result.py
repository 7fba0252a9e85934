from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.route_53_configuration_description import Route53ConfigurationDescription

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Route53ConfigurationDescription
    from ..models.route_53_configuration_description import Route53ConfigurationDescription  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DescribeCustomDomainResult")


@_attrs_define
class DescribeCustomDomainResult:
    """Custom domain including the role required to access

    Attributes:
        custom_domain (str): The root domain of the domain to use as suffix
        description (str): The description for the domain
        id (str): ID of an Custom Domain
        name (str): The name of the custom domain
        route_53_configuration (Route53ConfigurationDescription):
        status (str | Unset):
        status_message (str | Unset): The status message of the custom domain
    """

    custom_domain: str
    description: str
    id: str
    name: str
    route_53_configuration: Route53ConfigurationDescription
    status: str | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        custom_domain = self.custom_domain

        description = self.description

        id = self.id

        name = self.name

        route_53_configuration = self.route_53_configuration.to_dict()

        status = self.status

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customDomain": custom_domain,
                "description": description,
                "id": id,
                "name": name,
                "route53Configuration": route_53_configuration,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        custom_domain = d.pop("customDomain")

        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        route_53_configuration = Route53ConfigurationDescription.from_dict(d.pop("route53Configuration"))

        status = d.pop("status", UNSET)

        status_message = d.pop("statusMessage", UNSET)

        describe_custom_domain_result = cls(
            custom_domain=custom_domain,
            description=description,
            id=id,
            name=name,
            route_53_configuration=route_53_configuration,
            status=status,
            status_message=status_message,
        )

        describe_custom_domain_result.additional_properties = d
        return describe_custom_domain_result

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
