from enum import StrEnum


class DeleteConfigMapPropagationPolicy(StrEnum):
    BACKGROUND = "Background"
    FOREGROUND = "Foreground"
    ORPHAN = "Orphan"

    def __str__(self) -> str:
        return str(self.value)
