from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_api_document_components import OpenApiDocumentComponents
    from ..models.open_api_document_info import OpenApiDocumentInfo
    from ..models.open_api_document_paths import OpenApiDocumentPaths

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, OpenApiDocumentComponents, OpenApiDocumentInfo, OpenApiDocumentPaths
    from ..models.open_api_document_components import OpenApiDocumentComponents  # noqa: PLC0415
    from ..models.open_api_document_info import OpenApiDocumentInfo  # noqa: PLC0415
    from ..models.open_api_document_paths import OpenApiDocumentPaths  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OpenApiDocument")


@_attrs_define
class OpenApiDocument:
    """An OpenAPI v3 document of one group version.

    Attributes:
        openapi (str): The OpenAPI version of the document.
        info (OpenApiDocumentInfo): Title and version of the document.
        paths (OpenApiDocumentPaths): The group version's operations.
        components (OpenApiDocumentComponents | Unset): The schemas, parameters and responses the operations use.
    """

    openapi: str
    info: OpenApiDocumentInfo
    paths: OpenApiDocumentPaths
    components: OpenApiDocumentComponents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        openapi = self.openapi

        info = self.info.to_dict()

        paths = self.paths.to_dict()

        components: dict[str, Any] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = self.components.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openapi": openapi,
                "info": info,
                "paths": paths,
            }
        )
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        d = dict(src_dict)
        openapi = d.pop("openapi")

        info = OpenApiDocumentInfo.from_dict(d.pop("info"))

        paths = OpenApiDocumentPaths.from_dict(d.pop("paths"))

        _components = d.pop("components", UNSET)
        components: OpenApiDocumentComponents | Unset
        if isinstance(_components, Unset):
            components = UNSET
        else:
            components = OpenApiDocumentComponents.from_dict(_components)

        open_api_document = cls(
            openapi=openapi,
            info=info,
            paths=paths,
            components=components,
        )

        open_api_document.additional_properties = d
        return open_api_document

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
