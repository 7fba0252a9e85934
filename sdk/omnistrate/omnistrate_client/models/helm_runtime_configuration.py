from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HelmRuntimeConfiguration")
# The wire names of the declared fields: every other key is an additional property.
_FIELDS = frozenset(
    {
        "disableHooks",
        "recreate",
        "resetThenReuseValues",
        "resetValues",
        "reuseValues",
        "skipCRDs",
        "timeoutNanos",
        "upgradeCRDs",
        "wait",
        "waitForJobs",
    }
)


@_attrs_define
class HelmRuntimeConfiguration:
    """
    Attributes:
        disable_hooks (bool): Disable Helm hooks
        recreate (bool): Recreate the Helm package if it already exists
        reset_then_reuse_values (bool): Reset then reuse values for the Helm package before applying
        reset_values (bool): Reset values for the Helm package before applying
        reuse_values (bool): Reuse values for the Helm package before applying
        skip_cr_ds (bool): Skip CRDs for the Helm package
        timeout_nanos (int): Timeout (nanos) for the Helm package to be deployed
        upgrade_cr_ds (bool): Upgrade CRDs for the Helm package
        wait (bool): Wait for the Helm package to be deployed
        wait_for_jobs (bool): Wait for all jobs to be completed
    """

    disable_hooks: bool
    recreate: bool
    reset_then_reuse_values: bool
    reset_values: bool
    reuse_values: bool
    skip_cr_ds: bool
    timeout_nanos: int
    upgrade_cr_ds: bool
    wait: bool
    wait_for_jobs: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_hooks = self.disable_hooks

        recreate = self.recreate

        reset_then_reuse_values = self.reset_then_reuse_values

        reset_values = self.reset_values

        reuse_values = self.reuse_values

        skip_cr_ds = self.skip_cr_ds

        timeout_nanos = self.timeout_nanos

        upgrade_cr_ds = self.upgrade_cr_ds

        wait = self.wait

        wait_for_jobs = self.wait_for_jobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disableHooks": disable_hooks,
                "recreate": recreate,
                "resetThenReuseValues": reset_then_reuse_values,
                "resetValues": reset_values,
                "reuseValues": reuse_values,
                "skipCRDs": skip_cr_ds,
                "timeoutNanos": timeout_nanos,
                "upgradeCRDs": upgrade_cr_ds,
                "wait": wait,
                "waitForJobs": wait_for_jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls.__new__(cls)
        _obj.disable_hooks = src_dict["disableHooks"]

        _obj.recreate = src_dict["recreate"]

        _obj.reset_then_reuse_values = src_dict["resetThenReuseValues"]

        _obj.reset_values = src_dict["resetValues"]

        _obj.reuse_values = src_dict["reuseValues"]

        _obj.skip_cr_ds = src_dict["skipCRDs"]

        _obj.timeout_nanos = src_dict["timeoutNanos"]

        _obj.upgrade_cr_ds = src_dict["upgradeCRDs"]

        _obj.wait = src_dict["wait"]

        _obj.wait_for_jobs = src_dict["waitForJobs"]

        _obj.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _FIELDS}
        )
        return _obj

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any]) -> T:
        """`from_dict` for a decoded JSON object that nothing else holds; its dicts and lists are reused."""
        _obj = cls.__new__(cls)
        _pop = src_dict.pop
        _obj.disable_hooks = _pop("disableHooks")

        _obj.recreate = _pop("recreate")

        _obj.reset_then_reuse_values = _pop("resetThenReuseValues")

        _obj.reset_values = _pop("resetValues")

        _obj.reuse_values = _pop("reuseValues")

        _obj.skip_cr_ds = _pop("skipCRDs")

        _obj.timeout_nanos = _pop("timeoutNanos")

        _obj.upgrade_cr_ds = _pop("upgradeCRDs")

        _obj.wait = _pop("wait")

        _obj.wait_for_jobs = _pop("waitForJobs")

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
