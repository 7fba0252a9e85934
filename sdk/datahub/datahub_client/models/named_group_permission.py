from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.group_scope import GroupScope

if TYPE_CHECKING:
    from ..models.group_principal import GroupPrincipal
    from ..models.tenant_principal import TenantPrincipal
    from ..models.user_principal import UserPrincipal

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, GroupPrincipal, TenantPrincipal, UserPrincipal
    from ..models.group_principal import GroupPrincipal  # noqa: PLC0415
    from ..models.tenant_principal import TenantPrincipal  # noqa: PLC0415
    from ..models.user_principal import UserPrincipal  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="NamedGroupPermission")


@_attrs_define
class NamedGroupPermission:
    """A permission on a group, with its name.

    Attributes:
        name (str): A name segment: 1 to 36 characters, lowercase letters a-z, digits and inner dashes; starts and ends
            with a letter or digit.
        scopes (list[GroupScope]): The scopes granted.
        principals (list[GroupPrincipal | TenantPrincipal | UserPrincipal]): Who is granted the scopes.
    """

    name: str
    scopes: list[GroupScope]
    principals: list[GroupPrincipal | TenantPrincipal | UserPrincipal]

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        principals = []
        for principals_item_data in self.principals:
            principals_item: dict[str, Any]
            if isinstance(principals_item_data, GroupPrincipal):
                principals_item = principals_item_data.to_dict()
            elif isinstance(principals_item_data, TenantPrincipal):
                principals_item = principals_item_data.to_dict()
            else:
                principals_item = principals_item_data.to_dict()

            principals.append(principals_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "scopes": scopes,
                "principals": principals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.name = src_dict["name"]

        scopes = []
        _scopes = src_dict["scopes"]
        for scopes_item_data in _scopes:
            scopes_item = GroupScope(scopes_item_data)

            scopes.append(scopes_item)

        _obj.scopes = scopes

        principals = []
        _principals = src_dict["principals"]
        for principals_item_data in _principals:

            def _parse_principals_item(data: object) -> GroupPrincipal | TenantPrincipal | UserPrincipal:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_principal_type_0 = GroupPrincipal.from_dict(data)

                    return componentsschemas_principal_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_principal_type_1 = TenantPrincipal.from_dict(data)

                    return componentsschemas_principal_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_principal_type_2 = UserPrincipal.from_dict(data)

                return componentsschemas_principal_type_2

            principals_item = _parse_principals_item(principals_item_data)

            principals.append(principals_item)

        _obj.principals = principals

        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.name = _pop("name")

        scopes = []
        _scopes = _pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = GroupScope(scopes_item_data)

            scopes.append(scopes_item)

        _obj.scopes = scopes

        principals = []
        _principals = _pop("principals")
        for principals_item_data in _principals:

            def _parse_principals_item(data: object) -> GroupPrincipal | TenantPrincipal | UserPrincipal:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_principal_type_0 = GroupPrincipal.from_dict(data)

                    return componentsschemas_principal_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_principal_type_1 = TenantPrincipal.from_dict(data)

                    return componentsschemas_principal_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_principal_type_2 = UserPrincipal.from_dict(data)

                return componentsschemas_principal_type_2

            principals_item = _parse_principals_item(principals_item_data)

            principals.append(principals_item)

        _obj.principals = principals

        return _obj
