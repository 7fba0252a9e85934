from enum import StrEnum


class DeleteGatewayDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
