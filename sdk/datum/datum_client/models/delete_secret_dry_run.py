from enum import StrEnum


class DeleteSecretDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
