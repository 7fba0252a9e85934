from enum import StrEnum


class ConfigMapKind(StrEnum):
    CONFIGMAP = "ConfigMap"

    def __str__(self) -> str:
        return str(self.value)
