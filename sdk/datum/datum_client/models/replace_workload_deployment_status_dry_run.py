from enum import StrEnum


class ReplaceWorkloadDeploymentStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
