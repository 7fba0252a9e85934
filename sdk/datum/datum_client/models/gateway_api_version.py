from enum import StrEnum


class GatewayApiVersion(StrEnum):
    GATEWAY_NETWORKING_K8S_IOV1 = "gateway.networking.k8s.io/v1"

    def __str__(self) -> str:
        return str(self.value)
