from enum import StrEnum


class SubnetKind(StrEnum):
    SUBNET = "Subnet"

    def __str__(self) -> str:
        return str(self.value)
