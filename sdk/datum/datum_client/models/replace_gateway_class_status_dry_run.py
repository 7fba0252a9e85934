from enum import StrEnum


class ReplaceGatewayClassStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
