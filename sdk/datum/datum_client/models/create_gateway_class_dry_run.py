from enum import StrEnum


class CreateGatewayClassDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
