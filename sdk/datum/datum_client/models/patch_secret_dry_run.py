from enum import StrEnum


class PatchSecretDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
