from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_credentials import AzureCredentials
    from ..models.google_credentials import GoogleCredentials
    from ..models.s3_compatible_credentials import S3CompatibleCredentials
    from ..models.s3_credentials import S3Credentials

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, AzureCredentials, GoogleCredentials, S3CompatibleCredentials, S3Credentials
    from ..models.azure_credentials import AzureCredentials  # noqa: PLC0415
    from ..models.google_credentials import GoogleCredentials  # noqa: PLC0415
    from ..models.s3_compatible_credentials import S3CompatibleCredentials  # noqa: PLC0415
    from ..models.s3_credentials import S3Credentials  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Credentials")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "azure",
        "google",
        "s3",
        "s3_compatible",
    }
)


@_attrs_define
class Credentials:
    """
    Attributes:
        azure (AzureCredentials | Unset):
        google (GoogleCredentials | Unset):
        s3 (S3Credentials | Unset):
        s3_compatible (S3CompatibleCredentials | Unset):
    """

    azure: AzureCredentials | Unset = UNSET
    google: GoogleCredentials | Unset = UNSET
    s3: S3Credentials | Unset = UNSET
    s3_compatible: S3CompatibleCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        azure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure, Unset):
            azure = self.azure.to_dict()

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        s3_compatible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3_compatible, Unset):
            s3_compatible = self.s3_compatible.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if azure is not UNSET:
            field_dict["azure"] = azure
        if google is not UNSET:
            field_dict["google"] = google
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if s3_compatible is not UNSET:
            field_dict["s3_compatible"] = s3_compatible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _azure = src_dict.get("azure", UNSET)
        azure: AzureCredentials | Unset
        if isinstance(_azure, Unset):
            azure = UNSET
        else:
            azure = AzureCredentials.from_dict(_azure)

        _obj.azure = azure

        _google = src_dict.get("google", UNSET)
        google: GoogleCredentials | Unset
        if isinstance(_google, Unset):
            google = UNSET
        else:
            google = GoogleCredentials.from_dict(_google)

        _obj.google = google

        _s3 = src_dict.get("s3", UNSET)
        s3: S3Credentials | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = S3Credentials.from_dict(_s3)

        _obj.s3 = s3

        _s3_compatible = src_dict.get("s3_compatible", UNSET)
        s3_compatible: S3CompatibleCredentials | Unset
        if isinstance(_s3_compatible, Unset):
            s3_compatible = UNSET
        else:
            s3_compatible = S3CompatibleCredentials.from_dict(_s3_compatible)

        _obj.s3_compatible = s3_compatible

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
        _azure = _pop("azure", UNSET)
        _obj.azure = UNSET if _azure is UNSET else AzureCredentials._from_json(_azure)

        _google = _pop("google", UNSET)
        _obj.google = UNSET if _google is UNSET else GoogleCredentials._from_json(_google)

        _s3 = _pop("s3", UNSET)
        _obj.s3 = UNSET if _s3 is UNSET else S3Credentials._from_json(_s3)

        _s3_compatible = _pop("s3_compatible", UNSET)
        _obj.s3_compatible = UNSET if _s3_compatible is UNSET else S3CompatibleCredentials._from_json(_s3_compatible)

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
