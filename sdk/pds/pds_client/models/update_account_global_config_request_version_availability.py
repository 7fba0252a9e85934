from enum import StrEnum


class UpdateAccountGlobalConfigRequestVersionAvailability(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
