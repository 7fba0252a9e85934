from enum import StrEnum


class ProjectKind(StrEnum):
    PROJECT = "Project"

    def __str__(self) -> str:
        return str(self.value)
