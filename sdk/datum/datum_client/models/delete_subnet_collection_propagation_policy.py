from enum import StrEnum


class DeleteSubnetCollectionPropagationPolicy(StrEnum):
    BACKGROUND = "Background"
    FOREGROUND = "Foreground"
    ORPHAN = "Orphan"

    def __str__(self) -> str:
        return str(self.value)
