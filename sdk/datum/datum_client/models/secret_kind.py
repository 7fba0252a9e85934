from enum import StrEnum


class SecretKind(StrEnum):
    SECRET = "Secret"

    def __str__(self) -> str:
        return str(self.value)
