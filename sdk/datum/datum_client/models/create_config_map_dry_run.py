from enum import StrEnum


class CreateConfigMapDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
