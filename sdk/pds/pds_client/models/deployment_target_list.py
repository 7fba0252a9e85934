from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_target import DeploymentTarget
    from ..models.pagination import Pagination

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, DeploymentTarget, Pagination
    from ..models.deployment_target import DeploymentTarget  # noqa: PLC0415
    from ..models.pagination import Pagination  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DeploymentTargetList")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "data",
        "pagination",
    }
)


@_attrs_define
class DeploymentTargetList:
    """A page of DeploymentTarget records. When `pagination.continuation` is set, pass it as the `continuation` query
    parameter to get the next page.

        Attributes:
            data (list[DeploymentTarget] | Unset):
            pagination (Pagination | Unset): Paging state of a list answer.
    """

    data: list[DeploymentTarget] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _data = src_dict.get("data", UNSET)
        data: list[DeploymentTarget] | Unset = UNSET
        if _data is not UNSET:
            _data_item = DeploymentTarget.from_dict
            data = [_data_item(item) for item in _data]

        _obj.data = data

        _pagination = src_dict.get("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        _obj.pagination = pagination

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
        _data = _pop("data", UNSET)
        if _data is not UNSET:
            _data[:] = map(DeploymentTarget._from_json, _data)
        _obj.data = _data

        _pagination = _pop("pagination", UNSET)
        _obj.pagination = UNSET if _pagination is UNSET else Pagination._from_json(_pagination)

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
