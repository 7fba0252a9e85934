from enum import StrEnum


class LocationKind(StrEnum):
    LOCATION = "Location"

    def __str__(self) -> str:
        return str(self.value)
