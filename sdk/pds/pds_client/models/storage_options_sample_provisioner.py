from enum import StrEnum


class StorageOptionsSampleProvisioner(StrEnum):
    AUTO = "auto"
    KUBERNETES_IOPORTWORX_VOLUME = "kubernetes.io/portworx-volume"
    PXD_PORTWORX_COM = "pxd.portworx.com"

    def __str__(self) -> str:
        return str(self.value)
