from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.route_53_configuration import Route53Configuration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Route53Configuration
    from ..models.route_53_configuration import Route53Configuration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateCustomDomainRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "customDomain",
        "description",
        "name",
        "route53Configuration",
    }
)


@_attrs_define
class CreateCustomDomainRequest:
    """Request body of CreateCustomDomain

    Attributes:
        custom_domain (str): The root domain of the domain to use as suffix
        description (str): The description for the domain
        name (str): The name of the custom domain
        route_53_configuration (Route53Configuration):
    """

    custom_domain: str
    description: str
    name: str
    route_53_configuration: Route53Configuration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        custom_domain = self.custom_domain

        description = self.description

        name = self.name

        route_53_configuration = self.route_53_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customDomain": custom_domain,
                "description": description,
                "name": name,
                "route53Configuration": route_53_configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.custom_domain = src_dict["customDomain"]

        _obj.description = src_dict["description"]

        _obj.name = src_dict["name"]

        route_53_configuration = Route53Configuration.from_dict(src_dict["route53Configuration"])

        _obj.route_53_configuration = route_53_configuration

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
        _obj.custom_domain = _pop("customDomain")

        _obj.description = _pop("description")

        _obj.name = _pop("name")

        _obj.route_53_configuration = Route53Configuration._from_json(_pop("route53Configuration"))

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
