from enum import StrEnum


class WorkloadApiVersion(StrEnum):
    COMPUTE_DATUMAPIS_COMV1ALPHA = "compute.datumapis.com/v1alpha"

    def __str__(self) -> str:
        return str(self.value)
