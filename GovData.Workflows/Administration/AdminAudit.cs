namespace GovData.Workflows.Administration;

/// <summary>
/// The audit events the administration writes beside the row changes, so the log says why (the reason the admin
/// typed) and not only what changed.
/// </summary>
public static class AdminAudit
{
    public const string DepartmentCreated = "Admin.DepartmentCreated";
    public const string DepartmentRenamed = "Admin.DepartmentRenamed";
    public const string DepartmentMoved = "Admin.DepartmentMoved";
    public const string DepartmentDeactivated = "Admin.DepartmentDeactivated";
    public const string DepartmentReactivated = "Admin.DepartmentReactivated";
    public const string DepartmentSecurityRecorded = "Admin.DepartmentSecurity";
    public const string UserCreated = "Admin.UserCreated";
    public const string UserRolesChanged = "Admin.UserRolesChanged";
    public const string UserDeactivated = "Admin.UserDeactivated";
    public const string UserReactivated = "Admin.UserReactivated";
    public const string UserUnlocked = "Admin.UserUnlocked";
    public const string UserPasswordReset = "Admin.UserPasswordReset";
    public const string ItemHandedOver = "Admin.ItemHandedOver";
    public const string UserExternalIdSet = "Admin.UserExternalIdSet";
    public const string SettingChanged = "Admin.SettingChanged";
    public const string LegalBasisAdded = "Admin.LegalBasisAdded";
    public const string LegalBasisRevised = "Admin.LegalBasisRevised";
    public const string LegalBasisRetired = "Admin.LegalBasisRetired";
    public const string LegalBasisReinstated = "Admin.LegalBasisReinstated";
    public const string LegalBasisDeleted = "Admin.LegalBasisDeleted";
    public const string EmergencyPlanStored = "Admin.EmergencyPlanStored";
}
