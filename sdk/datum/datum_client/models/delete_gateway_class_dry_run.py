from enum import StrEnum


class DeleteGatewayClassDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
