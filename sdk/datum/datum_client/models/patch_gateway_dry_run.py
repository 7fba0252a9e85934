from enum import StrEnum


class PatchGatewayDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
