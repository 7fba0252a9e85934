from enum import StrEnum


class DeleteNetworkBindingDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
