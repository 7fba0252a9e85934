from enum import StrEnum


class GroupScope(StrEnum):
    GROUPADMIN = "group:admin"
    GROUPDASHBOARD_EDIT = "group:dashboard-edit"
    GROUPDASHBOARD_VIEW = "group:dashboard-view"
    GROUPVIEW = "group:view"

    def __str__(self) -> str:
        return str(self.value)
