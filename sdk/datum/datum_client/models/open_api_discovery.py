from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.open_api_discovery_paths import OpenApiDiscoveryPaths

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, OpenApiDiscoveryPaths
    from ..models.open_api_discovery_paths import OpenApiDiscoveryPaths  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OpenApiDiscovery")


@_attrs_define
class OpenApiDiscovery:
    """The OpenAPI v3 documents a control plane serves, by group version.

    Attributes:
        paths (OpenApiDiscoveryPaths): Group versions (`apis/<group>/<version>`, no leading slash) and where their
            documents are.
    """

    paths: OpenApiDiscoveryPaths
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        paths = self.paths.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paths": paths,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        paths = OpenApiDiscoveryPaths.from_dict(d.pop("paths"))

        open_api_discovery = cls(
            paths=paths,
        )

        open_api_discovery.additional_properties = d
        return open_api_discovery

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
