from enum import StrEnum


class PatchLocationDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
