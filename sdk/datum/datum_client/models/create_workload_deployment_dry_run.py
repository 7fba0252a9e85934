from enum import StrEnum


class CreateWorkloadDeploymentDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
