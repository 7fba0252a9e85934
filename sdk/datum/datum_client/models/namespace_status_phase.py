from enum import StrEnum


class NamespaceStatusPhase(StrEnum):
    ACTIVE = "Active"
    TERMINATING = "Terminating"

    def __str__(self) -> str:
        return str(self.value)
