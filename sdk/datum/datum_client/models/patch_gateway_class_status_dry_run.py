from enum import StrEnum


class PatchGatewayClassStatusDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
