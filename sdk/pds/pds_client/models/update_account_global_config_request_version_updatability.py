from enum import StrEnum


class UpdateAccountGlobalConfigRequestVersionUpdatability(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
