from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.binding import Binding

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Binding
    from ..models.binding import Binding  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AccessPolicy")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "account",
        "global",
        "namespace",
        "project",
        "tenant",
    }
)


@_attrs_define
class AccessPolicy:
    """
    Attributes:
        account (list[str] | Unset):
        global_ (list[str] | Unset):
        namespace (list[Binding] | Unset):
        project (list[Binding] | Unset):
        tenant (list[Binding] | Unset):
    """

    account: list[str] | Unset = UNSET
    global_: list[str] | Unset = UNSET
    namespace: list[Binding] | Unset = UNSET
    project: list[Binding] | Unset = UNSET
    tenant: list[Binding] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        account: list[str] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account

        global_: list[str] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = self.global_

        namespace: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = []
            for namespace_item_data in self.namespace:
                namespace_item = namespace_item_data.to_dict()
                namespace.append(namespace_item)

        project: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = []
            for project_item_data in self.project:
                project_item = project_item_data.to_dict()
                project.append(project_item)

        tenant: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenant, Unset):
            tenant = []
            for tenant_item_data in self.tenant:
                tenant_item = tenant_item_data.to_dict()
                tenant.append(tenant_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if global_ is not UNSET:
            field_dict["global"] = global_
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if project is not UNSET:
            field_dict["project"] = project
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        account = cast(list[str], src_dict.get("account", UNSET))

        _obj.account = account

        global_ = cast(list[str], src_dict.get("global", UNSET))

        _obj.global_ = global_

        _namespace = src_dict.get("namespace", UNSET)
        namespace: list[Binding] | Unset = UNSET
        if _namespace is not UNSET:
            _namespace_item = Binding.from_dict
            namespace = [_namespace_item(item) for item in _namespace]

        _obj.namespace = namespace

        _project = src_dict.get("project", UNSET)
        project: list[Binding] | Unset = UNSET
        if _project is not UNSET:
            _project_item = Binding.from_dict
            project = [_project_item(item) for item in _project]

        _obj.project = project

        _tenant = src_dict.get("tenant", UNSET)
        tenant: list[Binding] | Unset = UNSET
        if _tenant is not UNSET:
            _tenant_item = Binding.from_dict
            tenant = [_tenant_item(item) for item in _tenant]

        _obj.tenant = tenant

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
        account = cast(list[str], _pop("account", UNSET))

        _obj.account = account

        global_ = cast(list[str], _pop("global", UNSET))

        _obj.global_ = global_

        _namespace = _pop("namespace", UNSET)
        if _namespace is not UNSET:
            _namespace[:] = map(Binding._from_json, _namespace)
        _obj.namespace = _namespace

        _project = _pop("project", UNSET)
        if _project is not UNSET:
            _project[:] = map(Binding._from_json, _project)
        _obj.project = _project

        _tenant = _pop("tenant", UNSET)
        if _tenant is not UNSET:
            _tenant[:] = map(Binding._from_json, _tenant)
        _obj.tenant = _tenant

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
