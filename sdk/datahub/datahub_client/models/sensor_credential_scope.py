from enum import StrEnum


class SensorCredentialScope(StrEnum):
    SENSOR_CREDENTIALADMIN = "sensor-credential:admin"
    SENSOR_CREDENTIALROTATE = "sensor-credential:rotate"
    SENSOR_CREDENTIALVIEW = "sensor-credential:view"

    def __str__(self) -> str:
        return str(self.value)
