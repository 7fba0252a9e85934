from enum import StrEnum


class SubnetApiVersion(StrEnum):
    NETWORKING_DATUMAPIS_COMV1ALPHA = "networking.datumapis.com/v1alpha"

    def __str__(self) -> str:
        return str(self.value)
