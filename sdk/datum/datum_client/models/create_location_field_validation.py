from enum import StrEnum


class CreateLocationFieldValidation(StrEnum):
    IGNORE = "Ignore"
    STRICT = "Strict"
    WARN = "Warn"

    def __str__(self) -> str:
        return str(self.value)
