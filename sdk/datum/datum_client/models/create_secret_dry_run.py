from enum import StrEnum


class CreateSecretDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
