from enum import StrEnum


class ReplaceGatewayClassDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
