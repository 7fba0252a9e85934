from enum import StrEnum


class PatchHttpRouteStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
