from enum import StrEnum


class PatchConfigMapDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
