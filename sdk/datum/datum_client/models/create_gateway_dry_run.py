from enum import StrEnum


class CreateGatewayDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
