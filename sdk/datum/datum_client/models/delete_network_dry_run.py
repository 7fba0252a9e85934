from enum import StrEnum


class DeleteNetworkDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
