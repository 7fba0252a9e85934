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


T = TypeVar("T", bound="AccessPolicyWithAccountID")


@_attrs_define
class AccessPolicyWithAccountID:
    """
    Attributes:
        account (list[str] | Unset):
        account_id (str | Unset):
        global_ (list[str] | Unset):
        namespace (list[Binding] | Unset):
        project (list[Binding] | Unset):
        tenant (list[Binding] | Unset):
    """

    account: list[str] | Unset = UNSET
    account_id: str | Unset = UNSET
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

        account_id = self.account_id

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
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
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
        d = dict(src_dict)
        account = cast(list[str], d.pop("account", UNSET))

        account_id = d.pop("account_id", UNSET)

        global_ = cast(list[str], d.pop("global", UNSET))

        _namespace = d.pop("namespace", UNSET)
        namespace: list[Binding] | Unset = UNSET
        if _namespace is not UNSET:
            namespace = []
            for namespace_item_data in _namespace:
                namespace_item = Binding.from_dict(namespace_item_data)

                namespace.append(namespace_item)

        _project = d.pop("project", UNSET)
        project: list[Binding] | Unset = UNSET
        if _project is not UNSET:
            project = []
            for project_item_data in _project:
                project_item = Binding.from_dict(project_item_data)

                project.append(project_item)

        _tenant = d.pop("tenant", UNSET)
        tenant: list[Binding] | Unset = UNSET
        if _tenant is not UNSET:
            tenant = []
            for tenant_item_data in _tenant:
                tenant_item = Binding.from_dict(tenant_item_data)

                tenant.append(tenant_item)

        access_policy_with_account_id = cls(
            account=account,
            account_id=account_id,
            global_=global_,
            namespace=namespace,
            project=project,
            tenant=tenant,
        )

        access_policy_with_account_id.additional_properties = d
        return access_policy_with_account_id

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
