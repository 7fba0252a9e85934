from enum import StrEnum


class DeploymentServiceType(StrEnum):
    CLUSTERIP = "ClusterIP"
    EXTERNALNAME = "ExternalName"
    LOADBALANCER = "LoadBalancer"
    NODEPORT = "NodePort"

    def __str__(self) -> str:
        return str(self.value)
