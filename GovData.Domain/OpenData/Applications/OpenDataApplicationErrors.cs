namespace GovData.Domain.OpenData.Applications;

/// <summary>Resource keys (OpenDataApplicationResource) of the application rules; arguments fill their placeholders.</summary>
public static class OpenDataApplicationErrors
{
    public const string EntryNotFound = "OpenData.Error.EntryNotFound";
    public const string NotOnApplication = "OpenData.Error.NotOnApplication";
    public const string ItemsRequired = "OpenData.Error.ItemsRequired";
    public const string ItemNotApplicable = "OpenData.Error.ItemNotApplicable";
    public const string PurposeRequired = "OpenData.Error.PurposeRequired";
    public const string ScenarioRequired = "OpenData.Error.ScenarioRequired";
    public const string NameRequired = "OpenData.Error.NameRequired";
    public const string IdNumberInvalid = "OpenData.Error.IdNumberInvalid";
    public const string CreditCodeInvalid = "OpenData.Error.CreditCodeInvalid";
    public const string ContactNameRequired = "OpenData.Error.ContactNameRequired";
    public const string PhoneInvalid = "OpenData.Error.PhoneInvalid";
    public const string EmailInvalid = "OpenData.Error.EmailInvalid";
    public const string TooLong = "OpenData.Error.TooLong";
    public const string NotAllowed = "OpenData.Error.NotAllowed";
    public const string GrantedItemsRequired = "OpenData.Error.GrantedItemsRequired";
    public const string GrantedItemNotWanted = "OpenData.Error.GrantedItemNotWanted";
    public const string PartlyNeedsARest = "OpenData.Error.PartlyNeedsARest";
    public const string GrantAllForPartly = "OpenData.Error.GrantAllForPartly";
    public const string UseUntilNotAfterToday = "OpenData.Error.UseUntilNotAfterToday";
    public const string ReasonRequired = "OpenData.Error.ReasonRequired";
    public const string LegalBasisRequired = "OpenData.Error.LegalBasisRequired";
    public const string LegalBasisUnknown = "OpenData.Error.LegalBasisUnknown";
    public const string MaterialRequired = "OpenData.Error.MaterialRequired";
    public const string MaterialPeriodOpen = "OpenData.Error.MaterialPeriodOpen";
    public const string NotGranted = "OpenData.Error.NotGranted";
    public const string PeriodOfUseEnded = "OpenData.Error.PeriodOfUseEnded";
    public const string NoDataYet = "OpenData.Error.NoDataYet";
}
