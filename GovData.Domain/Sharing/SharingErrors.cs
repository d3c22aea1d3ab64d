namespace GovData.Domain.Sharing;

/// <summary>Resource keys (SharingResource) of the sharing rules; arguments fill their placeholders.</summary>
public static class SharingErrors
{
    public const string NotShared = "Sharing.Error.NotShared";
    public const string NotConditional = "Sharing.Error.NotConditional";
    public const string NotUnconditional = "Sharing.Error.NotUnconditional";
    public const string NotPublished = "Sharing.Error.NotPublished";
    public const string OwnResource = "Sharing.Error.OwnResource";
    public const string PurposeRequired = "Sharing.Error.PurposeRequired";
    public const string DutyBasisRequired = "Sharing.Error.DutyBasisRequired";
    public const string ItemsRequired = "Sharing.Error.ItemsRequired";
    public const string ItemNotOfResource = "Sharing.Error.ItemNotOfResource";
    public const string ValidUntilNotAfterToday = "Sharing.Error.ValidUntilNotAfterToday";
    public const string PeriodInvalid = "Sharing.Error.PeriodInvalid";
    public const string LegalBasisUnknown = "Sharing.Error.LegalBasisUnknown";
    public const string RefusalReasonRequired = "Sharing.Error.RefusalReasonRequired";
    public const string NoDepartment = "Sharing.Error.NoDepartment";
    public const string NotAllowed = "Sharing.Error.NotAllowed";
    public const string ResourceNotFound = "Sharing.Error.ResourceNotFound";
}
