from enum import StrEnum


class ProjectScope(StrEnum):
    PROJECTADMIN = "project:admin"
    PROJECTBUCKET_WRITE = "project:bucket-write"
    PROJECTPROMETHEUS_READ = "project:prometheus-read"
    PROJECTPROMETHEUS_WRITE = "project:prometheus-write"
    PROJECTSENSOR_METADATA_WRITE = "project:sensor-metadata-write"
    PROJECTVIEW = "project:view"
    SENSOR_CREDENTIALADMIN = "sensor-credential:admin"
    SENSOR_CREDENTIALROTATE = "sensor-credential:rotate"
    SENSOR_CREDENTIALVIEW = "sensor-credential:view"

    def __str__(self) -> str:
        return str(self.value)
