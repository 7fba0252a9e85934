from enum import StrEnum


class PatchWorkloadDeploymentDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
