# pyright: reportPrivateUsage=false
# (models of one package call each other's `_parse` / `_from_json`: the parse path, not public API)
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, Self, TypeAlias, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import models as _m
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    pass

_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "cloud_provider_id",
    "description",
    "id",
    "name",
    "status",
    "status_message",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "aws_account_id",
    "aws_bootstrap_role_arn",
    "aws_cloud_formation_no_lb_template_url",
    "aws_cloud_formation_template_url",
    "azure_bootstrap_shell_command",
    "azure_subscription_id",
    "azure_tenant_id",
    "byoa_instance_i_ds",
    "gcp_bootstrap_shell_command",
    "gcp_disconnect_shell_command",
    "gcp_project_id",
    "gcp_project_number",
    "gcp_service_account_email",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "cloudProviderId",
        "description",
        "id",
        "name",
        "status",
        "statusMessage",
        "awsAccountID",
        "awsBootstrapRoleARN",
        "awsCloudFormationNoLBTemplateURL",
        "awsCloudFormationTemplateURL",
        "azureBootstrapShellCommand",
        "azureSubscriptionID",
        "azureTenantID",
        "byoaInstanceIDs",
        "gcpBootstrapShellCommand",
        "gcpDisconnectShellCommand",
        "gcpProjectID",
        "gcpProjectNumber",
        "gcpServiceAccountEmail",
    }
)


# `AccountConfig` as a plain mapping of its JSON shape, accepted wherever a `AccountConfig` is.
class AccountConfigDict(TypedDict, total=False):
    cloudProviderId: Required[str]
    description: Required[str]
    id: Required[str]
    name: Required[str]
    status: Required[str]
    statusMessage: Required[str]
    awsAccountID: str
    awsBootstrapRoleARN: str
    awsCloudFormationNoLBTemplateURL: str
    awsCloudFormationTemplateURL: str
    azureBootstrapShellCommand: str
    azureSubscriptionID: str
    azureTenantID: str
    byoaInstanceIDs: list[str]
    gcpBootstrapShellCommand: str
    gcpDisconnectShellCommand: str
    gcpProjectID: str
    gcpProjectNumber: str
    gcpServiceAccountEmail: str


@_attrs_define(init=False, repr=False)
class AccountConfig:
    """Account configuration including the role required to access

    Attributes:
            cloud_provider_id (str): ID of an CloudProvider
            description (str): The description for the account
            id (str): ID of an Account Config
            name (str): The name of the account
            status (str): The status of the account configuration
            status_message (str): The status message of the account
            aws_account_id (str | None): The AWS account ID
            aws_bootstrap_role_arn (str | None): The security role ARN or service account ARN that grants access to operate the infra
            aws_cloud_formation_no_lb_template_url (str | None): The URL to the CloudFormation template (no LoadBalancer policy version)
            aws_cloud_formation_template_url (str | None): The URL to the CloudFormation template
            azure_bootstrap_shell_command (str | None): The Azure bootstrap shell command
            azure_subscription_id (str | None): The Azure subscription ID
            azure_tenant_id (str | None): The Azure tenant ID
            byoa_instance_i_ds (list[str] | None): The BYOA instance IDs that this account config is tied to
            gcp_bootstrap_shell_command (str | None): The GCP bootstrap shell command
            gcp_disconnect_shell_command (str | None): The GCP disconnect shell command
            gcp_project_id (str | None): The GCP project ID
            gcp_project_number (str | None): The GCP project number
            gcp_service_account_email (str | None): The GCP service account email
    """

    cloud_provider_id: str
    description: str
    id: str
    name: str
    status: str
    status_message: str
    aws_account_id: str | None = None
    aws_bootstrap_role_arn: str | None = None
    aws_cloud_formation_no_lb_template_url: str | None = None
    aws_cloud_formation_template_url: str | None = None
    azure_bootstrap_shell_command: str | None = None
    azure_subscription_id: str | None = None
    azure_tenant_id: str | None = None
    byoa_instance_i_ds: list[str] | None = None
    gcp_bootstrap_shell_command: str | None = None
    gcp_disconnect_shell_command: str | None = None
    gcp_project_id: str | None = None
    gcp_project_number: str | None = None
    gcp_service_account_email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        cloud_provider_id: str,
        description: str,
        id: str,
        name: str,
        status: str,
        status_message: str,
        aws_account_id: str | None | Unset = UNSET,
        aws_bootstrap_role_arn: str | None | Unset = UNSET,
        aws_cloud_formation_no_lb_template_url: str | None | Unset = UNSET,
        aws_cloud_formation_template_url: str | None | Unset = UNSET,
        azure_bootstrap_shell_command: str | None | Unset = UNSET,
        azure_subscription_id: str | None | Unset = UNSET,
        azure_tenant_id: str | None | Unset = UNSET,
        byoa_instance_i_ds: list[str] | None | Unset = UNSET,
        gcp_bootstrap_shell_command: str | None | Unset = UNSET,
        gcp_disconnect_shell_command: str | None | Unset = UNSET,
        gcp_project_id: str | None | Unset = UNSET,
        gcp_project_number: str | None | Unset = UNSET,
        gcp_service_account_email: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        _nulls_given: list[str] = []
        self.cloud_provider_id = cloud_provider_id
        self.description = description
        self.id = id
        self.name = name
        self.status = status
        self.status_message = status_message
        self.aws_account_id = None if aws_account_id is None or isinstance(aws_account_id, Unset) else aws_account_id
        if aws_account_id is None:
            _nulls_given.append("aws_account_id")
        self.aws_bootstrap_role_arn = (
            None
            if aws_bootstrap_role_arn is None or isinstance(aws_bootstrap_role_arn, Unset)
            else aws_bootstrap_role_arn
        )
        if aws_bootstrap_role_arn is None:
            _nulls_given.append("aws_bootstrap_role_arn")
        self.aws_cloud_formation_no_lb_template_url = (
            None
            if aws_cloud_formation_no_lb_template_url is None
            or isinstance(aws_cloud_formation_no_lb_template_url, Unset)
            else aws_cloud_formation_no_lb_template_url
        )
        if aws_cloud_formation_no_lb_template_url is None:
            _nulls_given.append("aws_cloud_formation_no_lb_template_url")
        self.aws_cloud_formation_template_url = (
            None
            if aws_cloud_formation_template_url is None or isinstance(aws_cloud_formation_template_url, Unset)
            else aws_cloud_formation_template_url
        )
        if aws_cloud_formation_template_url is None:
            _nulls_given.append("aws_cloud_formation_template_url")
        self.azure_bootstrap_shell_command = (
            None
            if azure_bootstrap_shell_command is None or isinstance(azure_bootstrap_shell_command, Unset)
            else azure_bootstrap_shell_command
        )
        if azure_bootstrap_shell_command is None:
            _nulls_given.append("azure_bootstrap_shell_command")
        self.azure_subscription_id = (
            None if azure_subscription_id is None or isinstance(azure_subscription_id, Unset) else azure_subscription_id
        )
        if azure_subscription_id is None:
            _nulls_given.append("azure_subscription_id")
        self.azure_tenant_id = (
            None if azure_tenant_id is None or isinstance(azure_tenant_id, Unset) else azure_tenant_id
        )
        if azure_tenant_id is None:
            _nulls_given.append("azure_tenant_id")
        self.byoa_instance_i_ds = (
            None if byoa_instance_i_ds is None or isinstance(byoa_instance_i_ds, Unset) else byoa_instance_i_ds
        )
        if byoa_instance_i_ds is None:
            _nulls_given.append("byoa_instance_i_ds")
        self.gcp_bootstrap_shell_command = (
            None
            if gcp_bootstrap_shell_command is None or isinstance(gcp_bootstrap_shell_command, Unset)
            else gcp_bootstrap_shell_command
        )
        if gcp_bootstrap_shell_command is None:
            _nulls_given.append("gcp_bootstrap_shell_command")
        self.gcp_disconnect_shell_command = (
            None
            if gcp_disconnect_shell_command is None or isinstance(gcp_disconnect_shell_command, Unset)
            else gcp_disconnect_shell_command
        )
        if gcp_disconnect_shell_command is None:
            _nulls_given.append("gcp_disconnect_shell_command")
        self.gcp_project_id = None if gcp_project_id is None or isinstance(gcp_project_id, Unset) else gcp_project_id
        if gcp_project_id is None:
            _nulls_given.append("gcp_project_id")
        self.gcp_project_number = (
            None if gcp_project_number is None or isinstance(gcp_project_number, Unset) else gcp_project_number
        )
        if gcp_project_number is None:
            _nulls_given.append("gcp_project_number")
        self.gcp_service_account_email = (
            None
            if gcp_service_account_email is None or isinstance(gcp_service_account_email, Unset)
            else gcp_service_account_email
        )
        if gcp_service_account_email is None:
            _nulls_given.append("gcp_service_account_email")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["cloudProviderId"] = self.cloud_provider_id
        field_dict["description"] = self.description
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["status"] = self.status
        field_dict["statusMessage"] = self.status_message
        if self.aws_account_id is not None:
            field_dict["awsAccountID"] = self.aws_account_id
        elif "aws_account_id" in self._nulls:
            field_dict["awsAccountID"] = None
        if self.aws_bootstrap_role_arn is not None:
            field_dict["awsBootstrapRoleARN"] = self.aws_bootstrap_role_arn
        elif "aws_bootstrap_role_arn" in self._nulls:
            field_dict["awsBootstrapRoleARN"] = None
        if self.aws_cloud_formation_no_lb_template_url is not None:
            field_dict["awsCloudFormationNoLBTemplateURL"] = self.aws_cloud_formation_no_lb_template_url
        elif "aws_cloud_formation_no_lb_template_url" in self._nulls:
            field_dict["awsCloudFormationNoLBTemplateURL"] = None
        if self.aws_cloud_formation_template_url is not None:
            field_dict["awsCloudFormationTemplateURL"] = self.aws_cloud_formation_template_url
        elif "aws_cloud_formation_template_url" in self._nulls:
            field_dict["awsCloudFormationTemplateURL"] = None
        if self.azure_bootstrap_shell_command is not None:
            field_dict["azureBootstrapShellCommand"] = self.azure_bootstrap_shell_command
        elif "azure_bootstrap_shell_command" in self._nulls:
            field_dict["azureBootstrapShellCommand"] = None
        if self.azure_subscription_id is not None:
            field_dict["azureSubscriptionID"] = self.azure_subscription_id
        elif "azure_subscription_id" in self._nulls:
            field_dict["azureSubscriptionID"] = None
        if self.azure_tenant_id is not None:
            field_dict["azureTenantID"] = self.azure_tenant_id
        elif "azure_tenant_id" in self._nulls:
            field_dict["azureTenantID"] = None
        if self.byoa_instance_i_ds is not None:
            field_dict["byoaInstanceIDs"] = list(self.byoa_instance_i_ds)
        elif "byoa_instance_i_ds" in self._nulls:
            field_dict["byoaInstanceIDs"] = None
        if self.gcp_bootstrap_shell_command is not None:
            field_dict["gcpBootstrapShellCommand"] = self.gcp_bootstrap_shell_command
        elif "gcp_bootstrap_shell_command" in self._nulls:
            field_dict["gcpBootstrapShellCommand"] = None
        if self.gcp_disconnect_shell_command is not None:
            field_dict["gcpDisconnectShellCommand"] = self.gcp_disconnect_shell_command
        elif "gcp_disconnect_shell_command" in self._nulls:
            field_dict["gcpDisconnectShellCommand"] = None
        if self.gcp_project_id is not None:
            field_dict["gcpProjectID"] = self.gcp_project_id
        elif "gcp_project_id" in self._nulls:
            field_dict["gcpProjectID"] = None
        if self.gcp_project_number is not None:
            field_dict["gcpProjectNumber"] = self.gcp_project_number
        elif "gcp_project_number" in self._nulls:
            field_dict["gcpProjectNumber"] = None
        if self.gcp_service_account_email is not None:
            field_dict["gcpServiceAccountEmail"] = self.gcp_service_account_email
        elif "gcp_service_account_email" in self._nulls:
            field_dict["gcpServiceAccountEmail"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "AccountConfig")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "AccountConfig")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "cloudProviderId"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_id = _v

            _f = "description"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "id"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "name"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "status"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "statusMessage"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status_message = _v

            _f = "awsAccountID"
            _v = _get(_f, None)
            if _v is None:
                _obj.aws_account_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_account_id = _v

            _f = "awsBootstrapRoleARN"
            _v = _get(_f, None)
            if _v is None:
                _obj.aws_bootstrap_role_arn = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_bootstrap_role_arn = _v

            _f = "awsCloudFormationNoLBTemplateURL"
            _v = _get(_f, None)
            if _v is None:
                _obj.aws_cloud_formation_no_lb_template_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_cloud_formation_no_lb_template_url = _v

            _f = "awsCloudFormationTemplateURL"
            _v = _get(_f, None)
            if _v is None:
                _obj.aws_cloud_formation_template_url = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_cloud_formation_template_url = _v

            _f = "azureBootstrapShellCommand"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure_bootstrap_shell_command = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_bootstrap_shell_command = _v

            _f = "azureSubscriptionID"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure_subscription_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_subscription_id = _v

            _f = "azureTenantID"
            _v = _get(_f, None)
            if _v is None:
                _obj.azure_tenant_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_tenant_id = _v

            _f = "byoaInstanceIDs"
            _v = _get(_f, None)
            if _v is None:
                _obj.byoa_instance_i_ds = None
            else:
                _l14: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i14, _x14 in enumerate(_l14):
                    if type(_x14) is not str and not isinstance(_x14, str):
                        raise _m.bad("a string", _x14).at_index(_i14)
                _obj.byoa_instance_i_ds = _l14[:]

            _f = "gcpBootstrapShellCommand"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_bootstrap_shell_command = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_bootstrap_shell_command = _v

            _f = "gcpDisconnectShellCommand"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_disconnect_shell_command = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_disconnect_shell_command = _v

            _f = "gcpProjectID"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_project_id = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_project_id = _v

            _f = "gcpProjectNumber"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_project_number = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_project_number = _v

            _f = "gcpServiceAccountEmail"
            _v = _get(_f, None)
            if _v is None:
                _obj.gcp_service_account_email = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_service_account_email = _v

        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        _obj.additional_properties = (
            {} if _FIELDS.issuperset(src) else {key: item for key, item in src.items() if key not in _FIELDS}
        )
        _obj._nulls = _m.NO_NULLS
        return _obj

    @classmethod
    def _from_json(cls, value: Any) -> Self:
        """`_parse` for a freshly decoded JSON object that nothing else holds: the operations' fast path.

        It is taken over: lists of models are filled in place, and with no unknown keys the emptied
        object becomes the (empty) additional properties. Values are checked inline (`type(v) is str`,
        no call a field); the path of a misfit is put together only when one is raised.
        """
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 6
        _f = ""
        try:
            _f = "cloudProviderId"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.cloud_provider_id = _v

            _f = "description"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.description = _v

            _f = "id"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.id = _v

            _f = "name"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.name = _v

            _f = "status"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status = _v

            _f = "statusMessage"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.status_message = _v

            _f = "awsAccountID"
            _v = src.get(_f)
            if _v is None:
                _obj.aws_account_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_account_id = _v

            _f = "awsBootstrapRoleARN"
            _v = src.get(_f)
            if _v is None:
                _obj.aws_bootstrap_role_arn = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_bootstrap_role_arn = _v

            _f = "awsCloudFormationNoLBTemplateURL"
            _v = src.get(_f)
            if _v is None:
                _obj.aws_cloud_formation_no_lb_template_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_cloud_formation_no_lb_template_url = _v

            _f = "awsCloudFormationTemplateURL"
            _v = src.get(_f)
            if _v is None:
                _obj.aws_cloud_formation_template_url = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.aws_cloud_formation_template_url = _v

            _f = "azureBootstrapShellCommand"
            _v = src.get(_f)
            if _v is None:
                _obj.azure_bootstrap_shell_command = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_bootstrap_shell_command = _v

            _f = "azureSubscriptionID"
            _v = src.get(_f)
            if _v is None:
                _obj.azure_subscription_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_subscription_id = _v

            _f = "azureTenantID"
            _v = src.get(_f)
            if _v is None:
                _obj.azure_tenant_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.azure_tenant_id = _v

            _f = "byoaInstanceIDs"
            _v = src.get(_f)
            if _v is None:
                _obj.byoa_instance_i_ds = None
            else:
                _n += 1
                _l14: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i14, _x14 in enumerate(_l14):
                    if type(_x14) is not str and not isinstance(_x14, str):
                        raise _m.bad("a string", _x14).at_index(_i14)
                _obj.byoa_instance_i_ds = _l14

            _f = "gcpBootstrapShellCommand"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_bootstrap_shell_command = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_bootstrap_shell_command = _v

            _f = "gcpDisconnectShellCommand"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_disconnect_shell_command = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_disconnect_shell_command = _v

            _f = "gcpProjectID"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_project_id = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_project_id = _v

            _f = "gcpProjectNumber"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_project_number = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_project_number = _v

            _f = "gcpServiceAccountEmail"
            _v = src.get(_f)
            if _v is None:
                _obj.gcp_service_account_email = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.gcp_service_account_email = _v

        except KeyError:  # only `src[_f]` of a required field raises it (nested reads raise MisfitError)
            raise _m.missing().at(_f) from None
        except _m.PARSE_ERRORS as _e:
            raise _m.unexpected(_e).at(_f) from None
        if len(src) == _n:
            # No unknown keys: the emptied object is the additional properties (one allocation fewer).
            src.clear()
            _obj.additional_properties = src
        else:
            _obj.additional_properties = {key: item for key, item in src.items() if key not in _FIELDS}
        _obj._nulls = _m.NO_NULLS
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
