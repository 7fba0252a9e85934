from enum import StrEnum


class PatchWorkloadDeploymentStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
