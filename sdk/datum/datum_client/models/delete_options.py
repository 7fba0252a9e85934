from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_options_dry_run_item import DeleteOptionsDryRunItem
from ..models.delete_options_propagation_policy import DeleteOptionsPropagationPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preconditions import Preconditions

_lazy_loaded = False


def _load_lazy() -> None:
    global _lazy_loaded, Preconditions
    from ..models.preconditions import Preconditions  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DeleteOptions")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "apiVersion",
        "dryRun",
        "gracePeriodSeconds",
        "kind",
        "orphanDependents",
        "preconditions",
        "propagationPolicy",
    }
)


@_attrs_define
class DeleteOptions:
    """DeleteOptions may be provided when deleting an API object.

    Attributes:
        api_version (str | Unset): APIVersion defines the versioned schema of this representation of an object.
        dry_run (list[DeleteOptionsDryRunItem] | Unset): When present, indicates that modifications should not be
            persisted. Valid values are: - All: all dry run stages will be processed
        grace_period_seconds (int | Unset): The duration in seconds before the object should be deleted.
        kind (str | Unset): Kind is a string value representing the REST resource this object represents.
        orphan_dependents (bool | Unset): Deprecated: please use the PropagationPolicy.
        preconditions (Preconditions | Unset): Preconditions must be fulfilled before an operation (update, delete,
            etc.) is carried out; otherwise the server answers 409 Conflict.
        propagation_policy (DeleteOptionsPropagationPolicy | Unset): Whether and how garbage collection will be
            performed.
    """

    api_version: str | Unset = UNSET
    dry_run: list[DeleteOptionsDryRunItem] | Unset = UNSET
    grace_period_seconds: int | Unset = UNSET
    kind: str | Unset = UNSET
    orphan_dependents: bool | Unset = UNSET
    preconditions: Preconditions | Unset = UNSET
    propagation_policy: DeleteOptionsPropagationPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy()
        api_version = self.api_version

        dry_run: list[str] | Unset = UNSET
        if not isinstance(self.dry_run, Unset):
            dry_run = []
            for dry_run_item_data in self.dry_run:
                dry_run_item = dry_run_item_data.value
                dry_run.append(dry_run_item)

        grace_period_seconds = self.grace_period_seconds

        kind = self.kind

        orphan_dependents = self.orphan_dependents

        preconditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preconditions, Unset):
            preconditions = self.preconditions.to_dict()

        propagation_policy: str | Unset = UNSET
        if not isinstance(self.propagation_policy, Unset):
            propagation_policy = self.propagation_policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run
        if grace_period_seconds is not UNSET:
            field_dict["gracePeriodSeconds"] = grace_period_seconds
        if kind is not UNSET:
            field_dict["kind"] = kind
        if orphan_dependents is not UNSET:
            field_dict["orphanDependents"] = orphan_dependents
        if preconditions is not UNSET:
            field_dict["preconditions"] = preconditions
        if propagation_policy is not UNSET:
            field_dict["propagationPolicy"] = propagation_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy()
        _obj = cls.__new__(cls)
        _obj.api_version = src_dict.get("apiVersion", UNSET)

        _dry_run = src_dict.get("dryRun", UNSET)
        dry_run: list[DeleteOptionsDryRunItem] | Unset = UNSET
        if _dry_run is not UNSET:
            dry_run = []
            for dry_run_item_data in _dry_run:
                dry_run_item = DeleteOptionsDryRunItem(dry_run_item_data)

                dry_run.append(dry_run_item)

        _obj.dry_run = dry_run

        _obj.grace_period_seconds = src_dict.get("gracePeriodSeconds", UNSET)

        _obj.kind = src_dict.get("kind", UNSET)

        _obj.orphan_dependents = src_dict.get("orphanDependents", UNSET)

        _preconditions = src_dict.get("preconditions", UNSET)
        preconditions: Preconditions | Unset
        if isinstance(_preconditions, Unset):
            preconditions = UNSET
        else:
            preconditions = Preconditions.from_dict(_preconditions)

        _obj.preconditions = preconditions

        _propagation_policy = src_dict.get("propagationPolicy", UNSET)
        propagation_policy: DeleteOptionsPropagationPolicy | Unset
        if isinstance(_propagation_policy, Unset):
            propagation_policy = UNSET
        else:
            propagation_policy = DeleteOptionsPropagationPolicy(_propagation_policy)

        _obj.propagation_policy = propagation_policy

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
        _obj.api_version = _pop("apiVersion", UNSET)

        _dry_run = _pop("dryRun", UNSET)
        dry_run: list[DeleteOptionsDryRunItem] | Unset = UNSET
        if _dry_run is not UNSET:
            dry_run = []
            for dry_run_item_data in _dry_run:
                dry_run_item = DeleteOptionsDryRunItem(dry_run_item_data)

                dry_run.append(dry_run_item)

        _obj.dry_run = dry_run

        _obj.grace_period_seconds = _pop("gracePeriodSeconds", UNSET)

        _obj.kind = _pop("kind", UNSET)

        _obj.orphan_dependents = _pop("orphanDependents", UNSET)

        _preconditions = _pop("preconditions", UNSET)
        _obj.preconditions = UNSET if _preconditions is UNSET else Preconditions._from_json(_preconditions)

        _propagation_policy = _pop("propagationPolicy", UNSET)
        propagation_policy: DeleteOptionsPropagationPolicy | Unset
        if isinstance(_propagation_policy, Unset):
            propagation_policy = UNSET
        else:
            propagation_policy = DeleteOptionsPropagationPolicy(_propagation_policy)

        _obj.propagation_policy = propagation_policy

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
