from enum import StrEnum


class WorkloadDeploymentKind(StrEnum):
    WORKLOADDEPLOYMENT = "WorkloadDeployment"

    def __str__(self) -> str:
        return str(self.value)
