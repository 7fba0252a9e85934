from enum import StrEnum


class ReplaceWorkloadDeploymentDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
