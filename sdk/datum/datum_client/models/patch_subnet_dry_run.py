from enum import StrEnum


class PatchSubnetDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
