from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.saa_s_portal_detailed_network_topology import SaaSPortalDetailedNetworkTopology
    from ..models.saa_s_portal_email_config import SaaSPortalEmailConfig
    from ..models.saa_s_portal_image_config import SaaSPortalImageConfig

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, SaaSPortalDetailedNetworkTopology, SaaSPortalEmailConfig, SaaSPortalImageConfig
    from ..models.saa_s_portal_detailed_network_topology import SaaSPortalDetailedNetworkTopology  # noqa: PLC0415
    from ..models.saa_s_portal_email_config import SaaSPortalEmailConfig  # noqa: PLC0415
    from ..models.saa_s_portal_image_config import SaaSPortalImageConfig  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="SaaSPortal")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "environmentType",
        "status",
        "customDomain",
        "customDomainStatus",
        "detailedNetworkTopology",
        "disablePasswordLogin",
        "emailConfig",
        "endpoint",
        "googleAnalyticsTagID",
        "imageConfig",
    }
)


@_attrs_define
class SaaSPortal:
    """
    Attributes:
        environment_type (str): The type of service environment
        status (str): The status of an operation
        custom_domain (str | Unset): The custom domain of the SaaS portal
        custom_domain_status (str | Unset): The status of an operation
        detailed_network_topology (SaaSPortalDetailedNetworkTopology | Unset): The detailed network topology of the SaaS
            portal
        disable_password_login (bool | Unset): Whether to disable password login for the SaaS portal
        email_config (SaaSPortalEmailConfig | Unset):
        endpoint (str | Unset): The endpoint of the SaaS portal for this environment type
        google_analytics_tag_id (str | Unset): The Google Analytics tag ID for the SaaS portal
        image_config (SaaSPortalImageConfig | Unset):
    """

    environment_type: str
    status: str
    custom_domain: str | Unset = UNSET
    custom_domain_status: str | Unset = UNSET
    detailed_network_topology: SaaSPortalDetailedNetworkTopology | Unset = UNSET
    disable_password_login: bool | Unset = UNSET
    email_config: SaaSPortalEmailConfig | Unset = UNSET
    endpoint: str | Unset = UNSET
    google_analytics_tag_id: str | Unset = UNSET
    image_config: SaaSPortalImageConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        environment_type = self.environment_type

        status = self.status

        custom_domain = self.custom_domain

        custom_domain_status = self.custom_domain_status

        detailed_network_topology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detailed_network_topology, Unset):
            detailed_network_topology = self.detailed_network_topology.to_dict()

        disable_password_login = self.disable_password_login

        email_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_config, Unset):
            email_config = self.email_config.to_dict()

        endpoint = self.endpoint

        google_analytics_tag_id = self.google_analytics_tag_id

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentType": environment_type,
                "status": status,
            }
        )
        if custom_domain is not UNSET:
            field_dict["customDomain"] = custom_domain
        if custom_domain_status is not UNSET:
            field_dict["customDomainStatus"] = custom_domain_status
        if detailed_network_topology is not UNSET:
            field_dict["detailedNetworkTopology"] = detailed_network_topology
        if disable_password_login is not UNSET:
            field_dict["disablePasswordLogin"] = disable_password_login
        if email_config is not UNSET:
            field_dict["emailConfig"] = email_config
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if google_analytics_tag_id is not UNSET:
            field_dict["googleAnalyticsTagID"] = google_analytics_tag_id
        if image_config is not UNSET:
            field_dict["imageConfig"] = image_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.environment_type = src_dict["environmentType"]

        _obj.status = src_dict["status"]

        _obj.custom_domain = src_dict.get("customDomain", UNSET)

        _obj.custom_domain_status = src_dict.get("customDomainStatus", UNSET)

        _detailed_network_topology = src_dict.get("detailedNetworkTopology", UNSET)
        detailed_network_topology: SaaSPortalDetailedNetworkTopology | Unset
        if isinstance(_detailed_network_topology, Unset):
            detailed_network_topology = UNSET
        else:
            detailed_network_topology = SaaSPortalDetailedNetworkTopology.from_dict(_detailed_network_topology)

        _obj.detailed_network_topology = detailed_network_topology

        _obj.disable_password_login = src_dict.get("disablePasswordLogin", UNSET)

        _email_config = src_dict.get("emailConfig", UNSET)
        email_config: SaaSPortalEmailConfig | Unset
        if isinstance(_email_config, Unset):
            email_config = UNSET
        else:
            email_config = SaaSPortalEmailConfig.from_dict(_email_config)

        _obj.email_config = email_config

        _obj.endpoint = src_dict.get("endpoint", UNSET)

        _obj.google_analytics_tag_id = src_dict.get("googleAnalyticsTagID", UNSET)

        _image_config = src_dict.get("imageConfig", UNSET)
        image_config: SaaSPortalImageConfig | Unset
        if isinstance(_image_config, Unset):
            image_config = UNSET
        else:
            image_config = SaaSPortalImageConfig.from_dict(_image_config)

        _obj.image_config = image_config

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
        _obj.environment_type = _pop("environmentType")

        _obj.status = _pop("status")

        _obj.custom_domain = _pop("customDomain", UNSET)

        _obj.custom_domain_status = _pop("customDomainStatus", UNSET)

        _detailed_network_topology = _pop("detailedNetworkTopology", UNSET)
        _obj.detailed_network_topology = (
            UNSET
            if _detailed_network_topology is UNSET
            else SaaSPortalDetailedNetworkTopology._from_json(_detailed_network_topology)
        )

        _obj.disable_password_login = _pop("disablePasswordLogin", UNSET)

        _email_config = _pop("emailConfig", UNSET)
        _obj.email_config = UNSET if _email_config is UNSET else SaaSPortalEmailConfig._from_json(_email_config)

        _obj.endpoint = _pop("endpoint", UNSET)

        _obj.google_analytics_tag_id = _pop("googleAnalyticsTagID", UNSET)

        _image_config = _pop("imageConfig", UNSET)
        _obj.image_config = UNSET if _image_config is UNSET else SaaSPortalImageConfig._from_json(_image_config)

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
