from enum import StrEnum


class CreateWorkloadDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
