from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.git_configuration import GitConfiguration
    from ..models.terraform_configuration_private_module_git_access_tokens import (
        TerraformConfigurationPrivateModuleGitAccessTokens,
    )
    from ..models.terraform_output import TerraformOutput

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, GitConfiguration, TerraformConfigurationPrivateModuleGitAccessTokens, TerraformOutput
    from ..models.git_configuration import GitConfiguration  # noqa: PLC0415
    from ..models.terraform_configuration_private_module_git_access_tokens import (
        TerraformConfigurationPrivateModuleGitAccessTokens,  # noqa: PLC0415
    )
    from ..models.terraform_output import TerraformOutput  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="TerraformConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "terraformPath",
        "gitConfiguration",
        "privateModuleGitAccessTokens",
        "requiredOutputKeys",
        "requiredOutputs",
        "terraformExecutionIdentity",
    }
)


@_attrs_define
class TerraformConfiguration:
    """
    Attributes:
        terraform_path (str): The path to the terraform files directory
        git_configuration (GitConfiguration | Unset):
        private_module_git_access_tokens (TerraformConfigurationPrivateModuleGitAccessTokens | Unset): The git access
            tokens for private modules
        required_output_keys (list[str] | Unset): The required output keys to export
        required_outputs (list[TerraformOutput] | Unset): The required output keys to export
        terraform_execution_identity (str | Unset): The identity to use for terraform execution
    """

    terraform_path: str
    git_configuration: GitConfiguration | Unset = UNSET
    private_module_git_access_tokens: TerraformConfigurationPrivateModuleGitAccessTokens | Unset = UNSET
    required_output_keys: list[str] | Unset = UNSET
    required_outputs: list[TerraformOutput] | Unset = UNSET
    terraform_execution_identity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        terraform_path = self.terraform_path

        git_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_configuration, Unset):
            git_configuration = self.git_configuration.to_dict()

        private_module_git_access_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_module_git_access_tokens, Unset):
            private_module_git_access_tokens = self.private_module_git_access_tokens.to_dict()

        required_output_keys: list[str] | Unset = UNSET
        if not isinstance(self.required_output_keys, Unset):
            required_output_keys = self.required_output_keys

        required_outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.required_outputs, Unset):
            required_outputs = []
            for required_outputs_item_data in self.required_outputs:
                required_outputs_item = required_outputs_item_data.to_dict()
                required_outputs.append(required_outputs_item)

        terraform_execution_identity = self.terraform_execution_identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terraformPath": terraform_path,
            }
        )
        if git_configuration is not UNSET:
            field_dict["gitConfiguration"] = git_configuration
        if private_module_git_access_tokens is not UNSET:
            field_dict["privateModuleGitAccessTokens"] = private_module_git_access_tokens
        if required_output_keys is not UNSET:
            field_dict["requiredOutputKeys"] = required_output_keys
        if required_outputs is not UNSET:
            field_dict["requiredOutputs"] = required_outputs
        if terraform_execution_identity is not UNSET:
            field_dict["terraformExecutionIdentity"] = terraform_execution_identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.terraform_path = src_dict["terraformPath"]

        _git_configuration = src_dict.get("gitConfiguration", UNSET)
        git_configuration: GitConfiguration | Unset
        if isinstance(_git_configuration, Unset):
            git_configuration = UNSET
        else:
            git_configuration = GitConfiguration.from_dict(_git_configuration)

        _obj.git_configuration = git_configuration

        _private_module_git_access_tokens = src_dict.get("privateModuleGitAccessTokens", UNSET)
        private_module_git_access_tokens: TerraformConfigurationPrivateModuleGitAccessTokens | Unset
        if isinstance(_private_module_git_access_tokens, Unset):
            private_module_git_access_tokens = UNSET
        else:
            private_module_git_access_tokens = TerraformConfigurationPrivateModuleGitAccessTokens.from_dict(
                _private_module_git_access_tokens
            )

        _obj.private_module_git_access_tokens = private_module_git_access_tokens

        required_output_keys = cast(list[str], src_dict.get("requiredOutputKeys", UNSET))

        _obj.required_output_keys = required_output_keys

        _required_outputs = src_dict.get("requiredOutputs", UNSET)
        required_outputs: list[TerraformOutput] | Unset = UNSET
        if _required_outputs is not UNSET:
            _required_outputs_item = TerraformOutput.from_dict
            required_outputs = [_required_outputs_item(item) for item in _required_outputs]

        _obj.required_outputs = required_outputs

        _obj.terraform_execution_identity = src_dict.get("terraformExecutionIdentity", UNSET)

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
        _obj.terraform_path = _pop("terraformPath")

        _git_configuration = _pop("gitConfiguration", UNSET)
        _obj.git_configuration = (
            UNSET if _git_configuration is UNSET else GitConfiguration._from_json(_git_configuration)
        )

        _private_module_git_access_tokens = _pop("privateModuleGitAccessTokens", UNSET)
        _obj.private_module_git_access_tokens = (
            UNSET
            if _private_module_git_access_tokens is UNSET
            else TerraformConfigurationPrivateModuleGitAccessTokens._from_json(_private_module_git_access_tokens)
        )

        required_output_keys = cast(list[str], _pop("requiredOutputKeys", UNSET))

        _obj.required_output_keys = required_output_keys

        _required_outputs = _pop("requiredOutputs", UNSET)
        if _required_outputs is not UNSET:
            _required_outputs[:] = map(TerraformOutput._from_json, _required_outputs)
        _obj.required_outputs = _required_outputs

        _obj.terraform_execution_identity = _pop("terraformExecutionIdentity", UNSET)

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
