from enum import StrEnum


class DeleteWorkloadDeploymentCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
