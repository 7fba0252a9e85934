from enum import StrEnum


class DeleteConfigMapDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
