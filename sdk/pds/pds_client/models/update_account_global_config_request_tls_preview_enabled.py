from enum import StrEnum


class UpdateAccountGlobalConfigRequestTlsPreviewEnabled(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
