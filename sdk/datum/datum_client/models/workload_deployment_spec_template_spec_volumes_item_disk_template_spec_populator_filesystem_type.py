from enum import StrEnum


class WorkloadDeploymentSpecTemplateSpecVolumesItemDiskTemplateSpecPopulatorFilesystemType(StrEnum):
    EXT4 = "ext4"

    def __str__(self) -> str:
        return str(self.value)
