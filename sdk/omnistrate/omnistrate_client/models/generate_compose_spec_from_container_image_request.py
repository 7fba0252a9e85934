from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable import EnvironmentVariable

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, EnvironmentVariable
    from ..models.environment_variable import EnvironmentVariable  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="GenerateComposeSpecFromContainerImageRequest")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "image",
        "imageRegistry",
        "environmentVariables",
        "password",
        "username",
    }
)


@_attrs_define
class GenerateComposeSpecFromContainerImageRequest:
    """Request body of GenerateComposeSpecFromContainerImage

    Attributes:
        image (str): Name of the image along with the tag. Include the repository name if the image is not from the
            official repository
        image_registry (str): Registry where the image is stored
        environment_variables (list[EnvironmentVariable] | Unset): Runtime environment variables needed to run the image
        password (str | Unset): Password to access the image registry
        username (str | Unset): Username to access the image registry
    """

    image: str
    image_registry: str
    environment_variables: list[EnvironmentVariable] | Unset = UNSET
    password: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        image = self.image

        image_registry = self.image_registry

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "imageRegistry": image_registry,
            }
        )
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.image = src_dict["image"]

        _obj.image_registry = src_dict["imageRegistry"]

        _environment_variables = src_dict.get("environmentVariables", UNSET)
        environment_variables: list[EnvironmentVariable] | Unset = UNSET
        if _environment_variables is not UNSET:
            _environment_variables_item = EnvironmentVariable.from_dict
            environment_variables = [_environment_variables_item(item) for item in _environment_variables]

        _obj.environment_variables = environment_variables

        _obj.password = src_dict.get("password", UNSET)

        _obj.username = src_dict.get("username", UNSET)

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
        _obj.image = _pop("image")

        _obj.image_registry = _pop("imageRegistry")

        _environment_variables = _pop("environmentVariables", UNSET)
        if _environment_variables is not UNSET:
            _environment_variables[:] = map(EnvironmentVariable._from_json, _environment_variables)
        _obj.environment_variables = _environment_variables

        _obj.password = _pop("password", UNSET)

        _obj.username = _pop("username", UNSET)

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
