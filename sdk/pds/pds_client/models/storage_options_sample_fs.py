from enum import StrEnum


class StorageOptionsSampleFs(StrEnum):
    EXT4 = "ext4"
    XFS = "xfs"

    def __str__(self) -> str:
        return str(self.value)
