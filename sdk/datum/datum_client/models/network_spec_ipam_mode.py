from enum import StrEnum


class NetworkSpecIpamMode(StrEnum):
    AUTO = "Auto"
    POLICY = "Policy"

    def __str__(self) -> str:
        return str(self.value)
