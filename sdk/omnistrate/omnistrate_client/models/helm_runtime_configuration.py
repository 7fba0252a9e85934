from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HelmRuntimeConfiguration")


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
        d = dict(src_dict)
        disable_hooks = d.pop("disableHooks")

        recreate = d.pop("recreate")

        reset_then_reuse_values = d.pop("resetThenReuseValues")

        reset_values = d.pop("resetValues")

        reuse_values = d.pop("reuseValues")

        skip_cr_ds = d.pop("skipCRDs")

        timeout_nanos = d.pop("timeoutNanos")

        upgrade_cr_ds = d.pop("upgradeCRDs")

        wait = d.pop("wait")

        wait_for_jobs = d.pop("waitForJobs")

        helm_runtime_configuration = cls(
            disable_hooks=disable_hooks,
            recreate=recreate,
            reset_then_reuse_values=reset_then_reuse_values,
            reset_values=reset_values,
            reuse_values=reuse_values,
            skip_cr_ds=skip_cr_ds,
            timeout_nanos=timeout_nanos,
            upgrade_cr_ds=upgrade_cr_ds,
            wait=wait,
            wait_for_jobs=wait_for_jobs,
        )

        helm_runtime_configuration.additional_properties = d
        return helm_runtime_configuration

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
