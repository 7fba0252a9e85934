from enum import StrEnum


class GatewaySpecAddressesItemType0Type(StrEnum):
    IPADDRESS = "IPAddress"

    def __str__(self) -> str:
        return str(self.value)
