from enum import StrEnum


class DeleteNetworkContextDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
