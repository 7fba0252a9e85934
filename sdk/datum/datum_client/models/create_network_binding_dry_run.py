from enum import StrEnum


class CreateNetworkBindingDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
