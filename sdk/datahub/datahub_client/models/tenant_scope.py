from enum import StrEnum


class TenantScope(StrEnum):
    GROUPADMIN = "group:admin"
    GROUPDASHBOARD_EDIT = "group:dashboard-edit"
    GROUPDASHBOARD_VIEW = "group:dashboard-view"
    GROUPVIEW = "group:view"
    PROJECTADMIN = "project:admin"
    PROJECTBUCKET_WRITE = "project:bucket-write"
    PROJECTPROMETHEUS_READ = "project:prometheus-read"
    PROJECTPROMETHEUS_WRITE = "project:prometheus-write"
    PROJECTSENSOR_METADATA_WRITE = "project:sensor-metadata-write"
    PROJECTVIEW = "project:view"
    SENSOR_CREDENTIALADMIN = "sensor-credential:admin"
    SENSOR_CREDENTIALROTATE = "sensor-credential:rotate"
    SENSOR_CREDENTIALVIEW = "sensor-credential:view"
    TENANTADMIN = "tenant:admin"
    TENANTVIEW = "tenant:view"

    def __str__(self) -> str:
        return str(self.value)
