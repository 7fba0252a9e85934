from enum import StrEnum


class ReplaceSecretDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
