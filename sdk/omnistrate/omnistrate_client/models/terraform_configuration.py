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
    from ..models.git_configuration import GitConfiguration, GitConfigurationDict
    from ..models.terraform_configuration_private_module_git_access_tokens import (
        TerraformConfigurationPrivateModuleGitAccessTokens,
        TerraformConfigurationPrivateModuleGitAccessTokensDict,
    )
    from ..models.terraform_output import TerraformOutput, TerraformOutputDict

    pass

_lazy_loaded = False


def _load_lazy() -> None:
    """Import the models this one refers to, once, on first use (they may refer back to this one)."""
    global _lazy_loaded, GitConfiguration, TerraformConfigurationPrivateModuleGitAccessTokens, TerraformOutput
    from ..models.git_configuration import GitConfiguration  # noqa: PLC0415
    from ..models.terraform_configuration_private_module_git_access_tokens import (
        TerraformConfigurationPrivateModuleGitAccessTokens,  # noqa: PLC0415
    )
    from ..models.terraform_output import TerraformOutput  # noqa: PLC0415

    _lazy_loaded = True


_ = (BytesIO, File, Literal, Mapping, NotRequired, Required, Sequence, TypeAlias, TypedDict, Unset, json)
_MISSING: Any = _m.MISSING
# The attributes `repr` shows always, and when present (not None, or None given explicitly).
_REQUIRED: tuple[str, ...] = (
    "terraform_path",
    "additional_properties",
)
_OPTIONAL: tuple[str, ...] = (
    "git_configuration",
    "private_module_git_access_tokens",
    "required_output_keys",
    "required_outputs",
    "terraform_execution_identity",
)
# The wire names of the declared fields: every other key is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "terraformPath",
        "gitConfiguration",
        "privateModuleGitAccessTokens",
        "requiredOutputKeys",
        "requiredOutputs",
        "terraformExecutionIdentity",
    }
)


# `TerraformConfiguration` as a plain mapping of its JSON shape, accepted wherever a `TerraformConfiguration` is.
class TerraformConfigurationDict(TypedDict, total=False):
    terraformPath: Required[str]
    gitConfiguration: GitConfigurationDict
    privateModuleGitAccessTokens: TerraformConfigurationPrivateModuleGitAccessTokensDict
    requiredOutputKeys: list[str]
    requiredOutputs: list[TerraformOutputDict]
    terraformExecutionIdentity: str


@_attrs_define(init=False, repr=False)
class TerraformConfiguration:
    """Attributes:
    terraform_path (str): The path to the terraform files directory
    git_configuration (GitConfiguration | None):
    private_module_git_access_tokens (TerraformConfigurationPrivateModuleGitAccessTokens | None): The git access tokens for private modules
    required_output_keys (list[str] | None): The required output keys to export
    required_outputs (list[TerraformOutput] | None): The required output keys to export
    terraform_execution_identity (str | None): The identity to use for terraform execution
    """

    terraform_path: str
    git_configuration: GitConfiguration | None = None
    private_module_git_access_tokens: TerraformConfigurationPrivateModuleGitAccessTokens | None = None
    required_output_keys: list[str] | None = None
    required_outputs: list[TerraformOutput] | None = None
    terraform_execution_identity: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=_m.no_extra)
    # Optional fields given None explicitly: those are sent as null, other None fields are left out.
    _nulls: frozenset[str] = _attrs_field(default=_m.NO_NULLS, eq=False)

    def __init__(
        self,
        terraform_path: str,
        git_configuration: GitConfiguration | GitConfigurationDict | None | Unset = UNSET,
        private_module_git_access_tokens: TerraformConfigurationPrivateModuleGitAccessTokens
        | TerraformConfigurationPrivateModuleGitAccessTokensDict
        | None
        | Unset = UNSET,
        required_output_keys: list[str] | None | Unset = UNSET,
        required_outputs: Sequence[TerraformOutput | TerraformOutputDict] | None | Unset = UNSET,
        terraform_execution_identity: str | None | Unset = UNSET,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        if not _lazy_loaded:
            _load_lazy()
        _nulls_given: list[str] = []
        self.terraform_path = terraform_path
        self.git_configuration = (
            None
            if git_configuration is None or isinstance(git_configuration, Unset)
            else git_configuration
            if isinstance(git_configuration, GitConfiguration)
            else GitConfiguration.from_dict(git_configuration)
        )
        if git_configuration is None:
            _nulls_given.append("git_configuration")
        self.private_module_git_access_tokens = (
            None
            if private_module_git_access_tokens is None or isinstance(private_module_git_access_tokens, Unset)
            else private_module_git_access_tokens
            if isinstance(private_module_git_access_tokens, TerraformConfigurationPrivateModuleGitAccessTokens)
            else TerraformConfigurationPrivateModuleGitAccessTokens.from_dict(private_module_git_access_tokens)
        )
        if private_module_git_access_tokens is None:
            _nulls_given.append("private_module_git_access_tokens")
        self.required_output_keys = (
            None if required_output_keys is None or isinstance(required_output_keys, Unset) else required_output_keys
        )
        if required_output_keys is None:
            _nulls_given.append("required_output_keys")
        self.required_outputs = (
            None
            if required_outputs is None or isinstance(required_outputs, Unset)
            else [
                _item if isinstance(_item, TerraformOutput) else TerraformOutput.from_dict(_item)
                for _item in required_outputs
            ]
        )
        if required_outputs is None:
            _nulls_given.append("required_outputs")
        self.terraform_execution_identity = (
            None
            if terraform_execution_identity is None or isinstance(terraform_execution_identity, Unset)
            else terraform_execution_identity
        )
        if terraform_execution_identity is None:
            _nulls_given.append("terraform_execution_identity")
        self.additional_properties = dict(additional_properties) if additional_properties else {}
        self._nulls = frozenset(_nulls_given)

    def __repr__(self) -> str:
        return _m.model_repr(self, _REQUIRED, _OPTIONAL, self._nulls)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (the wire names; absent fields left out, explicit nulls kept)."""
        if not _lazy_loaded:
            _load_lazy()
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["terraformPath"] = self.terraform_path
        if self.git_configuration is not None:
            field_dict["gitConfiguration"] = self.git_configuration.to_dict()
        elif "git_configuration" in self._nulls:
            field_dict["gitConfiguration"] = None
        if self.private_module_git_access_tokens is not None:
            field_dict["privateModuleGitAccessTokens"] = self.private_module_git_access_tokens.to_dict()
        elif "private_module_git_access_tokens" in self._nulls:
            field_dict["privateModuleGitAccessTokens"] = None
        if self.required_output_keys is not None:
            field_dict["requiredOutputKeys"] = list(self.required_output_keys)
        elif "required_output_keys" in self._nulls:
            field_dict["requiredOutputKeys"] = None
        if self.required_outputs is not None:
            field_dict["requiredOutputs"] = [_item.to_dict() for _item in self.required_outputs]
        elif "required_outputs" in self._nulls:
            field_dict["requiredOutputs"] = None
        if self.terraform_execution_identity is not None:
            field_dict["terraformExecutionIdentity"] = self.terraform_execution_identity
        elif "terraform_execution_identity" in self._nulls:
            field_dict["terraformExecutionIdentity"] = None
        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON document (`indent` pretty-prints)."""
        return _m.to_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read JSON data (wire names); raises `ValidationError` with the path of the first misfit."""
        return _m.load(cls._parse, src_dict, "TerraformConfiguration")

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Read a JSON document; raises `ValidationError` when it is not JSON or does not fit."""
        return _m.load_json(cls._from_json, data, "TerraformConfiguration")

    @classmethod
    def _parse(cls, value: Any) -> Self:
        """Check and read JSON data (left as it is); a misfit raises `_m.MisfitError` with its path."""
        if not _lazy_loaded:
            _load_lazy()
        src = _m.as_object(value)
        _obj = cls.__new__(cls)
        _get = src.get
        _f = ""
        try:
            _f = "terraformPath"
            _v = _get(_f, _MISSING)
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.terraform_path = _v

            _f = "gitConfiguration"
            _v = _get(_f, None)
            if _v is None:
                _obj.git_configuration = None
            else:
                _obj.git_configuration = GitConfiguration._parse(_v)

            _f = "privateModuleGitAccessTokens"
            _v = _get(_f, None)
            if _v is None:
                _obj.private_module_git_access_tokens = None
            else:
                _obj.private_module_git_access_tokens = TerraformConfigurationPrivateModuleGitAccessTokens._parse(_v)

            _f = "requiredOutputKeys"
            _v = _get(_f, None)
            if _v is None:
                _obj.required_output_keys = None
            else:
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i4, _x4 in enumerate(_l4):
                    if type(_x4) is not str and not isinstance(_x4, str):
                        raise _m.bad("a string", _x4).at_index(_i4)
                _obj.required_output_keys = _l4[:]

            _f = "requiredOutputs"
            _v = _get(_f, None)
            if _v is None:
                _obj.required_outputs = None
            else:
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5 = list(map(TerraformOutput._parse, _it5))
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.required_outputs = _l5

            _f = "terraformExecutionIdentity"
            _v = _get(_f, None)
            if _v is None:
                _obj.terraform_execution_identity = None
            else:
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.terraform_execution_identity = _v

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
        if not _lazy_loaded:
            _load_lazy()
        src: dict[str, Any] = value  # declared before the check: narrowing Any would make it dict[Unknown, ...]
        if type(value) is not dict:
            raise _m.bad("an object", value)
        _obj = cls.__new__(cls)
        # Known keys seen (optional ones when not null): all of `src` when there are no unknown keys.
        _n = 1
        _f = ""
        try:
            _f = "terraformPath"
            _v = src[_f]
            if type(_v) is not str and not isinstance(_v, str):
                raise _m.bad("a string", _v)
            _obj.terraform_path = _v

            _f = "gitConfiguration"
            _v = src.get(_f)
            if _v is None:
                _obj.git_configuration = None
            else:
                _n += 1
                _obj.git_configuration = GitConfiguration._from_json(_v)

            _f = "privateModuleGitAccessTokens"
            _v = src.get(_f)
            if _v is None:
                _obj.private_module_git_access_tokens = None
            else:
                _n += 1
                _obj.private_module_git_access_tokens = TerraformConfigurationPrivateModuleGitAccessTokens._from_json(
                    _v
                )

            _f = "requiredOutputKeys"
            _v = src.get(_f)
            if _v is None:
                _obj.required_output_keys = None
            else:
                _n += 1
                _l4: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                for _i4, _x4 in enumerate(_l4):
                    if type(_x4) is not str and not isinstance(_x4, str):
                        raise _m.bad("a string", _x4).at_index(_i4)
                _obj.required_output_keys = _l4

            _f = "requiredOutputs"
            _v = src.get(_f)
            if _v is None:
                _obj.required_outputs = None
            else:
                _n += 1
                _l5: list[Any] = _v  # declared before the check: narrowing Any would make it list[Unknown]
                if type(_v) is not list and not isinstance(_v, list):
                    raise _m.bad("an array", _v)
                _it5 = iter(_l5)
                try:
                    _l5[:] = map(TerraformOutput._from_json, _it5)
                except _m.PARSE_ERRORS as _e:
                    raise _m.unexpected(_e).at_index(_m.failed_index(_l5, _it5)) from None
                _obj.required_outputs = _l5

            _f = "terraformExecutionIdentity"
            _v = src.get(_f)
            if _v is None:
                _obj.terraform_execution_identity = None
            else:
                _n += 1
                if type(_v) is not str and not isinstance(_v, str):
                    raise _m.bad("a string", _v)
                _obj.terraform_execution_identity = _v

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
