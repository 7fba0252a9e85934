from enum import StrEnum


class PatchGatewayClassDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
