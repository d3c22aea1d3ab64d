namespace GovData.Workflows.Administration;

/// <summary>Resource keys (AdminResource) of the administration refusals.</summary>
public static class AdminErrors
{
    public const string NotAllowed = "Error.NotAllowed";
    public const string ReasonRequired = "Error.ReasonRequired";
    public const string CodeInvalid = "Error.CodeInvalid";
    public const string CodeTaken = "Error.CodeTaken";
    public const string NameRequired = "Error.NameRequired";
    public const string DepartmentNotFound = "Error.DepartmentNotFound";
    public const string ParentInactive = "Error.ParentInactive";
    public const string DepartmentHasActiveMembers = "Error.DepartmentHasActiveMembers";
    public const string EmailInvalid = "Error.EmailInvalid";
    public const string EmailTaken = "Error.EmailTaken";
    public const string RoleUnknown = "Error.RoleUnknown";
    public const string RolesRequired = "Error.RolesRequired";
    public const string UserNotFound = "Error.UserNotFound";
    public const string LastAdmin = "Error.LastAdmin";
    public const string PasswordWeak = "Error.PasswordWeak";
    public const string UserInactive = "Error.UserInactive";
    public const string UserAlreadyActive = "Error.UserAlreadyActive";
    public const string NotYourself = "Error.NotYourself";
    public const string DateInFuture = "Error.DateInFuture";
    public const string OfficerNotInDepartment = "Error.OfficerNotInDepartment";
    public const string ChangedMeanwhile = "Error.ChangedMeanwhile";
    public const string ItemNotFound = "Error.ItemNotFound";
    public const string ExternalIdInvalid = "Error.ExternalIdInvalid";
    public const string ExternalIdTaken = "Error.ExternalIdTaken";
    public const string ExternalIdStaffOnly = "Error.ExternalIdStaffOnly";
    public const string ItemChangedMeanwhile = "Error.ItemChangedMeanwhile";
    public const string HandoverTargetInvalid = "Error.HandoverTargetInvalid";
    public const string HandoverTargetLacksRole = "Error.HandoverTargetLacksRole";
    public const string SettingUnknown = "Error.SettingUnknown";
    public const string SettingOutOfRange = "Error.SettingOutOfRange";
    public const string LadderSteps = "Error.LadderSteps";
    public const string LadderStepInvalid = "Error.LadderStepInvalid";
    public const string LegalBasisFieldsRequired = "Error.LegalBasisFieldsRequired";
    public const string LegalBasisTooLong = "Error.LegalBasisTooLong";
    public const string LegalBasisDuplicate = "Error.LegalBasisDuplicate";
    public const string LegalBasisNotFound = "Error.LegalBasisNotFound";
    public const string LegalBasisCited = "Error.LegalBasisCited";
    public const string LegalBasisAlreadyRetired = "Error.LegalBasisAlreadyRetired";
    public const string LegalBasisInForce = "Error.LegalBasisInForce";
    public const string PlanEmpty = "Error.PlanEmpty";
    public const string PlanTooLarge = "Error.PlanTooLarge";
    public const string PlanType = "Error.PlanType";
}
