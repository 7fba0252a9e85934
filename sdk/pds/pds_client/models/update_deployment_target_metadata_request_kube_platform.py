from enum import StrEnum


class UpdateDeploymentTargetMetadataRequestKubePlatform(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    GCP = "gcp"
    GENERIC = "generic"
    OCP = "ocp"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
