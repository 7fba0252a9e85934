from enum import StrEnum


class DeploymentManifestRestoreStatus(StrEnum):
    DEPLOYMENTENTERINGNORMALMODE = "DeploymentEnteringNormalMode"
    FAILED = "Failed"
    PENDING = "Pending"
    RESTORINGCLOUDSNAP = "RestoringCloudSnap"
    RESTORINGDATASERVICECR = "RestoringDataServiceCR"
    RESTORINGDEPLOYMENT = "RestoringDeployment"
    SUCCESSFUL = "Successful"
    VALUE_7 = ""

    def __str__(self) -> str:
        return str(self.value)
