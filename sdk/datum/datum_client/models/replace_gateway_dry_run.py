from enum import StrEnum


class ReplaceGatewayDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
