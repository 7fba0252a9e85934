from enum import StrEnum


class DeleteOptionsDryRunItem(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
