from enum import StrEnum


class DeleteGatewayClassCollectionDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
