from enum import StrEnum


class ReplaceGatewayStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
