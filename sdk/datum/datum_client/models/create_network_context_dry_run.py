from enum import StrEnum


class CreateNetworkContextDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
