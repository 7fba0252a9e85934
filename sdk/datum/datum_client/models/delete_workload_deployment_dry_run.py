from enum import StrEnum


class DeleteWorkloadDeploymentDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
