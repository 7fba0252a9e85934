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
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "openapi",
        "info",
        "paths",
        "components",
    }
)


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
        _obj = cls.__new__(cls)
        _obj.openapi = src_dict["openapi"]

        info = OpenApiDocumentInfo.from_dict(src_dict["info"])

        _obj.info = info

        paths = OpenApiDocumentPaths.from_dict(src_dict["paths"])

        _obj.paths = paths

        _components = src_dict.get("components", UNSET)
        components: OpenApiDocumentComponents | Unset
        if isinstance(_components, Unset):
            components = UNSET
        else:
            components = OpenApiDocumentComponents.from_dict(_components)

        _obj.components = components

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
        _obj.openapi = _pop("openapi")

        _obj.info = OpenApiDocumentInfo._from_json(_pop("info"))

        _obj.paths = OpenApiDocumentPaths._from_json(_pop("paths"))

        _components = _pop("components", UNSET)
        _obj.components = UNSET if _components is UNSET else OpenApiDocumentComponents._from_json(_components)

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
