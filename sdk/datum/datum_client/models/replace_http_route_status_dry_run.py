from enum import StrEnum


class ReplaceHttpRouteStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
