from enum import StrEnum


class CreateNetworkDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
