from enum import StrEnum


class CreateHttpRouteDryRun(StrEnum):
    ALL = "All"

    def __str__(self) -> str:
        return str(self.value)
