from enum import StrEnum


class UpdateStorageOptionsTemplateRequestFs(StrEnum):
    EXT4 = "ext4"
    XFS = "xfs"

    def __str__(self) -> str:
        return str(self.value)
