from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blob_storage_configuration_gcs_configuration import BlobStorageConfigurationGCSConfiguration
    from ..models.blob_storage_configuration_s3_configuration import BlobStorageConfigurationS3Configuration

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, BlobStorageConfigurationGCSConfiguration, BlobStorageConfigurationS3Configuration
    from ..models.blob_storage_configuration_gcs_configuration import BlobStorageConfigurationGCSConfiguration  # noqa: PLC0415
    from ..models.blob_storage_configuration_s3_configuration import BlobStorageConfigurationS3Configuration  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BlobStorageConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "GCSConfiguration",
        "S3Configuration",
    }
)


@_attrs_define
class BlobStorageConfiguration:
    """
    Attributes:
        gcs_configuration (BlobStorageConfigurationGCSConfiguration | Unset):
        s3_configuration (BlobStorageConfigurationS3Configuration | Unset):
    """

    gcs_configuration: BlobStorageConfigurationGCSConfiguration | Unset = UNSET
    s3_configuration: BlobStorageConfigurationS3Configuration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        gcs_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcs_configuration, Unset):
            gcs_configuration = self.gcs_configuration.to_dict()

        s3_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3_configuration, Unset):
            s3_configuration = self.s3_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gcs_configuration is not UNSET:
            field_dict["GCSConfiguration"] = gcs_configuration
        if s3_configuration is not UNSET:
            field_dict["S3Configuration"] = s3_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _gcs_configuration = src_dict.get("GCSConfiguration", UNSET)
        gcs_configuration: BlobStorageConfigurationGCSConfiguration | Unset
        if isinstance(_gcs_configuration, Unset):
            gcs_configuration = UNSET
        else:
            gcs_configuration = BlobStorageConfigurationGCSConfiguration.from_dict(_gcs_configuration)

        _obj.gcs_configuration = gcs_configuration

        _s3_configuration = src_dict.get("S3Configuration", UNSET)
        s3_configuration: BlobStorageConfigurationS3Configuration | Unset
        if isinstance(_s3_configuration, Unset):
            s3_configuration = UNSET
        else:
            s3_configuration = BlobStorageConfigurationS3Configuration.from_dict(_s3_configuration)

        _obj.s3_configuration = s3_configuration

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
        _gcs_configuration = _pop("GCSConfiguration", UNSET)
        _obj.gcs_configuration = (
            UNSET
            if _gcs_configuration is UNSET
            else BlobStorageConfigurationGCSConfiguration._from_json(_gcs_configuration)
        )

        _s3_configuration = _pop("S3Configuration", UNSET)
        _obj.s3_configuration = (
            UNSET
            if _s3_configuration is UNSET
            else BlobStorageConfigurationS3Configuration._from_json(_s3_configuration)
        )

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
