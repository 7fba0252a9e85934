from enum import StrEnum


class ProjectApiVersion(StrEnum):
    RESOURCEMANAGER_DATUMAPIS_COMV1ALPHA = "resourcemanager.datumapis.com/v1alpha"

    def __str__(self) -> str:
        return str(self.value)
