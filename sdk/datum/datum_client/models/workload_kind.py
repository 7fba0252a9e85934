from enum import StrEnum


class WorkloadKind(StrEnum):
    WORKLOAD = "Workload"

    def __str__(self) -> str:
        return str(self.value)
